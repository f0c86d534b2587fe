package org.rostrum.core.port.out;

import io.vavr.collection.Seq;
import org.rostrum.core.model.PlenaryId;

/** Tells live displays what was just recorded. */
public interface Notifier {

  void recorded(PlenaryId plenary, Seq<JournalEntry> entries);

  /** A notifier that tells nobody. */
  static Notifier none() {
    return (plenary, entries) -> {};
  }
}
