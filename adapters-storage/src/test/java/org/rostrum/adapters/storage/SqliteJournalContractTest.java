package org.rostrum.adapters.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.PlenaryCatalog;

/** The journal contract, on a real SQLite file. */
class SqliteJournalContractTest extends JournalContract {

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = TestStores.sqlite(dir.resolve("rostrum.db"));
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
