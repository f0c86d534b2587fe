package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A place's rank on a segment's list. Requests are ranked by {@code (receivedAt, sequence)} (R2); a
 * speaker sent to the end after an absence (L3) gets a later {@code round}; a swap (R8) exchanges
 * two keys.
 */
public record PlaceKey(int round, Instant at, long sequence) implements Comparable<PlaceKey> {

  public PlaceKey {
    requireNonNull(at, "at");
  }

  /** The key of a request as received. */
  public static PlaceKey received(Instant receivedAt, long sequence) {
    return new PlaceKey(0, receivedAt, sequence);
  }

  @Override
  public int compareTo(PlaceKey other) {
    int byRound = Integer.compare(round, other.round);
    if (byRound != 0) {
      return byRound;
    }
    int byTime = at.compareTo(other.at);
    return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
  }
}
