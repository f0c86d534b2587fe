package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.JournalEntry;

/**
 * Two processes of eight threads each append to one plenary at once: no gap, no sequence number
 * given twice, every acknowledged append present, and both read back the same total order.
 */
class MultiProcessConcurrencyTest {

  static final int THREADS = 8;
  static final int EACH = 25;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void two_processes_appending_at_once_share_one_total_order(String kind) throws Exception {
    String location =
        kind.equals("sqlite") ? dir.resolve("shared.db").toString() : TestStores.postgresUrl();
    Store store =
        kind.equals("sqlite") ? TestStores.sqlite(Path.of(location)) : TestStores.postgres();
    PlenaryId plenary = TestStores.freshPlenary(store).id();

    Children a = Children.start(location, plenary.value(), THREADS, EACH);
    Children b = Children.start(location, plenary.value(), THREADS, EACH);
    a.await();
    b.await();

    List<String> acks = new ArrayList<>(a.acks());
    acks.addAll(b.acks());
    assertThat(acks).hasSize(2 * THREADS * EACH);
    assertThat(acks.stream().map(x -> x.substring(0, x.indexOf(' ')))).doesNotHaveDuplicates();
    Seq<JournalEntry> entries = store.journal().read(plenary, 0);
    assertThat(entries.map(JournalEntry::seq))
        .isEqualTo(io.vavr.collection.List.rangeClosed(1L, 2L * THREADS * EACH));
    assertThat(entries.map(e -> e.seq() + " " + e.hash()))
        .containsExactlyInAnyOrderElementsOf(acks);
    Children readerA = Children.start(location, plenary.value(), 0, 0);
    Children readerB = Children.start(location, plenary.value(), 0, 0);
    readerA.await();
    readerB.await();
    assertThat(readerA.order()).isEqualTo(readerB.order()).isEqualTo(JournalChild.digest(entries));
    assertThat(store.verify(plenary).intact()).isTrue();
    store.close();
  }
}
