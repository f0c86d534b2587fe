package org.rostrum.adapters.cli;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.AccessUseCase;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Issued;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.rules.Rejection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "token",
    description = "API tokens for the REST API.",
    footer = {"", "Example: rostrum token add --role registrant --participant Chile"},
    subcommands = {
      TokenCommand.Add.class,
      TokenCommand.ListTokens.class,
      TokenCommand.Revoke.class
    })
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
      if (parsed != Role.REGISTRANT && participant != null) {
        throw new UsageException(token.root.text().get("token.participant.alone", role));
      }
      try (Session session = Session.open(token.root)) {
        Plenary plenary = session.plenary();
        Either<Rejection, AccessUseCase.NewToken> issued =
            session
                .access()
                .issue(new Grant(parsed, Option.some(plenary.id()), Option.of(participant)));
        if (issued.isLeft()) {
          session.out.println(
              session.text.get(
                  "token.refused", session.messages(plenary).explain(issued.getLeft())));
          return Exit.of(issued.getLeft().reason());
        }
        String forWhom = issued.get().grant().participant().getOrElse("");
        session.out.println(
            session.text.get(
                "token",
                role.toLowerCase(Locale.ROOT),
                forWhom.isEmpty() ? "" : session.text.get("token.for", forWhom)));
        session.out.println(issued.get().secret());
      }
      return Exit.DONE;
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "list",
      description =
          "Every token issued: its id, role, plenary, participant, when; never the secret.",
      footer = {"", "Example: rostrum token list"})
  static final class ListTokens implements Callable<Integer> {
    @ParentCommand TokenCommand token;

    @Override
    public Integer call() {
      try (Session session = Session.open(token.root)) {
        Plenary plenary = session.plenary();
        io.vavr.collection.Seq<Issued> all = session.access().tokens();
        if (all.isEmpty()) {
          session.out.println(session.text.get("token.none"));
        }
        java.time.format.DateTimeFormatter at = ListRenderer.RECEIVED;
        for (Issued t : all) {
          session.out.println(
              session.text.get(
                  "token.line",
                  t.id(),
                  t.grant().role().name().toLowerCase(Locale.ROOT),
                  t.grant().plenary().map(p -> p.value()).getOrElse("*"),
                  t.grant().participant().getOrElse("—"),
                  at.format(t.createdAt().atZone(plenary.zone())),
                  t.revokedAt()
                      .map(
                          r ->
                              session.text.get(
                                  "token.revoked.at", at.format(r.atZone(plenary.zone()))))
                      .getOrElse("")));
        }
        return Exit.DONE;
      }
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "revoke",
      description = "Revokes a token by the id that token list prints; refused at once everywhere.",
      footer = {"", "Example: rostrum token revoke 3f9a1c0d22be"})
  static final class Revoke implements Callable<Integer> {
    @ParentCommand TokenCommand token;

    @Parameters(
        paramLabel = "ID",
        descriptionKey = "id",
        description = "The token's id, as token list prints it.")
    String id;

    @Override
    public Integer call() {
      try (Session session = Session.open(token.root)) {
        session.plenary();
        if (session.access().revoke(id)) {
          session.out.println(session.text.get("token.revoked", id));
          return Exit.DONE;
        }
        session.out.println(session.text.get("token.not.revoked", id));
        return Exit.REFUSED;
      }
    }
  }
}
