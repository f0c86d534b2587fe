package org.rostrum.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.VersionConflict;

class InMemoryJournalTest {

  static final PlenaryId A = PlenaryId.of("a");
  static final PlenaryId B = PlenaryId.of("b");
  static final Instant T = Instant.parse("2024-12-05T14:00:00Z");

  final InMemoryJournal journal = new InMemoryJournal();

  static final Actor CLERK = Actor.commandLine("clerk");

  static Seq<Journal.Attributed> by(Event... events) {
    return List.of(events).map(e -> new Journal.Attributed(e, CLERK));
  }

  static Seq<Journal.Attributed> closeBoth() {
    return by(new Event.ListClosed(SegmentId.of("I")), new Event.ListClosed(SegmentId.of("II")));
  }

  @Test
  void entries_are_numbered_from_one_and_chained_by_their_hashes() {
    Seq<JournalEntry> first = journal.append(A, 0, closeBoth(), T).get();
    Seq<JournalEntry> second =
        journal.append(A, 2, by(new Event.ListReopened(SegmentId.of("I"))), T).get();
    Seq<JournalEntry> all = journal.read(A, 0);
    assertThat(all.map(JournalEntry::seq)).containsExactly(1L, 2L, 3L);
    assertThat(all).containsExactlyElementsOf(first.appendAll(second));
    assertThat(all.map(JournalEntry::hash).distinct()).hasSize(3);
    assertThat(all.head().hash()).hasSize(64).matches("[0-9a-f]+");
    assertThat(journal.read(A, 2)).containsExactlyElementsOf(second);
  }

  @Test
  void an_append_at_a_stale_version_is_a_conflict_and_writes_nothing() {
    journal.append(A, 0, closeBoth(), T);
    assertThat(journal.append(A, 1, closeBoth(), T).getLeft()).isEqualTo(new VersionConflict(1, 2));
    assertThat(journal.read(A, 0)).hasSize(2);
  }

  @Test
  void plenaries_have_journals_of_their_own() {
    journal.append(A, 0, closeBoth(), T);
    assertThat(journal.read(B, 0)).isEmpty();
    assertThat(journal.append(B, 0, closeBoth(), T).get().head().seq()).isEqualTo(1);
  }

  @Test
  void the_same_events_chained_after_different_pasts_get_different_hashes() {
    journal.append(A, 0, closeBoth(), T);
    journal.append(B, 0, by(new Event.ListClosed(SegmentId.of("III"))), T);
    journal.append(A, 2, closeBoth(), T);
    journal.append(B, 1, closeBoth(), T);
    assertThat(journal.read(A, 2).map(JournalEntry::hash))
        .doesNotContainAnyElementsOf(journal.read(B, 1).map(JournalEntry::hash));
  }

  @Test
  void the_catalog_finds_a_plenary_by_its_id() {
    InMemoryPlenaryCatalog catalog =
        InMemoryPlenaryCatalog.of(
            org.rostrum.core.TestPlenaries.asp23(),
            org.rostrum.core.model.ImmutablePlenary.copyOf(org.rostrum.core.TestPlenaries.asp23())
                .withId(PlenaryId.of("asp24-cooperation")));
    assertThat(catalog.find(PlenaryId.of("asp24-cooperation")).map(p -> p.id().value()))
        .contains("asp24-cooperation");
    assertThat(catalog.find(PlenaryId.of("none"))).isEmpty();
    assertThat(catalog.all()).hasSize(2);
  }
}
