package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentKind;

/**
 * The segments a request names, in English, French, Spanish or Portuguese: by number ("Segment II",
 * "segmento 2"), ordinal ("second segment", "deuxième segment", "primer segmento"), kind ("the
 * high-level segment"), or — only when none is named so — by its title or the other names the
 * plenary's definition gives it ("existing tools", "la coopération est vitale"). "Segments I and
 * II", "both segments", "los dos segmentos" name both.
 */
final class Segments {

  private static final String SEG =
      "(?:segments?|segmentos?|panels?|painel|paineis|panel(?:es)?|seg\\.?|segm\\.?"
          + "|segmeto|segmnet|segement|segemnt|segmant|sgment|segmen)";

  /** Words for a part of a meeting that a kind may qualify: "la partie de haut niveau". */
  private static final String PART = "(?:partie|parte|part|portion|sequence|session|sesion|sessao)";

  private static final Pattern BOTH =
      Pattern.compile(
          "\\b(?:both segments|either segment|the two segments|les deux segments|l['’]un ou l['’]autre"
              + "|chacun des (?:deux )?segments|los dos segmentos|ambos segmentos|ambos os segmentos"
              + "|os dois segmentos|cualquiera de los segmentos|qualquer (?:um )?dos segmentos"
              + "|(?:segments?|segmentos?)\\s*(?:i|1|one|un|uno|um)\\s*(?:and|et|y|e|or|ou|o|&|/|,)\\s*"
              + "(?:(?:segments?|segmentos?)\\s*)?(?:ii|2|two|deux|dos|dois)\\b"
              + "|(?:segments?|segmentos?)\\s*(?:ii|2)\\s*(?:and|et|y|e|or|ou|o|&|/|,)\\s*"
              + "(?:(?:segments?|segmentos?)\\s*)?(?:i|1)\\b)");

  private final Plenary plenary;

  Segments(Plenary plenary) {
    this.plenary = plenary;
  }

  /** Whether a text asks for both segments in so many words ("segments I and II"). */
  boolean both(String text) {
    return plenary.segments().size() == 2 && BOTH.matcher(fold(text)).find();
  }

  /** The segments named explicitly (number, ordinal, kind); two or more is "both". */
  Set<String> named(String text) {
    String t = fold(text);
    List<Segment> all = plenary.segments().toList();
    Set<String> found = TreeSet.empty();
    if (all.size() == 2 && BOTH.matcher(t).find()) {
      return TreeSet.ofAll(all.map(s -> s.id().value()));
    }
    for (int i = 0; i < all.size(); i++) {
      Segment s = all.get(i);
      String numbers =
          numberNames(i + 1)
              .append(fold(s.id().value()))
              .distinct()
              .map(Pattern::quote)
              .mkString("|");
      String ordinals = ordinalNames(i + 1).map(Pattern::quote).mkString("|");
      String kinds = kindNames(s.kind()).map(Pattern::quote).mkString("|");
      List<String> patterns =
          List.of(
              "\\b"
                  + SEG
                  + "\\s*(?:no\\.?\\s*|n[°º]\\s*|number\\s*|numero\\s*)?[\"“«(]?(?:"
                  + numbers
                  + ")(?![\\p{L}\\d])",
              "\\b(?:" + ordinals + ")\\s+(?:" + SEG + ")\\b",
              "\\b" + SEG + "\\s+(?:" + ordinals + ")\\b");
      if (!kinds.isEmpty()) {
        patterns =
            patterns
                .append("\\b" + SEG + "\\s+(?:de\\s+|d['’]\\s*)?(?:" + kinds + ")\\b")
                .append("\\b(?:" + kinds + ")\\s+" + SEG + "\\b")
                .append("\\b" + PART + "\\s+(?:de\\s+|d['’]\\s*)?(?:" + kinds + ")\\b")
                .append("\\b(?:" + kinds + ")\\s+" + PART + "\\b");
      }
      if (patterns.exists(p -> Pattern.compile(p).matcher(t).find())) {
        found = found.add(s.id().value());
      }
    }
    return found;
  }

  /** The segments named by their titles or by the definition's other names for them. */
  Set<String> byTitle(String text) {
    String t = " " + fold(text).replaceAll("[^\\p{L}\\d]+", " ") + " ";
    Set<String> found = TreeSet.empty();
    for (Segment s : plenary.segments()) {
      List<String> phrases =
          s.names().appendAll(List.of(s.title().en(), s.title().fr(), s.title().es()));
      if (phrases.exists(
          p -> {
            String f = fold(p).replaceAll("[^\\p{L}\\d]+", " ").strip();
            return f.length() >= 4 && t.contains(" " + f + " ");
          })) {
        found = found.add(s.id().value());
      }
    }
    return found;
  }

  /**
   * The segments a text is about, when it names none: the words that belong to one segment alone —
   * in its titles, the other names the definition gives it, its guiding questions — counted in the
   * text (by their first five letters: "ratifying", "ratification"). Two such words of one segment
   * and none of another's name it ("the APIC's ratification", "tracking fugitives subject to arrest
   * warrants").
   */
  Set<String> byTheme(String text) {
    Set<String> words = stems(text);
    List<Segment> all = plenary.segments().toList();
    List<Set<String>> vocab = all.map(this::vocabulary);
    Set<String> common =
        stems(
            plenary.title().en()
                + " "
                + plenary.title().fr()
                + " "
                + plenary.theme().en()
                + " "
                + plenary.theme().fr());
    Set<String> found = TreeSet.empty();
    for (int i = 0; i < all.size(); i++) {
      int index = i;
      Set<String> own =
          vocab
              .get(i)
              .removeAll(common)
              .filter(w -> vocab.zipWithIndex().forAll(t -> t._2 == index || !t._1.contains(w)));
      Set<String> others =
          vocab
              .zipWithIndex()
              .filter(t -> t._2 != index)
              .flatMap(t -> t._1)
              .toSet()
              .removeAll(common)
              .filter(w -> !vocab.get(index).contains(w));
      if (own.intersect(words).size() >= 2 && others.intersect(words).isEmpty()) {
        found = found.add(all.get(i).id().value());
      }
    }
    return found;
  }

  private Set<String> vocabulary(Segment s) {
    StringBuilder all = new StringBuilder();
    all.append(s.title().en())
        .append(' ')
        .append(s.title().fr())
        .append(' ')
        .append(s.title().es());
    s.names().forEach(n -> all.append(' ').append(n));
    s.guidingQuestions().forEach(q -> all.append(' ').append(q.en()).append(' ').append(q.fr()));
    return stems(all.toString());
  }

  /** Words of meetings and requests, in four languages, that say nothing of a segment's theme. */
  private static final Set<String> GENERIC =
      io.vavr.collection.HashSet.of(
          "segme", "pleni", "plena", "sessi", "seanc", "state", "etats", "estad", "parti", "court",
          "cour", "corte", "tribu", "coope", "coopé", "speak", "orate", "orado", "floor", "parol",
          "palab", "palav", "state", "decla", "inter", "deleg", "regis", "inscr", "reque", "deman",
          "solic", "pedid", "would", "thank", "merci", "graci", "obrig", "their", "leurs", "cette",
          "with", "avec", "para", "pour", "como", "comme", "what", "which", "these", "those",
          "other", "autre", "otros", "outro", "about", "under", "entre", "between", "through");

  private static Set<String> stems(String text) {
    Set<String> out = io.vavr.collection.HashSet.empty();
    for (String w : fold(text).split("[^\\p{L}]+", -1)) {
      if (w.length() >= 4) {
        String stem = w.length() > 5 ? w.substring(0, 5) : w;
        if (!GENERIC.contains(stem) && !STOPWORDS.contains(w)) {
          out = out.add(stem);
        }
      }
    }
    return out;
  }

  private static final Set<String> STOPWORDS =
      io.vavr.collection.HashSet.of(
          "does", "with", "from", "that", "this", "have", "will", "into", "dont", "sont", "elle",
          "elles", "pour", "dans", "avec", "leur", "leurs", "sous", "mais", "como", "pueden",
          "para", "entre", "sobre", "pelos", "pelas", "como", "podem", "their", "they", "them",
          "what", "when", "where", "which", "while", "comment", "peuvent", "ils", "est", "how");

  private static List<String> numberNames(int n) {
    return switch (n) {
      case 1 -> List.of("i", "1", "un", "one", "uno", "um");
      case 2 -> List.of("ii", "2", "deux", "two", "dos", "dois");
      case 3 -> List.of("iii", "3", "trois", "three", "tres", "tres");
      default -> List.of(Integer.toString(n));
    };
  }

  private static List<String> ordinalNames(int n) {
    return switch (n) {
      case 1 ->
          List.of(
              "premier",
              "premiere",
              "first",
              "1er",
              "1ere",
              "1st",
              "primer",
              "primero",
              "primera",
              "primeiro",
              "primeira",
              "1o",
              "1a",
              "1º",
              "1ª");
      case 2 ->
          List.of(
              "second",
              "seconde",
              "deuxieme",
              "2e",
              "2eme",
              "2nd",
              "segundo",
              "segunda",
              "2o",
              "2a",
              "2º",
              "2ª");
      case 3 -> List.of("troisieme", "third", "3e", "3rd", "tercer", "tercero", "terceiro");
      default -> List.empty();
    };
  }

  private static List<String> kindNames(SegmentKind kind) {
    return switch (kind) {
      case HIGH_LEVEL ->
          List.of(
              "high-level",
              "high level",
              "haut niveau",
              "de haut niveau",
              "alto nivel",
              "de alto nivel",
              "alto nivel",
              "de alto nivel",
              "politique",
              "political");
      case TECHNICAL -> List.of("technical", "technique", "tecnico", "tecnica");
      case GENERAL -> List.empty();
    };
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
