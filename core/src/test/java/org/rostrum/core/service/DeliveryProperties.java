package org.rostrum.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailSender;
import org.rostrum.core.port.out.Outbox;
import org.rostrum.core.rules.DeliveryRules;

/**
 * The outbox rules D1–D3 as properties: whatever a server answers, attempt after attempt, a reply
 * it accepted is never attempted again (D1); a temporary failure is retried after a delay that
 * grows, never over 15 minutes, and given up after two days (D2); a permanent refusal fails at once
 * and only an officer's retry makes it due again (D3).
 */
class DeliveryProperties {

  static final PlenaryId ASP = new PlenaryId("asp23-cooperation");
  static final Instant START = Instant.parse("2024-11-25T09:00:00Z");

  /** A clock the test moves. */
  static final class Hands extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(START);

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    void advance(Duration d) {
      now.set(now.get().plus(d));
    }
  }

  static Outbox.Draft draft(String key) {
    return new Outbox.Draft(
        key,
        Outbox.Occasion.INSCRIBED,
        "#1",
        "delegate@mofa.go.jp",
        "en",
        "<ack-" + key + "@rostrum.invalid>",
        "Re: request",
        "Message-ID: <ack-" + key + "@rostrum.invalid>\r\n\r\nInscribed.\r\n");
  }

  /** Answers 0 = accepted, 1 = deferred (4xx), 2 = refused (5xx), in turn. */
  static MailSender scripted(java.util.List<Integer> answers, java.util.List<String> sent) {
    java.util.Iterator<Integer> next = answers.iterator();
    return reply -> {
      int a = next.hasNext() ? next.next() : 0;
      sent.add(reply.draft().messageId() + " " + a);
      return switch (a) {
        case 0 -> new MailSender.Delivery.Accepted("250 2.0.0 OK");
        case 1 -> new MailSender.Delivery.Deferred("451 4.3.0 try again later");
        default -> new MailSender.Delivery.Refused("550 5.1.1 no such user");
      };
    };
  }

  @Test
  void d1_once_accepted_a_reply_is_never_attempted_again() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 2)).ofSizeBetween(1, 12))
        .checkAssert(
            answers -> {
              Hands clock = new Hands();
              InMemoryOutbox outbox = new InMemoryOutbox();
              outbox.record(ASP, draft("k"), clock.instant());
              DeliveryService delivery = new DeliveryService(outbox, clock);
              java.util.List<String> sent = new java.util.ArrayList<>();
              MailSender server = scripted(answers, sent);
              for (int round = 0; round < 40; round++) {
                delivery.deliver(server);
                clock.advance(Duration.ofMinutes(16));
              }
              long accepted = sent.stream().filter(s -> s.endsWith(" 0")).count();
              assertThat(accepted).isLessThanOrEqualTo(1);
              Outbox.Reply reply = outbox.find(ASP, 1).get();
              if (accepted == 1) {
                assertThat(sent.get(sent.size() - 1)).endsWith(" 0");
                assertThat(reply.state()).isEqualTo(Outbox.State.SENT);
              }
              int firstRefusal = answers.indexOf(2);
              if (firstRefusal >= 0 && !answers.subList(0, firstRefusal).contains(0)) {
                assertThat(sent).hasSize(firstRefusal + 1); // D3: refused, not tried again
                assertThat(reply.state()).isEqualTo(Outbox.State.FAILED);
                assertThat(reply.answer().get()).startsWith("550");
              }
            });
  }

  @Test
  void d2_the_delay_doubles_from_five_seconds_never_exceeds_fifteen_minutes_and_ends_in_two_days() {
    qt().withExamples(100)
        .forAll(integers().between(1, 400))
        .checkAssert(
            attempts -> {
              Duration d = DeliveryRules.delay(attempts);
              assertThat(d).isBetween(DeliveryRules.FIRST_DELAY, DeliveryRules.LONGEST_DELAY);
              assertThat(DeliveryRules.delay(attempts + 1)).isGreaterThanOrEqualTo(d);
              if (attempts < 8) {
                assertThat(d).isEqualTo(Duration.ofSeconds(5L << (attempts - 1)));
              }
              Instant recorded = START;
              Instant now = START.plus(Duration.ofHours(attempts));
              assertThat(DeliveryRules.next(true, attempts, recorded, now))
                  .isEqualTo(
                      now.plus(d).isAfter(recorded.plus(DeliveryRules.PATIENCE))
                          ? io.vavr.control.Option.none()
                          : io.vavr.control.Option.some(now.plus(d)));
              assertThat(DeliveryRules.next(false, attempts, recorded, now)).isEmpty();
            });
  }

  @Test
  void d2_a_reply_deferred_again_and_again_fails_after_two_days_saying_the_last_answer() {
    Hands clock = new Hands();
    InMemoryOutbox outbox = new InMemoryOutbox();
    outbox.record(ASP, draft("k"), clock.instant());
    DeliveryService delivery = new DeliveryService(outbox, clock);
    java.util.List<String> sent = new java.util.ArrayList<>();
    MailSender busy = scripted(java.util.Collections.nCopies(10_000, 1), sent);
    while (outbox.find(ASP, 1).get().state() == Outbox.State.PENDING) {
      delivery.deliver(busy);
      clock.advance(Duration.ofMinutes(1));
    }
    Outbox.Reply reply = outbox.find(ASP, 1).get();
    assertThat(reply.state()).isEqualTo(Outbox.State.FAILED);
    assertThat(reply.answer().get()).startsWith("451");
    assertThat(clock.instant())
        .isBetween(START.plus(Duration.ofHours(47)), START.plusSeconds(49 * 3600));
    // the first attempts come quickly: 5 s, 10 s, 20 s apart
    assertThat(sent.size()).isBetween(150, 260);
  }

  @Test
  void d3_an_officers_retry_makes_a_failed_reply_due_and_a_sent_one_is_never_retried() {
    Hands clock = new Hands();
    InMemoryOutbox outbox = new InMemoryOutbox();
    outbox.record(ASP, draft("a"), clock.instant());
    outbox.record(ASP, draft("b"), clock.instant());
    assertThat(outbox.record(ASP, draft("a"), clock.instant())).isEqualTo(1); // once per key
    DeliveryService delivery = new DeliveryService(outbox, clock);
    java.util.List<String> sent = new java.util.ArrayList<>();
    org.rostrum.core.port.in.DeliverRepliesUseCase.Round round =
        delivery.deliver(scripted(List.of(2, 0).asJava(), sent));
    assertThat(round.failed()).isEqualTo(1);
    assertThat(round.sent()).isEqualTo(1);
    assertThat(delivery.deliver(scripted(List.of(0).asJava(), sent)).attempted()).isZero();
    assertThat(delivery.retry(ASP, 2)).isEmpty(); // sent: never again
    assertThat(delivery.retry(ASP, 9)).isEmpty();
    assertThat(delivery.retry(ASP, 1).get().state()).isEqualTo(Outbox.State.PENDING);
    assertThat(delivery.deliver(scripted(List.of(0).asJava(), sent)).sent()).isEqualTo(1);
    assertThat(delivery.replies(ASP).map(Outbox.Reply::state))
        .containsExactly(Outbox.State.SENT, Outbox.State.SENT);
    assertThat(sent).hasSize(3);
  }

  @Test
  void two_senders_never_attempt_one_reply_and_a_claim_lapses_when_its_sender_died() {
    Hands clock = new Hands();
    InMemoryOutbox outbox = new InMemoryOutbox();
    outbox.record(ASP, draft("a"), clock.instant());
    assertThat(outbox.claim(ASP, 1, "host 1 t", clock.instant(), clock.instant().plusSeconds(120)))
        .isTrue();
    assertThat(outbox.claim(ASP, 1, "host 2 t", clock.instant(), clock.instant().plusSeconds(120)))
        .isFalse();
    assertThat(outbox.due(clock.instant(), 10)).isEmpty();
    // the sender died after the server took the reply, before it was marked: sent once more
    clock.advance(Duration.ofSeconds(121));
    assertThat(outbox.due(clock.instant(), 10)).hasSize(1);
    assertThat(outbox.release(s -> s.equals("host 1 t"))).isEqualTo(1);
    assertThat(outbox.claim(ASP, 1, "host 2 t", clock.instant(), clock.instant().plusSeconds(120)))
        .isTrue();
  }
}
