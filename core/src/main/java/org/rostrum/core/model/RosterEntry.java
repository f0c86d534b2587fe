package org.rostrum.core.model;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * One participant a roster knows: its key, its names in English, French and Spanish with the usual
 * variants, its category (a State's depends on the meeting's date: a State Party from the day the
 * Statute entered into force for it, an observer State before), and the mail identities that
 * designate it — domains it alone writes from, and addresses ({@code otp*@icc-cpi.int}: a local
 * part's first word) where a domain is shared.
 */
public record RosterEntry(
    ParticipantKey key,
    LocalizedText names,
    Option<ParticipantCategory> category,
    Option<LocalDate> inForceFrom,
    List<String> variants,
    List<String> domains,
    List<String> addresses) {

  /** A State: its category follows from {@code inForceFrom} on the meeting's date. */
  public boolean isState() {
    return category.isEmpty();
  }

  public ParticipantCategory categoryOn(LocalDate date) {
    return category.getOrElse(
        () ->
            inForceFrom.exists(d -> !d.isAfter(date))
                ? ParticipantCategory.STATE_PARTY
                : ParticipantCategory.OBSERVER_STATE);
  }

  /**
   * The participant on {@code date}, named in English and French (a Spanish name is the roster's to
   * give, not the record's).
   */
  public Participant participant(LocalDate date) {
    return Participant.of(key, LocalizedText.of(names.en(), names.fr()), categoryOn(date));
  }

  /** Every name that designates it: its names in three languages, and their variants. */
  public List<String> allNames() {
    return List.of(names.en(), names.fr(), names.es())
        .flatMap(RosterEntry::parenthesised)
        .appendAll(variants)
        .distinct();
  }

  /** "Netherlands (Kingdom of the)" also reads "Kingdom of the Netherlands" and "Netherlands". */
  private static List<String> parenthesised(String name) {
    int open = name.indexOf('(');
    int close = name.lastIndexOf(')');
    if (open <= 0 || close < open) {
      return List.of(name);
    }
    String head = name.substring(0, open).trim();
    String inner = name.substring(open + 1, close).trim();
    String joiner = inner.endsWith("'") ? "" : " ";
    return List.of(name, head, inner + joiner + head);
  }
}
