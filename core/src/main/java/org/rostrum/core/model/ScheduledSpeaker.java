package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A place on the list with its projected time (T1) and whether it lies past capacity (T2). */
public record ScheduledSpeaker(
    ListEntry entry, Instant projectedStart, Instant projectedEnd, boolean timePermitting) {

  public ScheduledSpeaker {
    requireNonNull(entry, "entry");
    requireNonNull(projectedStart, "projectedStart");
    requireNonNull(projectedEnd, "projectedEnd");
  }
}
