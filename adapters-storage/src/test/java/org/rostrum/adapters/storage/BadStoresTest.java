package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.SegmentId;

/** A store that cannot be used says so, naming it, and nothing is written. */
class BadStoresTest {

  @TempDir Path dir;

  @Test
  void a_missing_store_is_not_created_unless_asked() {
    Path file = dir.resolve("missing.db");
    assertThatThrownBy(() -> Store.open(file.toString(), false, Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "The SQLite store "
                + file
                + " does not exist. Create it with “rostrum init”, or name another with --db.")
        .isInstanceOfSatisfying(
            StoreException.class,
            e ->
                assertThat(e.describe(org.rostrum.core.model.Language.FR))
                    .isEqualTo(
                        "Le registre SQLite "
                            + file
                            + " n’existe pas. Créez-le avec « rostrum init », ou nommez-en un"
                            + " autre avec --db."));
    assertThat(file).doesNotExist();
  }

  @Test
  void every_problem_is_said_in_english_and_in_french() {
    StoreName name = StoreName.of("jdbc:postgresql://db/rostrum?user=asp&password=secret");
    for (StoreException.Problem p : StoreException.Problem.values()) {
      StoreException e = new StoreException(p, name, "asp23-cooperation", 7L, "bad JSON");
      String en = e.describe(org.rostrum.core.model.Language.EN);
      String fr = e.describe(org.rostrum.core.model.Language.FR);
      assertThat(en).as(p.name()).isEqualTo(e.getMessage());
      assertThat(Character.isUpperCase(en.charAt(0)) && Character.isUpperCase(fr.charAt(0)))
          .as(p.name())
          .isTrue();
      assertThat(en + fr).as(p.name()).doesNotContain("secret").doesNotContain("{");
      assertThat(fr).as(p.name()).isNotEqualTo(en);
      assertThat(fr.toLowerCase(java.util.Locale.ROOT).contains("le registre postgresql"))
          .as(p.name())
          .isTrue();
    }
  }

  @Test
  void a_file_that_is_not_a_database_is_not_a_rostrum_store_and_is_left_as_it_was()
      throws IOException {
    Path file = dir.resolve("notes.db");
    byte[] content =
        "Minutes of the Bureau, 3 December 2024\n"
            .repeat(100)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(file, content);
    assertThatThrownBy(() -> Store.open(file.toString(), false, Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is not a Rostrum store")
        .hasMessageContaining(file.toString());
    assertThat(Files.readAllBytes(file)).isEqualTo(content);
  }

  @Test
  void another_programs_database_is_not_a_rostrum_store() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE delegates (name TEXT)");
    }
    assertThatThrownBy(() -> Store.open(file.toString(), false, Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is not a Rostrum store: it holds other tables");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      assertThat(s.executeQuery("SELECT count(*) FROM sqlite_master").getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void a_store_locked_by_another_program_is_reported_and_the_append_is_not_made() throws Exception {
    Path file = dir.resolve("locked.db");
    Store store = Store.open(file.toString(), true, Clock.systemUTC(), Duration.ofMillis(300));
    PlenaryId p = TestStores.freshPlenary(store).id();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = other.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");
      assertThatThrownBy(
              () ->
                  store
                      .journal()
                      .append(
                          p,
                          0,
                          JournalContract.by(new Event.ListClosed(SegmentId.of("I"))),
                          Instant.now()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is locked by another program");
      s.execute("ROLLBACK");
    }
    assertThat(store.journal().read(p, 0)).isEmpty();
    store.close();
  }

  @Test
  void a_store_in_a_folder_that_cannot_be_written_is_reported() throws IOException {
    Path readOnly = dir.resolve("read-only");
    Files.createDirectory(readOnly);
    assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
    // Root writes anywhere it may: then use a folder no one can create files in.
    Path file =
        Files.isWritable(readOnly)
            ? Path.of("/proc/rostrum-no-such-folder/rostrum.db")
            : readOnly.resolve("rostrum.db");
    assertThatThrownBy(() -> Store.open(file.toString(), true, Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("cannot be written");
    assertThat(file).doesNotExist();
  }

  @Test
  void a_postgresql_that_is_down_is_reported_without_a_stack_trace() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/rostrum?user=rostrum&password=secret";
    assertThatThrownBy(() -> Store.open(url, true, Clock.systemUTC()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("The PostgreSQL store jdbc:postgresql://127.0.0.1:" + port)
        .hasMessageContaining("cannot be reached")
        .hasMessageNotContaining("secret");
  }
}
