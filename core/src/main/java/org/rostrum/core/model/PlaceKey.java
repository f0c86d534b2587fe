package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A place's rank on a segment's list: by the band of its kind (points of order, then statements,
 * then replies), its round (a speaker sent to the end after an absence, L3, gets a later one), its
 * tier of precedence, then {@code (at, sequence)} — the time of receipt and the intake number (R2).
 * A swap (R8) exchanges two keys. With statements only and first come, first served, band and tier
 * are the same for everyone.
 */
public record PlaceKey(int band, int round, int tier, Instant at, long sequence)
    implements Comparable<PlaceKey> {

  public PlaceKey {
    requireNonNull(at, "at");
  }

  /** The same place sent to the end of its band, in round {@code round}, from {@code at}. */
  public PlaceKey requeued(int newRound, Instant newAt) {
    return new PlaceKey(band, newRound, tier, newAt, sequence);
  }

  @Override
  public int compareTo(PlaceKey other) {
    int c = Integer.compare(band, other.band);
    if (c == 0) {
      c = Integer.compare(round, other.round);
    }
    if (c == 0) {
      c = Integer.compare(tier, other.tier);
    }
    if (c == 0) {
      c = at.compareTo(other.at);
    }
    return c != 0 ? c : Long.compare(sequence, other.sequence);
  }
}
