package org.rostrum.adapters.cli;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rostrum.core.decider.Command.AddParticipant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RosterEntry;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.rules.Participants;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.service.PlenaryService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "roster",
    description = "Who may ask for the floor: the plenary's roster, and participants added to it.",
    footer = {
      "",
      "Example: rostrum roster add \"Global Justice Network\" --category civil_society"
    },
    subcommands = {RosterCommand.Add.class, RosterCommand.ListRoster.class})
final class RosterCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(root.out);
    return Exit.USAGE;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "add",
      description =
          "Adds a participant to the plenary's roster (a newly accredited NGO, a guest speaker):"
              + " recorded, and its names designate it from then on.",
      footer = {"", "Example: rostrum roster add \"Global Justice Network\" --category other"})
  static final class Add implements Callable<Integer> {
    @ParentCommand RosterCommand roster;

    @Parameters(
        paramLabel = "NAME",
        descriptionKey = "name",
        description = "The participant's name in English.")
    String name;

    @CommandLine.Option(
        names = "--category",
        required = true,
        paramLabel = "CATEGORY",
        description =
            "court, intergovernmental_organization, civil_society or other (a State is on the"
                + " roster by the Statute).")
    String category;

    @CommandLine.Option(
        names = "--fr",
        paramLabel = "NAME",
        description = "Its name in French (default: the English one).")
    String french;

    @CommandLine.Option(
        names = "--es",
        paramLabel = "NAME",
        description = "Its name in Spanish (default: the English one).")
    String spanish;

    @CommandLine.Option(
        names = "--variant",
        paramLabel = "NAME",
        description = "Another name or acronym it is known by (repeatable).")
    java.util.List<String> variants = new java.util.ArrayList<>();

    @CommandLine.Option(
        names = "--domain",
        paramLabel = "DOMAIN",
        description = "A mail domain it alone writes from (repeatable).")
    java.util.List<String> domains = new java.util.ArrayList<>();

    @Override
    public Integer call() {
      Text text = roster.root.text();
      ParticipantCategory parsed;
      try {
        parsed = ParticipantCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException(text.get("roster.bad.category", category));
      }
      try (Session session = Session.open(roster.root)) {
        Plenary plenary = session.plenary();
        RosterEntry entry =
            Participants.newEntry(
                name,
                Option.of(french),
                Option.of(spanish),
                parsed,
                List.ofAll(variants),
                List.ofAll(domains));
        PlenaryService service = session.service();
        Either<Rejection, Change> added =
            service.execute(plenary.id(), new AddParticipant(entry), Option.none());
        if (added.isLeft()) {
          session.out.println(
              text.get("roster.refused", session.messages(plenary).explain(added.getLeft())));
          return Exit.of(added.getLeft().reason());
        }
        session.out.println(
            text.get(
                "roster.added",
                entry.names().in(text.language()),
                entry.key(),
                session.messages(plenary).category(parsed)));
        return Exit.DONE;
      }
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "list",
      description = "The participants the Secretariat added to the plenary's roster.",
      footer = {"", "Example: rostrum roster list"})
  static final class ListRoster implements Callable<Integer> {
    @ParentCommand RosterCommand roster;

    @Override
    public Integer call() {
      try (Session session = Session.open(roster.root)) {
        Plenary plenary = session.plenary();
        Text text = session.text;
        List<RosterEntry> added =
            plenary
                .roster()
                .entries()
                .filter(e -> session.defined().roster().entry(e.key()).isEmpty());
        if (added.isEmpty()) {
          session.out.println(text.get("roster.none", plenary.roster().entries().size()));
        }
        for (RosterEntry e : added) {
          session.out.println(
              text.get(
                  "roster.line",
                  e.key(),
                  e.names().in(text.language()),
                  session.messages(plenary).category(e.categoryOn(plenary.date())),
                  e.variants().appendAll(e.domains()).mkString(", ")));
        }
        return Exit.DONE;
      }
    }
  }
}
