package org.rostrum.core.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.PlenaryId;

/** The append-only record of a plenary's events. */
public interface Journal {

  /**
   * Records events after the {@code expectedVersion}-th entry, all or none. A journal that has
   * moved on answers with a conflict, and the caller decides again.
   */
  Either<VersionConflict, Seq<JournalEntry>> append(
      PlenaryId plenary, long expectedVersion, Seq<Attributed> events, Instant recordedAt);

  /** An event to record, with who asked for it. */
  record Attributed(Event event, Actor actor) {
    public Attributed {
      java.util.Objects.requireNonNull(event, "event");
      java.util.Objects.requireNonNull(actor, "actor");
    }
  }

  /** The plenary's entries after sequence number {@code afterSeq}, in order. */
  Seq<JournalEntry> read(PlenaryId plenary, long afterSeq);
}
