package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of intervention the sender's own words ask for, in English, French, Spanish or
 * Portuguese — never from quoted history or a signature, which {@link Letter} has set apart: the
 * right of reply ("exercise its right of reply", « droit de réponse », « derecho de réplica », «
 * direito de resposta »), a point of order, or a statement on behalf of a group ("on behalf of the
 * African Group"). Each is read with what shows it is only mentioned: a right reserved, someone
 * else's reply, a statement one aligns with. What is neither asked nor plainly mentioned is
 * unclear, and a person decides.
 */
final class Kinds {

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private Kinds() {}

  /** "In its national capacity", « à titre national », "a national statement". */
  private static final Pattern NATIONAL =
      Pattern.compile(
          "\\b(?:national capacity|à titre national|en (?:su )?(?:capacidad|calidad) nacional"
              + "|a título nacional|em (?:sua )?capacidade nacional|national statement"
              + "|déclaration nationale|declaración nacional|declaração nacional)\\b",
          F);

  /** Whether a mail asks for the right of reply. */
  enum Reply {
    /** It does not speak of one. */
    NONE,
    /** It asks for one: "wishes to exercise its right of reply", a subject "Right of reply". */
    ASKED,
    /** It speaks of one only: reserved, someone else's, several in the past. */
    MENTIONED,
    /** It speaks of one without saying whether it asks for it. */
    UNCLEAR
  }

  private static final Pattern REPLY =
      Pattern.compile(
          "\\b(?:right(s)? (?:of|to) reply|droit(s)? de r[ée]ponse|droit(s)? de r[ée]plique"
              + "|derecho(s)? (?:de|a) (?:respuesta|r[ée]plica)|direito(s)? de (?:resposta|r[ée]plica))\\b",
          F);

  /** Words before the right that ask for it: "exercise its", "requests the", "au titre du". */
  private static final Pattern ASKS_FOR_REPLY =
      Pattern.compile(
          "(?:\\bexerc\\p{L}*|\\bejerc\\p{L}*|\\bexercício|\\brequest\\p{L}*|\\bask(?:s|ing)? for"
              + "|\\bdemand\\p{L}*|\\bsollicit\\p{L}*|\\bsolicit\\p{L}*|\\bpid\\p{L}*|\\bpedi\\p{L}*"
              + "|\\binvo[kq]u?\\p{L}*|\\buse|\\butilis\\p{L}*|\\busar|\\bhacer uso|\\bfazer uso"
              + "|\\bavail\\p{L}* (?:itself|themselves|ourselves) of|\\btake the floor"
              + "|\\bprendre la parole|\\btomar (?:la|a) pala\\p{L}*|\\bau titre"
              + "|\\ben vertu|\\bunder|\\bin exercise)"
              + "(?:\\s+\\p{L}+){0,3}\\s*$",
          F);

  /** A right kept for later ("reserves its right of reply", « se réserve le droit »). */
  private static final Pattern RESERVED = Pattern.compile("\\br[ée]serv\\p{L}*", F);

  /** Someone else's reply: "exercised by", « exercé par », « ejercido por ». */
  private static final Pattern OTHERS =
      Pattern.compile(
          "^\\s*(?:exercised|made|exerc[ée]e?|ejercid[oa]|exercid[oa])\\s+(?:by|par|por|pel[oa])\\b",
          F);

  /**
   * A reply in other words: "to respond to the remarks made about Kenya", « pour répondre aux
   * propos tenus », « para responder a las alusiones ».
   */
  private static final Pattern RESPONDS =
      Pattern.compile(
          "\\b(?:reply|respond|répondre|réagir|responder|contestar)\\s+(?:to|à|aux|au|a|al|ao|às|aos)"
              + "\\s+(?:(?:the|les|la|le|l['’]|el|los|las|o|os|as|certain\\p{L}*|some|these|those)\\s*)?"
              + "(?:statement|remark|allegation|accusation|reference|comment|assertion|claim|propos"
              + "|allégation|affirmation|déclaration|declaraci|alusi|afirmaci|acusaci|referencia"
              + "|declaraç|alegaç|afirmaç|referênc|observa)",
          F);

  /** "Also", « également », « asimismo »: a second request beside the first. */
  private static final Pattern ALSO =
      Pattern.compile(
          "\\b(?:also|as well|in addition|moreover|furthermore|également|aussi|en outre|de plus"
              + "|además|asimismo|también|igualmente|também|além disso)\\b",
          F);

  /**
   * Whether, and how, the sender's own words speak of the right of reply. A reply asked together
   * with a statement ("a national statement, and to exercise its right of reply") is unclear.
   */
  static Reply reply(String ownSubject, List<String> sentences) {
    List<Reply> found = List.empty();
    List<String> all = sentences.prepend(ownSubject);
    for (int i = 0; i < all.size(); i++) {
      String sentence = all.get(i);
      Matcher m = REPLY.matcher(sentence);
      while (m.find()) {
        String before = sentence.substring(0, m.start());
        String after = sentence.substring(m.end());
        boolean several = m.group(1) != null || m.group(2) != null || m.group(3) != null;
        several = several || m.group(4) != null || m.group(5) != null;
        if (several || RESERVED.matcher(before).find() || OTHERS.matcher(after).find()) {
          found = found.append(Reply.MENTIONED);
        } else if (i == 0 || ASKS_FOR_REPLY.matcher(before).find()) {
          found = found.append(Reply.ASKED);
        } else {
          found = found.append(Reply.UNCLEAR);
        }
      }
    }
    if (found.contains(Reply.ASKED)) {
      // a reply and a statement asked together are two requests: a person registers each
      boolean statementToo =
          all.exists(sentence -> NATIONAL.matcher(sentence).find())
              || (all.exists(sentence -> !REPLY.matcher(sentence).find() && Intent.asks(sentence))
                  && all.exists(sentence -> ALSO.matcher(sentence).find()));
      return statementToo ? Reply.UNCLEAR : Reply.ASKED;
    }
    if (all.exists(sentence -> RESPONDS.matcher(sentence).find())) {
      return Reply.UNCLEAR;
    }
    if (found.contains(Reply.UNCLEAR)) {
      return Reply.UNCLEAR;
    }
    return found.isEmpty() ? Reply.NONE : Reply.MENTIONED;
  }

  private static final Pattern POINT_OF_ORDER =
      Pattern.compile(
          "\\b(?:points? of order|motions? d['’]ordre|points? d['’]ordre|cuesti[oó]n(?:es)? de orden"
              + "|moci[oó]n(?:es)? de orden|puntos? de orden|quest(?:ão|ões) de ordem"
              + "|pontos? de ordem)\\b",
          F);

  /**
   * Whether the sender's own words speak of a point of order: it is raised in the room, never
   * inscribed from a mail.
   */
  static boolean pointOfOrder(String ownSubject, String own) {
    return POINT_OF_ORDER.matcher(ownSubject).find() || POINT_OF_ORDER.matcher(own).find();
  }

  /**
   * Whether a mail speaks for a group: {@code spokenFor} the group it asks to speak for, if any;
   * {@code unclear} when it names a group without saying that it speaks for it, or asks to speak
   * both for a group and in its own name (a person decides).
   */
  record Group(Option<String> spokenFor, boolean unclear) {}

  /** "On behalf of", « au nom de », « en nombre de », « em nome de », and the name that follows. */
  private static final Pattern ON_BEHALF =
      Pattern.compile(
          "(?:on behalf of|au nom (?:de la |de l['’]|du |des |de |d['’])|en nombre (?:de la |del |de los |de las |de )"
              + "|em nome (?:da |do |dos |das |de ))\\s*(?:the\\s+)?"
              + "([\\p{L}\\p{M}][\\p{L}\\p{M}'’.\\- ]{1,120})",
          F);

  /**
   * Aligning with a statement, not making it: "aligns itself with", « s'associe à », "supports the
   * statement"; or another statement beside the one asked for ("in addition to the statement").
   */
  private static final Pattern ALIGNS =
      Pattern.compile(
          "\\b(?:align(?:s|ed|ing|ment)?|associates? (?:itself|himself|herself|themselves|ourselves)"
              + "|subscribes? to|endorses?|s['’]align\\p{L}*|s['’]associ\\p{L}*|se rallie"
              + "|souscri\\p{L}*|se suma|se adhiere|se asocia|se alinea|suscribe|hace suy[oa]"
              + "|adhiere|associa-se|alinha-se|subscreve|adere)\\b"
              + "|\\b(?:support(?:s|ed)?|appui(?:e|ent)|apoya|apoia)\\s+(?:\\p{L}+\\s+)?(?:the|la|a|le)\\s+"
              + "(?:statement|déclaration|declaración|declaração)"
              // someone else's statement, beside the one asked for
              + "|\\b(?:in addition to|besides|apart from|outre|en plus de|además de|aparte de"
              + "|além de)\\s+(?:the|la|le|l['’]|el|a|o)?\\s*"
              + "(?:statement|déclaration|declaración|declaração|intervention|intervención|intervenção)",
          F);

  /** A statement described, someone's to come: "the statement to be delivered on behalf of". */
  private static final Pattern DESCRIBED =
      Pattern.compile(
          "\\b(?:statement|déclaration|declaración|declaração|intervention|intervención|intervenção)"
              + "\\s+(?:that|which|to be|qui|que|a ser|delivered|made|given|read|prononcée|faite|lue"
              + "|pronunciada|hecha|leída|proferida|feita|lida)\\b",
          F);

  /**
   * A group's statement named without "on behalf of" ("to deliver the statement of the African
   * Group", « la déclaration du Groupe africain »), or a joint statement of several States: whether
   * the sender speaks for a group is for a person to say.
   */
  private static final Pattern GROUPS_STATEMENT =
      Pattern.compile(
          "\\b(?:(?:statement|déclaration|declaración|declaração)\\s+(?:of|by|du|de la|de l['’]|des|del"
              + "|de los|de las|de|da|do|dos|das)\\s+(?:the\\s+)?([\\p{L}\\p{M}][\\p{L}\\p{M}'’.\\- ]{1,120})"
              + "|joint statement|déclaration conjointe|declaración conjunta|declaração conjunta"
              + "|intervención conjunta|intervention conjointe|intervenção conjunta)",
          F);

  /** Words of a sentence that asks to speak or says a statement will be made. */
  private static final Pattern SPEAKS =
      Pattern.compile(
          "\\b(?:statement|speak|deliver|floor|take|declaration|déclaration|prononc\\p{L}*|parole"
              + "|interv\\p{L}*|declaración|pronunci\\p{L}*|palabra|declaração|proferi\\p{L}*"
              + "|palavra|register|inscri\\p{L}*|slot|list)\\b",
          F);

  /**
   * Whether the sender's own words ask to speak for a group: the subject, or a sentence that asks
   * or speaks of a statement, "on behalf of" a name that {@code isGroup} recognises, and no word of
   * alignment. Aligning with a group's statement is no statement for it; a group thanked for, or a
   * group and a national statement asked together, is a question for a person.
   */
  static Group group(
      String ownSubject, List<String> sentences, java.util.function.Predicate<String> isGroup) {
    List<String> speaksFor = List.empty();
    boolean unclear = false;
    boolean namedOnly = false;
    boolean national = false;
    List<String> all = sentences.prepend(ownSubject);
    for (int i = 0; i < all.size(); i++) {
      String sentence = all.get(i);
      boolean aligned = ALIGNS.matcher(sentence).find();
      national = national || (!aligned && NATIONAL.matcher(sentence).find());
      Matcher named = GROUPS_STATEMENT.matcher(sentence);
      while (!aligned && named.find()) {
        namedOnly = namedOnly || named.group(1) == null || isGroup.test(name(named.group(1)));
      }
      Matcher m = ON_BEHALF.matcher(sentence);
      while (m.find()) {
        String name = name(m.group(1));
        if (!isGroup.test(name) || aligned) {
          continue;
        }
        boolean described = DESCRIBED.matcher(sentence.substring(0, m.start())).find();
        // the subject is the request's title: it speaks as the request does
        if (!described && (i == 0 || SPEAKS.matcher(sentence).find())) {
          speaksFor = speaksFor.append(name);
        } else {
          unclear = true;
        }
      }
    }
    List<String> groups = speaksFor.distinctBy(g -> g.toLowerCase(Locale.ROOT));
    if (groups.isEmpty() && national) {
      // "En nombre del GRULAC, agradecemos…; el Perú desea intervenir a título nacional"
      return new Group(Option.none(), false);
    }
    if (unclear
        || groups.size() > 1
        || (!groups.isEmpty() && national)
        || (groups.isEmpty() && namedOnly)) {
      // a group's statement named beside "on behalf of" the group is that statement
      return new Group(Option.none(), true);
    }
    return new Group(groups.headOption(), false);
  }

  /** Where a group's name ends: a clause, a bracket, or a verb or place that follows it. */
  private static final Pattern NAME_END =
      Pattern.compile(
          "[,;:.()\\n]|\\s(?:and|et|y|e)\\s(?!its\\b|ses\\b|sus\\b|seus\\b|their\\b|leurs\\b|the\\b"
              + "|la\\b|le\\b|les\\b|el\\b|los\\b|o\\b|os\\b|a\\b|as\\b)(?=(?-i:\\p{Ll}))"
              + "|\\s[-–—|]\\s|\\s(?:in|at|during|for|to|lors|durant|pendant|dans|pour|en|durante|para|no|na"
              + "|nos|nas|au|à|a|al|ao|who|which|qui|que)\\s",
          F);

  /** A group's name as the sentence gives it, up to where it ends; at most twelve words. */
  static String name(String text) {
    Matcher end = NAME_END.matcher(text);
    String upTo = end.find() ? text.substring(0, end.start()) : text;
    return List.of(upTo.strip().split("\\s+")).take(12).mkString(" ");
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)|\\n");

  /**
   * The sentences of a text: its paragraphs' lines joined, cut where a sentence ends (not after a
   * title or an initial: "H.E.", "Sr.", "M.") and at each line's end.
   */
  static List<String> sentences(String text) {
    String t = Speakers.paragraphs(text);
    List<String> out = List.empty();
    int from = 0;
    Matcher end = SENTENCE_END.matcher(t);
    while (end.find()) {
      if (t.charAt(end.start()) != '\n') {
        int wordStart = Math.max(t.lastIndexOf(' ', end.start()), t.lastIndexOf('\n', end.start()));
        String word = t.substring(wordStart + 1, end.start() + 1).toLowerCase(Locale.ROOT);
        if (Speakers.abbreviation(word) || word.matches("(?:\\p{L}\\.)*\\p{L}\\.")) {
          continue;
        }
      }
      out = out.append(t.substring(from, end.start() + 1).strip());
      from = end.end();
    }
    out = out.append(t.substring(from).strip());
    return out.filter(s -> !s.isEmpty());
  }
}
