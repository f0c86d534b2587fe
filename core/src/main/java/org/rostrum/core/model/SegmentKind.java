package org.rostrum.core.model;

/** The nature of a segment's interventions. */
public enum SegmentKind {
  /** High-level political statements. */
  HIGH_LEVEL,
  /** Technical interventions by specialists. */
  TECHNICAL,
  /** A general debate. */
  GENERAL
}
