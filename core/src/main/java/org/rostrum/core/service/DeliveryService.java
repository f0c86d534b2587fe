package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.DeliverRepliesUseCase;
import org.rostrum.core.port.out.MailSender;
import org.rostrum.core.port.out.Outbox;
import org.rostrum.core.rules.DeliveryRules;

/**
 * Delivers the outbox under its rules (D1–D3). Each reply is claimed for this sender before it is
 * attempted, so that two processes delivering the same store never send it twice at once; the mark
 * follows the server's answer. A process that dies between the server's acceptance and the mark
 * leaves the reply claimed: once its claim lapses — at once when the process is seen gone — it is
 * sent once more, under the same Message-ID, which lets the recipient's mail system recognise it.
 */
public final class DeliveryService implements DeliverRepliesUseCase {

  /** How long a claim holds when its sender can't be seen to be gone. */
  static final Duration CLAIM = Duration.ofMinutes(2);

  /** How many replies one round takes at most. */
  private static final int ROUND = 500;

  private final Outbox outbox;
  private final Clock clock;
  private final String sender;

  public DeliveryService(Outbox outbox, Clock clock) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.clock = requireNonNull(clock, "clock");
    this.sender = Senders.thisProcess();
    // the claims of a sender of this machine that is no longer running are free again
    outbox.release(Senders::gone);
  }

  @Override
  public Round deliver(MailSender via) {
    return deliver(via, r -> true);
  }

  @Override
  public Round deliver(MailSender via, Predicate<Outbox.Reply> only) {
    int sent = 0;
    int deferred = 0;
    int failed = 0;
    for (Outbox.Reply reply : outbox.due(clock.instant(), ROUND).filter(only)) {
      Instant now = clock.instant();
      if (!DeliveryRules.due(reply.state() == Outbox.State.PENDING, reply.nextAttempt(), now)
          || !outbox.claim(reply.plenary(), reply.id(), sender, now, now.plus(CLAIM))) {
        continue; // another sender took it first
      }
      MailSender.Delivery delivery = via.send(reply);
      Instant after = clock.instant();
      if (delivery instanceof MailSender.Delivery.Accepted) {
        outbox.sent(reply.plenary(), reply.id(), after, delivery.answer());
        sent++;
        continue;
      }
      Option<Instant> next =
          DeliveryRules.next(
              delivery instanceof MailSender.Delivery.Deferred,
              reply.attempts() + 1,
              reply.recordedAt(),
              after);
      outbox.failed(reply.plenary(), reply.id(), delivery.answer(), next);
      if (next.isDefined()) {
        deferred++;
      } else {
        failed++;
      }
    }
    return new Round(sent, deferred, failed);
  }

  @Override
  public Seq<Outbox.Reply> replies(PlenaryId plenary) {
    return outbox.all(plenary);
  }

  @Override
  public Option<Outbox.Reply> retry(PlenaryId plenary, long id) {
    return outbox.retry(plenary, id, clock.instant()) ? outbox.find(plenary, id) : Option.none();
  }

  /** Who a sender is: this machine, this process and when it started, so that its end is seen. */
  static final class Senders {
    private Senders() {}

    static String thisProcess() {
      ProcessHandle self = ProcessHandle.current();
      return host()
          + " "
          + self.pid()
          + " "
          + self.info().startInstant().map(Instant::toString).orElse("?");
    }

    /** Whether a sender of this machine is no longer running (one of another machine: unknown). */
    static boolean gone(String sender) {
      String[] parts = sender.split(" ", -1);
      if (parts.length != 3 || !parts[0].equals(host())) {
        return false;
      }
      long pid;
      try {
        pid = Long.parseLong(parts[1]);
      } catch (NumberFormatException e) {
        return false;
      }
      return ProcessHandle.of(pid)
          .map(p -> !p.info().startInstant().map(Instant::toString).orElse("?").equals(parts[2]))
          .orElse(true);
    }

    private static String host() {
      try {
        return java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.net.UnknownHostException e) {
        return "localhost";
      }
    }
  }
}
