package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rostrum.core.model.RepresentationLevel;

/**
 * The level of representation a request states for its speaker, in English, French, Spanish or
 * Portuguese — read only in the words that say who speaks ("will be delivered by H.E. Mr. X,
 * Minister of Foreign Affairs", « Orateur : », « Intervendrá el Viceministro… », "The Prime
 * Minister, …, will deliver the statement"), never in a signature or another mention. An office
 * governed by a preposition is someone else's ("Adviser to the Minister", « del Ministro »); a
 * diplomatic rank is no office ("Minister-Counsellor", « Ministra Consejera »: no office reads so);
 * an office that the definition's levels do not name with certainty (a Minister of State, a «
 * ministre délégué », a Vice-President, a Deputy Prime Minister as such) is none; alternatives
 * ("the Minister or, failing him, the Ambassador") or two levels are no certainty. None is read as
 * other by the core: a level is never guessed higher than stated.
 */
final class Levels {

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private Levels() {}

  /** A speaking verb after the one who speaks: "…, Prime Minister of X, will deliver". */
  private static final Pattern SPEAKS_AFTER =
      Pattern.compile(
          "\\s(?:will (?:deliver|take the floor|speak|make|address|read)|shall (?:deliver|speak)"
              + "|prendra la parole|interviendra|prononcera|s['’]exprimera|intervendrá|hará uso de la palabra"
              + "|tomará la palabra|pronunciará|intervirá|fará uso da palavra|proferirá|tomará a palavra)\\b",
          F);

  /** Alternatives or conditions: the speaker is not certain. */
  private static final Pattern UNCERTAIN =
      Pattern.compile(
          "\\b(?:or|ou|o bien|failing|à défaut|en cas d['’]empêchement|if unavailable|if (?:he|she) is"
              + " unable|en su defecto|de no poder|na impossibilidade|em caso de impedimento"
              + "|to be confirmed|tbc|à confirmer|por confirmar|a confirmar|possibly|probably"
              + "|probablement|probablemente|possivelmente|may|might|pourrait|podría|poderá"
              + "|subject to|sous réserve)\\b|(?<=[\\s,])o\\s+(?:el|la|los|las|un|una|por|bien)\\b",
          F);

  /** Someone else who comes along: what follows is not the speaker's. */
  private static final Pattern ACCOMPANIED =
      Pattern.compile("\\b(?:accompanied|accompagnée?|acompañad[oa]|acompanhad[oa])\\b", F);

  /** An office governed by a preposition is someone else's: "Adviser to the Minister". */
  private static final Pattern GOVERNED =
      Pattern.compile(
          "(?:\\b(?:of|to|for|from|with|du|des|de|d['’]|auprès|au|aux|à|del|al|do|da|dos|das|ao|à"
              + "|pour|para|con|com|avec)\\s+(?:the\\s+|la\\s+|le\\s+|l['’]|el\\s+|o\\s+|a\\s+)?"
              + "(?:señor\\s+|senhor\\s+|monsieur\\s+|madame\\s+|señora\\s+|senhora\\s+)?"
              + "|\\b(?:deputy|vice|vice-|assistant|adjoint\\p{L}*|former|ancien\\p{L}*|ex-|acting"
              + "|interim|envoy|adviser|advisor|special|alternate|suppléant\\p{L}*|suplente)\\s*-?\\s*)$",
          F);

  /** The offices of each level, most specific first. */
  private record Office(RepresentationLevel level, Pattern pattern) {}

  private static final List<Office> OFFICES =
      List.of(
          new Office(
              RepresentationLevel.VICE_MINISTER,
              Pattern.compile(
                  "\\b(?:vice[- ]?minist(?:er|re|ro|ra)|viceminist(?:ro|ra)|deputy (?:foreign )?minister"
                      + "|vice[- ]?canciller|vicecanciller)\\b",
                  F)),
          new Office(
              RepresentationLevel.HEAD_OF_STATE_OR_GOVERNMENT,
              Pattern.compile(
                  "\\b(?:head of (?:state|government)|chef (?:de l['’]|d['’])[ée]tat"
                      + "|chef (?:du|de) gouvernement|jef[ea] de(?:l)? (?:estado|gobierno)"
                      + "|chefe de (?:estado|governo)|prime minister|premi(?:er|ère) ministre"
                      + "|primer[a]? ministr[oa]|primeir[oa][- ]ministr[oa]"
                      + "|president of the republic|présidente? de la république"
                      + "|president[ae] de la república|presidente da república)\\b",
                  F)),
          new Office(
              RepresentationLevel.MINISTER,
              Pattern.compile(
                  "\\b(?:(?:foreign|justice) minister|minister (?:of|for) (?!state\\b)\\p{L}+"
                      + "|ministre (?:de la|de l['’]|des|du|de)\\s*(?!état\\b)\\p{L}+"
                      + "|ministr[oa] (?:de|del|da|do|das|dos)\\s+(?!estado\\b)\\p{L}+"
                      + "|garde des sceaux)\\b",
                  F)),
          new Office(
              RepresentationLevel.HEAD_OF_DELEGATION,
              Pattern.compile(
                  "\\b(?:head of (?:the )?delegation|chef(?:fe)? de (?:la )?délégation"
                      + "|jef[ea] de (?:la )?delegación|chefe da delegação)\\b"
                      + "(?!\\s*(?:adjoint|adjunt|suppléant|suplente|alterno|alternate|substitut))",
                  F)));

  /** The level the request states for its speaker, when it states one with certainty. */
  static Option<RepresentationLevel> of(String own) {
    Set<RepresentationLevel> levels = TreeSet.empty();
    for (String clause : speakerClauses(own)) {
      if (UNCERTAIN.matcher(clause).find()) {
        return Option.none();
      }
      levels = levels.addAll(levelsIn(clause));
    }
    return levels.size() == 1 ? Option.some(levels.head()) : Option.none();
  }

  /** The words that say who speaks: after "delivered by", "Speaker:"…, or before "will speak". */
  private static List<String> speakerClauses(String own) {
    List<String> clauses = List.empty();
    for (String sentence : Kinds.sentences(own)) {
      Matcher trigger = Speakers.trigger(sentence);
      if (trigger.find()) {
        clauses = clauses.append(sentence.substring(trigger.end()));
        continue;
      }
      Matcher after = SPEAKS_AFTER.matcher(sentence);
      if (after.find()) {
        clauses = clauses.append(sentence.substring(0, after.start()));
      }
    }
    return clauses.map(
        c -> {
          Matcher with = ACCOMPANIED.matcher(c);
          return with.find() ? c.substring(0, with.start()) : c;
        });
  }

  private static Set<RepresentationLevel> levelsIn(String clause) {
    Set<RepresentationLevel> found = TreeSet.empty();
    String rest = clause;
    for (Office office : OFFICES) {
      Matcher m = office.pattern().matcher(rest);
      StringBuilder kept = new StringBuilder();
      int from = 0;
      while (m.find()) {
        boolean governed = GOVERNED.matcher(rest.substring(0, m.start())).find();
        // "the Prime Minister's Special Envoy": someone else's office
        boolean possessive = rest.startsWith("'s", m.end()) || rest.startsWith("’s", m.end());
        if (!governed && !possessive) {
          found = found.add(office.level());
        }
        // an office read once is not read again inside a lower one ("Vice-Minister" → "Minister")
        kept.append(rest, from, m.start()).append(" ".repeat(m.end() - m.start()));
        from = m.end();
      }
      kept.append(rest.substring(from));
      rest = kept.toString();
    }
    return found;
  }
}
