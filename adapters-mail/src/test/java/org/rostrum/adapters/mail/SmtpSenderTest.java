package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailSender;
import org.rostrum.core.port.out.Outbox;
import org.rostrum.core.service.DeliveryService;
import org.rostrum.core.service.InMemoryOutbox;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Replies through a real SMTP server on 127.0.0.1 whose answers the test chooses (SubEthaSMTP): a
 * temporary refusal (4xx) then an acceptance sends the reply once; a permanent refusal (5xx) fails
 * it with the server's words; a sender that dies between the server's acceptance and the mark sends
 * it once more, under the same Message-ID; a server that is down defers the reply.
 */
class SmtpSenderTest {

  static final PlenaryId ASP = new PlenaryId("asp23-cooperation");

  /** What the server does with each mail's data, in turn: an SMTP code, 250 to accept. */
  final CopyOnWriteArrayList<Integer> script = new CopyOnWriteArrayList<>();

  final CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();
  final AtomicInteger attempts = new AtomicInteger();
  SMTPServer server;

  static final class Hands extends Clock {
    final AtomicReference<Instant> now =
        new AtomicReference<>(Instant.parse("2024-11-25T09:00:00Z"));

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

  SMTPServer start() {
    server =
        SMTPServer.port(0)
            .bindAddress(java.net.InetAddress.getLoopbackAddress())
            .messageHandlerFactory(
                (MessageContext context) ->
                    new MessageHandler() {
                      @Override
                      public void from(String from) {
                        // any sender
                      }

                      @Override
                      public void recipient(String recipient) {
                        // any recipient
                      }

                      @Override
                      public String data(InputStream data) throws RejectException, IOException {
                        int n = attempts.getAndIncrement();
                        int code = n < script.size() ? script.get(n) : 250;
                        String text = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                        if (code != 250) {
                          throw new RejectException(
                              code, code >= 500 ? "5.1.1 mailbox unavailable" : "4.3.0 busy");
                        }
                        received.add(text);
                        return null;
                      }

                      @Override
                      public void done() {
                        // nothing kept per mail
                      }
                    })
            .build();
    server.start();
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  SmtpSender sender() {
    return new SmtpSender(
        SmtpSender.Location.parse("smtp://127.0.0.1:" + server.getPortAllocated()).get(),
        SmtpSender.Credential.password(() -> ""),
        Duration.ofSeconds(10));
  }

  static Outbox.Draft draft(String key) {
    String id = Acknowledgements.messageIdOf(key);
    return new Outbox.Draft(
        key,
        Outbox.Occasion.INSCRIBED,
        "#1",
        "yuki.sato@mofa.go.jp",
        "en",
        id,
        "Re: [Japan] Registration",
        String.join(
            "\r\n",
            "From: iccaspcoperation@gmail.com",
            "To: yuki.sato@mofa.go.jp",
            "Subject: Re: [Japan] Registration",
            "Message-ID: " + id,
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Japan is inscribed.",
            ""));
  }

  @Test
  void a_temporary_refusal_then_an_acceptance_sends_the_reply_once() {
    start();
    script.addAll(java.util.List.of(451, 451));
    Hands clock = new Hands();
    InMemoryOutbox outbox = new InMemoryOutbox();
    outbox.record(ASP, draft("<japan-1@mofa.go.jp>"), clock.instant());
    DeliveryService delivery = new DeliveryService(outbox, clock);
    try (SmtpSender smtp = sender()) {
      assertThat(delivery.deliver(smtp).deferred()).isEqualTo(1);
      Outbox.Reply deferred = outbox.find(ASP, 1).get();
      assertThat(deferred.state()).isEqualTo(Outbox.State.PENDING);
      assertThat(deferred.answer().get()).contains("451").contains("busy");
      assertThat(deferred.nextAttempt()).isEqualTo(clock.instant().plusSeconds(5));
      assertThat(delivery.deliver(smtp).attempted()).isZero(); // not due yet
      clock.advance(Duration.ofSeconds(5));
      assertThat(delivery.deliver(smtp).deferred()).isEqualTo(1);
      clock.advance(Duration.ofSeconds(10));
      assertThat(delivery.deliver(smtp).sent()).isEqualTo(1);
      clock.advance(Duration.ofHours(1));
      assertThat(delivery.deliver(smtp).attempted()).isZero();
    }
    assertThat(received).hasSize(1);
    assertThat(received.get(0))
        .contains("Message-ID: " + Acknowledgements.messageIdOf("<japan-1@mofa.go.jp>"))
        .contains("Auto-Submitted: auto-replied")
        .contains("Japan is inscribed.");
    Outbox.Reply sent = outbox.find(ASP, 1).get();
    assertThat(sent.state()).isEqualTo(Outbox.State.SENT);
    assertThat(sent.attempts()).isEqualTo(3);
    assertThat(sent.answer().get()).startsWith("250");
  }

  @Test
  void a_permanent_refusal_fails_the_reply_with_the_servers_answer() {
    start();
    script.add(550);
    Hands clock = new Hands();
    InMemoryOutbox outbox = new InMemoryOutbox();
    outbox.record(ASP, draft("<japan-1@mofa.go.jp>"), clock.instant());
    DeliveryService delivery = new DeliveryService(outbox, clock);
    try (SmtpSender smtp = sender()) {
      assertThat(delivery.deliver(smtp).failed()).isEqualTo(1);
      clock.advance(Duration.ofDays(1));
      assertThat(delivery.deliver(smtp).attempted()).isZero();
    }
    Outbox.Reply failed = outbox.find(ASP, 1).get();
    assertThat(failed.state()).isEqualTo(Outbox.State.FAILED);
    assertThat(failed.answer().get()).contains("550").contains("mailbox unavailable");
    assertThat(received).isEmpty();
  }

  @Test
  void a_sender_dead_between_the_acceptance_and_the_mark_sends_once_more_with_the_same_id() {
    start();
    Hands clock = new Hands();
    InMemoryOutbox outbox = new InMemoryOutbox();
    outbox.record(ASP, draft("<japan-1@mofa.go.jp>"), clock.instant());
    try (SmtpSender smtp = sender()) {
      // the process dies the moment the server has accepted: the mark is never written
      MailSender dying =
          reply -> {
            MailSender.Delivery d = smtp.send(reply);
            throw new IllegalStateException("killed after " + d.answer());
          };
      DeliveryService first = new DeliveryService(outbox, clock);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.deliver(dying))
          .hasMessageContaining("killed after 250");
      assertThat(received).hasSize(1);
      assertThat(outbox.find(ASP, 1).get().state()).isEqualTo(Outbox.State.PENDING);
      // a new process: the claim holds for two minutes (its holder can't be seen gone), then lapses
      DeliveryService second = new DeliveryService(outbox, clock);
      assertThat(second.deliver(smtp).attempted()).isZero();
      clock.advance(Duration.ofMinutes(3));
      assertThat(second.deliver(smtp).sent()).isEqualTo(1);
      clock.advance(Duration.ofHours(1));
      assertThat(second.deliver(smtp).attempted()).isZero();
    }
    assertThat(received).hasSize(2);
    String id = Acknowledgements.messageIdOf("<japan-1@mofa.go.jp>");
    assertThat(received).allSatisfy(m -> assertThat(m).contains("Message-ID: " + id));
  }

  @Test
  void a_server_that_is_down_defers_the_reply_saying_so() {
    start();
    int port = server.getPortAllocated();
    server.stop();
    server = null;
    Hands clock = new Hands();
    InMemoryOutbox outbox = new InMemoryOutbox();
    outbox.record(ASP, draft("<japan-1@mofa.go.jp>"), clock.instant());
    try (SmtpSender smtp =
        new SmtpSender(
            SmtpSender.Location.parse("smtp://127.0.0.1:" + port).get(),
            SmtpSender.Credential.password(() -> ""),
            Duration.ofSeconds(5))) {
      assertThat(new DeliveryService(outbox, clock).deliver(smtp).deferred()).isEqualTo(1);
    }
    assertThat(outbox.find(ASP, 1).get().answer().get()).containsIgnoringCase("connect");
  }

  @Test
  void smtp_addresses_are_read_as_a_person_writes_them_and_never_hold_a_password() {
    SmtpSender.Location gmail =
        SmtpSender.Location.parse("smtp://iccaspcoperation@gmail.com@smtp.gmail.com:587").get();
    assertThat(gmail.user()).isEqualTo("iccaspcoperation@gmail.com");
    assertThat(gmail.host()).isEqualTo("smtp.gmail.com");
    assertThat(gmail.port()).isEqualTo(587);
    assertThat(gmail.secure()).isFalse();
    SmtpSender.Location tls = SmtpSender.Location.parse("smtps://a%40b.org@mail.b.org").get();
    assertThat(tls.port()).isEqualTo(465);
    assertThat(tls.user()).isEqualTo("a@b.org");
    assertThat(SmtpSender.Location.parse("smtp://user:pw@host").getLeft())
        .isEqualTo(ImapSource.AddressProblem.PASSWORD);
    assertThat(SmtpSender.Location.parse("imap://user@host").getLeft())
        .isEqualTo(ImapSource.AddressProblem.NOT_IMAP);
    assertThat(SmtpSender.Location.parse("smtp:///x").getLeft())
        .isEqualTo(ImapSource.AddressProblem.NO_HOST);
    assertThat(gmail.toString()).isEqualTo("smtp://iccaspcoperation@gmail.com@smtp.gmail.com:587");
    // STARTTLS is required away from this machine; XOAUTH2 when told
    var props =
        SmtpSender.properties(
            gmail, SmtpSender.Credential.oauth2(() -> "token"), Duration.ofSeconds(30), true);
    assertThat(props.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
    assertThat(props.getProperty("mail.smtp.auth.mechanisms")).isEqualTo("XOAUTH2");
    assertThat(Option.of(props.getProperty("mail.smtp.auth"))).contains("true");
  }
}
