package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * An intervention from the rostrum: who spoke, when it started and, once over, when it ended. Its
 * length is measured against the speaking limit (L4).
 */
public record Speech(RegistrationId registration, Instant startedAt, Option<Instant> endedAt) {

  public Speech {
    requireNonNull(registration, "registration");
    requireNonNull(startedAt, "startedAt");
    requireNonNull(endedAt, "endedAt");
  }

  public static Speech startedAt(RegistrationId registration, Instant at) {
    return new Speech(registration, at, Option.none());
  }

  public Speech endedAt(Instant at) {
    return new Speech(registration, startedAt, Option.some(at));
  }

  /** The time spoken by {@code now}, or in all once ended; never negative. */
  public Duration elapsed(Instant now) {
    Duration d = Duration.between(startedAt, endedAt.getOrElse(now));
    return d.isNegative() ? Duration.ZERO : d;
  }
}
