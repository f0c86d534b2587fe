package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * Will the list fit (T4): when a segment's list ends at the pace the meeting is going, and how many
 * places still to speak would then end after the segment's window — those the chair will not reach
 * unless the segment runs late.
 *
 * @param endsAt when the last place still to speak ends, as projected; none when nobody is left to
 *     speak
 * @param notReached how many places still to speak lie past the segment's window
 * @param windowEnd when the segment's window closes
 */
public record Forecast(Option<Instant> endsAt, int notReached, Instant windowEnd) {

  public Forecast {
    requireNonNull(endsAt, "endsAt");
    requireNonNull(windowEnd, "windowEnd");
    if (notReached < 0) {
      throw new IllegalArgumentException("notReached is not negative: " + notReached);
    }
  }

  /** Whether every place still to speak ends within the window. */
  public boolean fits() {
    return notReached == 0;
  }
}
