package org.rostrum.core.port.out;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Actor;

/**
 * One recorded event: its place in the plenary's journal (from 1), when it was recorded, who asked
 * for it, and its hash in the journal's chain, which serves as a receipt.
 *
 * @param actor who asked for the change, part of what the hash covers; none only for an entry
 *     recorded before Rostrum kept actors
 */
public record JournalEntry(
    long seq, Event event, Instant recordedAt, String hash, Option<Actor> actor) {

  public JournalEntry {
    if (seq < 1) {
      throw new IllegalArgumentException("journal sequence numbers start at 1: " + seq);
    }
    requireNonNull(event, "event");
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(hash, "hash");
    requireNonNull(actor, "actor");
  }

  /** An entry recorded on behalf of {@code actor}. */
  public JournalEntry(long seq, Event event, Instant recordedAt, String hash, Actor actor) {
    this(seq, event, recordedAt, hash, Option.some(actor));
  }
}
