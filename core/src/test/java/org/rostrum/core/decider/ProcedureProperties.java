package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rostrum.core.decider.Generators.EXAMPLES;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rostrum.core.TestPlenaries;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.ImmutablePlenary;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Precedence;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RepresentationLevel;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.Signals;
import org.rostrum.core.model.Speech;
import org.rostrum.core.rules.RejectionReason;
import org.rostrum.core.view.ReportView;
import org.rostrum.core.view.Views;

/**
 * The rules of a plenary's procedure, each as a property: points of order (PO1, PO2), the right of
 * reply (RR1, RR2), precedence (P1, P2) and the chair's time (L7), over plenaries whose procedure
 * is drawn at random.
 */
class ProcedureProperties {

  static final Plenary DEBATE = TestPlenaries.generalDebate();

  static final Instant DEADLINE = DEBATE.deadline().closesAt();

  static final Instant MORNING = DEBATE.segments().head().window().start();

  static final List<String> GROUPS =
      List.of(
          "the African Group",
          "African Group",
          "GRULAC",
          "the European Union",
          "the Non-Aligned Movement");

  /** Tiers by category in any order: each category once, grouped at random. */
  static Gen<Precedence> precedences() {
    Gen<Precedence> byCategory =
        lists()
            .of(integers().between(0, 2))
            .ofSize(ParticipantCategory.values().length)
            .map(
                tiers -> {
                  List<ParticipantCategory> all = List.of(ParticipantCategory.values());
                  return (Precedence)
                      new Precedence.ByCategory(
                          List.range(0, 3)
                              .map(
                                  t ->
                                      all.zipWithIndex()
                                          .filter(c -> tiers.get(c._2).equals(t))
                                          .map(c -> c._1)
                                          .toSet())
                              .filter(s -> !s.isEmpty()));
                });
    return Generate.oneOf(
        Generate.constant(Precedence.firstCome()),
        Generate.constant(Precedence.byLevel()),
        Generate.constant(
            new Precedence.ByLevel(
                List.of(
                    HashSet.of(
                        RepresentationLevel.HEAD_OF_STATE_OR_GOVERNMENT,
                        RepresentationLevel.MINISTER),
                    HashSet.of(RepresentationLevel.VICE_MINISTER)))),
        byCategory);
  }

  /** The general debate with a procedure drawn at random: its precedence, groups, replies. */
  static Gen<Plenary> plenaries() {
    return precedences()
        .zip(
            integers().between(0, 1),
            integers().between(1, 3),
            integers().between(0, 1),
            (precedence, groupsFirst, replies, scope) ->
                ImmutablePlenary.copyOf(DEBATE)
                    .withProcedure(
                        Procedure.builder()
                            .from(DEBATE.procedure())
                            .precedence(precedence)
                            .groupStatements(
                                Option.some(
                                    new Procedure.GroupStatements(
                                        Option.some(Duration.ofMinutes(5)), groupsFirst == 1)))
                            .rightOfReply(
                                Option.some(
                                    new Procedure.RightOfReply(
                                        replies,
                                        List.of(Duration.ofMinutes(5), Duration.ofMinutes(3)),
                                        scope == 0
                                            ? Procedure.ReplyScope.SEGMENT
                                            : Procedure.ReplyScope.PLENARY)))
                            .build()));
  }

  /** Requests of every kind, at any level, mostly on time, with a small pool of instants. */
  static Gen<RegistrationRequest> requests() {
    Gen<InterventionKind> kinds =
        Generate.frequency(
            org.quicktheories.api.Pair.of(5, Generate.constant(InterventionKind.STATEMENT)),
            org.quicktheories.api.Pair.of(2, Generate.constant(InterventionKind.GROUP_STATEMENT)),
            org.quicktheories.api.Pair.of(2, Generate.constant(InterventionKind.POINT_OF_ORDER)),
            org.quicktheories.api.Pair.of(3, Generate.constant(InterventionKind.RIGHT_OF_REPLY)));
    Gen<Option<RepresentationLevel>> levels =
        Generate.pick(
            List.of(RepresentationLevel.values())
                .map(Option::some)
                .append(Option.<RepresentationLevel>none())
                .toJavaList());
    Gen<Instant> instants = integers().between(-30, 5).map(m -> DEADLINE.plusSeconds(m * 600L));
    return Generators.askers()
        .zip(
            Generate.pick(java.util.List.of("AM", "PM")),
            instants,
            kinds,
            levels,
            (asker, segment, at, kind, level) ->
                RegistrationRequest.builder()
                    .from(Generators.request(asker, segment, at, Option.none()))
                    .kind(kind)
                    .level(level)
                    .onBehalfOf(
                        kind == InterventionKind.GROUP_STATEMENT
                            ? Option.some(GROUPS.get(Math.floorMod(at.hashCode(), GROUPS.size())))
                            : Option.none())
                    .build());
  }

  static Gen<List<RegistrationRequest>> requestLists() {
    return lists().of(requests()).ofSizeBetween(0, 60).map(l -> List.ofAll(l));
  }

  private static PlenaryState registerAll(Plenary plenary, Seq<RegistrationRequest> requests) {
    return Steps.registerAll(PlenaryState.initial(plenary), requests);
  }

  private static boolean firstComeOrder(ListEntry a, ListEntry b) {
    int c = a.registration().receivedAt().compareTo(b.registration().receivedAt());
    return c < 0 || (c == 0 && a.id().value() < b.id().value());
  }

  @Test
  void po1_a_point_of_order_goes_before_every_waiting_statement() {
    qt().withExamples(EXAMPLES)
        .forAll(plenaries(), requestLists())
        .checkAssert(
            (plenary, requests) -> {
              PlenaryState state = registerAll(plenary, requests);
              for (Segment segment : plenary.segments()) {
                List<ListEntry> waiting = state.list(segment).waiting();
                List<ListEntry> points =
                    waiting.filter(e -> e.standing().kind() == InterventionKind.POINT_OF_ORDER);
                assertThat(waiting.take(points.size())).isEqualTo(points);
                assertThat(points.sliding(2).filter(p -> p.size() == 2).toList())
                    .allSatisfy(p -> assertThat(firstComeOrder(p.get(0), p.get(1))).isTrue());
              }
            });
  }

  @Test
  void po1_a_point_of_order_raised_during_a_speech_is_called_next() {
    qt().withExamples(EXAMPLES)
        .forAll(plenaries(), requestLists(), Generators.askers())
        .checkAssert(
            (plenary, requests, asker) -> {
              PlenaryState state = registerAll(plenary, requests);
              state = Steps.apply(state, new Command.CallNext(), MORNING);
              state = Steps.apply(state, new Command.StartSpeech(), MORNING);
              if (state.session().speech().isEmpty()
                  || state
                          .inscription(state.session().speech().get().registration())
                          .get()
                          .registration()
                          .kind()
                      == InterventionKind.POINT_OF_ORDER) {
                return;
              }
              RegistrationRequest point =
                  RegistrationRequest.builder()
                      .from(Generators.request(asker, "", MORNING.plusSeconds(30), Option.none()))
                      .kind(InterventionKind.POINT_OF_ORDER)
                      .build();
              Seq<Event> raised =
                  Decider.decide(new Command.Register(point), state, MORNING.plusSeconds(30)).get();
              if (raised.head() instanceof RegistrationRejected) {
                return;
              }
              state = Decider.replay(state, raised);
              RegistrationId id = RegistrationId.of(state.intake());
              assertThat(state.session().speech().get().paused()).isTrue();
              Seq<Event> called =
                  Decider.decide(new Command.CallNext(), state, MORNING.plusSeconds(31)).get();
              RegistrationId first = state.list(state.openSegment().get()).waiting().head().id();
              assertThat(called.head()).isInstanceOf(Event.SpeakerCalled.class);
              assertThat(((Event.SpeakerCalled) called.head()).id()).isEqualTo(first);
              assertThat(state.inscription(first).get().registration().kind())
                  .isEqualTo(InterventionKind.POINT_OF_ORDER);
              assertThat(state.list(state.openSegment().get()).ids()).contains(id);
            });
  }

  /** How a speech is paused: by the chair, or by a point of order heard in between. */
  enum Pausing {
    CHAIR,
    POINT_OF_ORDER_HEARD
  }

  /** Who speaks, and how the speech is paused. */
  record Setup(Pausing pausing, String speaker) {}

  @Test
  void po2_a_paused_speech_resumes_with_exactly_the_time_left() {
    qt().withExamples(EXAMPLES)
        .forAll(
            integers().between(0, 400),
            integers().between(1, 900),
            integers().between(0, 400),
            Generate.enumValues(Pausing.class)
                .zip(
                    Generate.pick(java.util.List.of("Kenya", "Uganda")),
                    (p, who) -> new Setup(p, who)))
        .checkAssert(
            (before, pause, after, setup) -> {
              Pausing pausing = setup.pausing();
              String speaker = setup.speaker();
              PlenaryState state =
                  Steps.register(
                      PlenaryState.initial(DEBATE),
                      RegistrationRequest.builder()
                          .participant(speaker)
                          .segment("AM")
                          .receivedAt(DEADLINE.minusSeconds(60))
                          .kind(
                              speaker.equals("Uganda")
                                  ? InterventionKind.GROUP_STATEMENT
                                  : InterventionKind.STATEMENT)
                          .onBehalfOf(
                              speaker.equals("Uganda")
                                  ? Option.some("the African Group")
                                  : Option.none())
                          .build());
              state = Steps.apply(state, new Command.CallNext(), MORNING);
              state = Steps.apply(state, new Command.StartSpeech(), MORNING);
              Instant paused = MORNING.plusSeconds(before);
              Signals atPause = Views.room(state, paused).current().get().speech().get();
              Instant resumed = paused.plusSeconds(pause);
              if (pausing == Pausing.CHAIR) {
                state = Steps.apply(state, new Command.PauseSpeech(), paused);
              } else {
                state =
                    Steps.apply(
                        state,
                        new Command.Register(
                            RegistrationRequest.builder()
                                .participant("Chile")
                                .segment("")
                                .receivedAt(paused)
                                .kind(InterventionKind.POINT_OF_ORDER)
                                .build()),
                        paused);
                state = Steps.apply(state, new Command.CallNext(), paused);
                state = Steps.apply(state, new Command.StartSpeech(), paused);
                state = Steps.apply(state, new Command.StopSpeech(), resumed.minusMillis(500));
              }
              Speech speech = state.session().speech().get();
              assertThat(speech.paused()).isTrue();
              assertThat(Views.room(state, resumed).current().get().speech().get().left())
                  .isEqualTo(atPause.left());
              state = Steps.apply(state, new Command.ResumeSpeech(), resumed);
              Instant end = resumed.plusSeconds(after);
              Signals later = Views.room(state, end).current().get().speech().get();
              assertThat(later.left()).isEqualTo(atPause.left().minusSeconds(after));
              state = Steps.apply(state, new Command.StopSpeech(), end);
              ReportView.Spoken spoken = Views.report(state).speeches().last();
              assertThat(spoken.length()).isEqualTo(Duration.ofSeconds(before + (long) after));
              assertThat(spoken.speech().pausedFor(end)).isEqualTo(Duration.ofSeconds(pause));
            });
  }

  @Test
  void rr1_at_most_n_replies_per_participant_per_item() {
    qt().withExamples(EXAMPLES)
        .forAll(
            plenaries(), requestLists(), lists().of(integers().between(1, 60)).ofSizeBetween(0, 5))
        .checkAssert(
            (plenary, requests, withdrawals) -> {
              int allowed = plenary.procedure().rightOfReply().get().perParticipant();
              PlenaryState state = PlenaryState.initial(plenary);
              int step = 0;
              for (RegistrationRequest request : requests) {
                Seq<Event> events = Steps.decide(state, request);
                state = Decider.replay(state, events);
                if (withdrawals.contains(++step)) {
                  state =
                      Steps.apply(state, new Command.Withdraw(RegistrationId.of(step)), DEADLINE);
                }
                for (Event e : events) {
                  if (e instanceof RegistrationRejected r
                      && r.rejection().reason() == RejectionReason.TOO_MANY_REPLIES) {
                    PlenaryState before = state;
                    Segment itemOf =
                        plenary.procedure().rightOfReply().get().scope()
                                == Procedure.ReplyScope.PLENARY
                            ? plenary.segments().last()
                            : plenary
                                .segment(org.rostrum.core.model.SegmentId.of(request.segment()))
                                .get();
                    assertThat(before.replies(r.participant().get().key(), itemOf.id()).size())
                        .isEqualTo(allowed);
                  }
                }
              }
              PlenaryState end = state;
              assertThat(
                      end.inscriptions()
                          .filter(
                              i ->
                                  i.registration().kind() == InterventionKind.RIGHT_OF_REPLY
                                      && i.holdsPlace())
                          .groupBy(i -> i.registration().participant().key() + "@" + i.segment())
                          .values())
                  .allSatisfy(replies -> assertThat(replies.size()).isLessThanOrEqualTo(allowed));
            });
  }

  @Test
  void rr2_replies_come_after_the_list() {
    qt().withExamples(EXAMPLES)
        .forAll(plenaries(), requestLists())
        .checkAssert(
            (plenary, requests) -> {
              PlenaryState state = registerAll(plenary, requests);
              for (Segment segment : plenary.segments()) {
                List<ListEntry> entries = state.list(segment).entries();
                int firstReply =
                    entries.indexWhere(e -> e.standing().kind() == InterventionKind.RIGHT_OF_REPLY);
                if (firstReply >= 0) {
                  assertThat(entries.drop(firstReply))
                      .allSatisfy(
                          e ->
                              assertThat(e.standing().kind())
                                  .isEqualTo(InterventionKind.RIGHT_OF_REPLY));
                }
                if (plenary.procedure().rightOfReply().get().scope() == Procedure.ReplyScope.PLENARY
                    && !segment.equals(plenary.segments().last())) {
                  assertThat(firstReply).isEqualTo(-1);
                }
              }
            });
  }

  @Test
  void p1_within_a_tier_first_come_first_served() {
    qt().withExamples(EXAMPLES)
        .forAll(plenaries(), requestLists())
        .checkAssert(
            (plenary, requests) -> {
              PlenaryState state = registerAll(plenary, requests);
              for (Segment segment : plenary.segments()) {
                List<ListEntry> entries = state.list(segment).entries();
                for (Seq<ListEntry> pair : entries.sliding(2).filter(p -> p.size() == 2).toList()) {
                  ListEntry a = pair.get(0);
                  ListEntry b = pair.get(1);
                  if (a.standing().kind().band() == b.standing().kind().band()
                      && a.standing()
                          .tier()
                          .map(t -> t.number())
                          .equals(b.standing().tier().map(t -> t.number()))) {
                    assertThat(firstComeOrder(a, b)).as("%s before %s", a, b).isTrue();
                  }
                }
              }
            });
  }

  @Test
  void p2_a_higher_tier_is_never_behind_a_lower_one() {
    qt().withExamples(EXAMPLES)
        .forAll(plenaries(), requestLists())
        .checkAssert(
            (plenary, requests) -> {
              PlenaryState state = registerAll(plenary, requests);
              Procedure procedure = plenary.procedure();
              for (Segment segment : plenary.segments()) {
                List<ListEntry> statements =
                    state.list(segment).entries().filter(e -> e.standing().kind().fromTheList());
                List<Integer> tiers = statements.map(e -> procedure.tierOf(e.registration()));
                assertThat(tiers.toJavaList()).isSorted();
                // And the tier each place states is the one the procedure gives it.
                assertThat(statements)
                    .allSatisfy(
                        e ->
                            assertThat(e.standing().tier().map(t -> t.number() - 1))
                                .isEqualTo(
                                    e.standing().tier().isDefined()
                                        ? Option.some(procedure.tierOf(e.registration()))
                                        : Option.none()));
              }
            });
  }

  @Test
  void l7_time_granted_extends_the_limit_by_exactly_that_time() {
    qt().withExamples(EXAMPLES)
        .forAll(
            lists().of(integers().between(1, 300)).ofSizeBetween(0, 4), integers().between(0, 900))
        .checkAssert(
            (grants, spoken) -> {
              PlenaryState state =
                  Steps.register(
                      PlenaryState.initial(DEBATE),
                      RegistrationRequest.builder()
                          .participant("Kenya")
                          .segment("AM")
                          .receivedAt(DEADLINE.minusSeconds(60))
                          .build());
              state = Steps.apply(state, new Command.CallNext(), MORNING);
              state = Steps.apply(state, new Command.StartSpeech(), MORNING);
              for (int g : grants) {
                state =
                    Steps.apply(
                        state,
                        new Command.GrantTime(Duration.ofSeconds(g)),
                        MORNING.plusSeconds(10));
              }
              long granted = grants.stream().mapToLong(Integer::longValue).sum();
              Duration limit = DEBATE.slot().limit().plusSeconds(granted);
              assertThat(state.session().speech().get().limit()).isEqualTo(limit);
              state = Steps.apply(state, new Command.StopSpeech(), MORNING.plusSeconds(spoken));
              ReportView.Spoken given = Views.report(state).speeches().head();
              assertThat(given.overrun())
                  .isEqualTo(
                      Duration.ofSeconds(spoken).compareTo(limit) > 0
                          ? Option.some(Duration.ofSeconds(spoken).minus(limit))
                          : Option.none());
              assertThat(given.speech().granted()).isEqualTo(Duration.ofSeconds(granted));
            });
  }

  @Test
  void s1_the_statistics_add_up_to_the_time_spoken() {
    qt().withExamples(EXAMPLES)
        .forAll(
            plenaries(),
            requestLists(),
            lists().of(integers().between(0, 400)).ofSizeBetween(0, 20))
        .checkAssert(
            (plenary, requests, lengths) -> {
              PlenaryState state = registerAll(plenary, requests);
              Instant now = MORNING;
              for (int length : lengths) {
                state = Steps.apply(state, new Command.CallNext(), now);
                state = Steps.apply(state, new Command.StartSpeech(), now);
                now = now.plusSeconds(length);
                state = Steps.apply(state, new Command.StopSpeech(), now);
              }
              ReportView report = Views.report(state);
              Duration total = report.total();
              org.rostrum.core.view.Statistics s = report.statistics();
              assertThat(sum(s.byParticipant().map(l -> l.spoken()))).isEqualTo(total);
              assertThat(sum(s.byCategory().map(l -> l.spoken()))).isEqualTo(total);
              assertThat(sum(s.byKind().map(l -> l.spoken()))).isEqualTo(total);
              assertThat(sum(s.bySegment().map(l -> l.used()))).isEqualTo(total);
              assertThat(s.byKind().map(l -> l.overruns()).sum().intValue())
                  .isEqualTo(report.overruns());
            });
  }

  private static Duration sum(Seq<Duration> durations) {
    return durations.fold(Duration.ZERO, Duration::plus);
  }

  @Test
  void with_statements_only_no_place_has_a_tier_and_each_has_the_plenarys_limit() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.requestLists(Generators.requests()))
        .checkAssert(
            requests -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              for (Segment segment : state.plenary().segments()) {
                assertThat(state.list(segment).entries())
                    .allSatisfy(
                        e -> {
                          assertThat(e.standing().tier()).isEmpty();
                          assertThat(e.allotted()).isEqualTo(Duration.ofMinutes(2));
                        });
              }
            });
  }
}
