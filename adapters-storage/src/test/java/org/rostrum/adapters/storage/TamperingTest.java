package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rostrum.adapters.storage.Verification.Problem;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/** Whoever edits, deletes or reorders a journal row with plain SQL, verify names the entry. */
class TamperingTest {

  @TempDir static Path dir;

  static Stream<String> stores() {
    return Stream.of("sqlite", "postgresql");
  }

  static final java.util.List<Store> OPENED = new java.util.ArrayList<>();

  static Store store(String kind) {
    Store store =
        kind.equals("sqlite")
            ? TestStores.sqlite(dir.resolve("tamper-" + System.nanoTime() + ".db"))
            : TestStores.postgres();
    OPENED.add(store);
    return store;
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    OPENED.forEach(Store::close);
    OPENED.clear();
  }

  /** A plenary with three requests recorded: France, Chile, Kenya. */
  static PlenaryId threeEntries(Store store) {
    PlenaryId p = TestStores.freshPlenary(store).id();
    PlenaryService service =
        new PlenaryService(
            store.journal(),
            store.catalog(),
            Notifier.none(),
            Clock.fixed(Instant.parse("2024-12-03T10:00:00Z"), ZoneOffset.UTC));
    service.as(Actor.mail()).register(RegisterCommand.of(p, "I", "France"));
    service
        .as(Actor.token("3f9a0c2b7d11", "SECRETARIAT"))
        .register(RegisterCommand.of(p, "I", "Chile"));
    service.as(Actor.commandLine("amina")).register(RegisterCommand.of(p, "II", "Kenya"));
    return p;
  }

  static void sql(Store store, String statement, PlenaryId p) {
    store.jdbi().useHandle(h -> h.createUpdate(statement).bind("p", p.value()).execute());
  }

  @ParameterizedTest
  @MethodSource("stores")
  void an_untouched_journal_verifies_and_gives_its_head(String kind) {
    Store store = store(kind);
    PlenaryId p = threeEntries(store);
    Verification v = store.verify(p);
    assertThat(v.intact()).isTrue();
    assertThat(v.entries()).isEqualTo(3);
    assertThat(v.headHash()).isEqualTo(store.journal().read(p, 0).last().hash());
  }

  @ParameterizedTest
  @MethodSource("stores")
  void an_edited_event_is_named(String kind) {
    Store store = store(kind);
    PlenaryId p = threeEntries(store);
    sql(
        store,
        "UPDATE journal SET event = REPLACE(event, 'Chile', 'Chili') WHERE plenary = :p AND seq = 2",
        p);
    assertThat(store.verify(p).firstBreak().get())
        .isEqualTo(new Verification.Break(2, Problem.HASH_MISMATCH));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void each_entry_names_who_asked_for_it_and_an_edited_or_erased_actor_is_named(String kind) {
    Store store = store(kind);
    PlenaryId p = threeEntries(store);
    assertThat(store.journal().read(p, 0).map(e -> e.actor().get().describe()))
        .containsExactly("mail", "token:3f9a0c2b7d11 (secretariat)", "cli:amina");
    sql(
        store,
        "UPDATE journal SET actor = REPLACE(actor, 'amina', 'someone') WHERE plenary = :p AND seq"
            + " = 3",
        p);
    assertThat(store.verify(p).firstBreak().get())
        .isEqualTo(new Verification.Break(3, Problem.HASH_MISMATCH));
    sql(store, "UPDATE journal SET actor = NULL WHERE plenary = :p AND seq = 1", p);
    assertThat(store.verify(p).firstBreak().get())
        .isEqualTo(new Verification.Break(1, Problem.HASH_MISMATCH));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void an_edited_instant_is_named(String kind) {
    Store store = store(kind);
    PlenaryId p = threeEntries(store);
    sql(
        store,
        "UPDATE journal SET recorded_at = '2024-12-01T00:00:00Z' WHERE plenary = :p AND seq = 3",
        p);
    assertThat(store.verify(p).firstBreak().get())
        .isEqualTo(new Verification.Break(3, Problem.HASH_MISMATCH));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void a_deleted_entry_is_named(String kind) {
    Store store = store(kind);
    PlenaryId p = threeEntries(store);
    sql(store, "DELETE FROM journal WHERE plenary = :p AND seq = 2", p);
    assertThat(store.verify(p).firstBreak().get())
        .isEqualTo(new Verification.Break(2, Problem.MISSING));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void a_deleted_last_entry_is_named(String kind) {
    Store store = store(kind);
    PlenaryId p = threeEntries(store);
    sql(store, "DELETE FROM journal WHERE plenary = :p AND seq = 3", p);
    assertThat(store.verify(p).firstBreak().get())
        .isEqualTo(new Verification.Break(3, Problem.HEAD_MISMATCH));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void reordered_entries_are_named(String kind) {
    Store store = store(kind);
    PlenaryId p = threeEntries(store);
    sql(store, "UPDATE journal SET seq = 99 WHERE plenary = :p AND seq = 1", p);
    sql(store, "UPDATE journal SET seq = 1 WHERE plenary = :p AND seq = 2", p);
    sql(store, "UPDATE journal SET seq = 2 WHERE plenary = :p AND seq = 99", p);
    assertThat(store.verify(p).firstBreak().get())
        .isEqualTo(new Verification.Break(1, Problem.HASH_MISMATCH));
  }

  @ParameterizedTest
  @MethodSource("stores")
  void an_event_that_no_longer_reads_is_refused_with_its_entry_named(String kind) {
    Store store = store(kind);
    PlenaryId p = threeEntries(store);
    sql(
        store,
        "UPDATE journal SET event = '{\"registration\": 7}' WHERE plenary = :p AND seq = 2",
        p);
    assertThat(store.verify(p).firstBreak().get())
        .isEqualTo(new Verification.Break(2, Problem.HASH_MISMATCH));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.journal().read(p, 0))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Entry 2 of plenary " + p)
        .hasMessageContaining("rostrum verify");
  }
}
