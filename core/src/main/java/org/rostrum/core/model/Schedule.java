package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;

/** A segment's list with projected times and its capacity. */
public record Schedule(SpeakersList list, int capacity, List<ScheduledSpeaker> speakers) {

  public Schedule {
    requireNonNull(list, "list");
    requireNonNull(speakers, "speakers");
  }

  public Segment segment() {
    return list.segment();
  }
}
