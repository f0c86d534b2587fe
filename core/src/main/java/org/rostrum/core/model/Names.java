package org.rostrum.core.model;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Rostrum compares names: without accents, case, punctuation, leading articles or the words
 * that introduce a delegation ("la délégation de", "Permanent Mission of the").
 */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

  /** Words that may introduce a name and say nothing about who it is. */
  private static final Set<String> LEADING =
      HashSet.of(
          "the",
          "la",
          "le",
          "les",
          "l",
          "el",
          "of",
          "de",
          "du",
          "des",
          "d",
          "delegation",
          "delegations",
          "permanent",
          "mission",
          "embassy",
          "ambassade",
          "embajada",
          "embaixada",
          "mision",
          "missao",
          "delegacion",
          "delegacao",
          "representation",
          "representacion",
          "representacao",
          "gobierno",
          "governo",
          "los",
          "las",
          "da",
          "do",
          "dos",
          "das",
          "del",
          "government",
          "gouvernement",
          "representative",
          "representant",
          "on",
          "behalf",
          "au",
          "nom");

  private Names() {}

  /** The comparable form of a name: "la Délégation de la Côte d’Ivoire" → "cote d ivoire". */
  public static String normalise(String name) {
    String plain =
        MARKS
            .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    List<String> words =
        List.of(NOT_ALNUM.matcher(plain).replaceAll(" ").trim().split(" "))
            .filter(w -> !w.isEmpty());
    List<String> significant = words.dropWhile(LEADING::contains);
    return significant.mkString(" ");
  }

  /** A name as a key: "Amnesty International" → "amnesty-international". */
  public static String slug(String name) {
    return normalise(name).replace(' ', '-');
  }

  /** Trimmed, with runs of white space made one space. */
  public static String tidy(String text) {
    return text.trim().replaceAll("\\s+", " ");
  }
}
