package org.rostrum.adapters.cli;

import io.vavr.control.Option;
import java.util.concurrent.Callable;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.rules.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "register",
    description = "Records one request for the floor and prints its outcome.",
    footer = {
      "",
      "Example: rostrum register --segment II --participant Chile --speaker \"Ms. Rojas\" \\",
      "           --received-at 2024-12-04T18:02 --ref \"<CAB123@minrel.gob.cl>\""
    })
final class RegisterCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @picocli.CommandLine.Option(
      names = "--segment",
      required = true,
      paramLabel = "I|II",
      description = "The segment asked for.")
  String segment;

  @picocli.CommandLine.Option(
      names = "--participant",
      required = true,
      paramLabel = "NAME",
      description = "The delegation or organisation asking for the floor.")
  String participant;

  @picocli.CommandLine.Option(
      names = "--category",
      paramLabel = "C",
      description =
          "One of: ${COMPLETION-CANDIDATES} (needed for organisations Rostrum does not know).")
  ParticipantCategory category;

  @picocli.CommandLine.Option(
      names = "--speaker",
      paramLabel = "NAME",
      description = "The speaker's name and title.")
  String speaker;

  @picocli.CommandLine.Option(
      names = "--received-at",
      paramLabel = "ISO-8601",
      description = "When the Secretariat received it (default: now).")
  String receivedAt;

  @picocli.CommandLine.Option(
      names = "--sender-clock",
      description =
          "The --received-at time is the sender's (a mail's Date: header, with no stamp of the"
              + " Secretariat's server): it is marked so in the list and the record.")
  boolean senderClock;

  @picocli.CommandLine.Option(
      names = "--ref",
      paramLabel = "ID",
      description =
          "The source's reference (a mail's Message-ID): the same one twice records once.")
  String ref;

  @Override
  public Integer call() {
    if (senderClock && receivedAt == null) {
      throw new UsageException(root.text().get("register.sender.clock.alone"));
    }
    try (Session session = Session.open(root)) {
      Plenary plenary = session.plenary();
      org.rostrum.core.port.in.RegisterCommand command =
          org.rostrum.core.port.in.RegisterCommand.builder()
              .plenary(plenary.id())
              .segment(segment)
              .participant(participant)
              .category(Option.of(category))
              .speaker(Option.of(speaker))
              .language(Option.of(root.lang))
              .receivedAt(Option.of(receivedAt).map(r -> session.instant(r, plenary)))
              .senderClock(senderClock)
              .sourceRef(Option.of(ref))
              .build();
      RegistrationOutcome outcome = session.service().register(command);
      Messages messages = session.messages(plenary);
      if (outcome.replay()) {
        session.out.println(session.text.get("replayed", outcome.id(), ref));
      }
      if (outcome instanceof RegistrationOutcome.Inscribed i) {
        session.out.println(
            session.text.get(
                "inscribed",
                i.id(),
                i.registration().participant().name(session.text.language()),
                i.registration().segment(),
                i.position(),
                messages.instant(i.projectedStart()),
                i.timePermitting() ? session.text.get("time.permitting") : "",
                i.receipt()));
        return Exit.DONE;
      }
      RegistrationOutcome.Refused r = (RegistrationOutcome.Refused) outcome;
      session.out.println(
          session.text.get(
              "refused",
              r.id(),
              r.rejection().reason(),
              messages.explain(r.rejection()),
              r.receipt()));
      return Exit.of(outcome);
    }
  }
}
