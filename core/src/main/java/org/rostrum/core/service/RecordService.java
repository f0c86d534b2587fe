package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import org.rostrum.core.decider.Event;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RecordUseCase;
import org.rostrum.core.port.out.JournalProof;
import org.rostrum.core.port.out.PlenaryCatalog;

/** A plenary's record proven by the store that chains it. */
public final class RecordService implements RecordUseCase {

  private final JournalProof proof;
  private final PlenaryCatalog catalog;

  public RecordService(JournalProof proof, PlenaryCatalog catalog) {
    this.proof = requireNonNull(proof, "proof");
    this.catalog = requireNonNull(catalog, "catalog");
  }

  @Override
  public String canonical(Event event) {
    return proof.canonical(event);
  }

  @Override
  public JournalProof.Proof verify(PlenaryId plenary) {
    known(plenary);
    return proof.verify(plenary);
  }

  @Override
  public io.vavr.control.Option<JournalProof.Inclusion> inclusion(
      PlenaryId plenary, String receipt) {
    known(plenary);
    return proof.inclusion(plenary, receipt);
  }

  private void known(PlenaryId plenary) {
    if (catalog.find(plenary).isEmpty()) {
      throw new UnknownPlenaryException(plenary);
    }
  }
}
