package org.rostrum.adapters.cli;

import io.vavr.collection.Seq;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.AccessUseCase;
import org.rostrum.core.port.in.IntakeMailUseCase;
import org.rostrum.core.port.in.QueryPlenaryUseCase;
import org.rostrum.core.port.in.RecordUseCase;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.ReviewMailUseCase;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.service.AccessService;
import org.rostrum.core.service.MailIntakeService;
import org.rostrum.core.service.MailReviewService;
import org.rostrum.core.service.PlenaryService;
import org.rostrum.core.service.RecordService;
import org.rostrum.core.text.TerminalText;

/** One command's use of the store: the store, the plenary it is about, and the service. */
final class Session implements AutoCloseable {

  final Rostrum root;
  final Store store;
  final Text text;
  final PrintWriter out;

  private Session(Rostrum root, Store store) {
    this.root = root;
    this.store = store;
    this.text = root.text();
    this.out = root.out;
  }

  /** Opens an existing store. */
  static Session open(Rostrum root) {
    return new Session(root, Store.open(root.db, false, root.clock));
  }

  /** Opens the store, creating it if it is missing. */
  static Session create(Rostrum root) {
    return new Session(root, Store.open(root.db, true, root.clock));
  }

  /** The use cases, made once: their state is caught up with the journal at every use. */
  private PlenaryService service;

  /** The plenary this command is about, once it is known. */
  private PlenaryId about;

  /** The use cases, recording every change as asked by whoever runs the command (cli:user). */
  PlenaryService service() {
    if (service == null) {
      service =
          new PlenaryService(store.journal(), store.catalog(), Notifier.none(), root.clock)
              .as(Actor.commandLine(System.getProperty("user.name")));
    }
    return service;
  }

  /** The record and its proof. */
  RecordUseCase record() {
    return new RecordService(store.proof(), store.catalog());
  }

  /** Tokens issued and checked. */
  AccessUseCase access() {
    // over the plenaries as they stand: a registrant may act for a participant added since
    return new AccessService(store.tokens(), service()::plenary, root.clock);
  }

  /** Mails taken once each. */
  IntakeMailUseCase intake() {
    return new MailIntakeService(store.reviews());
  }

  private org.rostrum.adapters.mail.OutboxReplies replies;

  /** The replies this command records in the outbox, as it records them. */
  org.rostrum.adapters.mail.OutboxReplies replies() {
    if (replies == null) {
      replies =
          new org.rostrum.adapters.mail.OutboxReplies(
              service()::plenary, store.outbox(), root.clock);
    }
    return replies;
  }

  /** Held mails read and resolved, the delegations told through the outbox. */
  ReviewMailUseCase reviews() {
    return new MailReviewService(store.reviews(), service(), root.clock, replies());
  }

  /**
   * Delivers now the replies this command recorded, through {@code mail}'s sender: each said in a
   * line.
   */
  void deliverOwn(MailOptions mail) {
    if (replies == null || replies.recorded().isEmpty()) {
      return;
    }
    java.util.Set<String> own = replies.recorded().map(r -> r.draft().key()).toJavaSet();
    try (Mailroom mailroom = new Mailroom(this, mail.sender(this))) {
      mailroom.deliver(r -> own.contains(r.draft().key()));
    }
  }

  /** The plenary named with --plenary, or the only one in the store, as its definition says. */
  Plenary defined() {
    Seq<Plenary> all = store.catalog().all();
    String ids = all.map(p -> p.id().value()).mkString(", ");
    Plenary defined = which(all, ids);
    about = defined.id();
    return defined;
  }

  private Plenary which(Seq<Plenary> all, String ids) {
    if (root.plenary != null) {
      return all.find(p -> p.id().value().equals(root.plenary))
          .getOrElseThrow(
              () ->
                  new UsageException(
                      text.get("unknown.plenary", store.name(text.language()), root.plenary, ids)));
    }
    if (all.isEmpty()) {
      throw new UsageException(text.get("no.plenary", store.name(text.language())));
    }
    if (all.size() > 1) {
      throw new UsageException(text.get("which.plenary", store.name(text.language()), ids));
    }
    return all.head();
  }

  /**
   * The plenary named with --plenary, or the only one in the store, as it stands: its roster with
   * every participant the Secretariat added.
   */
  Plenary plenary() {
    Plenary defined = defined();
    return service().plenary(defined.id()).getOrElse(defined);
  }

  PlenaryId plenaryId() {
    return plenary().id();
  }

  /**
   * What {@code decide} answers, or, when the request is refused at the door (R10: a time of
   * receipt the plenary cannot have, nothing recorded), a usage error saying why.
   */
  <T> T atTheDoor(Plenary plenary, java.util.function.Supplier<T> decide) {
    try {
      return decide.get();
    } catch (org.rostrum.core.port.in.RefusedAtTheDoor e) {
      throw new UsageException(messages(plenary).explain(e.rejection()));
    }
  }

  Messages messages(Plenary plenary) {
    return Messages.in(text.language(), plenary.zone(), plenary.roster());
  }

  /**
   * An instant as people write it: with an offset or Z, or a local date and time in the plenary's
   * zone.
   */
  Instant instant(String written, Plenary plenary) {
    // the form the list and the review print ("2024-12-04 18:02:30") is accepted as typed
    written = written.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2})", "$1T$2");
    try {
      return OffsetDateTime.parse(written).toInstant();
    } catch (DateTimeException e) {
      try {
        return LocalDateTime.parse(written).atZone(plenary.zone()).toInstant();
      } catch (DateTimeException e2) {
        throw new UsageException(text.get("bad.instant", written));
      }
    }
  }

  /**
   * A request's number as the list prints it ({@code #7}) or bare ({@code 7}); anything else is a
   * usage error that says what a number looks like.
   */
  RegistrationId requestId(String written) {
    String digits = written.strip();
    digits = digits.startsWith("#") ? digits.substring(1).strip() : digits;
    try {
      long n = Long.parseLong(digits);
      if (n >= 1) {
        return RegistrationId.of(n);
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new UsageException(text.get("bad.request.id", written));
  }

  /**
   * A segment's id as typed; a blank one is a usage error that names the plenary's segments (an id
   * that is not blank but unknown is the rules' to refuse).
   */
  SegmentId segmentId(Plenary plenary, String written) {
    if (written == null || written.isBlank()) {
      throw new UsageException(
          text.get("segment.blank", plenary.segments().map(s -> s.id().value()).mkString(", ")));
    }
    return SegmentId.of(written);
  }

  /**
   * Who holds request {@code id}, as the list names them ("Kenya (H.E. Ms. Otieno), segment II").
   */
  String who(Plenary plenary, RegistrationId id) {
    return inscribed(service(), plenary, id)
        .map(r -> text.get("who", label(r, text.language()), r.segment()))
        .getOrElse("");
  }

  /** Request {@code id} as a sentence names it: "#7 Kenya (H.E. Ms. Otieno)". */
  static String numbered(
      QueryPlenaryUseCase query, Plenary plenary, RegistrationId id, Language language) {
    return "#"
        + id
        + " "
        + inscribed(query, plenary, id).map(r -> label(r, language)).getOrElse("");
  }

  /** The inscribed request {@code id}, if it is one. */
  static io.vavr.control.Option<Registration> inscribed(
      QueryPlenaryUseCase query, Plenary plenary, RegistrationId id) {
    return query
        .outcome(plenary.id(), id)
        .flatMap(
            o ->
                o instanceof RegistrationOutcome.Inscribed i
                    ? io.vavr.control.Option.some(i.registration())
                    : io.vavr.control.Option.none());
  }

  /**
   * Who sent request {@code id}, inscribed or refused, as the list names them: "Kenya (H.E. Ms.
   * Otieno)", or for a refusal the roster's name or the name as written ("Germny").
   */
  io.vavr.control.Option<String> named(
      QueryPlenaryUseCase query, Plenary plenary, RegistrationId id) {
    return inscribed(query, plenary, id)
        .map(r -> label(r, text.language()))
        .orElse(
            () ->
                query.list(plenary.id()).refusal(id).map(r -> r.participantName(text.language())));
  }

  /**
   * What became of a request, as {@code register} says it: inscribed with its position and
   * projected time, or refused with the rule's sentence; {@code receipt} is the hash of the entry
   * that recorded it.
   */
  String outcome(Plenary plenary, RegistrationOutcome outcome, String receipt) {
    Messages messages = messages(plenary);
    if (outcome instanceof RegistrationOutcome.Inscribed i) {
      return text.get(
          "inscribed",
          i.id(),
          kinded(i.registration(), text.language()),
          i.registration().segment(),
          i.position(),
          messages.instant(i.projectedStart()),
          i.timePermitting() ? text.get("time.permitting") : "",
          receipt);
    }
    RegistrationOutcome.Refused r = (RegistrationOutcome.Refused) outcome;
    return text.get("refused", r.id(), r.rejection().reason(), r.explained(messages), receipt);
  }

  /**
   * A place's holder as every screen names it: "Kenya (H.E. Ms. Otieno)"; with its kind when it is
   * not a statement: "Uganda (on behalf of the African Group)", "Venezuela — point of order".
   */
  static String label(Registration r, Language language) {
    String speaker = r.speaker().map(s -> " (" + TerminalText.line(s) + ")").getOrElse("");
    String name = TerminalText.line(r.participant().name(language));
    // the speaker's name goes with the participant's, before the kind
    return name + speaker + kinded(r, language).substring(name.length());
  }

  /**
   * The participant, with the kind of its request when it is not a statement: "Venezuela — point of
   * order", "Uganda (on behalf of the African Group)".
   */
  static String kinded(Registration r, Language language) {
    String name = TerminalText.line(r.participant().name(language));
    return switch (r.kind()) {
      case STATEMENT -> name;
      case GROUP_STATEMENT ->
          name
              + r.onBehalfOf()
                  .map(g -> " " + new Text(language).get("list.on.behalf", TerminalText.line(g)))
                  .getOrElse("");
      case POINT_OF_ORDER, RIGHT_OF_REPLY ->
          name + " — " + Messages.in(language, java.time.ZoneOffset.UTC).kind(r.kind());
    };
  }

  /**
   * Closes the store; a command that changed the plenary's journal first renders again the views
   * kept for it (ADR 0025).
   */
  @Override
  public void close() {
    try {
      if (about != null && store.snapshots().appended()) {
        KeptViews.refresh(this, about);
      }
    } catch (RuntimeException e) {
      // not kept now: the next command that prints a view renders it, as for any stale view
    } finally {
      store.close();
    }
  }
}
