package org.rostrum.adapters.cli;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rostrum.adapters.mail.OutboxReplies;
import org.rostrum.adapters.rest.LiveFeed;
import org.rostrum.adapters.rest.RestApi;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.service.AccessService;
import org.rostrum.core.service.DeliveryService;
import org.rostrum.core.service.MailReviewService;
import org.rostrum.core.service.PlenaryService;
import org.rostrum.core.service.RecordService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "serve",
    description =
        "The REST API and the live stream for the room's displays, until stopped (Ctrl-C). Binds"
            + " 127.0.0.1 unless told otherwise; one line per request on standard error.",
    footer = {"", "Example: rostrum serve --port 8080 --db jdbc:postgresql://db/rostrum"})
final class ServeCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "H",
      description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "P",
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--watch",
      arity = "1..*",
      paramLabel = "SOURCE",
      description =
          "Also watch these IMAP folders, as `rostrum watch` does: one process serves the pages"
              + " and answers the mailbox.")
  java.util.List<String> watch;

  @picocli.CommandLine.Mixin MailOptions mail = new MailOptions();

  @Override
  public Integer call() throws InterruptedException {
    try (Session session = Session.open(root)) {
      Store store = session.store;
      LiveFeed live = new LiveFeed(store.journal(), Duration.ofMillis(250));
      PlenaryService service =
          new PlenaryService(store.journal(), store.catalog(), live, root.clock);
      live.rooms(p -> service.plenary(p).map(found -> service.room(p)));
      RestApi.Services services =
          new RestApi.Services(
              service,
              service::as,
              service::as,
              actor ->
                  new MailReviewService(
                      store.reviews(),
                      service.as(actor),
                      root.clock,
                      new OutboxReplies(service::plenary, store.outbox(), root.clock)),
              new DeliveryService(store.outbox(), root.clock),
              new AccessService(store.tokens(), service::plenary, root.clock),
              new RecordService(store.proof(), store.catalog()),
              live,
              root.clock);
      java.io.PrintWriter err = root.err;
      Javalin server =
          RestApi.create(
              services,
              line -> {
                synchronized (err) {
                  err.println(line);
                  err.flush();
                }
              });
      AutoCloseable listening = store.onAppend(live::wake);
      server.start(host, port);
      // the replies recorded through the API (and the watcher's) go out by SMTP or to a folder
      // when told how; otherwise they wait in the outbox for `watch` or `outbox send`
      AutoCloseable mailbox =
          watch != null && !watch.isEmpty()
              ? Watching.start(
                  session,
                  service,
                  watch,
                  mail,
                  new Watching.Settings(
                      java.time.Duration.ofSeconds(30),
                      java.time.Duration.ofMinutes(15),
                      io.vavr.control.Option.none()))
              : mail.deliveryGiven()
                  ? started(new Mailroom(session, mail.sender(session)))
                  : () -> {};
      CountDownLatch stopped = new CountDownLatch(1);
      Thread hook =
          new Thread(
              () -> {
                live.close(); // first: the displays' connections end while the server can
                server.stop();
                try {
                  mailbox.close();
                } catch (Exception e) {
                  // stopping anyway
                }
                try {
                  listening.close();
                } catch (Exception e) {
                  // stopping anyway
                }
                stopped.countDown();
              },
              "rostrum-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      session.out.println(session.text.get("serve.listening", host, server.port()));
      session.out.flush();
      stopped.await();
      return Exit.DONE;
    }
  }

  private static Mailroom started(Mailroom mailroom) {
    mailroom.start();
    return mailroom;
  }
}
