package org.rostrum.adapters.cli;

import java.io.PrintWriter;
import java.util.function.Predicate;
import org.rostrum.core.port.in.DeliverRepliesUseCase;
import org.rostrum.core.port.out.MailSender;
import org.rostrum.core.port.out.Outbox;
import org.rostrum.core.service.DeliveryService;

/**
 * Delivers the outbox through one sender, saying in one line what became of each reply: at once for
 * the replies a command just recorded, or in the background, every second and whenever woken, for a
 * process that runs until stopped.
 */
final class Mailroom implements AutoCloseable {

  private final DeliverRepliesUseCase delivery;
  private final MailSender inner;
  private final MailSender sender;
  private final Text text;
  private final PrintWriter out;
  private final Object signal = new Object();
  private volatile boolean stopped;
  private boolean woken;
  private Thread thread;

  Mailroom(Session session, MailSender sender) {
    this.delivery = new DeliveryService(session.store.outbox(), session.root.clock);
    this.text = session.text;
    this.out = session.out;
    this.inner = sender;
    this.sender = saying(sender);
  }

  /** Delivers now, in this thread, the due replies {@code only} names. */
  DeliverRepliesUseCase.Round deliver(Predicate<Outbox.Reply> only) {
    return delivery.deliver(sender, only);
  }

  /** Delivers in the background until closed. */
  void start() {
    thread =
        new Thread(
            () -> {
              while (!stopped) {
                try {
                  delivery.deliver(sender);
                } catch (RuntimeException e) {
                  print(text.get("outbox.store", sentence(e, text)));
                }
                await();
              }
            },
            "rostrum-mailroom");
    thread.setDaemon(true);
    thread.start();
  }

  /** A reply was recorded: deliver it now rather than at the next second. */
  void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  private void await() {
    synchronized (signal) {
      long until = System.nanoTime() + 1_000_000_000L;
      while (!woken && !stopped) {
        long left = until - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(signal, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      woken = false;
    }
  }

  /** The sender, each of its deliveries said in one line. */
  private MailSender saying(MailSender inner) {
    return reply -> {
      MailSender.Delivery d = inner.send(reply);
      String key =
          d instanceof MailSender.Delivery.Accepted
              ? inner instanceof org.rostrum.adapters.mail.FolderSender
                  ? "outbox.written"
                  : "outbox.sent"
              : d instanceof MailSender.Delivery.Deferred ? "outbox.deferred" : "outbox.refused";
      print(
          text.get(
              key,
              reply.id(),
              reply.draft().recipient(),
              occasion(text, reply),
              org.rostrum.core.text.TerminalText.lines(
                  key.equals("outbox.written")
                      ? d.answer().replaceFirst("^written to ", "")
                      : d.answer())));
      return d;
    };
  }

  /** What a reply answers, as a person reads it: "#12 inscribed", "held mail #3". */
  static String occasion(Text text, Outbox.Reply reply) {
    return text.get(
        "outbox.occasion." + reply.draft().occasion().name().toLowerCase(java.util.Locale.ROOT),
        reply.draft().reference());
  }

  /** A failure of the store while delivering, as the one sentence the command line says. */
  static String sentence(RuntimeException e, Text text) {
    return e instanceof org.rostrum.adapters.storage.StoreException s
        ? s.describe(text.language())
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private void print(String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  /** Stops delivering once the reply in hand is marked; closes the sender's connection. */
  @Override
  public void close() {
    stopped = true;
    wake();
    if (thread != null) {
      try {
        thread.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (inner instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        // closing anyway
      }
    }
  }
}
