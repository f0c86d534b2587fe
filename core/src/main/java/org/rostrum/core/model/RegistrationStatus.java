package org.rostrum.core.model;

/** Where an inscribed request stands. */
public enum RegistrationStatus {
  /** On the list, waiting to be called. */
  WAITING(true),
  /** Called to the rostrum; the speech has not started. */
  CALLED(true),
  /** Speaking now. */
  SPEAKING(true),
  /**
   * Speaking, the speech paused by the chair. A view's status: the record keeps the speech's pauses
   * and the request {@link #SPEAKING}.
   */
  PAUSED(true),
  /** Has spoken. */
  SPOKE(true),
  /**
   * Absent when called and sent to the end of the list (L3), waiting to be called again. A view's
   * status: the record keeps the request {@link #WAITING} with its absences counted.
   */
  ABSENT(true),
  /** The segment ended before this speaker was reached (L5). */
  NOT_REACHED(true),
  /** Withdrawn by the Secretariat (R7). */
  WITHDRAWN(false),
  /** Absent when called once too often (L3). */
  DROPPED(false),
  /** Replaced by an earlier request of the same participant received later in processing. */
  SUPERSEDED(false),
  /** Annulled by the Secretariat as an entry made in error; it stays in the record. */
  ANNULLED(false);

  private final boolean onList;

  RegistrationStatus(boolean onList) {
    this.onList = onList;
  }

  /**
   * Whether the request is still to speak — waiting, called to the rostrum but not yet speaking, or
   * sent to the end after an absence: the one definition of "waiting" every view and count uses.
   */
  public boolean waiting() {
    return this == WAITING || this == CALLED || this == ABSENT;
  }

  /** Whether the request still holds a place on its segment's list. */
  public boolean onList() {
    return onList;
  }
}
