package org.rostrum.core.rules;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import java.time.Instant;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.SegmentId;

/**
 * A refusal by a rule, as a value: which rule, and the facts that explain it. {@link Messages}
 * turns it into a sentence in English or French.
 */
public sealed interface Rejection {

  /**
   * One method per kind of rejection: a new kind does not compile until every visitor handles it.
   */
  interface Visitor<R> {
    R late(Late rejection);

    R duplicate(Duplicate rejection);

    R listClosed(ListClosed rejection);

    R unknownSegment(UnknownSegment rejection);

    R invalid(Invalid rejection);

    R notFound(NotFound rejection);

    R notWaiting(NotWaiting rejection);

    R differentSegments(DifferentSegments rejection);

    R alreadyClosed(AlreadyClosed rejection);

    R notClosed(NotClosed rejection);

    R deadlineNotLater(DeadlineNotLater rejection);

    R speechRunning(SpeechRunning rejection);

    R noSpeechRunning(NoSpeechRunning rejection);

    R speakerAtRostrum(SpeakerAtRostrum rejection);

    R noSpeakerCalled(NoSpeakerCalled rejection);

    R noWaitingSpeaker(NoWaitingSpeaker rejection);

    R noOpenSegment(NoOpenSegment rejection);

    R stale(Stale rejection);

    R notResumable(NotResumable rejection);

    R alreadyOnRoster(AlreadyOnRoster rejection);

    R tooManyReplies(TooManyReplies rejection);

    R speechOnPause(SpeechOnPause rejection);

    R notPaused(NotPaused rejection);
  }

  /** Hands this rejection to the visitor's method for its kind. */
  <R> R accept(Visitor<R> visitor);

  RejectionReason reason();

  /** R1: received at or after the list closed. */
  record Late(Instant receivedAt, Instant closesAt) implements Rejection {
    public Late {
      requireNonNull(receivedAt, "receivedAt");
      requireNonNull(closesAt, "closesAt");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.LATE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.late(this);
    }
  }

  /**
   * R5: the participant already holds a place — or, for a statement on behalf of a group, the group
   * does ({@code group}, as the place's request names it).
   */
  record Duplicate(RegistrationId held, SegmentId segment, io.vavr.control.Option<String> group)
      implements Rejection {
    public Duplicate {
      requireNonNull(held, "held");
      requireNonNull(segment, "segment");
      requireNonNull(group, "group");
    }

    /** The participant already holds place {@code held}. */
    public Duplicate(RegistrationId held, SegmentId segment) {
      this(held, segment, io.vavr.control.Option.none());
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.DUPLICATE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.duplicate(this);
    }
  }

  /** R9: the chair closed the segment's list, or the segment is over. */
  record ListClosed(SegmentId segment) implements Rejection {
    public ListClosed {
      requireNonNull(segment, "segment");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.LIST_CLOSED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.listClosed(this);
    }
  }

  /** R10: no such segment in this plenary. */
  record UnknownSegment(String segment, List<SegmentId> known) implements Rejection {
    public UnknownSegment {
      requireNonNull(segment, "segment");
      requireNonNull(known, "known");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.UNKNOWN_SEGMENT;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.unknownSegment(this);
    }
  }

  /**
   * R10: the request cannot be read with certainty; {@code problem} says what, {@code seen} the
   * value read, {@code expected} what would have been right (may be empty).
   */
  record Invalid(Problem problem, String seen, String expected, List<String> suggestions)
      implements Rejection {
    public Invalid {
      requireNonNull(problem, "problem");
      requireNonNull(seen, "seen");
      requireNonNull(expected, "expected");
      requireNonNull(suggestions, "suggestions");
    }

    /** An invalid request with nothing to suggest. */
    public Invalid(Problem problem, String seen, String expected) {
      this(problem, seen, expected, List.empty());
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.INVALID;
    }

    /** What made a request invalid. */
    public enum Problem {
      /** No participant named. */
      PARTICIPANT_MISSING,
      /** Not a State Rostrum knows, and no category said it is an organisation. */
      PARTICIPANT_UNKNOWN,
      /** A name that fits more than one participant. */
      PARTICIPANT_AMBIGUOUS,
      /** A State category for a name that is not a State. */
      NOT_A_STATE,
      /** A known participant whose category is not the one stated. */
      CATEGORY_MISMATCH,
      /** A name or speaker longer than Rostrum keeps. */
      TEXT_TOO_LONG,
      /** A name, speaker or group with a line break or another control character. */
      CONTROL_CHARACTER,
      /**
       * A name, speaker or group with a character that changes how text is shown without being
       * seen: a bidirectional override or isolate, a zero-width character.
       */
      INVISIBLE_CHARACTER,
      /**
       * A receipt instant after the moment the request is processed. Refused at the door since
       * issue 22, never recorded; an older record may hold it.
       */
      RECEIVED_IN_FUTURE,
      /**
       * A receipt instant outside the times the plenary can have received a request (from a year
       * before the meeting to a year after it): refused at the door, never recorded.
       */
      RECEIVED_OUT_OF_RANGE,
      /**
       * A name the roster does not hold, in a category whose members the roster lists in full (the
       * Court's organs): a category creates no participant there.
       */
      NOT_ON_ROSTER,
      /** A kind of intervention the plenary's procedure does not take. */
      KIND_NOT_TAKEN,
      /** A statement on behalf of a group that does not name the group. */
      GROUP_MISSING
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.invalid(this);
    }
  }

  /** No request with this id is on a list. */
  record NotFound(RegistrationId id) implements Rejection {
    public NotFound {
      requireNonNull(id, "id");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.NOT_FOUND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.notFound(this);
    }
  }

  /** The request is on a list but no longer waiting. */
  record NotWaiting(RegistrationId id, RegistrationStatus status) implements Rejection {
    public NotWaiting {
      requireNonNull(id, "id");
      requireNonNull(status, "status");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.NOT_WAITING;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.notWaiting(this);
    }
  }

  /** R8: only two places of one segment's list are swapped. */
  record DifferentSegments(RegistrationId first, RegistrationId second) implements Rejection {
    public DifferentSegments {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.DIFFERENT_SEGMENTS;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.differentSegments(this);
    }
  }

  /** The list is closed already. */
  record AlreadyClosed(SegmentId segment) implements Rejection {
    public AlreadyClosed {
      requireNonNull(segment, "segment");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.ALREADY_CLOSED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.alreadyClosed(this);
    }
  }

  /** The list is not closed, or its segment is over and it cannot be reopened. */
  record NotClosed(SegmentId segment) implements Rejection {
    public NotClosed {
      requireNonNull(segment, "segment");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.NOT_CLOSED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.notClosed(this);
    }
  }

  /** An extended deadline comes after the current one. */
  record DeadlineNotLater(Instant current, Instant proposed) implements Rejection {
    public DeadlineNotLater {
      requireNonNull(current, "current");
      requireNonNull(proposed, "proposed");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.DEADLINE_NOT_LATER;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.deadlineNotLater(this);
    }
  }

  /** L1: a speech is running. */
  record SpeechRunning(RegistrationId speaker) implements Rejection {
    public SpeechRunning {
      requireNonNull(speaker, "speaker");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.SPEECH_RUNNING;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.speechRunning(this);
    }
  }

  /** No speech is running to stop. */
  record NoSpeechRunning() implements Rejection {
    @Override
    public RejectionReason reason() {
      return RejectionReason.NO_SPEECH_RUNNING;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.noSpeechRunning(this);
    }
  }

  /** A speaker is already at the rostrum and has not spoken. */
  record SpeakerAtRostrum(RegistrationId speaker) implements Rejection {
    public SpeakerAtRostrum {
      requireNonNull(speaker, "speaker");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.SPEAKER_AT_ROSTRUM;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.speakerAtRostrum(this);
    }
  }

  /** Nobody has been called to the rostrum. */
  record NoSpeakerCalled() implements Rejection {
    @Override
    public RejectionReason reason() {
      return RejectionReason.NO_SPEAKER_CALLED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.noSpeakerCalled(this);
    }
  }

  /** L2: the open segment has nobody waiting. */
  record NoWaitingSpeaker(SegmentId segment) implements Rejection {
    public NoWaitingSpeaker {
      requireNonNull(segment, "segment");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.NO_WAITING_SPEAKER;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.noWaitingSpeaker(this);
    }
  }

  /** Every segment has ended. */
  record NoOpenSegment() implements Rejection {
    @Override
    public RejectionReason reason() {
      return RejectionReason.NO_OPEN_SEGMENT;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.noOpenSegment(this);
    }
  }

  /** The sender saw the plenary at an older version: something changed since (If-Match). */
  record Stale(long seen, long current) implements Rejection {
    @Override
    public RejectionReason reason() {
      return RejectionReason.STALE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.stale(this);
    }
  }

  /**
   * L6: only the segment that ended last can be resumed, while nobody has yet been called in the
   * next one.
   */
  record NotResumable(SegmentId segment) implements Rejection {
    public NotResumable {
      requireNonNull(segment, "segment");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.NOT_RESUMABLE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.notResumable(this);
    }
  }

  /**
   * A participant added to the roster would be a second identity: {@code name} already designates
   * {@code known}, or the key is taken.
   */
  record AlreadyOnRoster(ParticipantKey known, String name) implements Rejection {
    public AlreadyOnRoster {
      requireNonNull(known, "known");
      requireNonNull(name, "name");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.ALREADY_ON_ROSTER;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.alreadyOnRoster(this);
    }
  }

  /**
   * RR1: the participant already has as many replies as the plenary allows per item ({@code
   * allowed}); {@code given} are those replies.
   */
  record TooManyReplies(int allowed, List<RegistrationId> given) implements Rejection {
    public TooManyReplies {
      requireNonNull(given, "given");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.TOO_MANY_REPLIES;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.tooManyReplies(this);
    }
  }

  /**
   * The speech at the rostrum is paused: the chair resumes it (or ends it) before anything else but
   * a point of order.
   */
  record SpeechOnPause(RegistrationId speaker) implements Rejection {
    public SpeechOnPause {
      requireNonNull(speaker, "speaker");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.SPEECH_PAUSED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.speechOnPause(this);
    }
  }

  /** The speech at the rostrum is not paused: there is nothing to resume. */
  record NotPaused(RegistrationId speaker) implements Rejection {
    public NotPaused {
      requireNonNull(speaker, "speaker");
    }

    @Override
    public RejectionReason reason() {
      return RejectionReason.NOT_PAUSED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.notPaused(this);
    }
  }
}
