package org.rostrum.core.model;

/**
 * What happens to a speaker who is absent when called: moved to the end of the segment's list this
 * many times, then dropped.
 */
public record AbsencePolicy(int requeues) {

  public AbsencePolicy {
    if (requeues < 0) {
      throw new IllegalArgumentException("requeues is not negative: " + requeues);
    }
  }

  /** Moved to the end once, then dropped. */
  public static AbsencePolicy once() {
    return new AbsencePolicy(1);
  }
}
