package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rostrum.core.decider.Generators.EXAMPLES;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rostrum.core.model.Actor;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.service.InMemoryJournal;
import org.rostrum.core.service.PlenaryService;

/**
 * A1 who did what: every entry of the record names the actor who asked for the change that made it
 * — whatever the commands, and however many people act at once.
 */
class ActorProperties {

  static final List<Actor> PEOPLE =
      List.of(
          Actor.token("3f9a0c2b7d11", "SECRETARIAT"),
          Actor.token("a07c55e01b9d", "CHAIR"),
          Actor.commandLine("amina"),
          Actor.mail(),
          Actor.unnamed());

  static Gen<Actor> people() {
    return integers().between(0, PEOPLE.size() - 1).map(PEOPLE::get);
  }

  /** Commands of every kind: registrations, the desk's changes, corrections, the room. */
  static Gen<Command> commands() {
    Gen<Command> register =
        Generators.askers()
            .zip(
                Generators.segments(),
                Generators.onTimeInstants(),
                (a, s, t) ->
                    (Command) new Command.Register(Generators.request(a, s, t, Option.none())));
    return Generate.oneOf(
        register,
        register,
        GuardedCommandProperties.commands(),
        StatefulProperties.ids()
            .map(
                id ->
                    new Command.Amend(
                        id,
                        Option.some("Chile"),
                        Option.none(),
                        Option.none(),
                        Option.none(),
                        "typo")),
        StatefulProperties.ids().map(id -> new Command.Annul(id, "error")),
        Generate.constant(new Command.EndSegment()),
        StatefulProperties.segmentIds().map(Command.ResumeSegment::new));
  }

  /** Each entry of the record, paired with who asked for it, checked against who did. */
  static void everyEntryNamesWhoAsked(
      InMemoryJournal journal, java.util.List<Seq<JournalEntry>> made, java.util.List<Actor> by) {
    Seq<JournalEntry> record = journal.read(GuardedCommandProperties.ID, 0);
    assertThat(record).allSatisfy(e -> assertThat(e.actor().isDefined()).isTrue());
    assertThat(List.ofAll(made).map(Seq::size).sum().intValue()).isEqualTo(record.size());
    for (int i = 0; i < made.size(); i++) {
      Actor actor = by.get(i);
      for (JournalEntry entry : made.get(i)) {
        assertThat(record.get((int) entry.seq() - 1).actor()).contains(actor);
        assertThat(record.get((int) entry.seq() - 1).event()).isEqualTo(entry.event());
      }
    }
  }

  @Test
  void a1_every_entry_names_who_asked_for_it() {
    qt().withExamples(EXAMPLES / 4)
        .forAll(lists().of(people().zip(commands(), (p, c) -> List.of(p, c))).ofSizeBetween(1, 40))
        .checkAssert(
            steps -> {
              InMemoryJournal journal = new InMemoryJournal();
              PlenaryService service = GuardedCommandProperties.service(journal);
              java.util.List<Seq<JournalEntry>> made = new java.util.ArrayList<>();
              java.util.List<Actor> by = new java.util.ArrayList<>();
              for (List<Object> step : steps) {
                Actor actor = (Actor) step.get(0);
                Either<Rejection, Change> done =
                    service
                        .as(actor)
                        .execute(GuardedCommandProperties.ID, (Command) step.get(1), Option.none());
                assertThat(service.as(actor).actor()).isEqualTo(actor);
                done.forEach(
                    change -> {
                      made.add(change.recorded());
                      by.add(actor);
                    });
              }
              everyEntryNamesWhoAsked(journal, made, by);
            });
  }

  @Test
  void a1_every_entry_names_who_asked_for_it_when_many_act_at_once() throws Exception {
    InMemoryJournal journal = new InMemoryJournal();
    PlenaryService service = GuardedCommandProperties.service(journal);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      java.util.List<Future<Either<Rejection, Change>>> futures = new java.util.ArrayList<>();
      java.util.List<Actor> actors = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        Actor actor = PEOPLE.get(i % PEOPLE.size());
        String who = "Organisation " + i;
        actors.add(actor);
        futures.add(
            pool.submit(
                () ->
                    service
                        .as(actor)
                        .execute(
                            GuardedCommandProperties.ID,
                            new Command.Register(
                                org.rostrum.core.model.RegistrationRequest.builder()
                                    .participant(who)
                                    .category(
                                        Option.some(
                                            org.rostrum.core.model.ParticipantCategory
                                                .CIVIL_SOCIETY))
                                    .segment("I")
                                    .receivedAt(GuardedCommandProperties.NOW.minusSeconds(60))
                                    .build()),
                            Option.none())));
      }
      java.util.List<Seq<JournalEntry>> made = new java.util.ArrayList<>();
      for (Future<Either<Rejection, Change>> f : futures) {
        made.add(f.get().get().recorded());
      }
      everyEntryNamesWhoAsked(journal, made, actors);
    } finally {
      pool.shutdownNow();
    }
  }
}
