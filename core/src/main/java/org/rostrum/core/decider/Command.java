package org.rostrum.core.decider;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RosterEntry;
import org.rostrum.core.model.SegmentId;

/** Something a participant, the Secretariat or the chair asks of a plenary. */
public sealed interface Command {

  /** One method per kind of command: a new kind does not compile until every visitor handles it. */
  interface Visitor<R> {
    R register(Register command);

    R withdraw(Withdraw command);

    R swap(Swap command);

    R closeList(CloseList command);

    R reopenList(ReopenList command);

    R extendDeadline(ExtendDeadline command);

    R callNext(CallNext command);

    R startSpeech(StartSpeech command);

    R stopSpeech(StopSpeech command);

    R markAbsent(MarkAbsent command);

    R endSegment(EndSegment command);

    R amend(Amend command);

    R annul(Annul command);

    R resumeSegment(ResumeSegment command);

    R addParticipant(AddParticipant command);

    R pauseSpeech(PauseSpeech command);

    R resumeSpeech(ResumeSpeech command);

    R grantTime(GrantTime command);
  }

  /** Hands this command to the visitor's method for its kind. */
  <R> R accept(Visitor<R> visitor);

  /** A request for the floor, with the instant the Secretariat received it. */
  record Register(RegistrationRequest request) implements Command {
    public Register {
      requireNonNull(request, "request");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.register(this);
    }
  }

  /** The Secretariat withdraws a waiting request (R7). */
  record Withdraw(RegistrationId id) implements Command {
    public Withdraw {
      requireNonNull(id, "id");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.withdraw(this);
    }
  }

  /** Two participants exchange places, with the Secretariat's approval (R8). */
  record Swap(RegistrationId first, RegistrationId second) implements Command {
    public Swap {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.swap(this);
    }
  }

  /** The chair closes a segment's list (R9). */
  record CloseList(SegmentId segment) implements Command {
    public CloseList {
      requireNonNull(segment, "segment");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.closeList(this);
    }
  }

  /** The chair reopens a closed list. */
  record ReopenList(SegmentId segment) implements Command {
    public ReopenList {
      requireNonNull(segment, "segment");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.reopenList(this);
    }
  }

  /** The Secretariat moves the deadline later (R1). */
  record ExtendDeadline(Instant closesAt) implements Command {
    public ExtendDeadline {
      requireNonNull(closesAt, "closesAt");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.extendDeadline(this);
    }
  }

  /** The chair gives the floor to the first waiting speaker of the open segment (L2). */
  record CallNext() implements Command {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.callNext(this);
    }
  }

  /** The called speaker starts speaking; the clock starts (L1). */
  record StartSpeech() implements Command {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.startSpeech(this);
    }
  }

  /** The speech ends; its length is recorded, and any overrun (L4). */
  record StopSpeech() implements Command {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.stopSpeech(this);
    }
  }

  /** The called speaker is not in the room (L3). */
  record MarkAbsent() implements Command {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.markAbsent(this);
    }
  }

  /** The open segment ends; whoever still waits is not reached (L5). */
  record EndSegment() implements Command {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.endSegment(this);
    }
  }

  /**
   * The Secretariat corrects a request recorded with a clerical error: the request, with what is
   * given here in place of what was recorded, is decided again at its original time of receipt and
   * keeps its number; the erroneous outcome is superseded, with the reason.
   */
  record Amend(
      RegistrationId id,
      Option<String> participant,
      Option<ParticipantCategory> category,
      Option<String> segment,
      Option<String> speaker,
      String reason)
      implements Command {
    public Amend {
      requireNonNull(id, "id");
      requireNonNull(participant, "participant");
      requireNonNull(category, "category");
      requireNonNull(segment, "segment");
      requireNonNull(speaker, "speaker");
      requireNonNull(reason, "reason");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.amend(this);
    }
  }

  /**
   * The Secretariat annuls an entry made in error (a test, a mail that asked for nothing): it
   * leaves the list and the public refusals, and stays in the record with the reason.
   */
  record Annul(RegistrationId id, String reason) implements Command {
    public Annul {
      requireNonNull(id, "id");
      requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an annulment says why");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.annul(this);
    }
  }

  /**
   * The chair resumes a segment ended by mistake: the segment that ended last, before anyone is
   * called in the next; its speakers not reached wait again (L6).
   */
  record ResumeSegment(SegmentId segment) implements Command {
    public ResumeSegment {
      requireNonNull(segment, "segment");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.resumeSegment(this);
    }
  }

  /**
   * The Secretariat adds a participant to the plenary's roster — a newly accredited NGO, a guest
   * speaker — under a name that designates no one else (see {@code Participants.newEntry}).
   */
  record AddParticipant(RosterEntry entry) implements Command {
    public AddParticipant {
      requireNonNull(entry, "entry");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.addParticipant(this);
    }
  }

  /** The chair pauses the running speech: its clock stands still until it resumes (PO2). */
  record PauseSpeech() implements Command {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.pauseSpeech(this);
    }
  }

  /** The chair resumes the paused speech, with the time it had left (PO2). */
  record ResumeSpeech() implements Command {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.resumeSpeech(this);
    }
  }

  /** The chair grants the speaker at the rostrum extra time; it is recorded. */
  record GrantTime(Duration extra) implements Command {
    public GrantTime {
      requireNonNull(extra, "extra");
      if (extra.isNegative() || extra.isZero()) {
        throw new IllegalArgumentException("extra time is positive: " + extra);
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.grantTime(this);
    }
  }
}
