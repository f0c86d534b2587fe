package org.rostrum.adapters.cli;

import io.vavr.control.Either;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.ReviewMailUseCase;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.rules.Doubts;
import org.rostrum.core.view.ReviewView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "review",
    description =
        "The mails held for review, with why; accept one as a request (at its original time of"
            + " receipt) or dismiss it with a reason.",
    subcommands = {ReviewCommand.Accept.class, ReviewCommand.Dismiss.class},
    footer = {"", "Example: rostrum review accept 3 --participant Japan --segment II"})
final class ReviewCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @Override
  public Integer call() {
    return KeptViews.print(root, new KeptViews.View("review", "text", root.language(), null));
  }

  /** The held mails as {@code review} prints them, with why each was held. */
  static KeptViews.Rendered render(Session session, KeptViews.View view) {
    Plenary plenary = session.plenary();
    // counted before the mails are read: a mail held meanwhile leaves this view behind
    String counts = session.store.snapshots().reviews(plenary.id());
    ReviewView review = reviews(session).review(plenary.id());
    Text text = new Text(view.language());
    java.io.StringWriter printed = new java.io.StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(printed);
    if (review.held().isEmpty()) {
      out.println(text.get("review.none"));
    }
    DateTimeFormatter at = ListRenderer.RECEIVED;
    for (ReviewView.Item item : review.held()) {
      MailReviews.Held h = item.mail();
      out.println(
          text.get(
              "review.line",
              h.id(),
              at.format(h.receivedAt().atZone(plenary.zone())),
              h.senderClock() ? text.get("review.sender.clock") : "",
              h.sender(),
              h.subject(),
              Doubts.sentences(h.doubts(), text.language(), h.participantSeen()),
              h.resolution()
                  .map(r -> text.get("review.resolved", r.outcome() + " " + r.note()))
                  .getOrElse(
                      item.late()
                          ? text.get(
                              "review.late", at.format(review.closesAt().atZone(plenary.zone())))
                          : "")));
      if (h.resolution().isEmpty()) {
        // what was read, for the person who decides: the candidates and the evidence
        if (!h.candidates().isEmpty()) {
          out.println(
              text.get(
                  "mail.review.candidates",
                  Candidates.named(h.candidates(), text.language(), plenary.roster())));
        }
        for (String e : h.evidence()) {
          out.println(
              text.get(
                  "mail.review.evidence",
                  Doubts.explainEvidence(e, text.language(), plenary.roster())));
        }
      }
    }
    out.flush();
    // a hostile mail's subject or sender never reaches the terminal as an escape sequence
    return new KeptViews.Rendered(
        plenary.id(),
        review.version(),
        counts,
        org.rostrum.core.text.TerminalText.lines(printed.toString()));
  }

  static ReviewMailUseCase reviews(Session session) {
    return session.reviews();
  }

  static int refusal(Session session, ReviewMailUseCase.NotDone why, long id) {
    session.out.println(
        session.text.get(
            switch (why) {
              case NOT_HELD -> "review.not.held";
              case RESOLVED -> "review.resolved.already";
              case NO_REASON -> "review.no.reason";
            },
            id));
    return Exit.of(why);
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "accept",
      description = "Records a held mail as a request of PARTICIPANT for SEGMENT.",
      footer = {"", "Example: rostrum review accept 3 --participant Japan --segment II"})
  static final class Accept implements Callable<Integer> {
    @ParentCommand ReviewCommand review;

    @Parameters(
        paramLabel = "ID",
        descriptionKey = "id",
        description = "The held mail's number.",
        converter = HeldNumber.class)
    long id;

    @Option(
        names = "--participant",
        required = true,
        paramLabel = "NAME",
        description = "The participant for whom the mail asks for the floor.")
    String participant;

    @Option(
        names = "--segment",
        required = true,
        paramLabel = "S",
        description = "The segment asked for.")
    String segment;

    @Option(
        names = "--speaker",
        paramLabel = "NAME",
        description = "The speaker, if the mail names one the reader missed.")
    String speaker;

    @picocli.CommandLine.Mixin MailOptions mail = new MailOptions();

    @Override
    public Integer call() {
      try (Session session = Session.open(review.root)) {
        Plenary plenary = session.plenary();
        ReviewMailUseCase reviews = reviews(session);
        Either<ReviewMailUseCase.NotDone, RegistrationOutcome> done =
            session.atTheDoor(
                plenary,
                () ->
                    reviews.accept(
                        plenary.id(),
                        id,
                        participant,
                        segment,
                        io.vavr.control.Option.of(speaker)));
        if (done.isLeft()) {
          return refusal(session, done.getLeft(), id);
        }
        RegistrationOutcome outcome = done.get();
        session.out.println(
            session.text.get(
                "review.accepted", id, session.outcome(plenary, outcome, outcome.receipt())));
        // the delegation learns its position as if the mail had been read at once
        session.deliverOwn(mail);
        return Exit.of(outcome);
      }
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "dismiss",
      description = "Dismisses a held mail, saying why (kept with the mail).",
      footer = {"", "Example: rostrum review dismiss 4 --reason \"a question about the venue\""})
  static final class Dismiss implements Callable<Integer> {
    @ParentCommand ReviewCommand review;

    @Parameters(
        paramLabel = "ID",
        descriptionKey = "id",
        description = "The held mail's number.",
        converter = HeldNumber.class)
    long id;

    @Option(
        names = "--reason",
        required = true,
        paramLabel = "TEXT",
        description = "Why it is dismissed.")
    String reason;

    @Option(
        names = "--reply",
        description =
            "Tell the mail's sender why, in a reply in the mail's language (the reason as written).")
    boolean reply;

    @picocli.CommandLine.Mixin MailOptions mail = new MailOptions();

    @Override
    public Integer call() {
      try (Session session = Session.open(review.root)) {
        Plenary plenary = session.plenary();
        Either<ReviewMailUseCase.NotDone, MailReviews.Held> done =
            reviews(session).dismiss(plenary.id(), id, reason, reply);
        if (done.isLeft()) {
          return refusal(session, done.getLeft(), id);
        }
        session.out.println(session.text.get("review.dismissed", id));
        session.deliverOwn(mail);
        return Exit.DONE;
      }
    }
  }

  /**
   * A held mail's number as a person types it, or copies it from a line Rostrum printed: "1459",
   * "#1459", and grouped as a locale prints it ("1,459", "1 459", "1.459", "1'459").
   */
  static final class HeldNumber implements picocli.CommandLine.ITypeConverter<Long> {
    private static final java.util.regex.Pattern NUMBER =
        java.util.regex.Pattern.compile("#?(\\d{1,3}(?:[,.'\u00A0\u202F ]\\d{3})+|\\d+)");

    @Override
    public Long convert(String value) {
      java.util.regex.Matcher m = NUMBER.matcher(value.strip());
      if (!m.matches()) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a held mail's number");
      }
      return Long.parseLong(m.group(1).replaceAll("\\D", ""));
    }
  }
}
