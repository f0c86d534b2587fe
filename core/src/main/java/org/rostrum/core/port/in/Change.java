package org.rostrum.core.port.in;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.port.out.JournalEntry;

/** A change that was recorded, and the state it led to. */
public record Change(Seq<JournalEntry> recorded, PlenaryState state) {

  public Change {
    requireNonNull(recorded, "recorded");
    requireNonNull(state, "state");
  }
}
