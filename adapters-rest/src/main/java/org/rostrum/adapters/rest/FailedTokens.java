package org.rostrum.adapters.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unknown tokens counted per client address over a sliding window: past {@code limit} of them
 * within {@code window}, that address is answered 429 on every route that asks for a token until
 * the oldest failure leaves the window. A guard of the API against guessing, not a rule of the
 * meeting: the core knows nothing of it. Time comes from the clock it is given.
 */
final class FailedTokens {

  /** Failures an address may make within {@link #WINDOW}. */
  static final int LIMIT = 20;

  static final Duration WINDOW = Duration.ofMinutes(1);

  /** Addresses followed at most; past it, those whose failures have all expired are forgotten. */
  private static final int ADDRESSES = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  FailedTokens(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code address} must wait before a token of its is checked again; zero if not. */
  Duration waitFor(String address) {
    Deque<Instant> seen = failures.get(address);
    if (seen == null) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    synchronized (seen) {
      expire(seen, now);
      if (seen.size() < LIMIT) {
        return Duration.ZERO;
      }
      return Duration.between(now, seen.peekFirst().plus(WINDOW));
    }
  }

  /** A token from {@code address} was not known. */
  void failed(String address) {
    Instant now = clock.instant();
    if (failures.size() >= ADDRESSES) {
      failures
          .entrySet()
          .removeIf(
              e -> {
                synchronized (e.getValue()) {
                  expire(e.getValue(), now);
                  return e.getValue().isEmpty();
                }
              });
    }
    Deque<Instant> seen = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (seen) {
      expire(seen, now);
      seen.addLast(now);
      while (seen.size() > LIMIT) {
        seen.removeFirst();
      }
    }
  }

  private static void expire(Deque<Instant> seen, Instant now) {
    while (!seen.isEmpty() && !seen.peekFirst().plus(WINDOW).isAfter(now)) {
      seen.removeFirst();
    }
  }
}
