package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.regex.Pattern;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Precedence;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.RosterEntry;

/**
 * Reads a registration mail in English, French, Spanish or Portuguese: whether a person wrote it,
 * what it asks, who asks (from evidence, {@link Who}), which segment, who will speak, and in which
 * language to answer; for a plenary whose procedure takes them, the kind of intervention and the
 * group spoken for ({@link Kinds}) and the speaker's level of representation ({@link Levels}). It
 * never guesses: a mail that is automatic, asks anything but the floor, names no segment or both,
 * or whose participant is not supported by exactly one roster entry without contradiction, is
 * {@link Reading.Unclear}; so is a point of order, a reply the plenary does not grant, and a reply
 * or a group spoken of without certainty. The core decides the rest.
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

  /** Whether an attachment, named by its file name or its type, is a picture. */
  private static boolean image(String attachment) {
    String a = attachment.toLowerCase(java.util.Locale.ROOT);
    return a.startsWith("image/") || a.matches(".*\\.(?:png|jpe?g|gif|bmp|tiff?|heic|webp)$");
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
            case READ_RECEIPT -> Reading.Doubt.READ_RECEIPT;
            case ABUSE_REPORT -> Reading.Doubt.ABUSE_REPORT;
            case CALENDAR -> Reading.Doubt.CALENDAR_INVITATION;
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
    if (own.isBlank()
        && mail.text().isBlank()
        && !mail.attachments().isEmpty()
        && mail.attachments().forAll(RequestReader::image)) {
      // nothing to read but a picture (a scanned letter, a screenshot): a person reads it
      return new Reading.Unclear(
          List.of(Reading.Doubt.IMAGE_ONLY), Option.none(), Option.none(), speaker, language);
    }
    if (!mail.problems().isEmpty()) { // broken or cut short: never guessed at
      return new Reading.Unclear(
          List.of(
              mail.problems().contains(MailParser.TOO_DEEP)
                  ? Reading.Doubt.TOO_DEEP
                  : Reading.Doubt.UNREADABLE),
          Option.none(),
          Option.none(),
          speaker,
          language);
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
    Asked asked = asked(found, subject, own);
    List<Reading.Doubt> doubts = List.empty();
    Intent intent = Intent.of(text, asked.reply() == Kinds.Reply.ASKED);
    if (asked.pointOfOrder()) {
      // raised in the room: whatever else the mail says, a person reads it
      doubts = doubts.append(Reading.Doubt.POINT_OF_ORDER);
    } else {
      switch (intent) {
        case WITHDRAWAL -> doubts = doubts.append(Reading.Doubt.WITHDRAWAL);
        case CHANGE -> doubts = doubts.append(Reading.Doubt.CHANGE);
        case SWAP -> doubts = doubts.append(Reading.Doubt.SWAP);
        case PUBLICATION -> doubts = doubts.append(Reading.Doubt.STATEMENT_FOR_PUBLICATION);
        case OTHER ->
            doubts =
                doubts.append(
                    !mail.attachments().isEmpty() && ATTACHED.matcher(own).find()
                        ? Reading.Doubt.ATTACHMENT_ONLY
                        : Reading.Doubt.NOT_A_REQUEST);
        case REQUEST -> doubts = doubts.appendAll(asked.doubt());
      }
      if ((intent == Intent.REQUEST || intent == Intent.CHANGE) && !afterThePlenary(asked.kind())) {
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
        segmentSeen.getOrElse(""),
        entry.participant(plenary.date()),
        speaker,
        language,
        written.name().toLowerCase(java.util.Locale.ROOT),
        evidence,
        asked.group(),
        asked.kind(),
        plenary.procedure().precedence() instanceof Precedence.ByLevel
            ? Levels.of(own)
            : Option.none());
  }

  /**
   * What the sender's own words ask beyond the floor: the kind of intervention, the group spoken
   * for, and why a person should read the mail — a point of order, a reply the plenary does not
   * grant, or a reply or group spoken of without certainty.
   */
  private record Asked(
      Kinds.Reply reply,
      boolean pointOfOrder,
      InterventionKind kind,
      Option<String> group,
      Option<Reading.Doubt> doubt) {}

  /**
   * The kind a request asks for, as far as the plenary's procedure takes it: the right of reply if
   * it grants one (else held), a group statement if it takes them ("on behalf of the African
   * Group", never a group aligned with or only named); a plenary that takes statements only notes
   * the group beside the statement, as it always has.
   */
  private Asked asked(Who.Found found, String subject, String own) {
    String ownSubject = found.subjectCounts() ? subject : "";
    List<String> sentences = Kinds.sentences(own);
    Procedure procedure = plenary.procedure();
    Kinds.Reply reply = Kinds.reply(ownSubject, sentences);
    boolean pointOfOrder = Kinds.pointOfOrder(ownSubject, own);
    if (reply == Kinds.Reply.ASKED) {
      return procedure.allows(InterventionKind.RIGHT_OF_REPLY)
          ? new Asked(
              reply, pointOfOrder, InterventionKind.RIGHT_OF_REPLY, Option.none(), Option.none())
          : new Asked(
              reply,
              pointOfOrder,
              InterventionKind.STATEMENT,
              found.group(),
              Option.some(Reading.Doubt.REPLY_NOT_TAKEN));
    }
    Option<Reading.Doubt> unclear =
        reply == Kinds.Reply.UNCLEAR ? Option.some(Reading.Doubt.REPLY_UNCLEAR) : Option.none();
    if (!procedure.allows(InterventionKind.GROUP_STATEMENT)) {
      return new Asked(reply, pointOfOrder, InterventionKind.STATEMENT, found.group(), unclear);
    }
    Kinds.Group group = Kinds.group(ownSubject, sentences, Who::isGroup);
    return new Asked(
        reply,
        pointOfOrder,
        group.spokenFor().isDefined()
            ? InterventionKind.GROUP_STATEMENT
            : InterventionKind.STATEMENT,
        group.spokenFor(),
        group.unclear() ? unclear.orElse(Option.some(Reading.Doubt.GROUP_UNCLEAR)) : unclear);
  }

  /**
   * Whether requests of this kind name no segment: replies the plenary takes after its last list
   * (the core places them there).
   */
  private boolean afterThePlenary(InterventionKind kind) {
    return kind == InterventionKind.RIGHT_OF_REPLY
        && plenary
            .procedure()
            .rightOfReply()
            .exists(r -> r.scope() == Procedure.ReplyScope.PLENARY);
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
