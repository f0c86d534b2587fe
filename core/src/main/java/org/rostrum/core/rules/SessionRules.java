package org.rostrum.core.rules;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.rostrum.core.model.AbsencePolicy;
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
    if (elapsed.compareTo(slot.limit()) > 0) {
      return SpeechPhase.OVERRUN;
    }
    return elapsed.compareTo(slot.limit().minus(slot.warning())) >= 0
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
    Instant limitAt = speech.startedAt().plus(slot.limit());
    return new Signals(
        speech.startedAt(),
        now,
        phase(elapsed, slot),
        elapsed,
        slot.limit().minus(elapsed),
        limitAt.minus(slot.warning()),
        limitAt);
  }

  /** L4 overrun: by how much a speech of this length exceeds the limit, if it does. */
  public static Option<Duration> overrun(Duration length, TwoMinuteSlot slot) {
    return length.compareTo(slot.limit()) > 0
        ? Option.some(length.minus(slot.limit()))
        : Option.none();
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
