package org.rostrum.adapters.cli;

import io.vavr.collection.Seq;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Roster;

/** The participants a held mail may be from, named in the reader's language. */
final class Candidates {

  private Candidates() {}

  static String named(Seq<String> keys, Language language, Roster roster) {
    return keys.map(
            k ->
                roster
                    .entry(ParticipantKey.of(k))
                    .map(e -> e.names().in(language) + " (" + k + ")")
                    .getOrElse(k))
        .mkString(", ");
  }
}
