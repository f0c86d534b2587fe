package org.rostrum.adapters.cli;

import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rostrum.adapters.mail.ImapSource;
import org.rostrum.adapters.mail.MailImport;
import org.rostrum.adapters.mail.MailSources;
import org.rostrum.adapters.mail.Reading;
import org.rostrum.adapters.mail.ReceiptTime;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.Plenary;
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
      "nothing is marked read, moved or deleted.",
      "",
      "Example: rostrum import-mail ~/Mail/asp-cooperation.mbox",
      "         rostrum import-mail imaps://asp.secretariat@mail.icc-cpi.int/ASP23"
    })
final class ImportMailCommand implements Callable<Integer> {

  static final String PASSWORD_VARIABLE = "ROSTRUM_IMAP_PASSWORD";

  /** How long the IMAP server may take to answer, each time. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  @ParentCommand Rostrum root;

  @Parameters(
      paramLabel = "SOURCE",
      descriptionKey = "sources",
      arity = "1..*",
      description = "Mail files or folders, or IMAP folders as imap[s]://user@host[:port]/Folder.")
  java.util.List<String> sources;

  @picocli.CommandLine.Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "A file holding the IMAP password (its first line).")
  Path passwordFile;

  @picocli.CommandLine.Option(
      names = "--outbox",
      defaultValue = "outbox",
      paramLabel = "DIR",
      description =
          "Where the replies are written as .eml files, one per mail imported (default:"
              + " ${DEFAULT-VALUE}).")
  Path outbox;

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
      MailImport intake = new MailImport(plenary, service, session.intake(), root.clock);
      org.rostrum.adapters.mail.Acknowledgements replies =
          new org.rostrum.adapters.mail.Acknowledgements(plenary, outbox, root.clock);
      int[] written = {0};
      // each mail reported and answered as soon as it is recorded, whatever comes after it
      List<MailImport.Outcome> outcomes =
          intake.run(
              mails,
              o -> {
                session.out.println(line(o, session));
                session.out.flush();
                written[0] += replies.write(o).isPresent() ? 1 : 0;
              });
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
      if (written[0] > 0) {
        session.out.println(session.text.get("mail.replies", written[0], outbox));
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
            ImapSource.read(where, password(where, session), TIMEOUT), List.empty());
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

  /**
   * From --password-file, else ROSTRUM_IMAP_PASSWORD, else asked on the terminal. (From JDK 22 a
   * console exists without a terminal too; reading from it then gives nothing, which is said.)
   */
  @SuppressWarnings("SystemConsoleNull")
  private String password(ImapSource.Location where, Session session) {
    if (passwordFile != null) {
      try {
        return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
            .findFirst()
            .orElse("");
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        throw new UnreadableInput(session.text.get("mail.unreadable", passwordFile));
      }
    }
    String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
    if (fromEnvironment != null) {
      return fromEnvironment;
    }
    java.io.Console console = System.console();
    if (console == null) {
      throw new UsageException(session.text.get("imap.no.password", where, PASSWORD_VARIABLE));
    }
    char[] typed = console.readPassword("%s", session.text.get("imap.password", where));
    if (typed == null) {
      throw new UsageException(session.text.get("imap.no.password", where, PASSWORD_VARIABLE));
    }
    return new String(typed);
  }

  /** The outcome's line, with what a person at the desk needs below it. */
  private static String line(MailImport.Outcome o, Session session) {
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
