package org.rostrum.core.rules;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * The rules of the outbox: when a reply is attempted again, and when it is given up.
 *
 * <ul>
 *   <li>D1 once: a reply a server accepted is never attempted again; only a pending one is due.
 *   <li>D2 retry: after a temporary failure, the next attempt comes after a delay that doubles from
 *       {@link #FIRST_DELAY} up to {@link #LONGEST_DELAY}, until {@link #PATIENCE} after the reply
 *       was recorded; then it has failed, saying so.
 *   <li>D3 refused: a permanent refusal fails the reply at once, with the server's answer; only an
 *       officer's retry makes it due again.
 * </ul>
 */
public final class DeliveryRules {

  /** The delay before the second attempt. */
  public static final Duration FIRST_DELAY = Duration.ofSeconds(5);

  /** The longest delay between two attempts. */
  public static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

  /** How long a temporary failure is retried before the reply is failed for an officer. */
  public static final Duration PATIENCE = Duration.ofDays(2);

  private DeliveryRules() {}

  /**
   * D1: whether a reply is to be attempted at {@code now}: only one no server has accepted nor
   * refused for good, once its time has come.
   */
  public static boolean due(boolean pending, Instant nextAttempt, Instant now) {
    return pending && !nextAttempt.isAfter(now);
  }

  /** D2: the delay after the {@code attempts}-th failed attempt (1 for the first). */
  public static Duration delay(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 20));
    Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
  }

  /**
   * D2 and D3: when a reply whose {@code attempts}-th attempt failed is due again; none when it has
   * failed for good: refused ({@code temporary} false), or retried for {@link #PATIENCE}.
   */
  public static Option<Instant> next(
      boolean temporary, int attempts, Instant recordedAt, Instant now) {
    if (!temporary) {
      return Option.none();
    }
    Instant next = now.plus(delay(attempts));
    return next.isAfter(recordedAt.plus(PATIENCE)) ? Option.none() : Option.some(next);
  }
}
