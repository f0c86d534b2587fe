package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/** A span of time from {@code start} (inclusive) to {@code end} (exclusive). */
public record TimeWindow(Instant start, Instant end) {

  public TimeWindow {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("a window ends after it starts: " + start + " " + end);
    }
  }

  public static TimeWindow of(Instant start, Instant end) {
    return new TimeWindow(start, end);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public boolean contains(TimeWindow other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  public boolean overlaps(TimeWindow other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
