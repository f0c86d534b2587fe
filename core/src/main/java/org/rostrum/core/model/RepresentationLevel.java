package org.rostrum.core.model;

/** The level at which a delegation is represented, for precedence by level (UN practice). */
public enum RepresentationLevel {
  HEAD_OF_STATE_OR_GOVERNMENT,
  MINISTER,
  VICE_MINISTER,
  HEAD_OF_DELEGATION,
  OTHER
}
