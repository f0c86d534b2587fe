package org.rostrum.archfixture.core.decider;

/** The commands' vocabulary: adapters may use it. */
public sealed interface Command {
  /** One command. */
  record Go() implements Command {}
}
