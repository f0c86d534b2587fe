package org.rostrum.core.model;

/** How many places one participant may hold. */
public enum DuplicatePolicy {
  /** One intervention per participant per plenary (the default reading of the concept note). */
  ONE_PER_PLENARY,
  /** One intervention per participant in each segment. */
  ONE_PER_SEGMENT
}
