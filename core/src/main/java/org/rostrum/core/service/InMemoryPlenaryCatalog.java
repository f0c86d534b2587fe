package org.rostrum.core.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.PlenaryCatalog;

/** A fixed set of plenary definitions held in memory. */
public final class InMemoryPlenaryCatalog implements PlenaryCatalog {

  private final List<Plenary> plenaries;

  public InMemoryPlenaryCatalog(Iterable<Plenary> plenaries) {
    this.plenaries = List.ofAll(plenaries);
  }

  public static InMemoryPlenaryCatalog of(Plenary... plenaries) {
    return new InMemoryPlenaryCatalog(List.of(plenaries));
  }

  @Override
  public Option<Plenary> find(PlenaryId id) {
    return plenaries.find(p -> p.id().equals(id));
  }

  @Override
  public Seq<Plenary> all() {
    return plenaries;
  }
}
