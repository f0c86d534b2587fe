package org.rostrum.adapters.cli;

import io.vavr.collection.Seq;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.DeliverRepliesUseCase;
import org.rostrum.core.port.out.Outbox;
import org.rostrum.core.service.DeliveryService;
import org.rostrum.core.text.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "outbox",
    description =
        "Lists the replies owed to the delegations, each with where it stands: pending (with its"
            + " next attempt), sent (with the server's answer), or failed (with why).",
    subcommands = {OutboxCommand.Retry.class, OutboxCommand.Send.class},
    footer = {
      "",
      "A reply is recorded in the store with the outcome it answers, then sent by `watch`,",
      "`serve --smtp`, `import-mail --smtp` or `outbox send`. A reply the server accepted is",
      "never sent again; if the process is killed between the server's acceptance and its mark,",
      "it is sent once more, with the same Message-ID.",
      "",
      "Example: rostrum outbox",
      "         rostrum outbox retry 7",
      "         rostrum outbox send --smtp smtp://asp@smtp.example.org:587"
    })
final class OutboxCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @Override
  public Integer call() {
    try (Session session = Session.open(root)) {
      Plenary plenary = session.plenary();
      Seq<Outbox.Reply> replies = delivery(session).replies(plenary.id());
      StringBuilder out = new StringBuilder();
      for (Outbox.Reply r : replies) {
        out.append(line(session, plenary, r)).append('\n');
      }
      out.append(
          session.text.get(
              "outbox.summary",
              replies.size(),
              replies.count(r -> r.state() == Outbox.State.SENT),
              replies.count(r -> r.state() == Outbox.State.PENDING),
              replies.count(r -> r.state() == Outbox.State.FAILED)));
      // a recipient or a server's answer never reaches the terminal as an escape sequence
      session.out.println(TerminalText.lines(out.toString()));
      return replies.exists(r -> r.state() == Outbox.State.FAILED) ? Exit.REFUSED : Exit.DONE;
    }
  }

  static DeliverRepliesUseCase delivery(Session session) {
    return new DeliveryService(session.store.outbox(), session.root.clock);
  }

  /** One reply: its number, state, recipient, what it answers, and the server's last words. */
  static String line(Session session, Plenary plenary, Outbox.Reply r) {
    DateTimeFormatter time =
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", session.text.language().locale())
            .withZone(plenary.zone());
    String state =
        switch (r.state()) {
          case SENT ->
              session.text.get(
                  "outbox.state.sent", time.format(r.sentAt().getOrElse(r.recordedAt())));
          case PENDING ->
              session.text.get("outbox.state.pending", r.attempts(), time.format(r.nextAttempt()));
          case FAILED -> session.text.get("outbox.state.failed", r.attempts());
        };
    return session.text.get(
        "outbox.line",
        r.id(),
        state,
        r.draft().recipient(),
        Mailroom.occasion(session.text, r),
        r.draft().subject(),
        r.answer().map(a -> " — " + a).getOrElse(""));
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "retry",
      description =
          "Makes a pending or failed reply due now: the running watcher (or `outbox send`) sends"
              + " it.",
      footer = {"", "Example: rostrum outbox retry 7"})
  static final class Retry implements Callable<Integer> {
    @ParentCommand OutboxCommand outbox;

    @Parameters(
        paramLabel = "ID",
        descriptionKey = "id",
        description = "The reply's number (rostrum outbox lists them).")
    long id;

    @Override
    public Integer call() {
      try (Session session = Session.open(outbox.root)) {
        Plenary plenary = session.plenary();
        return delivery(session)
            .retry(plenary.id(), id)
            .map(
                r -> {
                  session.out.println(
                      session.text.get("outbox.retried", id, r.draft().recipient()));
                  return Exit.DONE;
                })
            .getOrElse(
                () -> {
                  session.out.println(session.text.get("outbox.no.retry", id));
                  return Exit.REFUSED;
                });
      }
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "send",
      description =
          "Sends every reply due now, by SMTP (--smtp) or as .eml files to the --outbox folder,"
              + " then stops: for a Secretariat that runs no watcher, or from cron.",
      footer = {
        "",
        "Example: rostrum outbox send --smtp smtps://asp@smtp.example.org",
        "         rostrum outbox send --outbox ~/to-send"
      })
  static final class Send implements Callable<Integer> {
    @ParentCommand OutboxCommand outbox;

    @Mixin MailOptions mail = new MailOptions();

    @Override
    public Integer call() {
      try (Session session = Session.open(outbox.root)) {
        DeliverRepliesUseCase.Round round;
        try (Mailroom mailroom = new Mailroom(session, mail.sender(session))) {
          round = mailroom.deliver(r -> true);
        }
        session.out.println(
            session.text.get("mail.replies.smtp", round.sent(), round.deferred(), round.failed()));
        return round.failed() + round.deferred() > 0 ? Exit.REFUSED : Exit.DONE;
      }
    }
  }
}
