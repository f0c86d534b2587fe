package org.rostrum.core.model;

/** What kind of participant asks for the floor. */
public enum ParticipantCategory {
  STATE_PARTY,
  OBSERVER_STATE,
  COURT,
  INTERGOVERNMENTAL_ORGANIZATION,
  CIVIL_SOCIETY,
  OTHER;

  public boolean isState() {
    return this == STATE_PARTY || this == OBSERVER_STATE;
  }
}
