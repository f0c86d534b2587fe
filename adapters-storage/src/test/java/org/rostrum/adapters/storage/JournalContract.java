package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.port.out.PlenaryCatalog;
import org.rostrum.core.port.out.VersionConflict;
import org.rostrum.core.service.PlenaryService;

/**
 * What every {@link Journal} does, whatever keeps it: run against the in-memory journal, a real
 * SQLite file and a real PostgreSQL.
 */
abstract class JournalContract {

  static final Instant T = Instant.parse("2024-12-03T10:00:00Z");

  /** The journal under test. */
  abstract Journal journal();

  /** A plenary that has no entries yet in {@link #journal()}. */
  abstract Plenary freshPlenary();

  /** The catalog that knows the plenaries of {@link #freshPlenary()}. */
  abstract PlenaryCatalog catalog();

  static final Actor CLERK = Actor.commandLine("clerk");

  static Seq<Journal.Attributed> by(Event... events) {
    return List.of(events).map(e -> new Journal.Attributed(e, CLERK));
  }

  static Seq<Journal.Attributed> closeAndReopen() {
    return by(new Event.ListClosed(SegmentId.of("I")), new Event.ListReopened(SegmentId.of("I")));
  }

  @Test
  void appended_entries_are_numbered_from_one_and_read_back_as_written() {
    PlenaryId p = freshPlenary().id();
    Seq<JournalEntry> written = journal().append(p, 0, closeAndReopen(), T).get();
    assertThat(written.map(JournalEntry::seq)).containsExactly(1L, 2L);
    assertThat(journal().read(p, 0)).containsExactlyElementsOf(written);
    assertThat(journal().read(p, 1)).containsExactly(written.get(1));
    assertThat(journal().read(p, 2)).isEmpty();
  }

  @Test
  void an_append_at_a_stale_version_is_a_conflict_and_writes_nothing() {
    PlenaryId p = freshPlenary().id();
    journal().append(p, 0, closeAndReopen(), T);
    Either<VersionConflict, Seq<JournalEntry>> stale = journal().append(p, 1, closeAndReopen(), T);
    assertThat(stale.isLeft()).isTrue();
    assertThat(journal().read(p, 0)).hasSize(2);
    assertThat(journal().append(p, 3, closeAndReopen(), T).isLeft()).isTrue();
  }

  @Test
  void every_receipt_is_a_distinct_sha256() {
    PlenaryId p = freshPlenary().id();
    journal().append(p, 0, closeAndReopen(), T);
    journal().append(p, 2, closeAndReopen(), T);
    Seq<String> hashes = journal().read(p, 0).map(JournalEntry::hash);
    assertThat(hashes).hasSize(4).doesNotHaveDuplicates().allMatch(h -> h.matches("[0-9a-f]{64}"));
  }

  @Test
  void plenaries_have_journals_of_their_own() {
    PlenaryId a = freshPlenary().id();
    PlenaryId b = freshPlenary().id();
    journal().append(a, 0, closeAndReopen(), T);
    assertThat(journal().read(b, 0)).isEmpty();
    assertThat(journal().append(b, 0, closeAndReopen(), T).get().head().seq()).isEqualTo(1);
  }

  PlenaryService service(Instant now) {
    return new PlenaryService(
        journal(), catalog(), Notifier.none(), Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void every_kind_of_event_is_kept_as_it_was_decided() {
    Plenary plenary = freshPlenary();
    PlenaryService service = service(T);
    PlenaryId p = plenary.id();
    service.register(RegisterCommand.of(p, "I", "France").speaker("H.E. Ms. Dupont"));
    service.register(RegisterCommand.of(p, "I", "Chile").sourceRef("<1@mail.cl>"));
    service.register(
        RegisterCommand.of(p, "II", "Avocats sans frontières")
            .category(ParticipantCategory.CIVIL_SOCIETY));
    service.register(RegisterCommand.of(p, "III", "Kenya"));
    service.register(RegisterCommand.of(p, "I", "Chile").receivedAt(T.minusSeconds(60)));
    service.register(RegisterCommand.of(p, "I", "Atlantis"));
    service(Instant.parse("2024-12-05T01:00:00Z"))
        .register(
            RegisterCommand.of(p, "I", "Kenya").receivedAt(Instant.parse("2024-12-05T00:00:00Z")));
    service.swap(p, RegistrationId.of(1), RegistrationId.of(5));
    service.withdraw(p, RegistrationId.of(3));
    service.closeList(p, SegmentId.of("II"));
    service.reopenList(p, SegmentId.of("II"));
    service.extendDeadline(p, Instant.parse("2024-12-05T10:00:00Z"));
    PlenaryService inRoom = service(plenary.window().start());
    inRoom.callNext(p);
    inRoom.markAbsent(p);
    inRoom.callNext(p);
    inRoom.startSpeech(p);
    inRoom.stopSpeech(p);
    inRoom.endSegment(p);

    Seq<JournalEntry> record = journal().read(p, 0);
    assertThat(record.map(e -> e.event().getClass().getSimpleName()).distinct())
        .containsExactlyInAnyOrder(
            "RegistrationInscribed",
            "RegistrationRejected",
            "RegistrationSuperseded",
            "PlacesSwapped",
            "RegistrationWithdrawn",
            "ListClosed",
            "ListReopened",
            "DeadlineExtended",
            "SpeakerCalled",
            "SpeakerAbsent",
            "SpeechStarted",
            "SpeechEnded",
            "SegmentEnded");
    PlenaryService reader = service(T);
    // the same list, read by another process at another instant (every segment has ended: its
    // times no longer depend on the clock)
    assertThat(reader.list(p).schedules()).isEqualTo(inRoom.list(p).schedules());
    assertThat(reader.list(p).refused()).isEqualTo(inRoom.list(p).refused());
    assertThat(reader.list(p).version()).isEqualTo(inRoom.list(p).version());
    assertThat(reader.report(p)).isEqualTo(inRoom.report(p));
  }

  @Test
  void the_same_source_reference_twice_gives_the_first_outcome_and_records_once() {
    PlenaryId p = freshPlenary().id();
    PlenaryService service = service(T);
    RegistrationOutcome first =
        service.register(RegisterCommand.of(p, "II", "Kenya").sourceRef("<abc@mail>"));
    RegistrationOutcome again =
        service(T.plusSeconds(5))
            .register(RegisterCommand.of(p, "II", "Kenya").sourceRef("<abc@mail>"));
    assertThat(again.replay()).isTrue();
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.receipt()).isEqualTo(first.receipt());
    assertThat(journal().read(p, 0)).hasSize(1);
  }

  @Test
  void concurrent_writers_leave_no_gap_no_duplicate_and_lose_nothing() throws Exception {
    PlenaryId p = freshPlenary().id();
    int writers = 8;
    int each = 15;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    java.util.List<Future<java.util.List<RegistrationId>>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      futures.add(
          pool.submit(
              () -> {
                PlenaryService mine = service(T);
                java.util.List<RegistrationId> acknowledged = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                  acknowledged.add(
                      mine.register(
                              RegisterCommand.of(
                                      p, i % 2 == 0 ? "I" : "II", "NGO " + writer + "-" + i)
                                  .category(ParticipantCategory.CIVIL_SOCIETY))
                          .id());
                }
                return acknowledged;
              }));
    }
    java.util.List<RegistrationId> acknowledged = Collections.synchronizedList(new ArrayList<>());
    for (Future<java.util.List<RegistrationId>> f : futures) {
      acknowledged.addAll(f.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();
    Seq<JournalEntry> record = journal().read(p, 0);
    assertThat(record.map(JournalEntry::seq))
        .isEqualTo(List.rangeClosed(1L, (long) writers * each));
    assertThat(acknowledged).hasSize(writers * each).doesNotHaveDuplicates();
    assertThat(service(T).list(p).schedules().flatMap(s -> s.speakers()).map(s -> s.entry().id()))
        .containsExactlyInAnyOrderElementsOf(acknowledged);
  }
}
