package org.rostrum.core.port.out;

import io.vavr.control.Option;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.PlenaryId;

/** The record as the store keeps it, and its proof: what the Secretariat shows an auditor. */
public interface JournalProof {

  /** The event's canonical JSON, the text that is hashed into the chain. */
  String canonical(Event event);

  /** Walks the plenary's hash chain. */
  Proof verify(PlenaryId plenary);

  /** What walking the chain found: its length and head, or the first entry that breaks it. */
  record Proof(long entries, String headHash, Option<Long> brokenAt, Option<String> problem) {
    public boolean intact() {
      return brokenAt.isEmpty();
    }
  }
}
