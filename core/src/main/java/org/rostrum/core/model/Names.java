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

  /**
   * How many letters must be typed, left out, changed or swapped to turn {@code a} into {@code b}
   * (optimal string alignment), or {@code bound + 1} as soon as it is surely more than {@code
   * bound}.
   */
  public static int distance(String a, String b, int bound) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > bound) {
      return bound + 1;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int best = current[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        best = Math.min(best, d);
      }
      if (best > bound) {
        return bound + 1;
      }
      int[] t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return Math.min(previous[m], bound + 1);
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
