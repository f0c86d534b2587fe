package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * An intervention from the rostrum: who spoke, when it started and, once over, when it ended; the
 * time it was given (its kind's limit) and any time the chair granted; and its pauses, whose time
 * is not counted. Its length is measured against its limit (L4).
 *
 * @param allotted the time its kind gives it
 * @param granted the extra time the chair granted, in all
 * @param pauses the pauses, oldest first; the last may still be open
 */
public record Speech(
    RegistrationId registration,
    Instant startedAt,
    Option<Instant> endedAt,
    Duration allotted,
    Duration granted,
    List<Pause> pauses) {

  /** A pause of a speech, from an instant until the speech resumed (or ended). */
  public record Pause(Instant from, Option<Instant> until) {
    public Pause {
      requireNonNull(from, "from");
      requireNonNull(until, "until");
    }

    /** How long it lasted by {@code now}. */
    public Duration length(Instant now) {
      Duration d = Duration.between(from, until.getOrElse(now));
      return d.isNegative() ? Duration.ZERO : d;
    }
  }

  public Speech {
    requireNonNull(registration, "registration");
    requireNonNull(startedAt, "startedAt");
    requireNonNull(endedAt, "endedAt");
    requireNonNull(allotted, "allotted");
    requireNonNull(granted, "granted");
    requireNonNull(pauses, "pauses");
  }

  /** A speech starting at {@code at}, given {@code allotted}. */
  public static Speech startedAt(RegistrationId registration, Instant at, Duration allotted) {
    return new Speech(registration, at, Option.none(), allotted, Duration.ZERO, List.empty());
  }

  public Speech endedAt(Instant at) {
    return new Speech(registration, startedAt, Option.some(at), allotted, granted, closed(at));
  }

  /** Paused at {@code at}. */
  public Speech pausedAt(Instant at) {
    return new Speech(
        registration,
        startedAt,
        endedAt,
        allotted,
        granted,
        pauses.append(new Pause(at, Option.none())));
  }

  /** Resumed at {@code at}. */
  public Speech resumedAt(Instant at) {
    return new Speech(registration, startedAt, endedAt, allotted, granted, closed(at));
  }

  /** With {@code extra} more time. */
  public Speech granted(Duration extra) {
    return new Speech(registration, startedAt, endedAt, allotted, granted.plus(extra), pauses);
  }

  private List<Pause> closed(Instant at) {
    return pauses.map(p -> p.until().isEmpty() ? new Pause(p.from(), Option.some(at)) : p);
  }

  /** Whether it is paused now. */
  public boolean paused() {
    return pauses.exists(p -> p.until().isEmpty());
  }

  /** The time it may last: its allotted time and what the chair granted. */
  public Duration limit() {
    return allotted.plus(granted);
  }

  /** The time it was paused by {@code now}, or in all once ended. */
  public Duration pausedFor(Instant now) {
    Instant end = endedAt.getOrElse(now);
    return pauses.map(p -> p.length(end)).fold(Duration.ZERO, Duration::plus);
  }

  /** The time spoken by {@code now}, or in all once ended, pauses not counted; never negative. */
  public Duration elapsed(Instant now) {
    Duration d = Duration.between(startedAt, endedAt.getOrElse(now)).minus(pausedFor(now));
    return d.isNegative() ? Duration.ZERO : d;
  }
}
