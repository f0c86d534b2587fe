package org.rostrum.adapters.mail;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mail no person wrote to the Secretariat: a bounce, an automatic reply, or a list's or bulk mail.
 * It is never inscribed and never answered (an answer would be backscatter, RFC 3834).
 */
enum Automatic {
  /**
   * A read receipt: a disposition notification (RFC 8098, {@code
   * message/disposition-notification}).
   */
  READ_RECEIPT,
  /** An abuse or feedback report (ARF, RFC 5965, {@code message/feedback-report}). */
  ABUSE_REPORT,
  /**
   * A calendar invitation (iCalendar, RFC 5546: a {@code text/calendar} part, an {@code .ics} file,
   * Outlook's {@code Content-Class: urn:content-classes:calendarmessage}): a calendar sent it,
   * whatever its summary names, and its organiser asks for an answer to the invitation, not to a
   * request.
   */
  CALENDAR,
  /** A delivery failure report: null {@code Return-Path}, {@code MAILER-DAEMON}, a report. */
  BOUNCE,
  /** An automatic reply: {@code Auto-Submitted} other than {@code no}, {@code X-Autoreply}… */
  AUTO_REPLY,
  /** A list's or bulk mail: {@code List-Id}, {@code Precedence: bulk/list/junk}. */
  LIST;

  private static final String DISPOSITION = "message/disposition-notification";

  private static final String FEEDBACK = "message/feedback-report";

  private static final Pattern DAEMON =
      Pattern.compile(
          "^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", Pattern.CASE_INSENSITIVE);

  private static final Pattern AUTO_SUBJECT =
      Pattern.compile(
          "^\\s*(automatic reply|auto(matic)?[- ]?reply|autoreply|out of (the )?office"
              + "|réponse automatique|absence du bureau|respuesta automática|fuera de la oficina"
              + "|resposta automática|fora do escritório|ausente|abwesenheitsnotiz|automatische antwort"
              + "|undeliverable|undelivered mail|delivery status notification|non remis"
              + "|mail delivery failed|returned mail)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** What kind of automatic mail this is, if any. */
  static Option<Automatic> of(Mail mail) {
    if (mail.mimeType().equals("text/calendar")
        || mail.attachments()
            .exists(
                a ->
                    a.toLowerCase(Locale.ROOT).startsWith("text/calendar")
                        || a.toLowerCase(Locale.ROOT).endsWith(".ics")
                        || a.toLowerCase(Locale.ROOT).endsWith(".vcs"))
        || mail.header("content-class")
            .exists(c -> c.toLowerCase(Locale.ROOT).contains("calendarmessage"))) {
      return Option.some(CALENDAR);
    }
    if (mail.attachments().exists(a -> a.toLowerCase(Locale.ROOT).startsWith(DISPOSITION))) {
      return Option.some(READ_RECEIPT);
    }
    if (mail.attachments().exists(a -> a.toLowerCase(Locale.ROOT).startsWith(FEEDBACK))) {
      return Option.some(ABUSE_REPORT);
    }
    String returnPath = mail.header("return-path").getOrElse("x").strip();
    String type = mail.mimeType();
    if (returnPath.equals("<>")
        || DAEMON.matcher(mail.fromAddress()).find()
        || type.equals("multipart/report")
        || mail.attachments()
            .exists(a -> a.toLowerCase(Locale.ROOT).startsWith("message/delivery-status"))
        || mail.header("x-failed-recipients").isDefined()) {
      return Option.some(BOUNCE);
    }
    String auto = mail.header("auto-submitted").getOrElse("no").strip().toLowerCase(Locale.ROOT);
    if (!auto.startsWith("no")
        || mail.header("x-autoreply").isDefined()
        || mail.header("x-autorespond").isDefined()
        || AUTO_SUBJECT.matcher(mail.subject()).find()) {
      return Option.some(AUTO_REPLY);
    }
    String precedence = mail.header("precedence").getOrElse("").strip().toLowerCase(Locale.ROOT);
    if (mail.header("list-id").isDefined()
        || mail.header("list-unsubscribe").isDefined()
        || precedence.equals("bulk")
        || precedence.equals("list")
        || precedence.equals("junk")) {
      return Option.some(LIST);
    }
    return Option.none();
  }
}
