package org.rostrum.core.model;

/** Where an inscribed request stands. */
public enum RegistrationStatus {
  /** On the list, waiting to be called. */
  WAITING(true),
  /** Called to the rostrum; the speech has not started. */
  CALLED(true),
  /** Speaking now. */
  SPEAKING(true),
  /** Has spoken. */
  SPOKE(true),
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

  /** Whether the request still holds a place on its segment's list. */
  public boolean onList() {
    return onList;
  }
}
