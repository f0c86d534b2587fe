package org.rostrum.core.port.in;

import org.rostrum.core.decider.Event;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.JournalProof;

/**
 * The proof of a plenary's record (its entries are {@link QueryPlenaryUseCase#record}): what the
 * Secretariat shows an auditor.
 */
public interface RecordUseCase {

  /** The event's canonical text, the one hashed into the chain. */
  String canonical(Event event);

  /** Walks the plenary's hash chain: its length and head, or the first entry that breaks it. */
  JournalProof.Proof verify(PlenaryId plenary);

  /**
   * The proof that the entry with hash {@code receipt} is in the record, from it to the head; none
   * if no entry of the plenary has that hash.
   */
  io.vavr.control.Option<JournalProof.Inclusion> inclusion(PlenaryId plenary, String receipt);
}
