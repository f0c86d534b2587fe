package org.rostrum.core.model;

/** Where a running speech stands against the limit (L4). */
public enum SpeechPhase {
  /** Within the limit, more than the warning left. */
  SPEAKING,
  /** The warning time or less left. */
  WARNING,
  /** Past the limit. */
  OVERRUN
}
