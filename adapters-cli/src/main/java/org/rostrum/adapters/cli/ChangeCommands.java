package org.rostrum.adapters.cli;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.service.PlenaryService;
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
    return change(root, change, (session, plenary, recorded) -> done.apply(session, plenary));
  }

  /** What a change did, said from what it recorded. */
  @FunctionalInterface
  interface Done {
    String say(Session session, Plenary plenary, Change recorded);
  }

  /** Runs one change and says what it recorded, or why not (exit 3). */
  static int change(
      Rostrum root, BiFunction<Session, Plenary, Either<Rejection, Change>> change, Done done) {
    try (Session session = Session.open(root)) {
      Plenary plenary = session.plenary();
      Either<Rejection, Change> result = change.apply(session, plenary);
      if (result.isLeft()) {
        return notDone(session, plenary, result.getLeft());
      }
      session.out.println(done.say(session, plenary, result.get()));
      return Exit.DONE;
    }
  }

  /** A change refused by a rule: the core's sentence, and the refusal's exit code. */
  static int notDone(Session session, Plenary plenary, Rejection rejection) {
    session.out.println(session.text.get("not.done", session.messages(plenary).explain(rejection)));
    return Exit.of(rejection.reason());
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
          (s, p) -> s.service().closeList(p.id(), s.segmentId(p, segment)),
          (session, p) -> session.text.get("closed", session.segmentId(p, segment)));
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
          (s, p) -> s.service().reopenList(p.id(), s.segmentId(p, segment)),
          (session, p) -> session.text.get("reopened", session.segmentId(p, segment)));
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

  @Command(
      mixinStandardHelpOptions = true,
      name = "amend",
      description = {
        "Corrects a request recorded with a clerical error (a name typed wrong, the wrong segment",
        "or State): the request, with what is given here in place of what was recorded, is decided",
        "again at its original time of receipt and keeps its number. With nothing given, it is",
        "simply decided again (after the request it duplicated was corrected)."
      },
      footer = {"", "Example: rostrum amend 7 --participant Germany --reason \"typed Germny\""})
  static final class Amend implements Callable<Integer> {
    @ParentCommand Rostrum root;

    @Parameters(
        paramLabel = "ID",
        descriptionKey = "id",
        description = "The request's number, as the list prints it: 7 or #7.")
    String id;

    @picocli.CommandLine.Option(
        names = "--participant",
        paramLabel = "NAME",
        description = "The delegation or organisation the request should have named.")
    String participant;

    @picocli.CommandLine.Option(
        names = "--category",
        paramLabel = "C",
        description =
            "One of: ${COMPLETION-CANDIDATES} (needed for organisations Rostrum does not know).")
    ParticipantCategory category;

    @picocli.CommandLine.Option(
        names = "--segment",
        paramLabel = "S",
        description = "The segment the request should have named.")
    String segment;

    @picocli.CommandLine.Option(
        names = "--speaker",
        paramLabel = "NAME",
        description = "The speaker the request should have named (\"\" for none).")
    String speaker;

    @picocli.CommandLine.Option(
        names = "--reason",
        paramLabel = "TEXT",
        defaultValue = "",
        description = "Why it is corrected, kept in the record.")
    String reason;

    @Override
    public Integer call() {
      try (Session session = Session.open(root)) {
        Plenary plenary = session.plenary();
        RegistrationId request = session.requestId(id);
        PlenaryService service = session.service();
        Either<Rejection, Change> result =
            service.amend(
                plenary.id(),
                new org.rostrum.core.decider.Command.Amend(
                    request,
                    Option.of(participant),
                    Option.of(category),
                    Option.of(segment),
                    Option.of(speaker),
                    reason.strip()));
        if (result.isLeft()) {
          return notDone(session, plenary, result.getLeft());
        }
        RegistrationOutcome outcome =
            service
                .outcome(plenary.id(), request)
                .getOrElseThrow(() -> new IllegalStateException("amended, then gone: #" + request));
        session.out.println(
            session.text.get(
                "amended",
                request,
                reason.isBlank() ? "" : session.text.get("amended.reason", reason.strip()),
                ListRenderer.RECEIVED.format(
                    receivedAt(service, plenary, outcome).atZone(plenary.zone()))));
        session.out.println(
            session.outcome(plenary, outcome, result.get().recorded().head().hash()));
        return Exit.of(outcome);
      }
    }

    /** When the Secretariat received the request: it is what an amendment never changes. */
    private static Instant receivedAt(
        PlenaryService service, Plenary plenary, RegistrationOutcome outcome) {
      return outcome instanceof RegistrationOutcome.Inscribed i
          ? i.registration().receivedAt()
          : service
              .list(plenary.id())
              .refusal(outcome.id())
              .map(r -> r.request().receivedAt())
              .getOrElseThrow(() -> new IllegalStateException("no refusal #" + outcome.id()));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "annul",
      description = {
        "Annuls an entry made in error (a test, a mail that asked for nothing): it leaves the list",
        "and the refused requests, and stays in the record with the reason."
      },
      footer = {"", "Example: rostrum annul 7 --reason \"test entry\""})
  static final class Annul implements Callable<Integer> {
    @ParentCommand Rostrum root;

    @Parameters(
        paramLabel = "ID",
        descriptionKey = "id",
        description = "The request's number, as the list prints it: 7 or #7.")
    String id;

    @picocli.CommandLine.Option(
        names = "--reason",
        required = true,
        paramLabel = "TEXT",
        description = "Why it is annulled, kept in the record.")
    String reason;

    @Override
    public Integer call() {
      String[] who = {""};
      return change(
          root,
          (s, p) -> {
            RegistrationId request = s.requestId(id);
            if (reason.isBlank()) {
              throw new UsageException(s.text.get("annul.no.reason", request));
            }
            PlenaryService service = s.service();
            who[0] = s.named(service, p, request).map(n -> " (" + n + ")").getOrElse("");
            return service.annul(p.id(), request, reason.strip());
          },
          (s, p) ->
              s.text.get(
                  "annulled", s.requestId(id), who[0], reason.strip().replaceFirst("\\.$", "")));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "resume-segment",
      description = {
        "Resumes a segment ended by mistake: the segment that ended last, before anyone is called",
        "in the next (rule L6). Its speakers not reached wait again, in their order."
      },
      footer = {"", "Example: rostrum resume-segment I"})
  static final class ResumeSegment implements Callable<Integer> {
    @ParentCommand Rostrum root;

    @Parameters(
        paramLabel = "SEGMENT",
        descriptionKey = "segment",
        description = "The segment that ended last.")
    String segment;

    @Override
    public Integer call() {
      return change(
          root,
          (s, p) -> s.service().resumeSegment(p.id(), s.segmentId(p, segment)),
          (s, p, change) -> {
            io.vavr.collection.Seq<Event.SegmentResumed> resumed =
                change
                    .recorded()
                    .map(e -> e.event())
                    .filter(Event.SegmentResumed.class::isInstance)
                    .map(Event.SegmentResumed.class::cast);
            return s.text.get(
                "resumed",
                resumed.map(r -> r.segment().value()).headOption().getOrElse(segment),
                resumed.map(r -> r.waitingAgain().size()).sum().intValue());
          });
    }
  }
}
