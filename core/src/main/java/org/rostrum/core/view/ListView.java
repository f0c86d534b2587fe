package org.rostrum.core.view;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.SegmentId;

/**
 * The speakers' list at one version of the plenary and one instant: every segment's places with
 * their status and actual or projected times (T1–T4), the deadline in force, and the refused
 * requests in intake order.
 *
 * @param at the instant the times were projected at
 * @param steadyUntil until when the same version gives the same times: none when they do not depend
 *     on the clock; {@code at} itself when they move with it
 */
public record ListView(
    long version,
    Plenary plenary,
    Instant closesAt,
    Seq<Schedule> schedules,
    Seq<Refusal> refused,
    Instant at,
    Option<Instant> steadyUntil) {

  public ListView {
    requireNonNull(plenary, "plenary");
    requireNonNull(closesAt, "closesAt");
    requireNonNull(schedules, "schedules");
    requireNonNull(refused, "refused");
    requireNonNull(at, "at");
    requireNonNull(steadyUntil, "steadyUntil");
  }

  /** Whether this view, made at {@link #at}, still holds at {@code now} for the same version. */
  public boolean holdsAt(Instant now) {
    return steadyUntil.forAll(until -> now.isBefore(until));
  }

  /** The same view with one segment's list only, if the plenary has that segment. */
  public Option<ListView> only(SegmentId segment) {
    return plenary
        .segment(segment)
        .map(
            s ->
                new ListView(
                    version,
                    plenary,
                    closesAt,
                    schedules.filter(schedule -> schedule.segment().id().equals(segment)),
                    refused,
                    at,
                    steadyUntil));
  }

  /** The refusal of request {@code id}, if it was refused. */
  public Option<Refusal> refusal(RegistrationId id) {
    return refused.find(r -> r.id().equals(id));
  }

  /** Whether any time of receipt shown here came from the sender's clock. */
  public boolean anySenderClock() {
    return schedules.exists(s -> s.speakers().exists(p -> p.entry().registration().senderClock()))
        || refused.exists(r -> r.request().senderClock());
  }
}
