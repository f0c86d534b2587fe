package org.rostrum.adapters.storage;

import java.util.ArrayList;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.PlenaryCatalog;
import org.rostrum.core.service.InMemoryJournal;
import org.rostrum.core.service.InMemoryPlenaryCatalog;

/** The journal contract, on the core's in-memory journal. */
class InMemoryJournalContractTest extends JournalContract {

  final InMemoryJournal journal = new InMemoryJournal();
  final java.util.List<Plenary> plenaries = new ArrayList<>();

  @Override
  Journal journal() {
    return journal;
  }

  @Override
  Plenary freshPlenary() {
    String id = "memory-" + plenaries.size();
    Plenary plenary = PlenaryDefinitions.parse(TestStores.definition(id), id);
    plenaries.add(plenary);
    return plenary;
  }

  @Override
  PlenaryCatalog catalog() {
    return new InMemoryPlenaryCatalog(plenaries);
  }
}
