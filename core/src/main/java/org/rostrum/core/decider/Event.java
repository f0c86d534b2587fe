package org.rostrum.core.decider;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RosterEntry;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;

/** Something that happened to a plenary's list; the journal records these, in order. */
public sealed interface Event {

  /** One method per kind of event: a new kind does not compile until every visitor handles it. */
  interface Visitor<R> {
    R registrationInscribed(RegistrationInscribed event);

    R registrationRejected(RegistrationRejected event);

    R registrationSuperseded(RegistrationSuperseded event);

    R registrationWithdrawn(RegistrationWithdrawn event);

    R placesSwapped(PlacesSwapped event);

    R listClosed(ListClosed event);

    R listReopened(ListReopened event);

    R deadlineExtended(DeadlineExtended event);

    R speakerCalled(SpeakerCalled event);

    R speechStarted(SpeechStarted event);

    R speechEnded(SpeechEnded event);

    R speakerAbsent(SpeakerAbsent event);

    R segmentEnded(SegmentEnded event);

    R requestAmended(RequestAmended event);

    R requestAnnulled(RequestAnnulled event);

    R segmentResumed(SegmentResumed event);

    R participantAdded(ParticipantAdded event);

    R speechPaused(SpeechPaused event);

    R speechResumed(SpeechResumed event);

    R timeGranted(TimeGranted event);
  }

  /** Hands this event to the visitor's method for its kind. */
  <R> R accept(Visitor<R> visitor);

  /** A request was inscribed on its segment's list. */
  record RegistrationInscribed(Registration registration) implements Event {
    public RegistrationInscribed {
      requireNonNull(registration, "registration");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.registrationInscribed(this);
    }
  }

  /** A request was refused by a rule; it is kept with its reason. */
  record RegistrationRejected(
      RegistrationId id,
      RegistrationRequest request,
      Option<Participant> participant,
      Rejection rejection)
      implements Event {
    public RegistrationRejected {
      requireNonNull(id, "id");
      requireNonNull(request, "request");
      requireNonNull(participant, "participant");
      requireNonNull(rejection, "rejection");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.registrationRejected(this);
    }
  }

  /**
   * A waiting place gave way to an earlier request of the same participant, processed later (mail
   * imported out of order): the earlier request holds the participant's place (R4, R5).
   */
  record RegistrationSuperseded(RegistrationId superseded, RegistrationId by) implements Event {
    public RegistrationSuperseded {
      requireNonNull(superseded, "superseded");
      requireNonNull(by, "by");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.registrationSuperseded(this);
    }
  }

  /** The Secretariat withdrew a waiting request (R7). */
  record RegistrationWithdrawn(RegistrationId id) implements Event {
    public RegistrationWithdrawn {
      requireNonNull(id, "id");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.registrationWithdrawn(this);
    }
  }

  /** Two waiting places were exchanged (R8). */
  record PlacesSwapped(RegistrationId first, RegistrationId second) implements Event {
    public PlacesSwapped {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.placesSwapped(this);
    }
  }

  /** The chair closed a segment's list (R9). */
  record ListClosed(SegmentId segment) implements Event {
    public ListClosed {
      requireNonNull(segment, "segment");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.listClosed(this);
    }
  }

  /** The chair reopened a segment's list. */
  record ListReopened(SegmentId segment) implements Event {
    public ListReopened {
      requireNonNull(segment, "segment");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.listReopened(this);
    }
  }

  /** The Secretariat extended the deadline. */
  record DeadlineExtended(Instant from, Instant to) implements Event {
    public DeadlineExtended {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.deadlineExtended(this);
    }
  }

  /** A speaker was called to the rostrum (L2). */
  record SpeakerCalled(RegistrationId id, SegmentId segment, Instant at) implements Event {
    public SpeakerCalled {
      requireNonNull(id, "id");
      requireNonNull(segment, "segment");
      requireNonNull(at, "at");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.speakerCalled(this);
    }
  }

  /** A speech started, at the server's instant (L1). */
  record SpeechStarted(RegistrationId id, Instant at) implements Event {
    public SpeechStarted {
      requireNonNull(id, "id");
      requireNonNull(at, "at");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.speechStarted(this);
    }
  }

  /** A speech ended: its length, and by how much it overran the limit, if it did (L4). */
  record SpeechEnded(
      RegistrationId id, Instant startedAt, Instant at, Duration length, Option<Duration> overrun)
      implements Event {
    public SpeechEnded {
      requireNonNull(id, "id");
      requireNonNull(startedAt, "startedAt");
      requireNonNull(at, "at");
      requireNonNull(length, "length");
      requireNonNull(overrun, "overrun");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.speechEnded(this);
    }
  }

  /** The called speaker was absent: sent to the end of the list, or dropped (L3). */
  record SpeakerAbsent(RegistrationId id, Instant at, boolean requeued) implements Event {
    public SpeakerAbsent {
      requireNonNull(id, "id");
      requireNonNull(at, "at");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.speakerAbsent(this);
    }
  }

  /** A segment ended; these speakers were not reached (L5). */
  record SegmentEnded(SegmentId segment, Instant at, List<RegistrationId> notReached)
      implements Event {
    public SegmentEnded {
      requireNonNull(segment, "segment");
      requireNonNull(at, "at");
      requireNonNull(notReached, "notReached");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.segmentEnded(this);
    }
  }

  /**
   * A request was decided again, at its original time of receipt, with a clerical error corrected:
   * its new outcome, refused or inscribed under the same number, replaces the one in error. {@code
   * after} names the corrected request when this one was only decided again because of it (it had
   * been refused as a duplicate of, or replaced by, the place that correction freed).
   */
  record RequestAmended(
      RegistrationId id,
      Either<RegistrationRejected, Registration> outcome,
      String reason,
      Option<RegistrationId> after)
      implements Event {
    public RequestAmended {
      requireNonNull(id, "id");
      requireNonNull(outcome, "outcome");
      requireNonNull(reason, "reason");
      requireNonNull(after, "after");
      if (!outcome.fold(RegistrationRejected::id, Registration::id).equals(id)) {
        throw new IllegalArgumentException("an amended request keeps its number: " + id);
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.requestAmended(this);
    }
  }

  /** An entry made in error was annulled: off the list and the public refusals, kept on record. */
  record RequestAnnulled(RegistrationId id, String reason) implements Event {
    public RequestAnnulled {
      requireNonNull(id, "id");
      requireNonNull(reason, "reason");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.requestAnnulled(this);
    }
  }

  /** A segment ended by mistake was resumed; these speakers, not reached, wait again (L6). */
  record SegmentResumed(SegmentId segment, List<RegistrationId> waitingAgain) implements Event {
    public SegmentResumed {
      requireNonNull(segment, "segment");
      requireNonNull(waitingAgain, "waitingAgain");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.segmentResumed(this);
    }
  }

  /** A participant was added to the plenary's roster; from now on its names designate it. */
  record ParticipantAdded(RosterEntry entry) implements Event {
    public ParticipantAdded {
      requireNonNull(entry, "entry");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.participantAdded(this);
    }
  }

  /**
   * The speech of request {@code id} was paused at {@code at}: by the chair, or by a point of order
   * raised while it ran.
   */
  record SpeechPaused(RegistrationId id, Instant at) implements Event {
    public SpeechPaused {
      requireNonNull(id, "id");
      requireNonNull(at, "at");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.speechPaused(this);
    }
  }

  /** The paused speech of request {@code id} resumed at {@code at}, with the time it had left. */
  record SpeechResumed(RegistrationId id, Instant at) implements Event {
    public SpeechResumed {
      requireNonNull(id, "id");
      requireNonNull(at, "at");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.speechResumed(this);
    }
  }

  /** The chair granted the speaker of request {@code id} {@code extra} time at {@code at}. */
  record TimeGranted(RegistrationId id, Duration extra, Instant at) implements Event {
    public TimeGranted {
      requireNonNull(id, "id");
      requireNonNull(extra, "extra");
      requireNonNull(at, "at");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.timeGranted(this);
    }
  }
}
