package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * The views kept for one-shot commands, read on the light path from a real SQLite file and a real
 * PostgreSQL: printed only while the journal's head is the one they were computed at.
 */
class SnapshotsTest {

  @TempDir Path dir;

  static final String VIEW = "build|list|text|EN|*";

  @Test
  void a_view_kept_at_the_head_is_read_and_any_append_leaves_it_behind_on_sqlite() {
    Path file = dir.resolve("rostrum.db");
    try (Store store = TestStores.sqlite(file)) {
      keptThenLeftBehind(store, file.toString(), true);
    }
  }

  @Test
  void a_view_kept_at_the_head_is_read_and_any_append_leaves_it_behind_on_postgresql() {
    try (Store store = TestStores.postgres()) {
      keptThenLeftBehind(store, TestStores.postgresUrl(), false);
    }
  }

  /** {@code alone}: the store holds this plenary only (a shared PostgreSQL holds others). */
  private static void keptThenLeftBehind(Store store, String location, boolean alone) {
    Plenary plenary = TestStores.freshPlenary(store);
    PlenaryService service = service(store);
    register(service, plenary, "Kenya");
    Snapshots snapshots = store.snapshots();

    assertThat(Snapshots.read(location, plenary.id().value(), VIEW)).isEmpty();
    snapshots.keep(plenary.id(), VIEW, 1, null, "the list at 1");
    assertThat(Snapshots.read(location, plenary.id().value(), VIEW)).contains("the list at 1");
    if (alone) {
      assertThat(Snapshots.read(location, null, VIEW)).contains("the list at 1");
    }
    assertThat(Snapshots.read(location, plenary.id().value(), "build|list|csv|EN|*")).isEmpty();
    assertThat(snapshots.stale(plenary.id())).isEmpty();

    register(service, plenary, "Chile");
    assertThat(Snapshots.read(location, plenary.id().value(), VIEW)).isEmpty();
    assertThat(snapshots.stale(plenary.id())).containsExactly(VIEW);

    // kept for a version the journal has moved past: nothing is kept
    snapshots.keep(plenary.id(), VIEW, 1, null, "the list at 1, again");
    assertThat(Snapshots.read(location, plenary.id().value(), VIEW)).isEmpty();
    snapshots.keep(plenary.id(), VIEW, 2, null, "the list at 2");
    assertThat(Snapshots.read(location, plenary.id().value(), VIEW)).contains("the list at 2");
    snapshots.forget(plenary.id(), VIEW);
    assertThat(Snapshots.read(location, plenary.id().value(), VIEW)).isEmpty();
  }

  @Test
  void a_view_of_the_held_mails_is_left_behind_by_a_mail_held_or_resolved_on_sqlite() {
    Path file = dir.resolve("rostrum.db");
    try (Store store = TestStores.sqlite(file)) {
      heldMailsLeaveTheReviewBehind(store, file.toString());
    }
  }

  @Test
  void a_view_of_the_held_mails_is_left_behind_by_a_mail_held_or_resolved_on_postgresql() {
    try (Store store = TestStores.postgres()) {
      heldMailsLeaveTheReviewBehind(store, TestStores.postgresUrl());
    }
  }

  private static void heldMailsLeaveTheReviewBehind(Store store, String location) {
    Plenary plenary = TestStores.freshPlenary(store);
    String id = plenary.id().value();
    Snapshots snapshots = store.snapshots();
    String review = "build|review|text|EN|*";
    assertThat(snapshots.reviews(plenary.id())).isEqualTo("0/0");
    snapshots.keep(plenary.id(), review, 0, "0/0", "no mail held");
    snapshots.keep(plenary.id(), VIEW, 0, null, "the empty list");
    assertThat(Snapshots.read(location, id, review)).contains("no mail held");

    store.reviews().hold(plenary.id(), StoreReviewsTest.mail("<a@x>"));
    assertThat(snapshots.reviews(plenary.id())).isEqualTo("1/0");
    assertThat(Snapshots.read(location, id, review)).isEmpty();
    assertThat(snapshots.stale(plenary.id())).containsExactly(review);
    assertThat(Snapshots.read(location, id, VIEW)).as("the list shows no mail").isPresent();

    snapshots.keep(plenary.id(), review, 0, "1/0", "one mail held");
    assertThat(Snapshots.read(location, id, review)).contains("one mail held");
    store
        .reviews()
        .resolve(
            plenary.id(),
            1,
            new org.rostrum.core.port.out.MailReviews.Resolution(
                "DISMISSED", "not a request", Instant.parse("2024-12-04T10:00:00Z")));
    assertThat(snapshots.reviews(plenary.id())).isEqualTo("1/1");
    assertThat(Snapshots.read(location, id, review)).isEmpty();
  }

  @Test
  void a_view_of_a_journal_rewritten_to_the_same_length_is_not_read() {
    Path file = dir.resolve("rostrum.db");
    try (Store store = TestStores.sqlite(file)) {
      Plenary plenary = TestStores.freshPlenary(store);
      register(service(store), plenary, "Kenya");
      store.snapshots().keep(plenary.id(), VIEW, 1, null, "the list at 1");
      store
          .jdbi()
          .useHandle(h -> h.execute("UPDATE journal_head SET head_hash = 'forged' WHERE true"));
      assertThat(Snapshots.read(file.toString(), null, VIEW)).isEmpty();
    }
  }

  @Test
  void nothing_is_read_where_the_full_path_has_something_to_say() throws Exception {
    Path file = dir.resolve("rostrum.db");
    Path missing = dir.resolve("missing.db");
    assertThat(Snapshots.read(missing.toString(), null, VIEW)).isEmpty();
    assertThat(missing).doesNotExist(); // never created by a look

    Path junk = dir.resolve("junk.db");
    Files.writeString(junk, "not a database");
    assertThat(Snapshots.read(junk.toString(), null, VIEW)).isEmpty();
    assertThat(Snapshots.read(dir.toString(), null, VIEW)).isEmpty();

    try (Store store = TestStores.sqlite(file)) {
      Plenary one = TestStores.freshPlenary(store);
      store.snapshots().keep(one.id(), VIEW, 0, null, "the empty list");
      assertThat(Snapshots.read(file.toString(), null, VIEW)).contains("the empty list");
      assertThat(Snapshots.read(file.toString(), "another", VIEW)).isEmpty();
      Plenary two = TestStores.freshPlenary(store);
      store.snapshots().keep(two.id(), VIEW, 0, null, "the other empty list");
      // which plenary is for the full path to ask
      assertThat(Snapshots.read(file.toString(), null, VIEW)).isEmpty();
      assertThat(Snapshots.read(file.toString(), two.id().value(), VIEW))
          .contains("the other empty list");

      store
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE flyway_schema_history SET version = '"
                          + (Integer.parseInt(Store.SCHEMA_VERSION) - 1)
                          + "' WHERE version = '"
                          + Store.SCHEMA_VERSION
                          + "'"));
      // an older schema is upgraded by the full path first
      assertThat(Snapshots.read(file.toString(), two.id().value(), VIEW)).isEmpty();
    }
  }

  private static PlenaryService service(Store store) {
    return new PlenaryService(store.journal(), store.catalog(), Notifier.none(), Clock.systemUTC());
  }

  private static void register(PlenaryService service, Plenary plenary, String participant) {
    service.register(
        RegisterCommand.of(plenary.id(), "I", participant)
            .receivedAt(Instant.parse("2024-11-28T09:00:00Z")));
  }
}
