package org.rostrum.core.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.rostrum.core.decider.Event;

/**
 * One recorded event: its place in the plenary's journal (from 1), when it was recorded, and its
 * hash in the journal's chain, which serves as a receipt.
 */
public record JournalEntry(long seq, Event event, Instant recordedAt, String hash) {

  public JournalEntry {
    if (seq < 1) {
      throw new IllegalArgumentException("journal sequence numbers start at 1: " + seq);
    }
    requireNonNull(event, "event");
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(hash, "hash");
  }
}
