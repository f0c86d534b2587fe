package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.rostrum.core.decider.Generators.EXAMPLES;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.TimeRules;
import org.rostrum.core.view.Views;

/** T4 (projections re-made from the room) and T5 (the forecast), each as a property. */
class ProjectionProperties {

  private static final SegmentId FIRST = SegmentId.of("I");

  /** The first segment's plan for a state nobody has spoken in. */
  private static Schedule plan(PlenaryState state) {
    Segment segment = state.plenary().segment(FIRST).get();
    return TimeRules.schedule(state.list(segment), state.plenary().slot());
  }

  private static Schedule at(PlenaryState state, Instant now) {
    return Views.list(state, now).schedules().find(s -> s.segment().id().equals(FIRST)).get();
  }

  /**
   * The room runs the first {@code spoken} places of segment I; each speech starts {@code late}
   * after the one before would have let it and lasts {@code allotted + over}.
   */
  private static PlenaryState run(
      PlenaryState state, Schedule plan, int spoken, Duration late, Duration over) {
    Instant at = plan.speakers().head().projectedStart();
    PlenaryState s = state;
    for (ScheduledSpeaker place : plan.speakers().take(spoken)) {
      at = at.plus(late);
      s = Steps.apply(s, new Command.CallNext(), at);
      s = Steps.apply(s, new Command.StartSpeech(), at);
      at = at.plus(place.entry().allotted()).plus(over);
      s = Steps.apply(s, new Command.StopSpeech(), at);
      at = at.plus(state.plenary().slot().changeover());
    }
    return s;
  }

  @Test
  void t4_when_the_room_keeps_to_the_plan_the_projections_are_the_plan() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Generators.distinctlyTimedRequests(),
            integers().between(0, 40),
            integers().between(0, 100),
            integers().between(0, 2))
        .checkAssert(
            (requests, k, percent, phase) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              Schedule plan = plan(state);
              if (plan.speakers().isEmpty()) {
                return;
              }
              int spoken = Math.min(k, plan.speakers().size() - 1);
              PlenaryState after = run(state, plan, spoken, Duration.ZERO, Duration.ZERO);
              ScheduledSpeaker next = plan.speakers().get(spoken);
              Instant now;
              if (phase == 0) {
                // in the changeover before the next place (or before the segment starts)
                Duration changeover = state.plenary().slot().changeover();
                now =
                    next.projectedStart()
                        .minus(changeover)
                        .plus(changeover.multipliedBy(percent).dividedBy(100));
              } else {
                // the next place speaks, started on time, and is {@code percent} into its time
                after = Steps.apply(after, new Command.CallNext(), next.projectedStart());
                after = Steps.apply(after, new Command.StartSpeech(), next.projectedStart());
                now =
                    next.projectedStart()
                        .plus(next.entry().allotted().multipliedBy(percent).dividedBy(100));
              }
              Schedule projected = at(after, now);
              assertThat(projected.speakers().map(ScheduledSpeaker::projectedStart))
                  .isEqualTo(plan.speakers().map(ScheduledSpeaker::projectedStart));
              assertThat(projected.speakers().map(ScheduledSpeaker::projectedEnd))
                  .isEqualTo(plan.speakers().map(ScheduledSpeaker::projectedEnd));
              assertThat(projected.speakers().map(ScheduledSpeaker::timePermitting))
                  .isEqualTo(plan.speakers().map(ScheduledSpeaker::timePermitting));
              assertThat(projected.speakers().take(spoken))
                  .allMatch(sp -> sp.status() == RegistrationStatus.SPOKE)
                  .allMatch(sp -> sp.actual().isDefined());
            });
  }

  @Test
  void t4_a_projection_is_never_earlier_than_the_moment_it_is_made_and_the_order_never_changes() {
    qt().withExamples(EXAMPLES)
        .forAll(
            Generators.distinctlyTimedRequests(),
            integers().between(0, 40),
            integers()
                .between(0, 600)
                .zip(integers().between(-60, 180), (a, b) -> new int[] {a, b}),
            integers().between(0, 3_600))
        .checkAssert(
            (requests, k, lateOver, waitSeconds) -> {
              int lateSeconds = lateOver[0];
              int overSeconds = lateOver[1];
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              Schedule plan = plan(state);
              if (plan.speakers().isEmpty()) {
                return;
              }
              int spoken = Math.min(k, plan.speakers().size());
              PlenaryState after =
                  run(
                      state,
                      plan,
                      spoken,
                      Duration.ofSeconds(lateSeconds),
                      Duration.ofSeconds(overSeconds));
              Instant last =
                  after
                      .session()
                      .speeches()
                      .lastOption()
                      .flatMap(sp -> sp.endedAt())
                      .getOrElse(plan.speakers().head().projectedStart());
              Instant now = last.plusSeconds(waitSeconds);
              Schedule projected = at(after, now);
              assertThat(projected.speakers().map(sp -> sp.entry().id()))
                  .isEqualTo(plan.speakers().map(sp -> sp.entry().id()));
              assertThat(projected.speakers().map(sp -> sp.entry().position()))
                  .isEqualTo(plan.speakers().map(sp -> sp.entry().position()));
              List<ScheduledSpeaker> toSpeak = projected.waiting();
              assertThat(toSpeak).allMatch(sp -> !sp.projectedStart().isBefore(now));
              assertThat(toSpeak.map(ScheduledSpeaker::projectedStart).toJavaList()).isSorted();
              // T5: the forecast is the last place's end, and counts the places past the window
              Segment segment = projected.segment();
              assertThat(projected.forecast().endsAt())
                  .isEqualTo(toSpeak.map(ScheduledSpeaker::projectedEnd).maxBy(Instant::compareTo));
              assertThat(projected.forecast().notReached())
                  .isEqualTo(
                      toSpeak.count(
                          sp ->
                              sp.projectedEnd()
                                  .plus(state.plenary().slot().changeover())
                                  .isAfter(segment.window().end())));
              assertThat(projected.forecast().notReached())
                  .isEqualTo(toSpeak.count(ScheduledSpeaker::timePermitting));
            });
  }

  private static org.rostrum.core.model.RegistrationRequest asks(String who, int minutesEarly) {
    return org.rostrum.core.model.RegistrationRequest.builder()
        .participant(who)
        .segment("I")
        .receivedAt(Generators.CLOSES_AT.minusSeconds(60L * minutesEarly))
        .build();
  }

  @Test
  void t4_a_paused_speech_ends_when_its_time_left_runs_out_from_now_and_the_next_follow() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(), List.of(asks("France", 30), asks("Kenya", 20), asks("Japan", 10)));
    Schedule plan = plan(state);
    Instant start = plan.speakers().head().projectedStart().plus(Duration.ofMinutes(20));
    // the meeting runs 20 minutes late: nobody called yet, the first place is projected now
    Schedule late = at(state, start);
    assertThat(late.speakers().head().projectedStart()).isEqualTo(start);
    assertThat(late.steadyUntil()).contains(start);
    PlenaryState s = Steps.apply(state, new Command.CallNext(), start);
    s = Steps.apply(s, new Command.StartSpeech(), start);
    s = Steps.apply(s, new Command.PauseSpeech(), start.plusSeconds(30));
    Instant now = start.plusSeconds(90);
    Schedule paused = at(s, now);
    ScheduledSpeaker france = paused.speakers().head();
    assertThat(france.status()).isEqualTo(RegistrationStatus.PAUSED);
    assertThat(france.projectedStart()).isEqualTo(start);
    Duration limit = state.plenary().slot().limit();
    assertThat(france.projectedEnd()).isEqualTo(now.plus(limit).minusSeconds(30));
    assertThat(france.actual().get().spoken()).isEqualTo(Duration.ofSeconds(30));
    Duration changeover = state.plenary().slot().changeover();
    assertThat(paused.speakers().get(1).projectedStart())
        .isEqualTo(france.projectedEnd().plus(changeover));
    // a paused speech's end moves with the clock: the view holds for no later instant
    assertThat(paused.steadyUntil()).contains(now);
  }
}
