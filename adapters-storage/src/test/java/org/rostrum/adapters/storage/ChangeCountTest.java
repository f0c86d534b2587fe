package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.SegmentId;

/**
 * A read of a SQLite journal that found nothing new is not made again while SQLite's change count
 * is the same — and any append moves it: this process's own, or another connection's to the file.
 */
class ChangeCountTest {

  @TempDir Path dir;

  @Test
  void every_append_is_read_whichever_connection_made_it() {
    Path file = dir.resolve("rostrum.db");
    try (Store reader = TestStores.sqlite(file);
        Store writer = TestStores.sqlite(file)) {
      Plenary plenary = TestStores.freshPlenary(writer);
      assertThat(reader.journal().read(plenary.id(), 0)).isEmpty();
      assertThat(reader.journal().read(plenary.id(), 0)).isEmpty();

      append(writer, plenary, 0);
      assertThat(reader.journal().read(plenary.id(), 0)).hasSize(1);
      assertThat(reader.journal().read(plenary.id(), 1)).isEmpty();
      assertThat(reader.journal().read(plenary.id(), 1)).isEmpty();

      append(reader, plenary, 1); // its own pool: another connection than the one that counts
      assertThat(reader.journal().read(plenary.id(), 1)).hasSize(1);
      append(writer, plenary, 2);
      assertThat(reader.journal().read(plenary.id(), 1)).hasSize(2);
      assertThat(reader.journal().read(plenary.id(), 0)).hasSize(3);
    }
  }

  @Test
  void a_closed_store_answers_no_read_from_what_it_counted() {
    Store store = TestStores.sqlite(dir.resolve("rostrum.db"));
    Plenary plenary = TestStores.freshPlenary(store);
    assertThat(store.journal().read(plenary.id(), 0)).isEmpty();
    assertThat(store.journal().read(plenary.id(), 0)).isEmpty();
    store.close();
    assertThatThrownBy(() -> store.journal().read(plenary.id(), 0))
        .isInstanceOf(StoreException.class);
  }

  private static void append(Store store, Plenary plenary, long version) {
    assertThat(
            store
                .journal()
                .append(
                    plenary.id(),
                    version,
                    JournalContract.by(new Event.ListClosed(SegmentId.of("I"))),
                    JournalContract.T)
                .isRight())
        .isTrue();
  }
}
