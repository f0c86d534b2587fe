package org.rostrum.adapters.cli;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "token",
    description = "API tokens for the REST API.",
    footer = {"", "Example: rostrum token add --role registrant --participant Chile"},
    subcommands = TokenCommand.Add.class)
final class TokenCommand implements Callable<Integer> {

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
      description = "Prints a new token once; the store keeps only its hash.",
      footer = {"", "Example: rostrum token add --role registrant --participant Chile"})
  static final class Add implements Callable<Integer> {
    @ParentCommand TokenCommand token;

    @CommandLine.Option(
        names = "--role",
        required = true,
        paramLabel = "secretariat|chair|registrant",
        description = "The role: secretariat, chair or registrant.")
    String role;

    @CommandLine.Option(
        names = "--participant",
        paramLabel = "NAME",
        description = "For a registrant token: the participant it acts for.")
    String participant;

    @Override
    public Integer call() {
      Role parsed;
      try {
        parsed = Role.valueOf(role.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException(token.root.text().get("token.bad.role", role));
      }
      try (Session session = Session.open(token.root)) {
        String issued =
            session
                .access()
                .issue(new Grant(parsed, Option.some(session.plenaryId()), Option.of(participant)));
        session.out.println(
            session.text.get(
                "token",
                role.toLowerCase(Locale.ROOT),
                participant == null ? "" : session.text.get("token.for", participant)));
        session.out.println(issued);
      }
      return Exit.DONE;
    }
  }
}
