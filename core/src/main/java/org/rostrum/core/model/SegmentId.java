package org.rostrum.core.model;

import java.util.Locale;

/** The identifier of a segment within its plenary, such as {@code I} or {@code II}. */
public record SegmentId(String value) {

  public SegmentId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a segment id is not blank");
    }
    value = value.trim().toUpperCase(Locale.ROOT);
  }

  public static SegmentId of(String value) {
    return new SegmentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
