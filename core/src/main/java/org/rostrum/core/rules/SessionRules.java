package org.rostrum.core.rules;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.rostrum.core.model.AbsencePolicy;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.Signals;
import org.rostrum.core.model.Speech;
import org.rostrum.core.model.SpeechPhase;
import org.rostrum.core.model.TwoMinuteSlot;

/** The rules of the live session in the room. */
public final class SessionRules {

  private SessionRules() {}

  /** L1 one speech: nothing starts while a speech is running. */
  public static Either<Rejection, Option<Speech>> noSpeechRunning(Option<Speech> speech) {
    return speech.isDefined()
        ? Either.left(new Rejection.SpeechRunning(speech.get().registration()))
        : Either.right(speech);
  }

  /**
   * L2 call next: the floor goes to the first waiting speaker of the open segment, when nobody is
   * speaking or waiting at the rostrum.
   */
  public static Either<Rejection, Tuple2<Segment, RegistrationId>> nextSpeaker(
      Option<Speech> speech,
      Option<RegistrationId> atRostrum,
      Option<Segment> open,
      Option<RegistrationId> firstWaiting) {
    return noSpeechRunning(speech)
        .flatMap(
            s ->
                atRostrum.isDefined()
                    ? Either.left(new Rejection.SpeakerAtRostrum(atRostrum.get()))
                    : Either.right(s))
        .flatMap(s -> open.<Rejection>toEither(Rejection.NoOpenSegment::new))
        .flatMap(
            segment ->
                firstWaiting
                    .<Rejection>toEither(() -> new Rejection.NoWaitingSpeaker(segment.id()))
                    .map(id -> Tuple.of(segment, id)));
  }

  /**
   * PO1 with a paused speech: only a point of order may be called while a speech is paused; the
   * paused speech does not count as running for it. Returns the speech that does run, if any.
   */
  public static Either<Rejection, Option<Speech>> pausedFor(
      Option<Speech> speech, Option<InterventionKind> firstWaiting) {
    if (speech.exists(Speech::paused)) {
      return firstWaiting.contains(InterventionKind.POINT_OF_ORDER)
          ? Either.right(Option.none())
          : Either.left(new Rejection.SpeechOnPause(speech.get().registration()));
    }
    return Either.right(speech);
  }

  /** The chair pauses the speech that runs: there is one, and it is not paused already. */
  public static Either<Rejection, Speech> pausable(Option<Speech> speech) {
    return speech
        .<Rejection>toEither(Rejection.NoSpeechRunning::new)
        .filterOrElse(s -> !s.paused(), s -> new Rejection.SpeechOnPause(s.registration()));
  }

  /**
   * PO2 resume: the paused speech at the rostrum resumes, once nobody else (a point of order) has
   * been called to it.
   */
  public static Either<Rejection, Speech> resumableSpeech(
      Option<Speech> speech, Option<RegistrationId> atRostrum) {
    if (atRostrum.isDefined()) {
      return Either.left(new Rejection.SpeakerAtRostrum(atRostrum.get()));
    }
    return speech
        .<Rejection>toEither(Rejection.NoSpeechRunning::new)
        .filterOrElse(Speech::paused, s -> new Rejection.NotPaused(s.registration()));
  }

  /** The speaker at the rostrum, for start and absent. */
  public static Either<Rejection, RegistrationId> called(
      Option<Speech> speech, Option<RegistrationId> atRostrum) {
    return noSpeechRunning(speech)
        .flatMap(s -> atRostrum.<Rejection>toEither(Rejection.NoSpeakerCalled::new));
  }

  /**
   * L3 absent: a speaker absent when called goes to the end of the list as often as the policy
   * allows (once), then is dropped.
   */
  public static boolean requeue(int absencesSoFar, AbsencePolicy policy) {
    return absencesSoFar < policy.requeues();
  }

  /** L4 phase: a warning at the warning time left, an overrun past the limit. */
  public static SpeechPhase phase(Duration elapsed, TwoMinuteSlot slot) {
    return phase(elapsed, slot.limit(), slot.warning());
  }

  /** L4 phase against a speech's own limit (its kind's time and any time granted). */
  public static SpeechPhase phase(Duration elapsed, Duration limit, Duration warning) {
    if (elapsed.compareTo(limit) > 0) {
      return SpeechPhase.OVERRUN;
    }
    return elapsed.compareTo(limit.minus(warning)) >= 0
        ? SpeechPhase.WARNING
        : SpeechPhase.SPEAKING;
  }

  /**
   * L4 signals: where a running speech stands at {@code now} — its phase by {@link #phase}, the
   * time left, and the instants at which the warning and the overrun begin. Every screen and the
   * live feed take these; none compares durations itself.
   */
  public static Signals signals(Speech speech, TwoMinuteSlot slot, Instant now) {
    Duration elapsed = speech.elapsed(now);
    Duration limit = speech.limit();
    Instant limitAt = now.plus(limit.minus(elapsed));
    return new Signals(
        speech.startedAt(),
        now,
        phase(elapsed, limit, slot.warning()),
        elapsed,
        limit.minus(elapsed),
        limitAt.minus(slot.warning()),
        limitAt,
        limit,
        speech.paused());
  }

  /** L4 overrun: by how much a speech of this length exceeds its own limit, if it does. */
  public static Option<Duration> overrun(Duration length, Duration limit) {
    return length.compareTo(limit) > 0 ? Option.some(length.minus(limit)) : Option.none();
  }

  /**
   * L6 resume: a segment ended by mistake can be resumed while the meeting has not moved on — it is
   * the last segment that ended, and nobody has been called in any segment after it.
   */
  public static boolean resumable(
      SegmentId segment,
      io.vavr.collection.List<Segment> segments,
      io.vavr.collection.Set<SegmentId> ended,
      io.vavr.collection.Set<SegmentId> begun) {
    io.vavr.collection.List<SegmentId> later =
        segments.map(Segment::id).dropUntil(segment::equals).drop(1);
    return ended.contains(segment) && later.forAll(s -> !ended.contains(s) && !begun.contains(s));
  }
}
