package org.rostrum.core.rules;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.rules.Rejection.Invalid;
import org.rostrum.core.rules.Rejection.Invalid.Problem;

/**
 * Who a name designates. States resolve to their ISO 3166 alpha-3 code from their English and
 * French names and usual variants, and are States Parties when the Statute is in force for them on
 * the meeting's date; known Court organs and organisations resolve to their own keys; any other
 * organisation needs its category stated. A name that cannot be resolved with certainty is refused,
 * never guessed.
 */
public final class Participants {

  /** The longest participant or speaker name Rostrum keeps. */
  public static final int MAX_NAME_LENGTH = 200;

  private static final String BASE = "/org/rostrum/core/rules/";

  private static final Participants REFERENCE = load();

  /** Every known participant a normalised name designates; more than one is ambiguous. */
  private final Map<String, List<Known>> byName;

  private final List<Known> states;

  private Participants(Map<String, List<Known>> byName, List<Known> states) {
    this.byName = byName;
    this.states = states;
  }

  /** Every State Rostrum knows, as a participant on {@code date}. */
  public List<Participant> states(LocalDate date) {
    return states.map(k -> Participant.of(k.key(), k.names(), k.categoryOn(date)));
  }

  /** The reference data bundled with Rostrum. */
  public static Participants reference() {
    return REFERENCE;
  }

  /** A known participant: a State (with the date the Statute entered into force for it) or not. */
  private record Known(
      ParticipantKey key,
      LocalizedText names,
      Option<ParticipantCategory> category,
      Option<LocalDate> inForceFrom) {

    boolean isState() {
      return category.isEmpty();
    }

    ParticipantCategory categoryOn(LocalDate date) {
      return category.getOrElse(
          () ->
              inForceFrom.exists(d -> !d.isAfter(date))
                  ? ParticipantCategory.STATE_PARTY
                  : ParticipantCategory.OBSERVER_STATE);
    }
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
    String normal = Names.normalise(tidy);
    // A name of only leading words ("la", "au", "the") names no one, whatever alias says so.
    List<Known> known =
        normal.isEmpty() ? List.empty() : byName.get(normal).getOrElse(List.empty());
    if (known.size() > 1) {
      return Either.left(
          new Invalid(
              Problem.PARTICIPANT_AMBIGUOUS, tidy, known.map(k -> k.names().en()).mkString(" / ")));
    }
    if (known.size() == 1) {
      return fromKnown(tidy, known.head(), stated, date);
    }
    if (stated.isEmpty()) {
      return Either.left(new Invalid(Problem.PARTICIPANT_UNKNOWN, tidy, ""));
    }
    ParticipantCategory category = stated.get();
    if (category.isState()) {
      return Either.left(new Invalid(Problem.NOT_A_STATE, tidy, category.name()));
    }
    if (Names.normalise(tidy).isEmpty()) {
      return Either.left(new Invalid(Problem.PARTICIPANT_UNKNOWN, tidy, ""));
    }
    ParticipantKey key = ParticipantKey.of(prefix(category) + Names.slug(tidy));
    return Either.right(Participant.of(key, LocalizedText.of(tidy, tidy), category));
  }

  private static Either<Invalid, Participant> fromKnown(
      String tidy, Known known, Option<ParticipantCategory> stated, LocalDate date) {
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
    return Either.right(Participant.of(known.key(), known.names(), actual));
  }

  private static String prefix(ParticipantCategory category) {
    return switch (category) {
      case COURT -> "court:";
      case INTERGOVERNMENTAL_ORGANIZATION -> "igo:";
      case CIVIL_SOCIETY -> "cs:";
      default -> "other:";
    };
  }

  private static Participants load() {
    List<Known> states =
        rows("states-parties.csv")
            .map(
                r ->
                    new Known(
                        ParticipantKey.of(r.get(0)),
                        LocalizedText.of(r.get(1), r.get(2)),
                        Option.none(),
                        Option.some(LocalDate.parse(r.get(5)))))
            .appendAll(
                rows("other-states.csv")
                    .map(
                        r ->
                            new Known(
                                ParticipantKey.of(r.get(0)),
                                LocalizedText.of(r.get(1), r.get(2)),
                                Option.none(),
                                Option.none())));
    Map<String, Known> byKey = states.toMap(k -> Tuple.of(k.key().value(), k));
    List<Known> organisations =
        rows("organisations.csv")
            .map(
                r ->
                    new Known(
                        ParticipantKey.of(r.get(0)),
                        LocalizedText.of(r.get(2), r.get(3)),
                        Option.some(ParticipantCategory.valueOf(r.get(1))),
                        Option.none()));

    List<NamedEntry> names =
        states
            .appendAll(organisations)
            .flatMap(k -> officialNames(k.names()).map(n -> new NamedEntry(n, k)))
            .appendAll(
                rows("state-aliases.csv").map(r -> new NamedEntry(r.get(1), byKey(byKey, r))))
            .appendAll(
                rows("organisations.csv")
                    .flatMap(
                        r ->
                            List.of(r.get(4).split(";"))
                                .filter(a -> !a.isBlank())
                                .map(
                                    a ->
                                        new NamedEntry(
                                            a,
                                            organisations
                                                .find(o -> o.key().value().equals(r.get(0)))
                                                .get()))));
    Map<String, List<Known>> index =
        names
            .groupBy(n -> Names.normalise(n.name()))
            .mapValues(ns -> ns.map(NamedEntry::known).distinctBy(Known::key));
    return new Participants(index, states);
  }

  private record NamedEntry(String name, Known known) {}

  private static Known byKey(Map<String, Known> byKey, List<String> row) {
    return byKey
        .get(row.get(0))
        .getOrElseThrow(() -> new IllegalStateException("alias of an unknown State: " + row));
  }

  /** "Netherlands (Kingdom of the)" also reads "Kingdom of the Netherlands" and "Netherlands". */
  static List<String> officialNames(LocalizedText names) {
    return List.of(names.en(), names.fr()).flatMap(Participants::variants);
  }

  private static List<String> variants(String name) {
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

  private static List<List<String>> rows(String file) {
    try (InputStream in = Participants.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("reference data missing: " + BASE + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return List.ofAll(reader.lines().toList())
          .drop(1)
          .filter(l -> !l.isBlank())
          .map(l -> List.of(l.split(",", -1)).map(String::trim));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
