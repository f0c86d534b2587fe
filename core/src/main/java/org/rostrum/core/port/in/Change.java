package org.rostrum.core.port.in;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.rostrum.core.port.out.JournalEntry;

/** A change that was recorded, and the version of the plenary it led to. */
public record Change(Seq<JournalEntry> recorded, long version) {

  public Change {
    requireNonNull(recorded, "recorded");
  }
}
