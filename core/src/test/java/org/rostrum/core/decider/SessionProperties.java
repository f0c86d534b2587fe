package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rostrum.core.decider.Generators.EXAMPLES;
import static org.rostrum.core.decider.Generators.onTimeRequests;
import static org.rostrum.core.decider.Generators.requestLists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.decider.Event.SpeechEnded;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.Signals;
import org.rostrum.core.model.SpeakersList;
import org.rostrum.core.model.SpeechPhase;
import org.rostrum.core.model.TwoMinuteSlot;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.SessionRules;
import org.rostrum.core.view.RoomView;
import org.rostrum.core.view.Views;

/** The rules of the live session L1–L5, each as a property. */
class SessionProperties {

  static final Instant OPENING = Generators.ASP23.window().start();

  /** The chair's actions, mostly calling and running speeches. */
  static Gen<Command> chairActions() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(4, Generate.constant(new Command.CallNext())),
        org.quicktheories.api.Pair.of(4, Generate.constant(new Command.StartSpeech())),
        org.quicktheories.api.Pair.of(4, Generate.constant(new Command.StopSpeech())),
        org.quicktheories.api.Pair.of(2, Generate.constant(new Command.MarkAbsent())),
        org.quicktheories.api.Pair.of(1, Generate.constant(new Command.EndSegment())));
  }

  static Gen<List<Command>> sessions() {
    return lists().of(chairActions()).ofSizeBetween(0, 60).map(l -> List.ofAll(l));
  }

  /** Elapsed times at the edges of the warning and the limit, or anywhere up to 400 s. */
  static Gen<java.util.function.Function<TwoMinuteSlot, Duration>> elapsedAround() {
    Gen<java.util.function.Function<TwoMinuteSlot, Duration>> edges =
        Generate.pick(
            java.util.List.of(
                slot -> slot.limit().minus(slot.warning()).minusNanos(1),
                slot -> slot.limit().minus(slot.warning()),
                slot -> slot.limit(),
                slot -> slot.limit().plusNanos(1),
                slot -> Duration.ZERO));
    Gen<java.util.function.Function<TwoMinuteSlot, Duration>> anywhere =
        integers().between(0, 400).map(s -> slot -> Duration.ofSeconds(s));
    return Generate.oneOf(edges, anywhere);
  }

  private static int speaking(PlenaryState state) {
    return state.inscriptions().count(i -> i.status() == RegistrationStatus.SPEAKING);
  }

  @Test
  void l1_at_most_one_speech_is_running_in_a_plenary() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), sessions())
        .checkAssert(
            (requests, actions) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              Instant now = OPENING;
              for (Command action : actions) {
                boolean wasRunning = state.session().speech().isDefined();
                Either<Rejection, Seq<Event>> decision = Decider.decide(action, state, now);
                if (wasRunning && !(action instanceof Command.StopSpeech)) {
                  assertThat(decision.isLeft()).as("%s while a speech runs", action).isTrue();
                }
                state = Steps.apply(state, action, now);
                now = now.plusSeconds(45);
                assertThat(speaking(state)).isLessThanOrEqualTo(1);
                assertThat(state.session().speech().isDefined()).isEqualTo(speaking(state) == 1);
              }
            });
  }

  @Test
  void l2_call_next_gives_the_floor_to_the_first_waiting_speaker_of_the_open_segment() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), sessions())
        .checkAssert(
            (requests, actions) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              Instant now = OPENING;
              for (Command action : actions.prepend(new Command.CallNext())) {
                if (action instanceof Command.CallNext) {
                  Either<Rejection, Seq<Event>> decision = Decider.decide(action, state, now);
                  if (decision.isRight()) {
                    Segment open = state.openSegment().get();
                    ListEntry first =
                        state
                            .list(open)
                            .entries()
                            .find(e -> e.status() == RegistrationStatus.WAITING)
                            .get();
                    assertThat(decision.get())
                        .containsExactly(new Event.SpeakerCalled(first.id(), open.id(), now));
                  } else if (state.session().speech().isEmpty()
                      && state.session().atRostrum().isEmpty()
                      && state.openSegment().isDefined()) {
                    assertThat(state.list(state.openSegment().get()).waiting()).isEmpty();
                  }
                }
                state = Steps.apply(state, action, now);
                now = now.plusSeconds(30);
              }
            });
  }

  @Test
  void l3_an_absent_speaker_goes_to_the_end_of_the_list_once_then_is_dropped() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()))
        .checkAssert(
            requests -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              Segment open = state.openSegment().get();
              if (state.list(open).entries().size() < 2) {
                return;
              }
              Instant now = OPENING;
              state = Steps.apply(state, new Command.CallNext(), now);
              RegistrationId absent = state.session().atRostrum().get();
              state = Steps.apply(state, new Command.MarkAbsent(), now.plusSeconds(10));
              SpeakersList list = state.list(open);
              assertThat(list.entries().last().id()).isEqualTo(absent);
              assertThat(list.entries().last().status()).isEqualTo(RegistrationStatus.WAITING);
              // The others speak until the absent speaker comes round again.
              for (int guard = 0;
                  guard < list.entries().size() && !state.session().atRostrum().contains(absent);
                  guard++) {
                state = Steps.apply(state, new Command.CallNext(), now);
                if (!state.session().atRostrum().contains(absent)) {
                  state = Steps.apply(state, new Command.StartSpeech(), now);
                  state = Steps.apply(state, new Command.StopSpeech(), now.plusSeconds(60));
                }
              }
              assertThat(state.session().atRostrum()).contains(absent);
              state = Steps.apply(state, new Command.MarkAbsent(), now.plusSeconds(20));
              assertThat(state.inscription(absent).get().status())
                  .isEqualTo(RegistrationStatus.DROPPED);
              assertThat(state.list(open).ids()).doesNotContain(absent);
            });
  }

  @Test
  void l4_a_warning_at_thirty_seconds_left_and_an_overrun_past_the_limit_with_its_length() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(60, 300), elapsedAround())
        .checkAssert(
            (limit, offset) -> {
              TwoMinuteSlot slot = TwoMinuteSlot.builder().limit(Duration.ofSeconds(limit)).build();
              Duration elapsed = offset.apply(slot);
              SpeechPhase phase = SessionRules.phase(elapsed, slot);
              if (elapsed.compareTo(slot.limit()) > 0) {
                assertThat(phase).isEqualTo(SpeechPhase.OVERRUN);
              } else if (elapsed.compareTo(slot.limit().minusSeconds(30)) >= 0) {
                assertThat(phase).isEqualTo(SpeechPhase.WARNING);
              } else {
                assertThat(phase).isEqualTo(SpeechPhase.SPEAKING);
              }
            });
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), integers().between(0, 400))
        .checkAssert(
            (requests, seconds) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              state = Steps.apply(state, new Command.CallNext(), OPENING);
              state = Steps.apply(state, new Command.StartSpeech(), OPENING);
              if (state.session().speech().isEmpty()) {
                return;
              }
              Event ended =
                  Decider.decide(new Command.StopSpeech(), state, OPENING.plusSeconds(seconds))
                      .get()
                      .head();
              SpeechEnded speech = (SpeechEnded) ended;
              assertThat(speech.length()).isEqualTo(Duration.ofSeconds(seconds));
              assertThat(speech.overrun())
                  .isEqualTo(
                      seconds > 120
                          ? io.vavr.control.Option.some(Duration.ofSeconds(seconds - 120L))
                          : io.vavr.control.Option.none());
            });
  }

  @Test
  void l4_the_rooms_signals_agree_with_the_phase_at_every_instant_and_say_when_it_changes() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), elapsedAround())
        .checkAssert(
            (requests, offset) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              state = Steps.apply(state, new Command.CallNext(), OPENING);
              state = Steps.apply(state, new Command.StartSpeech(), OPENING);
              TwoMinuteSlot slot = state.plenary().slot();
              Instant now = OPENING.plus(offset.apply(slot));
              RoomView room = Views.room(state, now);
              if (state.session().speech().isEmpty()) {
                assertThat(room.current().flatMap(RoomView.AtRostrum::speech)).isEmpty();
                return;
              }
              Signals signals = room.current().get().speech().get();
              Duration elapsed = Duration.between(OPENING, now);
              assertThat(signals.phase()).isEqualTo(SessionRules.phase(elapsed, slot));
              assertThat(signals.left()).isEqualTo(slot.limit().minus(elapsed));
              // the instants say exactly when the phase changes: a screen needs no arithmetic
              assertThat(signals.warning()).isEqualTo(!now.isBefore(signals.warningAt()));
              assertThat(signals.overrun()).isEqualTo(now.isAfter(signals.limitAt()));
              assertThat(room.current().get().entry().status())
                  .isEqualTo(RegistrationStatus.SPEAKING);
            });
  }

  @Test
  void l5_when_a_segment_ends_its_waiting_speakers_are_recorded_as_not_reached() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), sessions(), Generators.askers())
        .checkAssert(
            (requests, actions, asker) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              Instant now = OPENING;
              for (Command action : actions.filter(a -> !(a instanceof Command.EndSegment))) {
                state = Steps.apply(state, action, now);
                now = now.plusSeconds(40);
              }
              state = Steps.apply(state, new Command.StopSpeech(), now);
              Segment open = state.openSegment().get();
              List<RegistrationId> waiting =
                  state
                      .list(open)
                      .entries()
                      .filter(
                          e ->
                              e.status() == RegistrationStatus.WAITING
                                  || e.status() == RegistrationStatus.CALLED)
                      .map(ListEntry::id);
              Seq<Event> ended = Decider.decide(new Command.EndSegment(), state, now).get();
              assertThat(ended).containsExactly(new Event.SegmentEnded(open.id(), now, waiting));
              PlenaryState after = Decider.replay(state, ended);
              assertThat(after.list(open).waiting()).isEmpty();
              assertThat(waiting)
                  .allMatch(
                      id -> after.inscription(id).get().status() == RegistrationStatus.NOT_REACHED);
              Event late =
                  Steps.decide(
                          after,
                          Generators.request(
                              asker,
                              open.id().value(),
                              Generators.CLOSES_AT.minusSeconds(1),
                              io.vavr.control.Option.none()))
                      .head();
              assertThat(late).isInstanceOf(RegistrationRejected.class);
              assertThat(((RegistrationRejected) late).rejection())
                  .isEqualTo(
                      Steps.heldElse(
                          after, (RegistrationRejected) late, new Rejection.ListClosed(open.id())));
            });
  }
}
