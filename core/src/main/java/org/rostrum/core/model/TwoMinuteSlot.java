package org.rostrum.core.model;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * The speaking-time policy: how long an intervention may last, when the speaker is warned, and the
 * changeover gap between two speakers.
 */
@Value.Immutable
public interface TwoMinuteSlot {

  @Value.Default
  default Duration limit() {
    return Duration.ofMinutes(2);
  }

  /** The time left when the speaker is warned. */
  @Value.Default
  default Duration warning() {
    return Duration.ofSeconds(30);
  }

  @Value.Default
  default Duration changeover() {
    return Duration.ZERO;
  }

  /** The time one speaker occupies in the projected schedule. */
  @Value.Derived
  default Duration step() {
    return limit().plus(changeover());
  }

  @Value.Check
  default void check() {
    if (limit().isNegative() || limit().isZero()) {
      throw new IllegalStateException("the speaking limit is positive: " + limit());
    }
    if (warning().isNegative() || warning().compareTo(limit()) >= 0) {
      throw new IllegalStateException("the warning comes before the limit: " + warning());
    }
    if (changeover().isNegative()) {
      throw new IllegalStateException("the changeover gap is not negative: " + changeover());
    }
  }

  /** Two minutes, a warning at thirty seconds left, no changeover gap. */
  static TwoMinuteSlot standard() {
    return ImmutableTwoMinuteSlot.builder().build();
  }

  static ImmutableTwoMinuteSlot.Builder builder() {
    return ImmutableTwoMinuteSlot.builder();
  }
}
