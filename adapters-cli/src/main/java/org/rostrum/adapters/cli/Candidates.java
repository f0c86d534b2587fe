package org.rostrum.adapters.cli;

import io.vavr.collection.Seq;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Roster;

/** The participants a held mail may be from, named in the reader's language. */
final class Candidates {

  private Candidates() {}

  static String named(Seq<String> keys, Language language, Roster roster) {
    return keys.map(k -> roster.name(k, language) + " (" + k + ")").mkString(", ");
  }
}
