package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** A segment's speakers' list, in order, with whether the chair has closed it. */
public record SpeakersList(Segment segment, List<ListEntry> entries, boolean closed) {

  public SpeakersList {
    requireNonNull(segment, "segment");
    requireNonNull(entries, "entries");
  }

  public List<ListEntry> waiting() {
    return entries.filter(e -> e.status() == RegistrationStatus.WAITING);
  }

  public Option<ListEntry> entry(RegistrationId id) {
    return entries.find(e -> e.id().equals(id));
  }

  public List<RegistrationId> ids() {
    return entries.map(ListEntry::id);
  }
}
