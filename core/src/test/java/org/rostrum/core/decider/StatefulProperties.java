package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rostrum.core.decider.Generators.EXAMPLES;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.decider.Event.SpeechEnded;
import org.rostrum.core.model.ImmutablePlenary;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Precedence;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.Signals;
import org.rostrum.core.rules.Participants;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.ReportView;
import org.rostrum.core.view.RoomView;
import org.rostrum.core.view.Views;

/**
 * Random sequences of everything the Secretariat, the chair and delegations do, checked after every
 * step against {@link ReferenceModel}: the lists, the schedule and the live state agree.
 */
class StatefulProperties {

  /** One step: a command, who asked for the floor (for a registration), and time passing. */
  record Step(Command command, String participant, int secondsLater) {
    @Override
    public String toString() {
      return command
          + (participant.isEmpty() ? "" : " by " + participant)
          + " +"
          + secondsLater
          + "s";
    }
  }

  static Gen<RegistrationId> ids() {
    return integers().between(1, 30).map(i -> RegistrationId.of(i));
  }

  static Gen<SegmentId> segmentIds() {
    return Generate.pick(java.util.List.of(SegmentId.of("I"), SegmentId.of("II")));
  }

  /**
   * Guest speakers the roster does not hold until the Secretariat adds them: named without a
   * category, refused as unknown before, inscribed after.
   */
  static Gen<Generators.Asker> guests() {
    return integers()
        .between(1, 3)
        .map(
            k ->
                new Generators.Asker(
                    new Generators.Spellings(
                        "other:guest-speaker-" + k, Option.none(), List.of("Guest Speaker " + k)),
                    "Guest Speaker " + k));
  }

  /** The kind of a request, with its group; mostly statements. */
  record Kind(InterventionKind kind, Option<String> group, boolean noSegment) {}

  static Gen<Kind> kinds() {
    Gen<String> groups =
        Generate.pick(java.util.List.of("the African Group", "African Group", "GRULAC"));
    return Generate.frequency(
        Pair.of(8, Generate.constant(new Kind(InterventionKind.STATEMENT, Option.none(), false))),
        Pair.of(
            2, groups.map(g -> new Kind(InterventionKind.GROUP_STATEMENT, Option.some(g), false))),
        Pair.of(
            2,
            integers()
                .between(0, 1)
                .map(n -> new Kind(InterventionKind.POINT_OF_ORDER, Option.none(), n == 0))),
        Pair.of(
            3,
            integers()
                .between(0, 2)
                .map(n -> new Kind(InterventionKind.RIGHT_OF_REPLY, Option.none(), n == 0))));
  }

  static Gen<Step> steps() {
    Gen<Generators.Asker> askers =
        Generate.frequency(Pair.of(6, Generators.askers()), Pair.of(1, guests()));
    Gen<Step> register =
        askers.zip(
            Generators.segments(),
            Generators.receiptInstants(),
            integers().between(0, 12).zip(kinds(), (ref, kind) -> Pair.of(ref, kind)),
            (asker, segment, at, refKind) ->
                new Step(
                    new Command.Register(
                        RegistrationRequest.builder()
                            .from(
                                Generators.request(
                                    asker,
                                    refKind._2.noSegment() ? "" : segment,
                                    at,
                                    refKind._1 < 3
                                        ? Option.some("<ref-" + refKind._1 + ">")
                                        : Option.none()))
                            .kind(refKind._2.kind())
                            .onBehalfOf(refKind._2.group())
                            .build()),
                    asker.who().key(),
                    0));
    Gen<Command> listChanges =
        Generate.oneOf(
            ids().map(Command.Withdraw::new),
            ids().zip(ids(), Command.Swap::new),
            segmentIds().map(Command.CloseList::new),
            segmentIds().map(Command.ReopenList::new),
            integers()
                .between(-3, 48)
                .map(h -> new Command.ExtendDeadline(Generators.CLOSES_AT.plusSeconds(h * 3600L))));
    Gen<Command> session =
        Generate.frequency(
            Pair.of(4, Generate.constant(new Command.CallNext())),
            Pair.of(4, Generate.constant(new Command.StartSpeech())),
            Pair.of(4, Generate.constant(new Command.StopSpeech())),
            Pair.of(2, Generate.constant(new Command.MarkAbsent())),
            Pair.of(1, Generate.constant(new Command.EndSegment())),
            Pair.of(1, Generate.constant(new Command.PauseSpeech())),
            Pair.of(1, Generate.constant(new Command.ResumeSpeech())),
            Pair.of(
                1,
                integers().between(1, 120).map(n -> new Command.GrantTime(Duration.ofSeconds(n)))));
    Gen<Step> other =
        Generate.frequency(
                Pair.of(1, listChanges),
                Pair.of(3, session),
                Pair.of(1, ids().map(id -> new Command.Annul(id, "entered in error"))),
                Pair.of(1, segmentIds().map(Command.ResumeSegment::new)),
                Pair.of(
                    1,
                    guests()
                        .map(
                            g ->
                                new Command.AddParticipant(
                                    Participants.newEntry(
                                        g.name(),
                                        Option.none(),
                                        Option.none(),
                                        ParticipantCategory.OTHER,
                                        List.empty(),
                                        List.empty())))))
            .zip(integers().between(0, 200), (c, s) -> new Step(c, "", s));
    Gen<Step> amend =
        ids()
            .zip(
                Generate.oneOf(
                    Generate.constant(Option.<Generators.Asker>none()), askers.map(Option::some)),
                Generate.oneOf(
                    Generate.constant(Option.<String>none()),
                    Generate.pick(java.util.List.of("I", "II", "ii", "3")).map(Option::some)),
                (id, asker, segment) ->
                    new Step(
                        new Command.Amend(
                            id,
                            asker.map(Generators.Asker::name),
                            asker.flatMap(a -> a.who().category()),
                            segment,
                            Option.none(),
                            "clerical error"),
                        asker.map(a -> a.who().key()).getOrElse(""),
                        0));
    return Generate.frequency(Pair.of(3, register), Pair.of(2, other), Pair.of(1, amend));
  }

  /**
   * The bundled plenary with a procedure: points of order of one minute, group statements of three
   * minutes first, two replies per participant per segment (3:00, then 2:00), and tiers by category
   * — States, then organisations and the Court, then civil society.
   */
  static final Plenary WITH_PROCEDURE =
      ImmutablePlenary.copyOf(Generators.ASP23)
          .withProcedure(
              Procedure.builder()
                  .pointsOfOrder(
                      Option.some(new Procedure.PointsOfOrder(Option.some(Duration.ofMinutes(1)))))
                  .groupStatements(
                      Option.some(
                          new Procedure.GroupStatements(Option.some(Duration.ofMinutes(3)), true)))
                  .rightOfReply(
                      Option.some(
                          new Procedure.RightOfReply(
                              2,
                              List.of(Duration.ofMinutes(3), Duration.ofMinutes(2)),
                              Procedure.ReplyScope.SEGMENT)))
                  .precedence(
                      new Precedence.ByCategory(
                          List.of(
                              HashSet.of(
                                  ParticipantCategory.STATE_PARTY,
                                  ParticipantCategory.OBSERVER_STATE),
                              HashSet.of(
                                  ParticipantCategory.INTERGOVERNMENTAL_ORGANIZATION,
                                  ParticipantCategory.COURT),
                              HashSet.of(ParticipantCategory.CIVIL_SOCIETY))))
                  .build());

  /** How many steps a sequence takes at most (lowered for mutation testing). */
  static final int STEPS = Integer.getInteger("rostrum.steps", 80);

  @Test
  void the_decider_agrees_with_the_reference_model_after_every_step() {
    agreesAfterEveryStep(Generators.ASP23, false);
  }

  @Test
  void with_a_procedure_the_decider_agrees_with_the_reference_model_after_every_step() {
    agreesAfterEveryStep(WITH_PROCEDURE, true);
  }

  private static void agreesAfterEveryStep(Plenary plenary, boolean procedure) {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(steps()).ofSizeBetween(0, STEPS))
        .checkAssert(
            steps -> {
              PlenaryState state = PlenaryState.initial(plenary);
              ReferenceModel model = new ReferenceModel(Generators.CLOSES_AT, procedure);
              Instant now = Generators.ASP23.window().start();
              java.util.List<Event> recorded = new java.util.ArrayList<>();
              for (Step step : steps) {
                now = now.plusSeconds(step.secondsLater());
                Either<Rejection, Seq<Event>> decision = Decider.decide(step.command(), state, now);
                boolean accepted = apply(model, step, now, decision);
                assertThat(decision.isRight()).as("accepted: %s", step).isEqualTo(accepted);
                if (decision.isRight()) {
                  for (Event event : decision.get()) {
                    state = Decider.evolve(state, event);
                    recorded.add(event);
                  }
                }
                agree(state, model, step, now);
                PlenaryState fresh =
                    ImmutablePlenaryState.copyOf(state).withIndexes(Indexes.unbuilt());
                assertThat(state.holders())
                    .as("holders carried forward")
                    .isEqualTo(fresh.holders());
                assertThat(state.sources())
                    .as("sources carried forward")
                    .isEqualTo(fresh.sources());
              }
              PlenaryState replayed = Decider.replay(PlenaryState.initial(plenary), recorded);
              assertThat(replayed).as("replayed in bulk").isEqualTo(state);
              assertThat(replayed.holders()).isEqualTo(state.holders());
              assertThat(replayed.lists()).isEqualTo(state.lists());
            });
  }

  /** Applies a step to the model; checks what only the decider's events can tell. */
  private static boolean apply(
      ReferenceModel model, Step step, Instant now, Either<Rejection, Seq<Event>> decision) {
    Command c = step.command();
    if (c instanceof Command.Register register) {
      RegistrationRequest r = register.request();
      String outcome =
          model.register(
              step.participant(),
              r.segment(),
              r.receivedAt(),
              r.sourceRef().getOrNull(),
              now,
              r.kind().name(),
              r.onBehalfOf().getOrElse(""));
      if (outcome.equals("AT_THE_DOOR")) {
        return false;
      }
      Seq<Event> events = decision.get();
      if (outcome.equals("REPLAY")) {
        assertThat(events).as("replay of %s", r.sourceRef()).isEmpty();
      } else if (outcome.equals("INSCRIBED")) {
        assertThat(events.head()).as(step.toString()).isInstanceOf(RegistrationInscribed.class);
      } else {
        assertThat(events.head()).as(step.toString()).isInstanceOf(RegistrationRejected.class);
        assertThat(((RegistrationRejected) events.head()).rejection().reason().name())
            .isEqualTo(outcome);
      }
      return true;
    } else if (c instanceof Command.Withdraw w) {
      return model.withdraw(w.id().value());
    } else if (c instanceof Command.Swap s) {
      return s.first().equals(s.second())
          ? model.waitingId(s.first().value())
          : model.swap(s.first().value(), s.second().value());
    } else if (c instanceof Command.CloseList close) {
      return model.close(close.segment().value());
    } else if (c instanceof Command.ReopenList reopen) {
      return model.reopen(reopen.segment().value());
    } else if (c instanceof Command.ExtendDeadline extend) {
      return model.extend(extend.closesAt());
    } else if (c instanceof Command.CallNext) {
      return model.callNext();
    } else if (c instanceof Command.StartSpeech) {
      return model.start(now);
    } else if (c instanceof Command.StopSpeech) {
      Duration length = model.stop(now);
      if (length != null) {
        assertThat(((SpeechEnded) decision.get().head()).length()).isEqualTo(length);
      }
      return length != null;
    } else if (c instanceof Command.MarkAbsent) {
      return model.absent(now);
    } else if (c instanceof Command.Amend amend) {
      String outcome =
          model.amend(
              amend.id().value(),
              step.participant().isEmpty() ? null : step.participant(),
              amend.segment().getOrNull(),
              now);
      if (outcome != null) {
        Event.RequestAmended amended = (Event.RequestAmended) decision.get().head();
        String decided =
            amended.outcome().fold(r -> r.rejection().reason().name(), r -> "INSCRIBED");
        assertThat(decided).as(step.toString()).isEqualTo(outcome);
      }
      return outcome != null;
    } else if (c instanceof Command.Annul annul) {
      return model.annul(annul.id().value(), now);
    } else if (c instanceof Command.ResumeSegment resume) {
      return model.resume(resume.segment().value());
    } else if (c instanceof Command.AddParticipant add) {
      return model.addParticipant(add.entry().key().value());
    } else if (c instanceof Command.PauseSpeech) {
      return model.pause(now);
    } else if (c instanceof Command.ResumeSpeech) {
      return model.resume(now);
    } else if (c instanceof Command.GrantTime grant) {
      return model.grant(grant.extra());
    } else {
      return model.endSegment();
    }
  }

  /** The model against the views every adapter renders: the list, the room and the report. */
  private static void agree(PlenaryState state, ReferenceModel model, Step step, Instant now) {
    ListView list = Views.list(state, now);
    RoomView room = Views.room(state, now);
    ReportView report = Views.report(state);
    assertThat(list.version()).isEqualTo(state.version());
    assertThat(room.version()).isEqualTo(state.version());
    assertThat(report.version()).isEqualTo(state.version());
    // the plan (T1) and the record's statuses; the times re-made from the room are T3's properties
    for (Schedule schedule :
        state
            .lists()
            .map(l -> org.rostrum.core.rules.TimeRules.schedule(l, state.plenary().slot()))) {
      Segment segment = schedule.segment();
      List<String> expected =
          List.ofAll(model.list(segment.id().value())).map(e -> e.id + ":" + e.status);
      List<String> actual =
          List.ofAll(schedule.speakers())
              .map(e -> e.entry().id() + ":" + e.entry().status().name());
      assertThat(actual).as("list %s after %s", segment.id(), step).isEqualTo(expected);
      Instant start = segment.window().start();
      for (ReferenceModel.Entry e : model.list(segment.id().value())) {
        ScheduledSpeaker s = schedule.speakers().find(p -> p.entry().id().value() == e.id).get();
        assertThat(s.projectedStart()).as("start of #%s after %s", e.id, step).isEqualTo(start);
        assertThat(s.entry().allotted()).isEqualTo(model.allotted(e));
        start = start.plus(model.allotted(e));
      }
      assertThat(schedule.list().closed())
          .isEqualTo(
              model.closed.containsKey(segment.id().value())
                  || model.ended.contains(segment.id().value()));
    }
    assertThat(
            room.current().filter(c -> !c.speaking()).map(c -> c.entry().id().value()).getOrNull())
        .as("at the rostrum after %s", step)
        .isEqualTo(model.atRostrum);
    Long speaking = model.speaking == null ? null : model.speaking.id;
    assertThat(
            room.current().filter(c -> c.speaking()).map(c -> c.entry().id().value()).getOrNull())
        .as("speaking after %s", step)
        .isEqualTo(speaking);
    assertThat(report.speaking().map(s -> s.inscription().id().value()).getOrNull())
        .isEqualTo(speaking);
    if (model.speaking != null) {
      Signals signals = room.current().get().speech().get();
      assertThat(signals.paused())
          .as("paused after %s", step)
          .isEqualTo(model.speaking.pausedSince != null);
      assertThat(signals.left())
          .as("time left after %s", step)
          .isEqualTo(model.left(model.speaking, now));
    }
    assertThat(room.interrupted().map(c -> c.entry().id().value()).getOrNull())
        .as("interrupted after %s", step)
        .isEqualTo(model.interrupted.isEmpty() ? null : model.interrupted.peek().id);
    assertThat(list.closesAt()).isEqualTo(model.closesAt);
    assertThat(list.refused().map(r -> r.id().value()))
        .as("refusals after %s", step)
        .containsExactlyElementsOf(model.refused());
    assertThat(room.resumable().isDefined())
        .as("resumable after %s", step)
        .isEqualTo(model.segments.stream().anyMatch(model::resumable));
    assertThat(state.intake()).isEqualTo(model.intake);
  }
}
