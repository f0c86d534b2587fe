package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.rostrum.core.decider.Generators.EXAMPLES;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.service.InMemoryJournal;
import org.rostrum.core.service.InMemoryPlenaryCatalog;
import org.rostrum.core.service.PlenaryService;

/**
 * If-Match: a command sent with the version its sender saw is decided as if unguarded when the
 * plenary is still at that version, and refused as STALE, recording nothing, when it is not.
 */
class GuardedCommandProperties {

  static final PlenaryId ID = Generators.ASP23.id();
  static final Instant NOW = Generators.CLOSES_AT;

  static PlenaryService service(InMemoryJournal journal) {
    return new PlenaryService(
        journal,
        InMemoryPlenaryCatalog.of(Generators.ASP23),
        Notifier.none(),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static Gen<Command> commands() {
    return Generate.pick(
        java.util.List.of(
            new Command.Swap(RegistrationId.of(1), RegistrationId.of(2)),
            new Command.Withdraw(RegistrationId.of(1)),
            new Command.CloseList(SegmentId.of("I")),
            new Command.ReopenList(SegmentId.of("II")),
            new Command.ExtendDeadline(Generators.CLOSES_AT.plusSeconds(60)),
            new Command.CallNext(),
            new Command.StartSpeech()));
  }

  static void registerAll(PlenaryService service, List<RegistrationRequest> requests) {
    for (RegistrationRequest r : requests) {
      service.register(
          RegisterCommand.of(ID, r.segment(), r.participant()).receivedAt(r.receivedAt()));
    }
  }

  @Test
  void a_command_is_decided_at_the_version_seen_and_refused_as_stale_otherwise() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Generators.requestLists(Generators.onTimeRequests()),
            commands(),
            integers().between(-3, 3))
        .checkAssert(
            (requests, command, offset) -> {
              InMemoryJournal journal = new InMemoryJournal();
              PlenaryService service = service(journal);
              registerAll(service, requests);
              PlenaryState before =
                  Decider.replay(
                      PlenaryState.initial(Generators.ASP23),
                      journal.read(ID, 0).map(e -> e.event()));
              long version = before.version();
              long seen = version + offset;
              int recorded = journal.read(ID, 0).size();

              Either<Rejection, Change> guarded = service.execute(ID, command, Option.some(seen));

              if (seen == version) {
                Either<Rejection, List<Event>> unguarded =
                    Decider.decide(command, before, NOW).map(List::ofAll);
                assertThat(guarded.map(c -> c.recorded().map(e -> e.event()).toList()))
                    .isEqualTo(unguarded);
              } else {
                assertThat(guarded).isEqualTo(Either.left(new Rejection.Stale(seen, version)));
                assertThat(journal.read(ID, 0)).hasSize(recorded);
              }
            });
  }

  /** Two consoles saw the same list and send a change at once: one wins, the other is told. */
  @Test
  void of_two_changes_sent_on_the_same_version_exactly_one_is_recorded() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 50; round++) {
        InMemoryJournal journal = new InMemoryJournal();
        PlenaryService service = service(journal);
        service.register(RegisterCommand.of(ID, "I", "Kenya").receivedAt(NOW.minusSeconds(30)));
        service.register(RegisterCommand.of(ID, "I", "Chile").receivedAt(NOW.minusSeconds(20)));
        service.register(RegisterCommand.of(ID, "I", "Peru").receivedAt(NOW.minusSeconds(10)));
        long seen = service.list(ID).version();
        CountDownLatch start = new CountDownLatch(1);
        Future<Either<Rejection, Change>> swap =
            pool.submit(
                () -> {
                  start.await();
                  return service.execute(
                      ID,
                      new Command.Swap(RegistrationId.of(1), RegistrationId.of(3)),
                      Option.some(seen));
                });
        Future<Either<Rejection, Change>> withdraw =
            pool.submit(
                () -> {
                  start.await();
                  return service.execute(
                      ID, new Command.Withdraw(RegistrationId.of(1)), Option.some(seen));
                });
        start.countDown();
        List<Either<Rejection, Change>> both = List.of(swap.get(), withdraw.get());
        assertThat(both.filter(Either::isRight)).hasSize(1);
        assertThat(both.filter(Either::isLeft).map(Either::getLeft))
            .containsExactly(new Rejection.Stale(seen, seen + 1));
        assertThat(journal.read(ID, 0)).hasSize((int) seen + 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
