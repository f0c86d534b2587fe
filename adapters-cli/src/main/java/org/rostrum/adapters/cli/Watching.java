package org.rostrum.adapters.cli;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.rostrum.adapters.mail.ImapSource;
import org.rostrum.adapters.mail.MailImport;
import org.rostrum.adapters.mail.OutboxReplies;
import org.rostrum.adapters.mail.Watcher;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.service.PlenaryService;

/**
 * The mailbox loop of one plenary: a watcher per IMAP folder, each mail that arrives taken by the
 * same intake as {@code import-mail} (one mail at a time, whichever folder it came from), its reply
 * recorded in the outbox and delivered at once by the mailroom. For {@code watch} and {@code serve
 * --watch}.
 */
final class Watching implements AutoCloseable {

  /** How the folders are watched. */
  record Settings(Duration poll, Duration heartbeat, Option<String> moveTo) {}

  private final List<Watcher> watchers;
  private final List<Thread> threads;
  private final Mailroom mailroom;

  private Watching(List<Watcher> watchers, List<Thread> threads, Mailroom mailroom) {
    this.watchers = watchers;
    this.threads = threads;
    this.mailroom = mailroom;
  }

  /** Parses every address first (a usage error names the wrong one), then starts watching. */
  static Watching start(
      Session session,
      PlenaryService service,
      java.util.List<String> sources,
      MailOptions mail,
      Settings settings) {
    List<ImapSource.Location> folders =
        List.ofAll(sources)
            .map(
                source ->
                    ImapSource.Location.parse(source)
                        .getOrElseThrow(
                            why ->
                                new UsageException(
                                    session.text.get(
                                        "imap.address",
                                        source,
                                        session.text.get(
                                            "imap.address."
                                                + why.name().toLowerCase(Locale.ROOT))))));
    Plenary plenary = session.plenary();
    PlenaryService intakeService = service.as(Actor.mail());
    OutboxReplies replies =
        new OutboxReplies(intakeService::plenary, session.store.outbox(), session.root.clock);
    Mailroom mailroom = new Mailroom(session, mail.sender(session));
    MailImport intake =
        new MailImport(
            plenary,
            intakeService,
            session.intake(),
            session.root.clock,
            replies.answering(plenary));
    Object oneAtATime = new Object();
    Watcher.Listener listener = new Said(session, plenary.zone());
    List<Watcher> watchers =
        folders.map(
            where ->
                new Watcher(
                    where,
                    mail.imapSecret(where, session, false),
                    plenary.id(),
                    session.store.positions(),
                    raw -> {
                      synchronized (oneAtATime) {
                        intake.run(
                            List.of(raw), o -> print(session, ImportMailCommand.line(o, session)));
                      }
                      mailroom.wake();
                    },
                    listener,
                    new Watcher.Settings(
                        settings.poll(),
                        settings.heartbeat(),
                        MailOptions.TIMEOUT,
                        settings.moveTo(),
                        mail.oauth2())));
    mailroom.start();
    List<Thread> threads =
        watchers.map(
            w -> {
              Thread t = new Thread(w::run, "rostrum-watch");
              t.start();
              return t;
            });
    return new Watching(watchers, threads, mailroom);
  }

  /** Stops watching (the mail in hand is finished), then delivering. */
  @Override
  public void close() {
    watchers.forEach(Watcher::close);
    for (Thread t : threads) {
      try {
        t.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    mailroom.close();
  }

  static void print(Session session, String line) {
    synchronized (session.out) {
      session.out.println(line);
      session.out.flush();
    }
  }

  /** The watcher's news as sentences, in the command line's language. */
  private static final class Said implements Watcher.Listener {
    private final Session session;
    private final ZoneId zone;

    Said(Session session, ZoneId zone) {
      this.session = session;
      this.zone = zone;
    }

    @Override
    public void watching(ImapSource.Location where, boolean idle, Duration poll) {
      print(
          session,
          idle
              ? session.text.get("watch.idle", where)
              : session.text.get("watch.polling", where, poll.toSeconds()));
    }

    @Override
    public void problem(
        ImapSource.Location where, ImapSource.ImapException failure, Duration retry) {
      print(
          session,
          session.text.get(
                  "imap." + failure.failure().name().toLowerCase(Locale.ROOT),
                  where,
                  failure.detail())
              + " "
              + session.text.get("watch.retry", retry.toSeconds()));
    }

    @Override
    public void idle(ImapSource.Location where, java.time.Instant since) {
      print(
          session,
          session.text.get(
              "watch.heartbeat",
              where,
              java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(since.atZone(zone))));
    }

    @Override
    public void renumbered(ImapSource.Location where) {
      print(session, session.text.get("watch.renumbered", where));
    }
  }
}
