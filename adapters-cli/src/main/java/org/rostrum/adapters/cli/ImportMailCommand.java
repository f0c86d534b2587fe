package org.rostrum.adapters.cli;

import io.vavr.collection.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rostrum.adapters.mail.Doubts;
import org.rostrum.adapters.mail.MailImport;
import org.rostrum.adapters.mail.MailSources;
import org.rostrum.adapters.mail.Reading;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.rules.Participants;
import org.rostrum.core.service.PlenaryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "import-mail",
    description =
        "Reads registration mails (.eml files, mbox files, Maildir folders): each one read with"
            + " certainty is recorded as a request at the Secretariat's time of receipt; the others"
            + " are held for review. Importing the same mails again changes nothing. Exit 3 when"
            + " some mails went to review.",
    footer = {"", "Example: rostrum import-mail ~/Mail/asp-cooperation.mbox"})
final class ImportMailCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Mail files or folders.")
  java.util.List<Path> paths;

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
      for (Path path : paths) {
        if (!Files.isReadable(path)) {
          throw new UnreadableInput(session.text.get("mail.unreadable", path));
        }
        try {
          mails = mails.appendAll(MailSources.read(path));
        } catch (java.io.UncheckedIOException e) {
          throw new UnreadableInput(session.text.get("mail.unreadable", path));
        }
      }
      PlenaryService service = session.service();
      MailImport intake =
          new MailImport(
              plenary, service, session.store.reviews(), Participants.reference(), root.clock);
      List<MailImport.Outcome> outcomes = intake.run(mails);
      org.rostrum.adapters.mail.Acknowledgements replies =
          new org.rostrum.adapters.mail.Acknowledgements(plenary, outbox, root.clock);
      int written = 0;
      for (MailImport.Outcome o : outcomes) {
        session.out.println(line(o, session));
        written += replies.write(o).isPresent() ? 1 : 0;
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
      if (written > 0) {
        session.out.println(session.text.get("mail.replies", written, outbox));
      }
      return s.review() > 0 ? Exit.REFUSED : Exit.DONE;
    }
  }

  private static String line(MailImport.Outcome o, Session session) {
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
            i.position());
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
