package org.rostrum.adapters.cli;

import io.vavr.control.Option;
import java.util.concurrent.Callable;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RegistrationOutcome;
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
      names = "--kind",
      paramLabel = "KIND",
      converter = Choices.Kind.class,
      description =
          "statement (the default), point-of-order, right-of-reply or group-statement, when the"
              + " plenary takes them.")
  org.rostrum.core.model.InterventionKind kind;

  @picocli.CommandLine.Option(
      names = "--on-behalf-of",
      paramLabel = "GROUP",
      description = "The group the statement is made for (\"the African Group\").")
  String onBehalfOf;

  @picocli.CommandLine.Option(
      names = "--level",
      paramLabel = "LEVEL",
      converter = Choices.Level.class,
      description =
          "The level of representation, for precedence by level: head-of-state-or-government,"
              + " minister, vice-minister, head-of-delegation or other.")
  org.rostrum.core.model.RepresentationLevel level;

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
              .kind(kind == null ? org.rostrum.core.model.InterventionKind.STATEMENT : kind)
              .level(Option.of(level))
              .onBehalfOf(Option.of(onBehalfOf))
              .category(Option.of(category))
              .speaker(Option.of(speaker))
              .language(Option.of(root.lang))
              .receivedAt(Option.of(receivedAt).map(r -> session.instant(r, plenary)))
              .senderClock(senderClock)
              .sourceRef(Option.of(ref))
              .build();
      RegistrationOutcome outcome =
          session.atTheDoor(plenary, () -> session.service().register(command));
      if (outcome.replay()) {
        session.out.println(session.text.get("replayed", outcome.id(), ref));
      }
      session.out.println(session.outcome(plenary, outcome, outcome.receipt()));
      if (outcome instanceof RegistrationOutcome.Refused refused
          && (outcome.replay() || typo(refused.rejection()))) {
        // a clerk's typo is corrected where it was made: the hint comes with the refusal
        correction(session, plenary, refused).forEach(session.out::println);
      }
      return Exit.of(outcome);
    }
  }

  /**
   * How a refused request is corrected, said when its reference comes again: the option of {@code
   * rostrum amend} that fits the rule that refused it; a late one cannot be amended (its time of
   * receipt stands), only annulled and registered again. Nothing for a request annulled since (no
   * longer among the refusals).
   */
  /** A refusal that says something was written wrong: a name or a segment. */
  private static boolean typo(org.rostrum.core.rules.Rejection rejection) {
    return rejection.reason() == org.rostrum.core.rules.RejectionReason.INVALID
        || rejection.reason() == org.rostrum.core.rules.RejectionReason.UNKNOWN_SEGMENT;
  }

  static Option<String> correction(
      Session session, Plenary plenary, RegistrationOutcome.Refused refused) {
    Option<org.rostrum.core.view.Refusal> refusal =
        session.service().list(plenary.id()).refusal(refused.id());
    if (refusal.isEmpty()) {
      return Option.none();
    }
    if (refused.rejection() instanceof org.rostrum.core.rules.Rejection.Invalid invalid
        && writing(invalid.problem())
        && refusal.get().request().speaker().exists(RegisterCommand::unwritable)) {
      // the speaker's name is what cannot be kept: that is the option to type again
      return Option.some(session.text.get("correct.speaker", refused.id()));
    }
    String key =
        switch (refused.rejection().reason()) {
          case INVALID, DUPLICATE -> "correct.participant";
          case TOO_MANY_REPLIES -> "correct.replies";
          case UNKNOWN_SEGMENT, LIST_CLOSED -> "correct.segment";
          case LATE -> "correct.late";
          // not the refusal of a request for the floor: no option to name
          case NOT_FOUND,
              NOT_WAITING,
              DIFFERENT_SEGMENTS,
              ALREADY_CLOSED,
              NOT_CLOSED,
              DEADLINE_NOT_LATER,
              SPEECH_RUNNING,
              NO_SPEECH_RUNNING,
              SPEAKER_AT_ROSTRUM,
              NO_SPEAKER_CALLED,
              NO_WAITING_SPEAKER,
              NO_OPEN_SEGMENT,
              NOT_RESUMABLE,
              ALREADY_ON_ROSTER,
              SPEECH_PAUSED,
              NOT_PAUSED,
              STALE ->
              "correct.any";
        };
    if (refused.rejection() instanceof org.rostrum.core.rules.Rejection.Invalid invalid
        && (invalid.problem() == org.rostrum.core.rules.Rejection.Invalid.Problem.GROUP_MISSING
            || invalid.problem()
                == org.rostrum.core.rules.Rejection.Invalid.Problem.KIND_NOT_TAKEN)) {
      // a correction keeps the kind and the group: the request is registered again
      return Option.some(session.text.get("correct.kind", refused.id()));
    }
    if (refused.rejection() instanceof org.rostrum.core.rules.Rejection.Invalid invalid
        && invalid.suggestions().size() == 1) {
      // one name suggested: the command to type, with it
      return Option.some(
          session.text.get(
              "correct.participant.named",
              refused.id(),
              plenary.roster().name(invalid.suggestions().head(), session.text.language())));
    }
    return Option.some(session.text.get(key, refused.id()));
  }

  /** Whether a refusal is about how a name is written (R10), not about who it names. */
  private static boolean writing(org.rostrum.core.rules.Rejection.Invalid.Problem problem) {
    return switch (problem) {
      case CONTROL_CHARACTER, INVISIBLE_CHARACTER, TEXT_TOO_LONG -> true;
      default -> false;
    };
  }

  /** A name Rostrum does not keep as written: a control or invisible character, or too long. */
  private static boolean unwritable(String name) {
    return org.rostrum.core.model.ControlCharacters.first(name.strip()).isDefined()
        || name.length() > org.rostrum.core.rules.Participants.MAX_NAME_LENGTH;
  }
}
