package org.rostrum.core.rules;

/** The code of a refusal, as adapters show it (upper case, stable). */
public enum RejectionReason {
  // A request for the floor (recorded as an event).
  LATE,
  DUPLICATE,
  LIST_CLOSED,
  UNKNOWN_SEGMENT,
  INVALID,
  TOO_MANY_REPLIES,
  // A change by the Secretariat or an action of the chair (answered, not recorded).
  NOT_FOUND,
  NOT_WAITING,
  DIFFERENT_SEGMENTS,
  ALREADY_CLOSED,
  NOT_CLOSED,
  DEADLINE_NOT_LATER,
  SPEECH_RUNNING,
  NO_SPEECH_RUNNING,
  SPEAKER_AT_ROSTRUM,
  NO_SPEAKER_CALLED,
  NO_WAITING_SPEAKER,
  NO_OPEN_SEGMENT,
  NOT_RESUMABLE,
  ALREADY_ON_ROSTER,
  SPEECH_PAUSED,
  NOT_PAUSED,
  /** The sender saw an older version of the plenary than the current one. */
  STALE
}
