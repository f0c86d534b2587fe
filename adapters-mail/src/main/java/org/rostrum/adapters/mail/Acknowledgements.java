package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Segment;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.port.out.Outbox;
import org.rostrum.core.rules.Doubts;
import org.rostrum.core.rules.Messages;

/**
 * The replies to imported mails, written as {@code .eml} files to an outbox the Secretariat sends
 * from: in the request's language, threaded under the mail ({@code In-Reply-To}, {@code
 * References}). Inscribed: what was asked (the floor, the right of reply, a statement on behalf of
 * a group, which is named), position, segment, projected time, the level read for the speaker, and
 * receipt; refused: what was asked and the rule's sentence; held for review: when it was received
 * and why it waits.
 */
public final class Acknowledgements {

  private final Plenary plenary;
  private final Path outbox;
  private final Clock clock;

  public Acknowledgements(Plenary plenary, Path outbox, Clock clock) {
    this.plenary = plenary;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The replies of a plenary, written for the store's outbox rather than a folder. */
  public Acknowledgements(Plenary plenary, Clock clock) {
    this(plenary, Path.of("outbox"), clock);
  }

  /**
   * Writes the reply to one imported mail as an {@code .eml} file in the outbox folder; none for a
   * mail imported before, nor for a mail no person wrote.
   */
  public java.util.Optional<Path> write(MailImport.Outcome o) {
    return draft(o).map(this::file).toJavaOptional();
  }

  /**
   * The reply to one imported mail, in its language, threaded under it; none for a mail imported
   * before, nor for a mail no person wrote (a bounce, an automatic reply, a list's mail: answering
   * would be backscatter), nor for one with no address to answer.
   */
  public Option<Outbox.Draft> draft(MailImport.Outcome o) {
    Option<String> to = recipient(o);
    if (!o.answer() || to.isEmpty()) {
      return Option.none();
    }
    Language language = o.reading().language();
    ResourceBundle text = bundle(language);
    Messages messages = Messages.in(language, plenary.zone(), plenary.roster());
    Outbox.Occasion occasion;
    String body;
    if (o.registration().isDefined()) {
      RegistrationOutcome outcome = o.registration().get();
      if (outcome instanceof RegistrationOutcome.Inscribed i) {
        occasion = Outbox.Occasion.INSCRIBED;
        body = inscribed(i, text, messages, language);
      } else {
        RegistrationOutcome.Refused r = (RegistrationOutcome.Refused) outcome;
        Reading.Understood asked = (Reading.Understood) o.reading();
        occasion = Outbox.Occasion.REFUSED;
        body =
            format(
                text,
                "refused",
                r.id().value(),
                r.explained(messages),
                r.receipt(),
                request(text, asked.kind(), asked.group()));
      }
    } else if (o.held().isDefined()) {
      occasion = Outbox.Occasion.HELD;
      body =
          format(
              text,
              "review",
              o.held().get(),
              o.receipt().map(t -> messages.instant(t.at())).getOrElse("—"),
              reasons(o.reading(), language));
    } else {
      return Option.none();
    }
    return Option.some(
        envelope(
            to.get(),
            o.mail().subject(),
            o.mail().messageId(),
            o.mail().references(),
            o.key(),
            occasion,
            o.registration()
                .map(r -> "#" + r.id().value())
                .getOrElse(() -> "#" + o.held().getOrElse(0L)),
            language,
            text,
            body));
  }

  /**
   * Whom the reply to a mail goes to: its sender's address, else its {@code Reply-To:} address;
   * none when neither is an address (a mail with no {@code From:} gets no reply, never one to
   * "undisclosed recipients").
   */
  public static Option<String> recipient(MailImport.Outcome o) {
    return Option.of(o.mail().fromAddress().strip())
        .filter(Acknowledgements::usable)
        .orElse(() -> o.mail().header("reply-to").flatMap(Acknowledgements::address));
  }

  /** Whether a mail a person wrote cannot be answered: it has no address to reply to. */
  public static boolean unanswerable(MailImport.Outcome o) {
    return o.kind() != MailImport.Kind.KNOWN && o.answer() && recipient(o).isEmpty();
  }

  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile("[^\\s<>,;:\"@]+@[^\\s<>,;:\"@]+");

  private static boolean usable(String address) {
    return ADDRESS.matcher(address).matches();
  }

  /** The first address in a {@code Reply-To:} value ("Name &lt;a@b&gt;, c@d"). */
  private static Option<String> address(String value) {
    java.util.regex.Matcher m = ADDRESS.matcher(value);
    return m.find() ? Option.some(m.group()) : Option.none();
  }

  /**
   * Writes the reply to a held mail the Secretariat accepted: what a mail read at once would have
   * got (inscribed with its position, projected time and receipt; or refused with the rule's
   * sentence), threaded under the original, in its language. None when the mail had no sender to
   * answer.
   */
  public java.util.Optional<Path> writeAccepted(
      MailReviews.Held held, RegistrationOutcome outcome) {
    return draftAccepted(held, outcome).map(this::file).toJavaOptional();
  }

  /** The reply to a held mail the Secretariat accepted, as {@link #writeAccepted} writes it. */
  public Option<Outbox.Draft> draftAccepted(MailReviews.Held held, RegistrationOutcome outcome) {
    if (held.sender().isBlank()) {
      return Option.none();
    }
    Language language = language(held);
    ResourceBundle text = bundle(language);
    Messages messages = Messages.in(language, plenary.zone(), plenary.roster());
    String body =
        outcome instanceof RegistrationOutcome.Inscribed i
            ? inscribed(i, text, messages, language)
            : format(
                text,
                "refused",
                outcome.id().value(),
                ((RegistrationOutcome.Refused) outcome).explained(messages),
                outcome.receipt(),
                request(text, InterventionKind.STATEMENT, Option.none()));
    return Option.some(
        envelope(
            held.sender(),
            held.subject(),
            threadOf(held),
            List.empty(),
            held.key() + "#accepted",
            Outbox.Occasion.ACCEPTED,
            "#" + outcome.id().value(),
            language,
            text,
            body));
  }

  /**
   * The reply to a held mail an officer dismissed, asking that its sender be told why: when it was
   * received, its number, and the officer's reason as written.
   */
  public Option<Outbox.Draft> draftDismissed(MailReviews.Held held, String reason) {
    if (held.sender().isBlank()) {
      return Option.none();
    }
    Language language = language(held);
    ResourceBundle text = bundle(language);
    Messages messages = Messages.in(language, plenary.zone(), plenary.roster());
    String body = format(text, "dismissed", held.id(), messages.instant(held.receivedAt()), reason);
    return Option.some(
        envelope(
            held.sender(),
            held.subject(),
            threadOf(held),
            List.empty(),
            held.key() + "#dismissed",
            Outbox.Occasion.DISMISSED,
            "#" + held.id(),
            language,
            text,
            body));
  }

  private static Option<String> threadOf(MailReviews.Held held) {
    return held.key().startsWith("<") ? Option.some(held.key()) : Option.none();
  }

  private static Language language(MailReviews.Held held) {
    return List.of(Language.values())
        .find(l -> l.name().equalsIgnoreCase(held.language()))
        .getOrElse(Language.EN);
  }

  private static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle(
        "org.rostrum.adapters.mail.ack",
        language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The Message-ID of the reply recorded under {@code key}: the same whenever it is written. */
  static String messageIdOf(String key) {
    return "<ack-"
        + MailParser.digest(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32)
        + "@rostrum.invalid>";
  }

  /** The reply as a message, threaded under the mail it answers. */
  private Outbox.Draft envelope(
      String to,
      String originalSubject,
      Option<String> messageId,
      List<String> originalReferences,
      String key,
      Outbox.Occasion occasion,
      String reference,
      Language language,
      ResourceBundle text,
      String body) {
    String subject = text.getString("subject.prefix") + originalSubject;
    List<String> references = originalReferences.appendAll(messageId.toList()).distinct();
    StringBuilder eml = new StringBuilder();
    header(
        eml,
        "From",
        plenary.mail().addresses().headOption().getOrElse("secretariat@rostrum.invalid"));
    header(eml, "To", to);
    header(eml, "Subject", EncoderUtil.encodeIfNecessary(subject, EncoderUtil.Usage.TEXT_TOKEN, 9));
    header(
        eml,
        "Date",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(ZoneId.of("UTC"))));
    String replyId = messageIdOf(key);
    header(eml, "Message-ID", replyId);
    messageId.forEach(id -> header(eml, "In-Reply-To", id));
    if (!references.isEmpty()) {
      header(eml, "References", references.mkString(" "));
    }
    header(eml, "Auto-Submitted", "auto-replied"); // RFC 3834: no automatic answer to it
    header(eml, "Content-Language", language.name().toLowerCase(Locale.ROOT));
    header(eml, "MIME-Version", "1.0");
    header(eml, "Content-Type", "text/plain; charset=UTF-8");
    header(eml, "Content-Transfer-Encoding", "8bit");
    eml.append("\r\n").append(body.replace("\r\n", "\n").replace("\n", "\r\n")).append("\r\n");
    return new Outbox.Draft(
        key,
        occasion,
        reference,
        to,
        language.name().toLowerCase(Locale.ROOT),
        replyId,
        subject,
        eml.toString());
  }

  /** Writes a reply to the outbox folder, as {@link FolderSender} does. */
  private Path file(Outbox.Draft draft) {
    return FolderSender.write(outbox, draft);
  }

  private String inscribed(
      RegistrationOutcome.Inscribed i, ResourceBundle text, Messages messages, Language language) {
    Segment segment = plenary.segment(i.registration().segment()).get();
    String time =
        DateTimeFormatter.ofPattern("HH:mm", language.locale())
            .format(i.projectedStart().atZone(plenary.zone()));
    return format(
        text,
        "inscribed",
        i.id().value(),
        plenary
            .roster()
            .entry(i.registration().participant().key())
            .map(e -> e.names().in(language))
            .getOrElse(() -> i.registration().participant().name(language)),
        segment.id().value(),
        segment.title().in(language),
        i.position(),
        time,
        plenary.zone().getId(),
        i.timePermitting() ? text.getString("permitting") : "",
        messages.instant(i.registration().receivedAt()),
        i.receipt(),
        i.registration().senderClock() ? format(text, "sender.clock") : "",
        request(text, i.registration().kind(), i.registration().onBehalfOf()),
        i.registration().level().map(l -> format(text, "level", messages.level(l))).getOrElse(""));
  }

  /**
   * What was asked, as the reply names it: "Your request for the floor", "…for the right of reply",
   * "…for a statement on behalf of a group (the African Group)".
   */
  private static String request(ResourceBundle text, InterventionKind kind, Option<String> group) {
    return format(text, "request." + kind.name(), group.getOrElse(""));
  }

  private static String reasons(Reading reading, Language language) {
    return reading instanceof Reading.Unclear u
        ? Doubts.sentences(u.doubts().map(Enum::name), language, u.participantSeen())
        : "";
  }

  private static String format(ResourceBundle text, String key, Object... values) {
    return new java.text.MessageFormat(text.getString(key), text.getLocale()).format(values);
  }

  private static void header(StringBuilder eml, String name, String value) {
    eml.append(name).append(": ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
  }
}
