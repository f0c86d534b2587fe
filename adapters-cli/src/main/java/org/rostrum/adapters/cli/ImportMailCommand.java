package org.rostrum.adapters.cli;

import io.vavr.collection.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rostrum.adapters.mail.ImapSource;
import org.rostrum.adapters.mail.MailImport;
import org.rostrum.adapters.mail.MailSources;
import org.rostrum.adapters.mail.OutboxReplies;
import org.rostrum.adapters.mail.Reading;
import org.rostrum.adapters.mail.ReceiptTime;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.DeliverRepliesUseCase;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.rules.Doubts;
import org.rostrum.core.service.PlenaryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "import-mail",
    description =
        "Reads registration mails (.eml files, mbox files, Maildir folders, an IMAP folder): each"
            + " one read with"
            + " certainty is recorded as a request at the Secretariat's time of receipt; the others"
            + " are held for review. Importing the same mails again changes nothing. Exit 3 when"
            + " some mails went to review.",
    footer = {
      "",
      "The IMAP password comes from --password-file, else from the environment variable",
      "ROSTRUM_IMAP_PASSWORD, else it is asked for on the terminal. The folder is only read:",
      "nothing is marked read, moved or deleted. Each reply is kept in the store's outbox",
      "(rostrum outbox) and sent with --smtp, else written to the --outbox folder.",
      "",
      "Example: rostrum import-mail ~/Mail/asp-cooperation.mbox",
      "         rostrum import-mail imaps://asp.secretariat@mail.icc-cpi.int/ASP23"
    })
final class ImportMailCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @Parameters(
      paramLabel = "SOURCE",
      descriptionKey = "sources",
      arity = "1..*",
      description = "Mail files or folders, or IMAP folders as imap[s]://user@host[:port]/Folder.")
  java.util.List<String> sources;

  @picocli.CommandLine.Mixin MailOptions mail = new MailOptions();

  @Override
  public Integer call() {
    try (Session session = Session.open(root)) {
      Plenary plenary = session.plenary();
      List<MailSources.RawMail> mails = List.empty();
      List<MailSources.Skipped> skipped = List.empty();
      for (String source : sources) {
        MailSources.Scan scan = read(source, session);
        mails = mails.appendAll(scan.mails());
        skipped = skipped.appendAll(scan.skipped());
      }
      for (MailSources.Skipped s : skipped) {
        session.out.println(
            session.text.get(
                "mail.skipped",
                s.origin(),
                session.text.get("mail.skipped." + s.why().name().toLowerCase(Locale.ROOT))));
      }
      // What the mailbox asks is recorded as the mail intake's doing, not the clerk's.
      PlenaryService service = session.service().as(Actor.mail());
      OutboxReplies replies =
          new OutboxReplies(service::plenary, session.store.outbox(), root.clock);
      java.util.function.Consumer<MailImport.Outcome> answering = replies.answering(plenary);
      MailImport intake = new MailImport(plenary, service, session.intake(), root.clock, answering);
      // each mail reported and answered as soon as it is recorded, whatever comes after it
      List<MailImport.Outcome> outcomes =
          intake.run(
              mails,
              o -> {
                session.out.println(line(o, session));
                session.out.flush();
              });
      // this import's replies, delivered now: by SMTP, or written to the outbox folder
      java.util.Set<String> own = replies.recorded().map(r -> r.draft().key()).toJavaSet();
      DeliverRepliesUseCase.Round round;
      try (Mailroom mailroom = new Mailroom(session, mail.sender(session))) {
        round = mailroom.deliver(r -> own.contains(r.draft().key()));
      }
      MailImport.Summary s = MailImport.Summary.of(outcomes);
      session.out.println();
      session.out.println(
          session.text.get(
              "mail.summary",
              outcomes.size(),
              s.inscribed(),
              s.refused().values().sum().intValue(),
              s.refused().isEmpty()
                  ? ""
                  : " (" + s.refused().map(e -> e._1 + " " + e._2).mkString(", ") + ")",
              s.review(),
              s.known()));
      if (!mail.smtpGiven() && round.sent() > 0) {
        session.out.println(session.text.get("mail.replies", round.sent(), mail.folder()));
      } else if (round.attempted() > 0) {
        session.out.println(
            session.text.get("mail.replies.smtp", round.sent(), round.deferred(), round.failed()));
      }
      int unanswerable = outcomes.count(org.rostrum.adapters.mail.Acknowledgements::unanswerable);
      if (unanswerable > 0) {
        session.out.println(session.text.get("mail.no.recipient", unanswerable));
      }
      return Exit.of(s);
    }
  }

  private MailSources.Scan read(String source, Session session) {
    if (ImapSource.Location.named(source)) {
      ImapSource.Location where =
          ImapSource.Location.parse(source)
              .getOrElseThrow(
                  why ->
                      new UsageException(
                          session.text.get(
                              "imap.address",
                              source,
                              session.text.get(
                                  "imap.address." + why.name().toLowerCase(Locale.ROOT)))));
      try {
        return new MailSources.Scan(
            ImapSource.read(
                where,
                mail.imapSecret(where, session, true).get(),
                MailOptions.TIMEOUT,
                mail.oauth2()),
            List.empty());
      } catch (ImapSource.ImapException e) {
        throw new UnreadableInput(
            session.text.get(
                "imap." + e.failure().name().toLowerCase(Locale.ROOT), where, e.detail()));
      }
    }
    Path path = Path.of(source);
    if (!Files.isReadable(path)) {
      throw new UnreadableInput(session.text.get("mail.unreadable", path));
    }
    try {
      return MailSources.scan(path);
    } catch (java.io.UncheckedIOException e) {
      throw new UnreadableInput(session.text.get("mail.unreadable", path));
    }
  }

  /** The outcome's line, with what a person at the desk needs below it. */
  static String line(MailImport.Outcome o, Session session) {
    StringBuilder out = new StringBuilder(first(o, session));
    if (o.reading() instanceof Reading.Understood u && u.group().isDefined()) {
      out.append(session.text.get("mail.group", u.group().get()));
    }
    if (o.kind() == MailImport.Kind.REVIEW && o.reading() instanceof Reading.Unclear u) {
      if (!u.candidates().isEmpty()) {
        out.append('\n')
            .append(
                session.text.get(
                    "mail.review.candidates",
                    Candidates.named(
                        u.candidates(), session.text.language(), session.plenary().roster())));
      }
      for (String e : u.evidence().take(4)) {
        out.append('\n')
            .append(
                session.text.get(
                    "mail.review.evidence",
                    Doubts.explainEvidence(
                        e, session.text.language(), session.plenary().roster())));
      }
    }
    for (ReceiptTime t : o.receipt()) {
      for (String ignored : t.ignored()) {
        out.append('\n')
            .append(
                session.text.get(
                    "mail.ignored",
                    Doubts.explainEvidence(
                        ignored, session.text.language(), session.plenary().roster())));
      }
    }
    // a hostile mail's subject, sender or text never reaches the terminal as an escape sequence
    return org.rostrum.core.text.TerminalText.lines(out.toString());
  }

  private static String first(MailImport.Outcome o, Session session) {
    String origin = o.raw().origin();
    return switch (o.kind()) {
      case INSCRIBED -> {
        RegistrationOutcome.Inscribed i = (RegistrationOutcome.Inscribed) o.registration().get();
        yield session.text.get(
            "mail.inscribed",
            origin,
            i.id(),
            i.registration().participant().name(session.text.language()),
            i.registration().segment(),
            i.position(),
            i.registration().senderClock() ? session.text.get("review.sender.clock") : "");
      }
      case REFUSED -> {
        RegistrationOutcome.Refused r = (RegistrationOutcome.Refused) o.registration().get();
        yield session.text.get(
            "mail.refused",
            origin,
            r.rejection().reason(),
            r.id(),
            session.messages(session.plenary()).explain(r.rejection()));
      }
      case REVIEW ->
          session.text.get("mail.review", origin, o.held().get(), reasons(o.reading(), session));
      case KNOWN -> session.text.get("mail.known", origin);
    };
  }

  static String reasons(Reading reading, Session session) {
    return reading instanceof Reading.Unclear u
        ? Doubts.sentences(u.doubts().map(Enum::name), session.text.language(), u.participantSeen())
        : "";
  }
}
