package org.rostrum.adapters.cli;

import io.vavr.control.Either;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.rules.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The Secretariat's changes to the lists. */
final class ChangeCommands {

  private ChangeCommands() {}

  /** Runs one change and says what it did, or why not (exit 3). */
  static int change(
      Rostrum root,
      BiFunction<Session, Plenary, Either<Rejection, Change>> change,
      BiFunction<Session, Plenary, String> done) {
    try (Session session = Session.open(root)) {
      Plenary plenary = session.plenary();
      Either<Rejection, Change> result = change.apply(session, plenary);
      if (result.isLeft()) {
        session.out.println(
            session.text.get("not.done", session.messages(plenary).explain(result.getLeft())));
        return Exit.of(result.getLeft().reason());
      }
      session.out.println(done.apply(session, plenary));
      return Exit.DONE;
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "withdraw",
      description = "Withdraws a waiting request; everyone else keeps their order.",
      footer = {"", "Example: rostrum withdraw 12"})
  static final class Withdraw implements Callable<Integer> {
    @ParentCommand Rostrum root;

    @Parameters(
        paramLabel = "ID",
        descriptionKey = "id",
        description = "The request's number, as the list prints it: 12 or #12.")
    String id;

    @Override
    public Integer call() {
      String[] who = {""};
      return change(
          root,
          (s, p) -> {
            RegistrationId request = s.requestId(id);
            who[0] = s.who(p, request);
            return s.service().withdraw(p.id(), request);
          },
          (session, p) -> session.text.get("withdrawn", session.requestId(id), who[0]));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "swap",
      description = "Exchanges two waiting places of one segment's list.",
      footer = {"", "Example: rostrum swap 4 9"})
  static final class Swap implements Callable<Integer> {
    @ParentCommand Rostrum root;

    @Parameters(
        index = "0",
        paramLabel = "ID",
        descriptionKey = "first",
        description = "A request's number: 4 or #4.")
    String first;

    @Parameters(
        index = "1",
        paramLabel = "ID",
        descriptionKey = "second",
        description = "The other one's number.")
    String second;

    @Override
    public Integer call() {
      return change(
          root,
          (s, p) -> {
            RegistrationId a = s.requestId(first);
            RegistrationId b = s.requestId(second);
            if (a.equals(b)) {
              throw new UsageException(s.text.get("swap.same", a));
            }
            return s.service().swap(p.id(), a, b);
          },
          (s, p) ->
              s.text.get(
                  "swapped",
                  s.requestId(first),
                  s.requestId(second),
                  s.who(p, s.requestId(first)),
                  s.who(p, s.requestId(second))));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "close-list",
      description = "Closes a segment's list: further requests for it are refused.",
      footer = {"", "Example: rostrum close-list II"})
  static final class CloseList implements Callable<Integer> {
    @ParentCommand Rostrum root;

    @Parameters(paramLabel = "SEGMENT")
    String segment;

    @Override
    public Integer call() {
      return change(
          root,
          (s, p) -> s.service().closeList(p.id(), SegmentId.of(segment)),
          (session, p) -> session.text.get("closed", SegmentId.of(segment)));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "reopen-list",
      description = "Reopens a closed list.",
      footer = {"", "Example: rostrum reopen-list II"})
  static final class ReopenList implements Callable<Integer> {
    @ParentCommand Rostrum root;

    @Parameters(paramLabel = "SEGMENT")
    String segment;

    @Override
    public Integer call() {
      return change(
          root,
          (s, p) -> s.service().reopenList(p.id(), SegmentId.of(segment)),
          (session, p) -> session.text.get("reopened", SegmentId.of(segment)));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "extend-deadline",
      description = "Moves the deadline later (local time in the plenary's zone, or with offset).",
      footer = {"", "Example: rostrum extend-deadline 2024-12-05T12:00"})
  static final class ExtendDeadline implements Callable<Integer> {
    @ParentCommand Rostrum root;

    @Parameters(paramLabel = "ISO-8601")
    String closesAt;

    @Override
    public Integer call() {
      return change(
          root,
          (s, p) -> s.service().extendDeadline(p.id(), s.instant(closesAt, p)),
          (s, p) -> s.text.get("extended", s.messages(p).instant(s.instant(closesAt, p))));
    }
  }
}
