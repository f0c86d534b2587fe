package org.rostrum.adapters.mail;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The language of a text that says it plainly, told by its common words (the resource files {@code
 * clear-words_*.txt}, one per language): at least {@value #ENOUGH} words of one language, at most a
 * tenth as many of any other, and no letter that only another of the four languages writes. Most
 * registration mails are that clear; telling them this way spares a one-mail import the loading of
 * Lingua's statistical models, which takes a quarter of a second of a cold start. A text that is
 * short, mixed (a forward, a bilingual mail) or in a fifth language is not decided here: {@link
 * Languages} asks Lingua, as before. The thresholds keep a wide margin on the project's 508 test
 * mails, on each of which a decision made here equals Lingua's ({@code ClearWordsTest}).
 */
final class ClearWords {

  /** The fewest words of one language that make a text clearly written in it. */
  static final int ENOUGH = 5;

  /** How many times more words of the language than of all the others together, at least. */
  static final int MARGIN = 10;

  private static final String LETTERS = "letters:";

  /** The lists, each without the words that another list holds too. */
  private record Lists(Map<String, Languages.Read> words, Map<Languages.Read, String> letters) {}

  private static final class Holder {
    static final Lists LISTS = load();
  }

  private ClearWords() {}

  /** The language the text is clearly written in, or none when Lingua must tell. */
  static Option<Languages.Read> of(String sample) {
    Lists lists = Holder.LISTS;
    String text = sample.toLowerCase(Locale.ROOT);
    java.util.Map<Languages.Read, Integer> counts = new java.util.EnumMap<>(Languages.Read.class);
    for (String word : words(text)) {
      lists.words().get(word).forEach(l -> counts.merge(l, 1, Integer::sum));
    }
    Option<Languages.Read> leader =
        List.ofAll(counts.keySet()).maxBy(l -> counts.get(l)).filter(l -> counts.get(l) >= ENOUGH);
    return leader.filter(
        l ->
            others(counts, l) * MARGIN <= counts.get(l)
                && lists.letters().forAll(e -> e._1 == l || !containsAny(text, e._2)));
  }

  private static int others(java.util.Map<Languages.Read, Integer> counts, Languages.Read leader) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey() != leader)
        .mapToInt(java.util.Map.Entry::getValue)
        .sum();
  }

  private static boolean containsAny(String text, String letters) {
    return letters.codePoints().anyMatch(c -> text.indexOf(c) >= 0);
  }

  /** The runs of letters of a text: "l'ambassade" is "l" and "ambassade". */
  private static List<String> words(String text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      if (Character.isLetter(c)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    return List.ofAll(words);
  }

  private static Lists load() {
    Map<String, Languages.Read> words = HashMap.empty();
    Map<Languages.Read, String> letters = HashMap.empty();
    List<String> shared = List.empty();
    for (Languages.Read language : Languages.Read.values()) {
      for (String line : lines(language)) {
        if (line.startsWith(LETTERS)) {
          letters = letters.put(language, line.substring(LETTERS.length()).strip());
        } else if (words.get(line).exists(l -> l != language)) {
          shared = shared.append(line);
        } else {
          words = words.put(line, language);
        }
      }
    }
    return new Lists(words.removeAll(shared), letters);
  }

  private static List<String> lines(Languages.Read language) {
    String name = "clear-words_" + language.name().toLowerCase(Locale.ROOT) + ".txt";
    try (InputStream in = ClearWords.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(String.join(" ", "missing resource", name));
      }
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
