package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a running speech stands against the limit at one instant (L4): the phase, the time spoken
 * and left, and the instants at which the warning and the overrun begin. Computed once, in {@link
 * org.rostrum.core.rules.SessionRules#signals}; every screen shows these, none works them out.
 *
 * @param warningAt from this instant on the speech is in its warning time
 * @param limitAt the limit; the speech overruns after this instant
 * @param left the time left, negative once past the limit
 * @param limit the speech's limit: its kind's time and any time the chair granted
 * @param paused whether the chair paused it (its clock stands still; the instants assume it resumes
 *     now)
 */
public record Signals(
    Instant startedAt,
    Instant at,
    SpeechPhase phase,
    Duration elapsed,
    Duration left,
    Instant warningAt,
    Instant limitAt,
    Duration limit,
    boolean paused) {

  public Signals {
    requireNonNull(startedAt, "startedAt");
    requireNonNull(at, "at");
    requireNonNull(phase, "phase");
    requireNonNull(elapsed, "elapsed");
    requireNonNull(left, "left");
    requireNonNull(warningAt, "warningAt");
    requireNonNull(limitAt, "limitAt");
    requireNonNull(limit, "limit");
  }

  public boolean warning() {
    return phase != SpeechPhase.SPEAKING;
  }

  public boolean overrun() {
    return phase == SpeechPhase.OVERRUN;
  }
}
