package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.regex.Pattern;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RosterEntry;

/**
 * Reads a registration mail in English, French, Spanish or Portuguese: whether a person wrote it,
 * what it asks, who asks (from evidence, {@link Who}), which segment, who will speak, and in which
 * language to answer. It never guesses: a mail that is automatic, asks anything but the floor,
 * names no segment or both, or whose participant is not supported by exactly one roster entry
 * without contradiction, is {@link Reading.Unclear}.
 */
public final class RequestReader {

  private static final Pattern ATTACHED =
      Pattern.compile(
          "(?:attached|attachment|ci-joint|en pièce jointe|pièce jointe|adjunt[oa]|anexo|em anexo|anexa)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "I wish to take the floor": the sender speaks, and signs with their title. */
  private static final Pattern FIRST_PERSON =
      Pattern.compile(
          "(?:\\bI (?:wish|would like|will|intend|am pleased)|\\bje (?:souhaite|voudrais|prendrai|serai)"
              + "|\\bj['’]ai l['’]honneur|\\bdeseo|\\bquisiera|\\bintervendré|\\bdesejo|\\bgostaria de intervir"
              + "|\\bintervirei|\\bfarei uso)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Plenary plenary;
  private final Segments segments;
  private final Who who;

  public RequestReader(Plenary plenary) {
    this.plenary = plenary;
    this.segments = new Segments(plenary);
    this.who = new Who(plenary);
  }

  public Reading read(Mail mail) {
    Letter letter = Letter.of(mail);
    Who.Found found = who.read(mail, letter);
    String own = found.texts().mkString("\n\n").strip();
    String subject = ownSubject(mail);
    Languages.Read written = Languages.of(own.isBlank() ? mail.text() : own);
    Language language = Languages.replyIn(written);
    Option<String> speaker =
        Speakers.in(own)
            .orElse(
                () ->
                    FIRST_PERSON.matcher(own).find()
                        ? Speakers.titledIn(letter.signature())
                        : Option.none());
    Option<Automatic> automatic = Automatic.of(mail);
    if (automatic.isDefined()) {
      Reading.Doubt doubt =
          switch (automatic.get()) {
            case BOUNCE -> Reading.Doubt.BOUNCE;
            case AUTO_REPLY -> Reading.Doubt.AUTO_REPLY;
            case LIST -> Reading.Doubt.LIST_MAIL;
          };
      return new Reading.Unclear(
          List.of(doubt),
          Option.none(),
          Option.none(),
          Option.none(),
          language,
          List.empty(),
          List.empty(),
          false);
    }
    if (!mail.problems().isEmpty()) { // broken or cut short: never guessed at
      return new Reading.Unclear(
          List.of(Reading.Doubt.UNREADABLE), Option.none(), Option.none(), speaker, language);
    }
    List<String> evidence =
        found.evidence().distinctBy(e -> e.source() + " " + e.entry().key()).map(Evidence::encode);
    List<String> candidates = found.candidates().map(e -> e.key().value());
    Option<String> seen =
        found
            .participant()
            .map(e -> e.names().en())
            .orElse(() -> found.candidates().headOption().map(e -> e.names().en()))
            .orElse(found.unknownName());
    String text = (found.subjectCounts() ? subject : "") + "\n" + own;
    Set<String> named = segments.named(text);
    if (named.size() > 1 && !segments.both(text)) {
      // "Ireland aligns with the EU's statement in Segment I; it would like to take the floor in
      // Segment II": the segment of the sentences that ask
      // the subject is the request's title: it counts as a sentence that asks
      Set<String> asked =
          io.vavr.collection.TreeSet.ofAll(
              List.of(own.split("(?<=[.!?])\\s+|\\n", -1))
                  .filter(Intent::asks)
                  .prepend(found.subjectCounts() ? subject : "")
                  .flatMap(segments::named));
      if (asked.size() == 1) {
        named = asked;
      }
    }
    if (named.isEmpty()) {
      named = segments.byTitle(text);
    }
    if (named.isEmpty()) {
      named = segments.byTheme(own);
    }
    Option<String> segmentSeen = named.size() == 1 ? Option.some(named.head()) : Option.none();
    List<Reading.Doubt> doubts = List.empty();
    Intent intent = Intent.of(text);
    switch (intent) {
      case WITHDRAWAL -> doubts = doubts.append(Reading.Doubt.WITHDRAWAL);
      case CHANGE -> doubts = doubts.append(Reading.Doubt.CHANGE);
      case SWAP -> doubts = doubts.append(Reading.Doubt.SWAP);
      case OTHER ->
          doubts =
              doubts.append(
                  !mail.attachments().isEmpty() && ATTACHED.matcher(own).find()
                      ? Reading.Doubt.ATTACHMENT_ONLY
                      : Reading.Doubt.NOT_A_REQUEST);
      case REQUEST -> {
        // read on
      }
    }
    if (intent == Intent.REQUEST || intent == Intent.CHANGE) {
      if (named.isEmpty()) {
        doubts =
            doubts.append(
                !mail.attachments().isEmpty() && ATTACHED.matcher(own).find()
                    ? Reading.Doubt.ATTACHMENT_ONLY
                    : Reading.Doubt.NO_SEGMENT);
      } else if (named.size() > 1) {
        doubts = doubts.append(Reading.Doubt.BOTH_SEGMENTS);
      }
    }
    if (found.doubt().isDefined() && (intent == Intent.REQUEST || doubts.size() <= 1)) {
      doubts = doubts.append(found.doubt().get());
    }
    doubts = doubts.distinct();
    if (!doubts.isEmpty() || found.participant().isEmpty()) {
      return new Reading.Unclear(
          doubts.isEmpty() ? List.of(Reading.Doubt.NO_PARTICIPANT) : doubts,
          seen,
          segmentSeen,
          speaker,
          language,
          candidates,
          evidence,
          true);
    }
    RosterEntry entry = found.participant().get();
    return new Reading.Understood(
        named.head(),
        entry.participant(plenary.date()),
        speaker,
        language,
        written.name().toLowerCase(java.util.Locale.ROOT),
        evidence,
        found.group());
  }

  /** The subject, unless it is a reply's (inherited from the mail answered). */
  private static String ownSubject(Mail mail) {
    String s = mail.subject();
    if (s.matches("(?is)^\\s*(?:re|aw|r|réf|ref|resp|res|sv|antw)\\s*:.*")) {
      return "";
    }
    return s.replaceFirst("(?i)^\\s*(?:(?:fwd?|tr|rv|wg|enc|fw)\\s*:\\s*)+", "");
  }
}
