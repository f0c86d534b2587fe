package org.rostrum.adapters.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.PlenaryCatalog;

/** The journal contract, on a real PostgreSQL. */
class PostgresJournalContractTest extends JournalContract {

  Store store;

  @BeforeEach
  void open() {
    store = TestStores.postgres();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Override
  Journal journal() {
    return store.journal();
  }

  @Override
  Plenary freshPlenary() {
    return TestStores.freshPlenary(store);
  }

  @Override
  PlenaryCatalog catalog() {
    return store.catalog();
  }
}
