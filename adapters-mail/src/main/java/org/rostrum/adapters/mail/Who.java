package org.rostrum.adapters.mail;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Roster;
import org.rostrum.core.model.RosterEntry;

/**
 * Who asks for the floor, from ordered, explainable evidence (ADR 0015): the original sender of a
 * mail forwarded by a known forwarder, the sender's mail identity in the roster, the text's own
 * subject ("The Embassy of X presents its compliments…", "X would like…", "La Embajada de X…", "A
 * Embaixada de X…"), the display name, the subject line. Never copy lines, quoted history, a group
 * spoken for ("on behalf of the African Group") or a name inside an unrelated phrase; an embassy
 * named in the signature never decides but may contradict. A participant is read only when exactly
 * one is supported and nothing contradicts it.
 */
final class Who {

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** A run of words that may be a name. */
  private static final String NAME = "([\\p{L}\\p{M}][\\p{L}\\p{M}'’.\\- ]{1,120})";

  /** Institutions followed by "of"/"de": "Embassy of X", "Ambassade de X", "Embaixada do X". */
  private static final List<Pattern> OF_PHRASES =
      List.of(
              "(?:(?-i:Embassy|Permanent Mission|Mission|Government|Permanent Representation|High Commission"
                  + "|Representation|Ministry of Foreign Affairs|Foreign Ministry|Consulate(?: General)?"
                  + "|Delegation)|delegation"
                  + ")\\s+of\\s+(?:the\\s+)?"
                  + NAME,
              "(?:(?-i:Ambassade|Mission permanente|Mission Permanente|Délégation|Gouvernement|Représentation permanente"
                  + "|Représentation Permanente|Haut-Commissariat|Ministère des Affaires étrangères)|délégation"
                  + ")\\s+(?:de la |de l['’]|du |des |de |d['’])\\s*"
                  + NAME,
              "(?:(?-i:Embajada|Misión Permanente|Misión permanente|Delegación|Gobierno|Representación Permanente"
                  + "|Ministerio de Relaciones Exteriores|Cancillería)|delegación"
                  + ")\\s+(?:de la |del |de los |de las |de )\\s*"
                  + NAME,
              "(?:(?-i:Embaixada|Missão Permanente|Missão permanente|Delegação|Governo|Representação Permanente"
                  + "|Ministério das Relações Exteriores|Ministério dos Negócios Estrangeiros)|delegação"
                  + ")\\s+(?:da |do |dos |das |de )\\s*"
                  + NAME,
              "(?-i:Embassy|Embajada|Embaixada|Ambassade)\\s+(?-i:(\\p{Lu}[\\p{L}\\-]+))",
              "(?:inscription|inscripción|inscrição|registration|request)\\s+(?:de la |de l['’]|du |des |de |d['’]"
                  + "|del |de los |da |do |dos |das |of (?:the )?)\\s*"
                  + NAME,
              "(?:register|inscribe|include|add|put|inscrire|inscribir a|inscribir|inscrever|incluir a|incluir)"
                  + "\\s+(?:the\\s+|la\\s+|le\\s+|l['’]|el\\s+|o\\s+|a\\s+)?"
                  + NAME)
          .map(p -> Pattern.compile(p, F));

  /** Verbs whose subject is the participant: "X would like", "X souhaite", "X desea". */
  private static final Pattern VERBS =
      Pattern.compile(
          "\\s(?:would like|wishes|wish to|kindly requests|respectfully requests|hereby requests|requests"
              + "|presents its compliments|present their compliments|has the honou?r|is pleased|would be grateful"
              + "|intends|will be represented|will take the floor|will deliver|would appreciate|be inscribed"
              + "|will speak|intervendrá|intervirá|hablará"
              + "|be registered|be included|be added|be placed"
              + "|souhaite|souhaiterait|présente ses compliments|a l['’]honneur|sollicite|demande|aimerait"
              + "|voudrait|désire|sera représentée?|prendra la parole|soit inscrite?|interviendra"
              + "|desea|quisiera|solicita|saluda|tiene el honor|agradecería|será representad[oa]|hará uso"
              + "|sea inscrit[oa]"
              + "|deseja|gostaria|cumprimenta|tem a honra|apresenta|agradeceria|fará uso|seja inscrit[oa])\\b",
          F);

  /** "On behalf of the African Group": the group spoken for, noted, never the participant. */
  private static final Pattern GROUP =
      Pattern.compile(
          "(?:on behalf of|au nom (?:de la |de l['’]|du |des |de |d['’])|en nombre (?:de la |del |de los |de las |de )"
              + "|em nome (?:da |do |dos |das |de ))\\s*(?:the\\s+)?"
              + NAME,
          F);

  /** A sentence that opens on whom it speaks for. */
  private static final Pattern SPOKEN_FOR =
      Pattern.compile("\\s*(?:on behalf of|au nom d|en nombre d|em nome d)", F);

  /** A clause naming a group spoken for, with its list of members: "on behalf of X (A, B, C),". */
  private static final Pattern GROUP_CLAUSE =
      Pattern.compile(
          "(?:on behalf of|au nom d[eu']s?|au nom de la|en nombre de[l]?|em nome d[aoe]s?)"
              + "[^,(]*(?:\\([^)]*\\))?[^,]*,?",
          F);

  /** Words after which a name says where, not who: "Embassy of X in the Netherlands". */
  private static final Set<String> PLACE_WORDS =
      HashSet.of(
          "in",
          "to",
          "at",
          "near",
          "accredited",
          "à",
          "a",
          "au",
          "aux",
          "dans",
          "auprès",
          "près",
          "en",
          "em",
          "nos",
          "nas",
          "no",
          "na",
          "ante",
          "junto",
          "for",
          "pour",
          "para",
          "et",
          "and",
          "y",
          "e",
          "with",
          "avec",
          "con",
          "com",
          "which",
          "who",
          "que",
          "qui",
          "in",
          "on",
          "sur",
          "the",
          "segment",
          "segmento");

  /** Words after which a run of words says where, never who. */
  private static final Set<String> LOCATIONS =
      HashSet.of(
          "in",
          "at",
          "à",
          "au",
          "aux",
          "en",
          "em",
          "no",
          "na",
          "nos",
          "nas",
          "auprès",
          "près",
          "near",
          "accredited",
          "accréditée",
          "accrédité",
          "ante",
          "dans",
          "junto");

  private static final Set<String> ARTICLES =
      HashSet.of("the", "la", "le", "les", "el", "los", "las", "o", "a", "os", "as", "l'", "l’");

  private static final Set<String> QUALIFIERS =
      HashSet.of("of", "de", "du", "des", "d", "del", "da", "do");

  private final Plenary plenary;
  private final Roster roster;

  Who(Plenary plenary) {
    this.plenary = plenary;
    this.roster = plenary.roster();
  }

  /**
   * What was found: the evidence, and the participant it supports or why none; {@code texts} are
   * the words that make the request (a relayed mail's, or the sender's own), for the segment and
   * the speaker.
   */
  record Found(
      List<Evidence> evidence,
      Option<RosterEntry> participant,
      Option<Reading.Doubt> doubt,
      List<RosterEntry> candidates,
      Option<String> unknownName,
      Option<String> group,
      List<String> texts,
      boolean subjectCounts) {}

  /** What one layer of a mail (the sender's own, or a forwarded one) says of who asks. */
  private record Layer(
      List<Evidence> evidence,
      List<RosterEntry> tenants,
      List<String> unknown,
      List<Evidence> signature,
      List<Evidence> asking) {

    List<Evidence> text() {
      return evidence.filter(e -> e.source() == Evidence.Source.TEXT);
    }
  }

  Found read(Mail mail, Letter letter) {
    boolean outerForwarder = forwarder(mail.fromAddress());
    Option<Letter.Forwarded> fwd =
        letter.forwarded().filter(f -> !f.letter().body().isBlank() || !f.address().isEmpty());
    // through the plenary's own addresses and known forwarders, to the mail they pass on
    while (fwd.isDefined()
        && forwarder(fwd.get().address())
        && fwd.get().letter().forwarded().isDefined()) {
      fwd = fwd.get().letter().forwarded();
    }
    // a sender who resends their own earlier mail, quoted below a few words, asks with it
    if (fwd.isEmpty()
        && letter.quoted().isDefined()
        && !mail.fromAddress().isEmpty()
        && letter.quoted().get().address().equalsIgnoreCase(mail.fromAddress())
        && Intent.of(letter.body()) != Intent.REQUEST) {
      fwd = letter.quoted();
    }
    boolean reply = REPLY.matcher(mail.subject()).find();
    String ownSubject = reply ? "" : mail.subject().replaceFirst(FORWARD_PREFIX, "");
    Layer outer =
        layer(
            outerForwarder ? "" : mail.fromAddress(),
            outerForwarder ? "" : mail.fromName(),
            letter.body(),
            letter.signature(),
            fwd.isDefined() ? "" : ownSubject,
            Evidence.Source.SENDER);
    List<Evidence> evidence;
    List<RosterEntry> tenants;
    List<String> unknown;
    List<Evidence> signature;
    List<String> texts;
    boolean subjectCounts = true;
    if (fwd.isEmpty()) {
      evidence = outer.evidence();
      tenants = outer.tenants();
      unknown = outer.unknown();
      signature = outer.signature();
      texts = List.of(letter.body());
    } else {
      Letter.Forwarded f = fwd.get();
      boolean originalForwarder = forwarder(f.address());
      Layer original =
          layer(
              originalForwarder ? "" : f.address(),
              originalForwarder ? "" : f.name(),
              f.letter().body(),
              f.letter().signature(),
              f.letter().subject().isEmpty() ? ownSubject : f.letter().subject(),
              Evidence.Source.FORWARDED_SENDER);
      Set<String> relayed = original.evidence().map(e -> e.entry().key().value()).toSet();
      boolean outerAsksForItself =
          !outerForwarder && outer.asking().exists(e -> !relayed.contains(e.entry().key().value()));
      if (outerAsksForItself) {
        // "Saint Lucia would likewise like to be registered": the sender asks, for itself
        evidence = outer.evidence();
        tenants = outer.tenants();
        unknown = outer.unknown();
        signature = outer.signature();
        texts = List.of(letter.body());
        subjectCounts = false;
      } else {
        // a relay: the forwarded mail asks; the forwarder's words count where they name it
        evidence =
            original
                .evidence()
                .appendAll(outer.text().filter(e -> relayed.contains(e.entry().key().value())));
        tenants = original.tenants();
        unknown = original.unknown();
        signature = original.signature();
        texts = List.of(letter.body(), f.letter().body());
      }
    }
    Option<String> group = group(texts);
    List<RosterEntry> supported = evidence.map(Evidence::entry).distinctBy(RosterEntry::key);
    List<Evidence> all = evidence.appendAll(signature);
    Option<RosterEntry> participant = Option.none();
    Option<Reading.Doubt> doubt;
    List<RosterEntry> candidates;
    Option<String> unknownName = Option.none();
    if (supported.size() > 1) {
      doubt = Option.some(Reading.Doubt.CONFLICTING_PARTICIPANT);
      candidates = supported;
    } else if (supported.isEmpty()) {
      candidates = unknown.isEmpty() ? tenants : List.empty();
      unknownName = unknown.headOption();
      doubt =
          Option.some(
              !unknown.isEmpty()
                  ? Reading.Doubt.UNKNOWN_PARTICIPANT
                  : !tenants.isEmpty()
                      ? Reading.Doubt.SHARED_ADDRESS
                      : Reading.Doubt.NO_PARTICIPANT);
    } else {
      RosterEntry one = supported.head();
      List<RosterEntry> against =
          signature
              .map(Evidence::entry)
              .filter(e -> !e.key().equals(one.key()))
              .distinctBy(RosterEntry::key);
      boolean outsideShared = !tenants.isEmpty() && !tenants.exists(t -> t.key().equals(one.key()));
      candidates = List.of(one).appendAll(against);
      if (!against.isEmpty() || outsideShared) {
        doubt = Option.some(Reading.Doubt.CONFLICTING_PARTICIPANT);
      } else {
        doubt = Option.none();
        participant = Option.some(one);
      }
    }
    return new Found(all, participant, doubt, candidates, unknownName, group, texts, subjectCounts);
  }

  /**
   * The subject of a verb, in the words before it: the first name not governed by a preposition
   * ("Following our call with France, Kenya would like" → Kenya; "Hungary, holding the Presidency
   * of the Council of the European Union, would like" → Hungary).
   */
  private Option<RosterEntry> subjectIn(String before) {
    int last = before.lastIndexOf(',');
    int first = before.indexOf(',');
    if (first >= 0) {
      // "A Embaixada de Angola junto do Reino da Bélgica, do Reino dos Países Baixos…": a name
      // that opens the sentence is its subject
      Option<RosterEntry> opening = namesIn(before.substring(0, first), true, true).headOption();
      if (opening.isDefined()) {
        return opening;
      }
    }
    if (last >= 0) {
      // "Suite à votre message, la République du Tchad souhaite": the clause before the verb;
      // "Hungary, holding the Presidency…, would like": else the first clause
      return subjectInClause(before.substring(last + 1))
          .orElse(() -> subjectInClause(before.substring(0, first)));
    }
    return subjectInClause(before);
  }

  private Option<RosterEntry> subjectInClause(String before) {
    List<String> words = words(before);
    return hits(words, true, false)
        .find(
            h ->
                h.start() == 0
                    || !GOVERNING.contains(
                        words
                            .get(h.start() - 1)
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}]", "")))
        .map(Hit::entry);
  }

  /** Prepositions after which a name is not the sentence's subject. */
  private static final Set<String> GOVERNING =
      HashSet.of(
          "with",
          "from",
          "after",
          "between",
          "alongside",
          "like",
          "than",
          "by",
          "for",
          "about",
          "avec",
          "après",
          "entre",
          "comme",
          "par",
          "con",
          "después",
          "como",
          "por",
          "com",
          "após",
          "pelo",
          "pela",
          "sobre");

  /** The evidence one layer gives: its sender's address and name, its text, its subject. */
  private Layer layer(
      String address,
      String displayName,
      String body,
      String signatureText,
      String subject,
      Evidence.Source senderSource) {
    List<Evidence> evidence = List.empty();
    List<RosterEntry> tenants = List.empty();
    if (!address.isEmpty()) {
      Roster.SenderIdentity id = definedDomain(address).getOrElse(() -> roster.sender(address));
      evidence =
          evidence.appendAll(id.identified().map(e -> new Evidence(senderSource, address, e)));
      tenants = id.identified().isEmpty() ? id.sharedBy() : List.empty();
    }
    List<String> unknown = List.empty();
    List<Evidence> asking = List.empty();
    String t = Speakers.paragraphs(body);
    for (int i = 0; i < OF_PHRASES.size(); i++) {
      Matcher m = OF_PHRASES.get(i).matcher(t);
      while (m.find()) {
        if (insideGroup(t, m.start()) || insideCopy(t, m.start()) || addressed(t, m.start())) {
          continue;
        }
        List<RosterEntry> names = namesIn(m.group(1), true, true);
        if (names.isEmpty()) {
          if (i < 4) {
            unknown = unknown.append(firstWords(m.group(1)));
          }
        } else {
          evidence =
              evidence.append(
                  new Evidence(Evidence.Source.TEXT, excerpt(t, m.start(), m.end()), names.head()));
        }
      }
    }
    Matcher g = GROUP.matcher(t);
    while (g.find()) {
      // "On behalf of the Justice Now Network": a name Rostrum does not know, unless a group
      String named = firstWords(g.group(1));
      if (namesIn(g.group(1), true, true).isEmpty() && !isGroup(named)) {
        unknown = unknown.append(named);
      }
    }
    Matcher v = VERBS.matcher(t);
    while (v.find()) {
      int from =
          Math.max(
              Math.max(t.lastIndexOf('.', v.start() - 1), t.lastIndexOf('\n', v.start() - 1)),
              Math.max(t.lastIndexOf(':', v.start() - 1), t.lastIndexOf(';', v.start() - 1)));
      String before = t.substring(from + 1, v.start());
      if (SPOKEN_FOR.matcher(before).lookingAt() && before.lastIndexOf(',') >= 0) {
        // "On behalf of Belgium, Luxembourg and the Netherlands, the Netherlands would like"
        before = before.substring(before.lastIndexOf(',') + 1);
      }
      before = GROUP_CLAUSE.matcher(before).replaceAll(" ");
      Option<RosterEntry> verbSubject = subjectIn(before);
      if (verbSubject.isDefined()) {
        Evidence e =
            new Evidence(Evidence.Source.TEXT, excerpt(t, from + 1, v.end()), verbSubject.get());
        evidence = evidence.append(e);
        asking = asking.append(e);
      }
    }
    List<RosterEntry> display = namesIn(displayName, true).distinctBy(RosterEntry::key);
    if (display.size() == 1) {
      evidence =
          evidence.append(new Evidence(Evidence.Source.DISPLAY_NAME, displayName, display.head()));
    }
    if (!subject.isBlank()) {
      String own = GROUP_CLAUSE.matcher(subject).replaceAll(" ");
      for (RosterEntry e : namesIn(own, false).distinctBy(RosterEntry::key)) {
        evidence = evidence.append(new Evidence(Evidence.Source.SUBJECT_LINE, subject, e));
      }
    }
    List<Evidence> signature = List.empty();
    for (Pattern p : OF_PHRASES.take(5)) {
      Matcher m = p.matcher(signatureText);
      while (m.find()) {
        for (RosterEntry e : namesIn(m.group(1), true).headOption()) {
          signature =
              signature.append(
                  new Evidence(
                      Evidence.Source.SIGNATURE, excerpt(signatureText, m.start(), m.end()), e));
        }
      }
    }
    return new Layer(evidence, tenants, unknown, signature, asking);
  }

  private static final String FORWARD_PREFIX = "(?i)^\\s*(?:(?:fwd?|tr|rv|wg|enc|fw)\\s*:\\s*)+";

  private static final Pattern REPLY =
      Pattern.compile("^\\s*(?:re|aw|r|réf|ref|resp|res|sv|antw)\\s*:", Pattern.CASE_INSENSITIVE);

  /** "…presents its compliments to the Embassy of Senegal": an addressee, not who asks. */
  private static boolean addressed(String text, int at) {
    String before = text.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
    return before.matches(
        "(?s).*(?:\\bto\\s+(?:the\\s+)?|(?<!\\p{L})à\\s+(?:la\\s+|l['’])?|\\bal\\s+|\\ba\\s+la\\s+|\\bao\\s+"
            + "|\\baux?\\s+|\\bpara\\s+(?:a|o|la|el)\\s+)$");
  }

  /**
   * A name in a copy line or in the mention of the copy the concept note asks for ("with a copy to
   * the legal service of the Embassy of France", "com cópia para o serviço jurídico da Embaixada de
   * França").
   */
  private static boolean insideCopy(String text, int at) {
    int sentence =
        Math.max(text.lastIndexOf('.', at - 1), Math.max(text.lastIndexOf('\n', at - 1), 0));
    String clause = text.substring(Math.max(sentence, at - 80), at).toLowerCase(Locale.ROOT);
    if (clause.matches(
        "(?s).*\\b(?:cc|c\\.c\\.|copy|copie|copia|cópia|copied|legal service|service juridique"
            + "|servicio jurídico|serviço jurídico|juridique|sent (?:it )?(?:only )?to|envoyée? (?:uniquement )?à"
            + "|enviad[oa] (?:solo |apenas |só )?(?:a|para)|instead of)\\b.*")) {
      return true;
    }
    String before = text.substring(Math.max(0, at - 30), at).toLowerCase(Locale.ROOT);
    return before.matches(
        "(?s).*\\b(?:cc|c\\.c\\.|copy(?: to)?|copie(?: à)?|copia(?: a)?|cópia(?: para)?|con copia a|com cópia"
            + " para|avec copie à|with (?:a )?copy to)\\s*:?\\s*(?:the\\s+|la\\s+|l['’]|el\\s+|a\\s+|o\\s+)?$");
  }

  /**
   * A sender domain the plenary's definition maps to a participant ({@code mail.senderDomains}),
   * beyond the roster's own identities; a name the roster cannot tell identifies nobody.
   */
  private Option<Roster.SenderIdentity> definedDomain(String address) {
    String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    return plenary
        .mail()
        .senderDomains()
        .find(e -> domain.equals(e._1) || domain.endsWith("." + e._1))
        .map(e -> roster.lookup(e._2))
        .filter(found -> found.size() == 1)
        .map(found -> new Roster.SenderIdentity(found.headOption(), List.empty()));
  }

  /** Whether {@code address} is one of the plenary's own or a known forwarder's. */
  boolean forwarder(String address) {
    String a = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    if (a.isEmpty()) {
      return false;
    }
    return plenary.mail().addresses().exists(x -> x.equalsIgnoreCase(a))
        || plenary.mail().forwarders().exists(x -> x.startsWith("@") ? a.endsWith(x) : x.equals(a));
  }

  private static boolean insideGroup(String text, int at) {
    String before = text.substring(Math.max(0, at - 30), at).toLowerCase(Locale.ROOT);
    return before.matches(
        "(?s).*(?:on behalf of|au nom|en nombre|em nome)\\s+(?:of\\s+|de\\s+|du\\s+|des\\s+|de la\\s+|del\\s+|da\\s+|do\\s+)?(?:the\\s+|la\\s+|el\\s+|o\\s+|a\\s+)?$");
  }

  private Option<String> group(List<String> texts) {
    for (String t : texts) {
      Matcher m = GROUP.matcher(Speakers.paragraphs(t));
      while (m.find()) {
        String g = clause(m.group(1));
        if (isGroup(g)) {
          return Option.some(g);
        }
      }
    }
    return Option.none();
  }

  /** "the African Group", "GRULAC", "the Nordic countries", "the EU and its member States". */
  static boolean isGroup(String name) {
    return name.matches(
        "(?i).*\\b(?:group|groupe|grupo|grulac|countries|pays|países|states|états|estados"
            + "|union|unión|união|caricom|nordic|nordiques|nórdicos|benelux|lusophone|community"
            + "|communauté|comunidad|comunidade|member|membres|miembros|membros|members|sadc|ecowas"
            + "|cedeao|oic|league|ligue|liga)\\b.*");
  }

  /**
   * The participants named in a run of words, left to right: at each capitalised word, the longest
   * run the roster knows ("Republic of Kenya" → Kenya). A name qualified by "of" ("Registry of the
   * ICC") is one name; a place word after a name ends the run when {@code stopAtPlace}.
   */
  List<RosterEntry> namesIn(String written, boolean stopAtPlace) {
    return namesIn(written, stopAtPlace, false);
  }

  /**
   * As {@link #namesIn(String, boolean)}; {@code anchored}: the name must begin the run (after an
   * article), as after "Embassy of" — "inscrever no Segmento II … do Brasil" names no one.
   */
  List<RosterEntry> namesIn(String written, boolean stopAtPlace, boolean anchored) {
    return hits(words(written), stopAtPlace, anchored).map(Hit::entry);
  }

  /** A name found in a run of words, and the word it starts at. */
  private record Hit(RosterEntry entry, int start) {}

  private static List<String> words(String written) {
    return List.of(
            written
                .replaceAll("(?<=\\p{L})['’]s\\b", "")
                .replaceAll("[()\\[\\]\"“”«»,;:/]", " ")
                .split("\\s+"))
        .filter(w -> !w.isEmpty());
  }

  private List<Hit> hits(List<String> words, boolean stopAtPlace, boolean anchored) {
    List<Hit> found = List.empty();
    int from = 0;
    while (from < words.size() && ARTICLES.contains(words.get(from).toLowerCase(Locale.ROOT))) {
      from++;
    }
    int start = from;
    while (from < words.size()) {
      if (anchored && found.isEmpty() && from > start) {
        break;
      }
      if (LOCATIONS.contains(words.get(from).toLowerCase(Locale.ROOT))) {
        break; // what follows says where: "Embassy of X in the Netherlands"
      }
      String first = words.get(from).replaceFirst("^[lLdD]['’]", "");
      int matched = -1;
      if (!first.isEmpty() && Character.isUpperCase(first.codePointAt(0))) {
        for (int to = Math.min(words.size(), from + 10); to > from && matched < 0; to--) {
          String run = words.subSequence(from, to).mkString(" ").replaceAll("[.]+$", "");
          if (to - from == 1 && run.length() <= 3 && !run.equals(run.toUpperCase(Locale.ROOT))) {
            continue; // a short word names someone only in capitals: "UN", never "un"
          }
          List<RosterEntry> known = roster.lookup(run);
          if (known.size() == 1) {
            found = found.append(new Hit(known.head(), from));
            matched = to;
          }
        }
      }
      if (matched < 0) {
        if (stopAtPlace
            && !found.isEmpty()
            && PLACE_WORDS.contains(words.get(from).toLowerCase(Locale.ROOT))) {
          break;
        }
        from++;
      } else if (matched < words.size()
          && QUALIFIERS.contains(words.get(matched).toLowerCase(Locale.ROOT))
          && stopAtPlace) {
        break;
      } else {
        from = matched;
        if (stopAtPlace
            && from < words.size()
            && PLACE_WORDS.contains(words.get(from).toLowerCase(Locale.ROOT))) {
          break;
        }
      }
    }
    return found;
  }

  /** A group's name: up to the clause's end, at most twelve words. */
  private static String clause(String text) {
    String upTo = text.split("[,;:.()\\n]", 2)[0];
    return List.of(upTo.strip().split("\\s+")).take(12).mkString(" ");
  }

  private static String firstWords(String text) {
    List<String> words = List.of(text.strip().split("\\s+")).take(6);
    return words.mkString(" ").replaceAll("[.,;]+$", "");
  }

  private static String excerpt(String text, int start, int end) {
    String s = text.substring(start, Math.min(text.length(), Math.max(end, start + 20)));
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > 90 ? s.substring(0, 89) + "…" : s;
  }
}
