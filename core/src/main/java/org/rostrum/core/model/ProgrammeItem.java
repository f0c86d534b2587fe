package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** Something on a segment's programme before its speakers: an opening, a keynote, a video. */
public record ProgrammeItem(LocalizedText title, Duration duration) {

  public ProgrammeItem {
    requireNonNull(title, "title");
    requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("a programme item lasts some time: " + duration);
    }
  }
}
