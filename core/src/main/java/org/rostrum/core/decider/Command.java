package org.rostrum.core.decider;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.SegmentId;

/** Something a participant, the Secretariat or the chair asks of a plenary. */
public sealed interface Command {

  /** A request for the floor, with the instant the Secretariat received it. */
  record Register(RegistrationRequest request) implements Command {
    public Register {
      requireNonNull(request, "request");
    }
  }

  /** The Secretariat withdraws a waiting request (R7). */
  record Withdraw(RegistrationId id) implements Command {
    public Withdraw {
      requireNonNull(id, "id");
    }
  }

  /** Two participants exchange places, with the Secretariat's approval (R8). */
  record Swap(RegistrationId first, RegistrationId second) implements Command {
    public Swap {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }
  }

  /** The chair closes a segment's list (R9). */
  record CloseList(SegmentId segment) implements Command {
    public CloseList {
      requireNonNull(segment, "segment");
    }
  }

  /** The chair reopens a closed list. */
  record ReopenList(SegmentId segment) implements Command {
    public ReopenList {
      requireNonNull(segment, "segment");
    }
  }

  /** The Secretariat moves the deadline later (R1). */
  record ExtendDeadline(Instant closesAt) implements Command {
    public ExtendDeadline {
      requireNonNull(closesAt, "closesAt");
    }
  }

  /** The chair gives the floor to the first waiting speaker of the open segment (L2). */
  record CallNext() implements Command {}

  /** The called speaker starts speaking; the clock starts (L1). */
  record StartSpeech() implements Command {}

  /** The speech ends; its length is recorded, and any overrun (L4). */
  record StopSpeech() implements Command {}

  /** The called speaker is not in the room (L3). */
  record MarkAbsent() implements Command {}

  /** The open segment ends; whoever still waits is not reached (L5). */
  record EndSegment() implements Command {}
}
