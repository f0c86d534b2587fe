package org.rostrum.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rostrum.core.TestPlenaries.hague;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.rostrum.core.TestPlenaries;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.VersionConflict;
import org.rostrum.core.rules.Rejection;

class PlenaryServiceTest {

  static final PlenaryId ASP23 = PlenaryId.of("asp23-cooperation");
  static final Instant NOON = hague(4, 12, 0, 0);

  final InMemoryJournal journal = new InMemoryJournal();
  final java.util.List<JournalEntry> notified = new ArrayList<>();

  PlenaryService service(Journal j, Instant now) {
    return new PlenaryService(
        j,
        InMemoryPlenaryCatalog.of(TestPlenaries.asp23()),
        (plenary, entries) -> notified.addAll(entries.toJavaList()),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void without_a_stated_time_the_server_clock_decides_the_time_of_receipt() {
    RegistrationOutcome outcome =
        service(journal, NOON).register(RegisterCommand.of(ASP23, "I", "Kenya"));
    assertThat(((RegistrationOutcome.Inscribed) outcome).registration().receivedAt())
        .isEqualTo(NOON);
    assertThat(outcome.receipt()).isEqualTo(journal.read(ASP23, 0).head().hash());
    assertThat(notified).hasSize(1);
  }

  @Test
  void every_change_is_recorded_in_the_journal_and_told_to_the_displays() {
    PlenaryService service = service(journal, NOON);
    RegistrationId kenya = service.register(RegisterCommand.of(ASP23, "I", "Kenya")).id();
    RegistrationId chile = service.register(RegisterCommand.of(ASP23, "I", "Chile")).id();
    List<Either<Rejection, Change>> changes =
        List.of(
            service.swap(ASP23, kenya, chile),
            service.closeList(ASP23, SegmentId.of("II")),
            service.reopenList(ASP23, SegmentId.of("II")),
            service.extendDeadline(ASP23, NOON.plusSeconds(86_400 * 2)),
            service.withdraw(ASP23, kenya));
    assertThat(changes).allMatch(Either::isRight);
    assertThat(changes.map(c -> c.get().recorded().size())).containsOnly(1);
    assertThat(service.record(ASP23)).hasSize(7);
    assertThat(notified).hasSize(7);
    assertThat(service.list(ASP23).schedules().flatMap(s -> s.list().ids())).doesNotContain(kenya);
    assertThat(service.list(ASP23).version()).isEqualTo(7);
    assertThat(service.outcome(ASP23, kenya).get())
        .isInstanceOf(RegistrationOutcome.Inscribed.class)
        .extracting(o -> ((RegistrationOutcome.Inscribed) o).position())
        .isEqualTo(0);
    assertThat(service.outcome(ASP23, RegistrationId.of(99))).isEmpty();
  }

  @Test
  void a_refused_command_records_nothing() {
    PlenaryService service = service(journal, NOON);
    assertThat(service.withdraw(ASP23, RegistrationId.of(1)).getLeft())
        .isEqualTo(new Rejection.NotFound(RegistrationId.of(1)));
    assertThat(journal.read(ASP23, 0)).isEmpty();
    assertThat(notified).isEmpty();
  }

  @Test
  void a_writer_that_lost_the_race_decides_again_on_the_newer_state() {
    PlenaryService other = service(journal, NOON);
    Journal racing =
        new Journal() {
          boolean raced;

          @Override
          public Either<VersionConflict, Seq<JournalEntry>> append(
              PlenaryId plenary,
              long expectedVersion,
              Seq<Journal.Attributed> events,
              Instant recordedAt) {
            if (!raced) {
              raced = true;
              other.register(RegisterCommand.of(ASP23, "I", "Chile"));
            }
            return journal.append(plenary, expectedVersion, events, recordedAt);
          }

          @Override
          public Seq<JournalEntry> read(PlenaryId plenary, long afterSeq) {
            return journal.read(plenary, afterSeq);
          }
        };
    RegistrationOutcome kenya =
        service(racing, NOON.plusSeconds(1)).register(RegisterCommand.of(ASP23, "I", "Kenya"));

    assertThat(kenya.id()).isEqualTo(RegistrationId.of(2));
    assertThat(((RegistrationOutcome.Inscribed) kenya).position()).isEqualTo(2);
    assertThat(journal.read(ASP23, 0).map(JournalEntry::seq)).containsExactly(1L, 2L);
  }

  @Test
  void commands_arriving_together_are_committed_together_each_decided_after_the_one_before()
      throws Exception {
    java.util.concurrent.atomic.AtomicInteger appends =
        new java.util.concurrent.atomic.AtomicInteger();
    Journal slow =
        new Journal() {
          @Override
          public Either<VersionConflict, Seq<JournalEntry>> append(
              PlenaryId plenary,
              long expectedVersion,
              Seq<Journal.Attributed> events,
              Instant recordedAt) {
            appends.incrementAndGet();
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return journal.append(plenary, expectedVersion, events, recordedAt);
          }

          @Override
          public Seq<JournalEntry> read(PlenaryId plenary, long afterSeq) {
            return journal.read(plenary, afterSeq);
          }
        };
    PlenaryService service = service(slow, NOON);
    int delegations = 24;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(delegations);
    java.util.List<java.util.concurrent.Future<RegistrationOutcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < delegations; i++) {
      String name = "Organisation " + i;
      outcomes.add(
          pool.submit(
              () ->
                  service.register(
                      RegisterCommand.of(ASP23, "I", name)
                          .category(org.rostrum.core.model.ParticipantCategory.CIVIL_SOCIETY))));
    }
    java.util.List<Integer> positions = new ArrayList<>();
    java.util.Set<String> receipts = new java.util.HashSet<>();
    for (java.util.concurrent.Future<RegistrationOutcome> f : outcomes) {
      RegistrationOutcome.Inscribed inscribed = (RegistrationOutcome.Inscribed) f.get();
      positions.add(inscribed.position());
      receipts.add(inscribed.receipt());
    }
    pool.shutdown();

    assertThat(appends.get()).isLessThan(delegations);
    assertThat(journal.read(ASP23, 0).map(JournalEntry::seq))
        .isEqualTo(List.rangeClosed(1L, (long) delegations));
    assertThat(receipts).hasSize(delegations);
    assertThat(positions).hasSize(delegations);
    assertThat(service.list(ASP23).schedules().head().speakers()).hasSize(delegations);
  }

  @Test
  void two_services_on_one_journal_see_each_others_records() {
    PlenaryService a = service(journal, NOON);
    PlenaryService b = service(journal, NOON);
    a.register(RegisterCommand.of(ASP23, "I", "Kenya"));
    assertThat(b.list(ASP23).schedules().head().speakers()).hasSize(1);
    b.register(RegisterCommand.of(ASP23, "I", "Chile"));
    assertThat(a.list(ASP23).schedules().head().speakers()).hasSize(2);
    assertThat(a.list(ASP23).schedules().head().speakers().get(1).projectedStart())
        .isEqualTo(hague(5, 15, 2, 0));
  }

  @Test
  void the_version_is_the_list_version_and_follows_another_writers_records() {
    java.util.List<Long> reads = new ArrayList<>();
    Journal counted =
        new Journal() {
          @Override
          public Either<VersionConflict, Seq<JournalEntry>> append(
              PlenaryId plenary,
              long expectedVersion,
              Seq<Journal.Attributed> events,
              Instant recordedAt) {
            return journal.append(plenary, expectedVersion, events, recordedAt);
          }

          @Override
          public Seq<JournalEntry> read(PlenaryId plenary, long afterSeq) {
            reads.add(afterSeq);
            return journal.read(plenary, afterSeq);
          }
        };
    PlenaryService reader = service(counted, NOON);
    PlenaryService writer = service(journal, NOON);
    assertThat(reader.version(ASP23)).contains(0L);
    writer.register(RegisterCommand.of(ASP23, "I", "Kenya"));
    writer.register(RegisterCommand.of(ASP23, "II", "Chile"));
    reads.clear();
    assertThat(reader.version(ASP23)).contains(2L);
    assertThat(reads).as("one read, of the entries after the version known").containsExactly(0L);
    assertThat(reader.version(ASP23)).contains(reader.list(ASP23).version());
    writer.withdraw(ASP23, RegistrationId.of(1));
    assertThat(reader.version(ASP23)).contains(3L);
    assertThat(reader.version(PlenaryId.of("nope"))).isEmpty();
  }

  @Test
  void a_journal_that_never_settles_is_a_technical_failure_not_a_refusal() {
    Journal stuck =
        new Journal() {
          @Override
          public Either<VersionConflict, Seq<JournalEntry>> append(
              PlenaryId plenary,
              long expectedVersion,
              Seq<Journal.Attributed> events,
              Instant recordedAt) {
            return Either.left(new VersionConflict(expectedVersion, expectedVersion + 1));
          }

          @Override
          public Seq<JournalEntry> read(PlenaryId plenary, long afterSeq) {
            return List.empty();
          }
        };
    assertThatThrownBy(() -> service(stuck, NOON).register(RegisterCommand.of(ASP23, "I", "Kenya")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gave up");
  }

  @Test
  void an_unknown_plenary_is_named_in_the_failure() {
    PlenaryService service = service(journal, NOON);
    assertThatThrownBy(() -> service.list(PlenaryId.of("nope")))
        .isInstanceOf(UnknownPlenaryException.class)
        .hasMessageContaining("nope")
        .satisfies(
            e -> assertThat(((UnknownPlenaryException) e).plenary().value()).isEqualTo("nope"));
    assertThat(service.plenaries().map(p -> p.id())).containsExactly(ASP23);
  }

  @Test
  void the_live_session_runs_through_the_service() {
    PlenaryService service = service(journal, NOON);
    service.register(RegisterCommand.of(ASP23, "I", "Kenya"));
    assertThat(service.callNext(ASP23).isRight()).isTrue();
    assertThat(service.markAbsent(ASP23).isRight()).isTrue();
    assertThat(service.callNext(ASP23).isRight()).isTrue();
    assertThat(service.startSpeech(ASP23).isRight()).isTrue();
    assertThat(service.stopSpeech(ASP23).isRight()).isTrue();
    assertThat(service.endSegment(ASP23).isRight()).isTrue();
    assertThat(service.record(ASP23)).hasSize(7);
  }
}
