package org.rostrum.adapters.mail;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who will speak, as the request names them with their title: after "will be represented by",
 * "Speaker:", "prononcée par", "intervendrá", "fará uso da palavra"…, or else the first name in the
 * request that a title of address introduces ("H.E. Mr.", "S.E. Mme", "Excma. Sra.", "Sua
 * Excelência"). The name ends where the sentence or the clause does ("…, Ambassador").
 */
final class Speakers {

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Words after which the speaker is named. */
  private static final Pattern TRIGGER =
      Pattern.compile(
          "(?:(?:represented by|delivered by|presented by|made by|read by|statement by"
              + "|speaker will be|speaker is|who will (?:speak|take the floor) is"
              + "|représentée? par|prononcée par|délivrée par|présentée par|faite par|lue par"
              + "|l['’]orat(?:eur|rice) sera|representad[oa] por|pronunciad[oa] por|a cargo de"
              + "|intervendrá|hará uso de la palabra|tomará la palabra|el orador será|la oradora será"
              + "|proferid[oa] por|fará uso da palavra|tomará a palavra|intervirá|o orador será"
              + "|a oradora será)[ \\t]*:?"
              + "|(?<![\\p{L}])(?:speaker|orat(?:eur|rice)|intervenant(?:e)?|orador(?:a)?"
              + "|name of (?:the|our) speaker|nom de l['’]orat(?:eur|rice)|nombre del orador"
              + "|nome do orador)[ \\t]*:)"
              + "[ \\t]*(?:(?:el|la|o|a|our|its|notre|son|sa|su|nuestro|nuestra|nosso|nossa)\\s+)?",
          F);

  /** Titles of address and offices that introduce a name. */
  static final String TITLE =
      "(?:H\\.\\s?E\\.|S\\.\\s?E\\.|S\\.\\s?Exa\\.?|His Excellency|Her Excellency|Son Excellence"
          + "|Su Excelencia|Sua Excel[êe]ncia|Excelent[íi]ssim[oa]|Excm[oa]\\.?|Exmo\\.?|Exma\\.?"
          + "|Hon\\.|Honourable|Honorable|Judge|Juge|Jueza?|Magistrad[oa]|Ambassador|Ambassadeur"
          + "|Ambassadrice|Embajador[a]?|Embaixador[a]?|Minister|Ministre|Ministro|Ministra"
          + "|Deputy Prosecutor|Prosecutor|Procureur|Registrar|Greffier|President|Président"
          + "|Presidente|Vice-President|Counsellor|Counselor|Conseiller|Conseillère|Consejer[oa]"
          + "|Conselheir[oa]|Senhor[a]?|Dr\\.?|Dra\\.?|Prof\\.?|Profa\\.?|Professor|Mr\\.?|Ms\\.?"
          + "|Mrs\\.?|Miss|Mme\\.?|Mlle|M\\.|Me|Sr\\.?|Sra\\.?|Srta\\.?|Mtro\\.?|Mtra\\.?|Lic\\.?"
          + "|Licda?\\.?|Abg\\.?|Abog\\.?|Adv\\.?|Advocate|Don|Doña|Dña\\.?|Sir|Dame|Lord|Lady)";

  /** Titles of a person, not of an office: "Sr.", "Dr.", "H.E." — not "Secretario Adjunto". */
  private static final Pattern PERSONAL =
      Pattern.compile(
          "^(?:H\\.\\s?E\\.|S\\.\\s?E\\.|S\\.\\s?Exa|His Excellency|Her Excellency|Son Excellence"
              + "|Su Excelencia|Sua Excel[êe]ncia|Excm[oa]|Exm[oa]|Excelent[íi]ssim[oa]|Hon\\.|Judge"
              + "|Juge|Jueza?|Magistrad[oa]|Dr|Dra|Prof|Profa|Mr|Ms|Mrs|Miss|Mme|Mlle|M\\.|Me\\b|Sr|Sra"
              + "|Srta|Mtr[oa]|Lic|Licda?|Abg|Abog|Adv|Don|Doña|Dña|Sir|Dame|Lord|Lady)");

  private static final Pattern TITLED =
      Pattern.compile("(?<![\\p{L}.])" + TITLE + "(?=[\\s\\p{Lu}])");

  private static final Set<String> PARTICLES =
      HashSet.of(
          "de", "da", "das", "do", "dos", "del", "della", "di", "van", "von", "der", "den", "ter",
          "la", "le", "du", "des", "y", "e", "bin", "ben", "binti", "al", "el", "o", "a", "mac",
          "st.");

  /** Abbreviations whose dot does not end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      HashSet.of(
          "h.e.", "s.e.", "mr.", "ms.", "mrs.", "dr.", "dra.", "prof.", "m.", "mme.", "sr.", "sra.",
          "srta.", "excmo.", "excma.", "exmo.", "exma.", "hon.", "mtro.", "mtra.", "lic.", "licda.",
          "dña.", "st.", "amb.", "h.", "e.", "s.", "exa.", "profa.", "abg.", "abog.", "adv.",
          "a.i.");

  private Speakers() {}

  /** Where a text names its speaker next: after "delivered by", "Speaker:", « intervendrá »… */
  static Matcher trigger(String text) {
    return TRIGGER.matcher(text);
  }

  /** Whether a word (lower case, with its dot) is an abbreviation whose dot ends no sentence. */
  static boolean abbreviation(String word) {
    return ABBREVIATIONS.contains(word);
  }

  static Option<String> in(String text) {
    String t = paragraphs(text);
    Matcher trigger = TRIGGER.matcher(t);
    while (trigger.find()) {
      String rest = t.substring(trigger.end(), Math.min(t.length(), trigger.end() + 240));
      Option<String> name = nameAtStart(rest);
      if (name.isEmpty()) {
        // "represented by our Deputy Head of Mission, Ms X": a titled name later in the sentence
        String sentence = rest.split("(?<=[a-z]{3})\\.\\s|\\n", 2)[0];
        Matcher titled = TITLED.matcher(sentence);
        if (titled.find()) {
          name = nameAtStart(sentence.substring(titled.start()));
        }
      }
      if (name.isDefined()) {
        String person = apposed(name.get(), rest);
        return Option.some(person.equals(name.get()) ? withFunction(person, rest) : person);
      }
    }
    Matcher titled = TITLED.matcher(t);
    while (titled.find()) {
      Option<String> name =
          nameAtStart(t.substring(titled.start(), Math.min(t.length(), titled.start() + 240)));
      if (name.isDefined() && startsWithTitle(name.get())) {
        return name;
      }
    }
    return Option.none();
  }

  /**
   * "intervendrá el Secretario Adjunto, Sr. Mateo Ilunga Rivas": an office named first, then the
   * person — the person, whose title is a person's.
   */
  private static String apposed(String name, String rest) {
    if (PERSONAL.matcher(name).find()) {
      return name;
    }
    int at = rest.indexOf(name);
    String after = at < 0 ? "" : rest.substring(at + name.length());
    Matcher next =
        Pattern.compile("^[^\\S\\n]*(?:[\\p{L}.]+\\.?)?[^\\S\\n]*,[^\\S\\n]*").matcher(after);
    if (next.find()) {
      String tail = after.substring(next.end());
      Option<String> person = nameAtStart(tail);
      if (person.isDefined() && PERSONAL.matcher(person.get()).find()) {
        return person.get();
      }
    }
    return name;
  }

  /**
   * The name and, when the request gives it right after, the speaker's function — "H.E. Ms. Grace
   * Wanjiru, Ambassador", "M. Paul Lefèvre, directeur des affaires juridiques": the concept note
   * asks for the name and title of the speaker.
   */
  private static String withFunction(String name, String rest) {
    int at = rest.indexOf(name);
    if (at < 0) {
      return name;
    }
    Matcher m = FUNCTION.matcher(rest.substring(at + name.length()));
    if (!m.lookingAt()) {
      return name;
    }
    String function = m.group(1).strip();
    int words = function.split("\\s+").length;
    return words > 8 || RELATIVE.matcher(function).lookingAt() ? name : name + ", " + function;
  }

  /** ", Ambassador" up to the clause's end. */
  private static final Pattern FUNCTION =
      Pattern.compile(
          "[^\\S\\n]*,[^\\S\\n]*([^,;(\\n.]+?(?:\\.(?=\\S)[^,;(\\n.]*)*)(?=[,;(\\n]|\\.(?:\\s|$)|$)");

  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?:who|which|that|qui|que|quien|quem|whose|dont|cuyo|cujo|and|et|y|e)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The first name a person's title introduces in {@code text} (a signature, say). */
  static Option<String> titledIn(String text) {
    Matcher titled = TITLED.matcher(text);
    while (titled.find()) {
      Option<String> name =
          nameAtStart(
              text.substring(titled.start(), Math.min(text.length(), titled.start() + 200)));
      if (name.isDefined() && PERSONAL.matcher(name.get()).find()) {
        return name;
      }
    }
    return Option.none();
  }

  private static boolean startsWithTitle(String name) {
    return TITLED.matcher(name).lookingAt();
  }

  /**
   * The titled or capitalised name at the start of {@code text}: words while they are titles,
   * capitalised, particles between names, or initials; at most twelve; stops at a comma, a bracket,
   * a dash, a sentence's end or a line's.
   */
  static Option<String> nameAtStart(String text) {
    String line = text.split("\\n", 2)[0];
    List<String> words = List.of(line.strip().split("[ \\t]+")).filter(w -> !w.isEmpty());
    List<String> kept = List.empty();
    int capitalised = 0;
    for (String raw : words) {
      if (kept.size() >= 12) {
        break;
      }
      String w = raw;
      boolean stop = false;
      if (w.matches(".*[,;:()\\[\\]–—/]+.*") || w.equals("-")) {
        int cut = firstIndexOf(w, ",;:()[]–—/");
        w = cut < 0 ? "" : w.substring(0, cut);
        stop = true;
      }
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (w.endsWith(".") && !ABBREVIATIONS.contains(lower) && !w.matches("(\\p{Lu}\\.)+")) {
        w = w.substring(0, w.length() - 1);
        stop = true;
      }
      if (w.isEmpty()) {
        break;
      }
      boolean title = TITLED.matcher(w + " X").lookingAt() || ABBREVIATIONS.contains(lower);
      boolean upper = Character.isUpperCase(w.codePointAt(0));
      boolean particle = PARTICLES.contains(lower) && !kept.isEmpty();
      if (!(title || upper || particle || w.matches("\\p{Lu}\\.?"))) {
        break;
      }
      kept = kept.append(w);
      if (upper && !title) {
        capitalised++;
      }
      if (stop) {
        break;
      }
    }
    while (!kept.isEmpty() && PARTICLES.contains(kept.last().toLowerCase(java.util.Locale.ROOT))) {
      kept = kept.init();
    }
    // a name has at least one word that is not a title, and is not a whole sentence in capitals
    if (capitalised == 0 || (kept.size() < 2 && !startsWithTitleWord(kept))) {
      return Option.none();
    }
    String name = kept.mkString(" ");
    return name.length() < 3 ? Option.none() : Option.some(name);
  }

  private static boolean startsWithTitleWord(List<String> kept) {
    return !kept.isEmpty() && TITLED.matcher(kept.head() + " X").lookingAt();
  }

  private static int firstIndexOf(String w, String chars) {
    for (int i = 0; i < w.length(); i++) {
      if (chars.indexOf(w.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Lines of one paragraph joined: a name broken at a line's end is read whole. */
  static String paragraphs(String text) {
    return text.replaceAll("(?m)(?<=^[^\\n]{45,300})[ \\t]*\\n(?=[ \\t]*[\\p{L}(])", " ");
  }
}
