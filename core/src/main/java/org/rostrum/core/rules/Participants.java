package org.rostrum.core.rules;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.rostrum.core.model.ControlCharacters;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Names;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Roster;
import org.rostrum.core.model.RosterEntry;
import org.rostrum.core.rules.Rejection.Invalid;
import org.rostrum.core.rules.Rejection.Invalid.Problem;

/**
 * Who a name designates, through a plenary's roster. States resolve to their ISO 3166 alpha-3 code
 * from their names and usual variants, and are States Parties when the Statute is in force for them
 * on the meeting's date; Court organs and organisations the roster knows resolve to their own keys;
 * any other organisation needs its category stated, and a category never makes a second identity
 * for someone the roster knows. A name that cannot be resolved with certainty is refused, never
 * guessed.
 */
public final class Participants {

  /** The longest participant or speaker name Rostrum keeps. */
  public static final int MAX_NAME_LENGTH = Roster.MAX_NAME_LENGTH;

  private final Roster roster;

  private Participants(Roster roster) {
    this.roster = roster;
  }

  /** Resolution through {@code roster}. */
  public static Participants in(Roster roster) {
    return new Participants(roster);
  }

  /** Every State the roster knows, as a participant on {@code date}. */
  public List<Participant> states(LocalDate date) {
    return roster.states(date);
  }

  /** R10: the participant a name designates on {@code date}, or why it cannot be said. */
  public Either<Invalid, Participant> resolve(
      String name, Option<ParticipantCategory> stated, LocalDate date) {
    String tidy = name == null ? "" : Names.tidy(name);
    if (tidy.isEmpty()) {
      return Either.left(new Invalid(Problem.PARTICIPANT_MISSING, "", ""));
    }
    if (tidy.length() > MAX_NAME_LENGTH) {
      return Either.left(
          new Invalid(
              Problem.TEXT_TOO_LONG,
              tidy.substring(0, 40) + "…",
              Integer.toString(MAX_NAME_LENGTH)));
    }
    // A name of only leading words ("la", "au", "the") names no one, whatever alias says so.
    List<RosterEntry> known = roster.lookup(tidy);
    if (known.size() > 1) {
      return Either.left(
          new Invalid(
              Problem.PARTICIPANT_AMBIGUOUS, tidy, known.map(k -> k.names().en()).mkString(" / ")));
    }
    if (known.size() == 1) {
      return fromKnown(tidy, known.head(), stated, date);
    }
    if (stated.isEmpty()) {
      return Either.left(new Invalid(Problem.PARTICIPANT_UNKNOWN, tidy, "", suggestions(tidy)));
    }
    ParticipantCategory category = stated.get();
    if (category.isState()) {
      return Either.left(
          new Invalid(Problem.NOT_A_STATE, tidy, category.name(), suggestions(tidy)));
    }
    if (Names.normalise(tidy).isEmpty()) {
      return Either.left(new Invalid(Problem.PARTICIPANT_UNKNOWN, tidy, ""));
    }
    if (category == ParticipantCategory.COURT) {
      // The Court's organs are all on the roster: "ICC Vice-President" is no new organ.
      List<String> near =
          suggestions(tidy)
              .orElse(
                  () ->
                      roster
                          .nearest(tidy, SUGGESTIONS, e -> e.category().contains(category))
                          .map(e -> e.key().value()));
      return Either.left(new Invalid(Problem.NOT_ON_ROSTER, tidy, category.name(), near));
    }
    ParticipantKey key = ParticipantKey.of(prefix(category) + Names.slug(tidy));
    return Either.right(Participant.of(key, LocalizedText.of(tidy, tidy), category));
  }

  private static Either<Invalid, Participant> fromKnown(
      String tidy, RosterEntry known, Option<ParticipantCategory> stated, LocalDate date) {
    ParticipantCategory actual = known.categoryOn(date);
    if (stated.isDefined() && stated.get() != actual) {
      return Either.left(
          new Invalid(
              known.isState() || !stated.get().isState()
                  ? Problem.CATEGORY_MISMATCH
                  : Problem.NOT_A_STATE,
              tidy,
              actual.name()));
    }
    return Either.right(known.participant(date));
  }

  /** R10: up to three participants of the roster whose names are nearest, by their keys. */
  private List<String> suggestions(String tidy) {
    return roster.suggest(tidy, SUGGESTIONS).map(e -> e.key().value());
  }

  /** How many names a refusal suggests at most. */
  static final int SUGGESTIONS = 3;

  private static String prefix(ParticipantCategory category) {
    return switch (category) {
      case COURT -> "court:";
      case INTERGOVERNMENTAL_ORGANIZATION -> "igo:";
      case CIVIL_SOCIETY -> "cs:";
      default -> "other:";
    };
  }

  /**
   * A participant to add to a roster, keyed by its category and English name ({@code
   * cs:women-s-initiatives}); not a State (a State is on the roster by the Statute).
   */
  public static RosterEntry newEntry(
      String en,
      Option<String> fr,
      Option<String> es,
      ParticipantCategory category,
      List<String> variants,
      List<String> domains) {
    String name = Names.tidy(en == null ? "" : en);
    return new RosterEntry(
        ParticipantKey.of(prefix(category) + (name.isEmpty() ? "unnamed" : Names.slug(name))),
        LocalizedText.of(
            name,
            fr.map(Names::tidy).filter(s -> !s.isEmpty()).getOrElse(name),
            es.map(Names::tidy).filter(s -> !s.isEmpty()).getOrElse(name)),
        Option.some(category),
        Option.none(),
        variants.map(Names::tidy).filter(s -> !s.isEmpty()),
        domains.map(d -> d.strip().toLowerCase(java.util.Locale.ROOT)).filter(s -> !s.isEmpty()),
        List.empty());
  }

  /**
   * R11 one identity: a participant may join the roster if it is named, on one line, not a State,
   * and no name of it already designates someone the roster holds.
   */
  public Either<Rejection, RosterEntry> addable(RosterEntry entry) {
    for (String name : entry.allNames()) {
      if (ControlCharacters.first(name).isDefined()) {
        return Either.left(RegistrationRules.unsafe(name));
      }
      if (name.length() > MAX_NAME_LENGTH) {
        return Either.left(
            new Invalid(
                Problem.TEXT_TOO_LONG,
                name.substring(0, 40) + "…",
                Integer.toString(MAX_NAME_LENGTH)));
      }
    }
    if (entry.names().en().isBlank() || Names.normalise(entry.names().en()).isEmpty()) {
      return Either.left(new Invalid(Problem.PARTICIPANT_MISSING, entry.names().en(), ""));
    }
    if (entry.category().isEmpty() || entry.category().get().isState()) {
      return Either.left(
          new Invalid(
              Problem.NOT_A_STATE,
              entry.names().en(),
              entry.category().map(Enum::name).getOrElse("STATE_PARTY")));
    }
    if (roster.entry(entry.key()).isDefined()) {
      return Either.left(new Rejection.AlreadyOnRoster(entry.key(), entry.names().en()));
    }
    for (String name : entry.allNames()) {
      List<RosterEntry> known = roster.lookup(name);
      if (!known.isEmpty()) {
        return Either.left(new Rejection.AlreadyOnRoster(known.head().key(), name));
      }
    }
    return Either.right(entry);
  }
}
