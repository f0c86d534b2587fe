package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentKind;
import org.rostrum.core.rules.Participants;
import org.rostrum.core.rules.Rejection;

/**
 * Reads a registration mail, in French or English: the segment, the participant, the speaker and
 * the language. It never guesses: a mail that names no segment or both, no participant, an unknown
 * one or several, or asks for nothing, is {@link Reading.Unclear}.
 */
public final class RequestReader {

  /**
   * A name begins with a capital letter, whatever the case of the words around it, and ends before
   * punctuation or a verb — never at the very end of the text, which may have been cut ("Niger"
   * from "Nigeria").
   */
  private static final String NAME = "((?-i:\\p{Lu})[\\p{L}\\p{M}'’.\\- ]{1,90}?)";

  private static final String END =
      "(?=\\s*[,.;:()\\n]|\\s+(?:to|in|at|would|wishes|wish|hereby|requests|is|has|will"
          + "|pour|à|au|aux|auprès|lors|souhaite|souhaiterait|aimerait|demande|sollicite|est|a|"
          + "voudrait|désire)\\b)";
  private static final List<Pattern> PARTICIPANT =
      List.of(
              "(?:delegation|permanent mission|mission|embassy|government|representative)\\s+of\\s+(?:the\\s+)?"
                  + NAME
                  + END,
              "on behalf of\\s+(?:the\\s+)?" + NAME + END,
              "(?:délégation|mission permanente|ambassade|gouvernement|représentation permanente)"
                  + "\\s+(?:de la |de l['’]|du |des |de |d['’])\\s*"
                  + NAME
                  + END,
              "au nom (?:de la |de l['’]|du |des |de |d['’])\\s*" + NAME + END)
          .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

  /** Words that begin to name a participant, whether or not a name follows. */
  private static final Pattern NAMING =
      Pattern.compile(
          "\\b(?:delegation of|permanent mission of|embassy of|on behalf of|au nom d|délégation d|"
              + "mission permanente d|ambassade d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern SPEAKER_LINE =
      Pattern.compile(
          "(?im)^\\s*(?:speaker|orat(?:eur|rice)|intervenant(?:e)?|name of the speaker|nom de l['’]orat(?:eur|rice))\\s*[:\\-–]\\s*(.{3,120}?)\\s*$");
  private static final Pattern SPEAKER_TITLE =
      Pattern.compile(
          "\\b((?:H\\.?\\s?E\\.?|S\\.?\\s?E\\.?)\\s+(?:(?:Mr|Ms|Mrs|M|Mme|Dr|Prof)\\.?\\s+|(?:Ambassador|Ambassadeur|Ambassadrice)\\s+)?"
              + "[\\p{Lu}][\\p{L}'’\\-]+(?:\\s+[\\p{Lu}][\\p{L}'’\\-]+){0,3})");
  private static final Pattern ASKS =
      Pattern.compile(
          "inscri|register|registration|list of speakers|speakers'? list|liste des orateurs|"
              + "take the floor|prendre la parole|intervenir|intervention|deliver a statement|"
              + "make a statement|faire une déclaration|to speak|s'exprimer|s’exprimer",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Plenary plenary;
  private final Participants participants;

  public RequestReader(Plenary plenary, Participants participants) {
    this.plenary = plenary;
    this.participants = participants;
  }

  public Reading read(Mail mail) {
    String text = mail.subject() + "\n" + mail.text();
    Language language = language(text);
    Option<String> speaker = speaker(mail.text());
    if (!mail.problems().isEmpty()) { // broken or cut short: never guessed at
      return new Reading.Unclear(
          List.of(Reading.Doubt.UNREADABLE), Option.none(), Option.none(), speaker, language);
    }
    if (!ASKS.matcher(text).find()) {
      return new Reading.Unclear(
          List.of(Reading.Doubt.NOT_A_REQUEST), Option.none(), Option.none(), speaker, language);
    }
    Set<String> segments = segments(text);
    List<Reading.Doubt> doubts = List.empty();
    if (segments.isEmpty()) {
      doubts = doubts.append(Reading.Doubt.NO_SEGMENT);
    } else if (segments.size() > 1) {
      doubts = doubts.append(Reading.Doubt.BOTH_SEGMENTS);
    }
    List<String> candidates = candidates(text);
    Either<Reading.Doubt, Participant> participant = participant(candidates, text, mail);
    Option<String> seen =
        candidates
            .headOption()
            .orElse(() -> Option.of(senderDomainName(mail)).filter(n -> !n.isEmpty()));
    if (participant.isLeft()) {
      doubts = doubts.append(participant.getLeft());
    }
    if (!doubts.isEmpty()) {
      return new Reading.Unclear(
          doubts,
          participant.map(p -> p.name()).toOption().orElse(seen),
          segments.size() == 1 ? Option.some(segments.head()) : Option.none(),
          speaker,
          language);
    }
    return new Reading.Understood(segments.head(), participant.get(), speaker, language);
  }

  /**
   * The segments a text names, by number, ordinal or kind: "segment II", "second segment"… A number
   * must be followed by something: a text that stops on "segment I" may have been cut from "segment
   * II".
   */
  Set<String> segments(String text) {
    String t = fold(text);
    Set<String> found = io.vavr.collection.TreeSet.empty();
    List<Segment> all = plenary.segments().toList();
    for (int i = 0; i < all.size(); i++) {
      Segment s = all.get(i);
      List<String> names = numberNames(i + 1).append(s.id().value().toLowerCase(Locale.ROOT));
      String numbers = names.distinct().map(Pattern::quote).mkString("|");
      String ordinals = ordinalNames(i + 1).map(Pattern::quote).mkString("|");
      String kinds = kindNames(s.kind()).map(Pattern::quote).mkString("|");
      List<String> patterns =
          List.of(
              "\\bsegments?\\s*(?:no\\.?\\s*|n°\\s*|number\\s*)?(?:"
                  + numbers
                  + ")(?=[^\\p{L}\\d])",
              "\\b(?:" + ordinals + ")\\s+segment\\b");
      if (!kinds.isEmpty()) {
        patterns =
            patterns
                .append("\\bsegment\\s+(?:" + kinds + ")\\b")
                .append("\\b(?:" + kinds + ")\\s+segment\\b");
      }
      if (patterns.exists(p -> Pattern.compile(p).matcher(t).find())) {
        found = found.add(s.id().value());
      }
    }
    return found;
  }

  private static List<String> numberNames(int n) {
    return switch (n) {
      case 1 -> List.of("i", "1", "un", "one");
      case 2 -> List.of("ii", "2", "deux", "two");
      case 3 -> List.of("iii", "3", "trois", "three");
      default -> List.of(Integer.toString(n));
    };
  }

  private static List<String> ordinalNames(int n) {
    return switch (n) {
      case 1 -> List.of("premier", "first", "1er", "1st");
      case 2 -> List.of("second", "seconde", "deuxieme", "2e", "2eme", "2nd");
      case 3 -> List.of("troisieme", "third", "3e", "3rd");
      default -> List.empty();
    };
  }

  private static List<String> kindNames(SegmentKind kind) {
    return switch (kind) {
      case HIGH_LEVEL -> List.of("high-level", "high level", "de haut niveau", "haut niveau");
      case TECHNICAL -> List.of("technical", "technique");
      case GENERAL -> List.empty();
    };
  }

  /** The names the text gives after "delegation of", "au nom de"…, as written. */
  private static List<String> candidates(String text) {
    List<String> candidates = List.empty();
    for (Pattern p : PARTICIPANT) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        candidates = candidates.append(m.group(1).strip());
      }
    }
    return candidates;
  }

  /** The participant the text names, or its sender's domain designates; one, or why not. */
  private Either<Reading.Doubt, Participant> participant(
      List<String> candidates, String text, Mail mail) {
    List<Participant> resolved = candidates.flatMap(this::resolveAll);
    List<Participant> distinct = resolved.distinctBy(Participant::key);
    if (distinct.size() > 1) {
      return Either.left(Reading.Doubt.AMBIGUOUS_PARTICIPANT);
    }
    if (distinct.size() == 1) {
      return Either.right(distinct.head());
    }
    if (!candidates.isEmpty() || NAMING.matcher(text).find()) {
      // The text tries to name someone Rostrum cannot tell: the domain does not overrule it.
      return Either.left(Reading.Doubt.UNKNOWN_PARTICIPANT);
    }
    String byDomain = senderDomainName(mail);
    if (!byDomain.isEmpty()) {
      Option<Participant> p = resolve(byDomain);
      if (p.isDefined()) {
        return Either.right(p.get());
      }
    }
    return Either.left(Reading.Doubt.NO_PARTICIPANT);
  }

  /**
   * The participants a captured name designates, read from left to right: at each word, the longest
   * run of words that names one ("Republic of Kenya" → Kenya; "Belgium and the delegation of
   * Luxembourg" → Belgium, Luxembourg). A name followed by "of"/"de" is qualified, not joined
   * ("Registry of the International Criminal Court" → the Registry only).
   */
  private List<Participant> resolveAll(String written) {
    List<String> words = List.of(written.split("\\s+", -1)).filter(w -> !w.isEmpty());
    List<Participant> found = List.empty();
    int from = 0;
    while (from < words.size()) {
      int matched = -1;
      for (int to = words.size(); to > from && matched < 0; to--) {
        Either<Rejection.Invalid, Participant> r =
            participants.resolve(
                words.subSequence(from, to).mkString(" "), Option.none(), plenary.date());
        if (r.isRight()) {
          found = found.append(r.get());
          matched = to;
        }
      }
      if (matched < 0) {
        from++;
      } else if (matched < words.size() && QUALIFIERS.contains(fold(words.get(matched)))) {
        break;
      } else {
        from = matched;
      }
    }
    return found;
  }

  private static final io.vavr.collection.Set<String> QUALIFIERS =
      io.vavr.collection.HashSet.of("of", "de", "du", "des", "d", "d'", "d’");

  /** The first participant a name designates (for the sender-domain table). */
  Option<Participant> resolve(String written) {
    return resolveAll(written).headOption();
  }

  String senderDomainName(Mail mail) {
    String domain = mail.fromDomain();
    return plenary
        .mail()
        .senderDomains()
        .find(e -> domain.equals(e._1) || domain.endsWith("." + e._1))
        .map(e -> e._2)
        .getOrElse("");
  }

  static Option<String> speaker(String text) {
    Matcher line = SPEAKER_LINE.matcher(text);
    if (line.find()) {
      return Option.some(line.group(1).replaceAll("[.;,]+$", "").strip());
    }
    Matcher title = SPEAKER_TITLE.matcher(text);
    return title.find() ? Option.some(title.group(1).strip()) : Option.none();
  }

  /** French when French words outnumber English ones. */
  static Language language(String text) {
    String t = " " + fold(text).replaceAll("[^a-z]+", " ") + " ";
    int fr =
        count(
            t, " le ", " la ", " les ", " des ", " du ", " pour ", " nous ", " vous ", " est ",
            " une ", " au ", " et ", " de ");
    int en =
        count(
            t, " the ", " of ", " to ", " and ", " for ", " we ", " is ", " our ", " would ", " a ",
            " in ");
    return fr > en ? Language.FR : Language.EN;
  }

  private static int count(String text, String... words) {
    int n = 0;
    for (String w : words) {
      for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        n++;
      }
    }
    return n;
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
