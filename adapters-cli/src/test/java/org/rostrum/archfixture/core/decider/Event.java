package org.rostrum.archfixture.core.decider;

/** The events' vocabulary: adapters may use it. */
public sealed interface Event {
  /** One event. */
  record Went() implements Event {}
}
