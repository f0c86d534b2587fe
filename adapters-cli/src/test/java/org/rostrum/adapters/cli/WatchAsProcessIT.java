package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rostrum watch} as the Secretariat runs it through the registration week: a process
 * watching a real IMAP folder and answering through a real SMTP server (GreenMail on 127.0.0.1),
 * for a plenary whose deadline lies ahead. A request delivered is inscribed and its sender receives
 * exactly one threaded, automatic reply within seconds; the watcher killed (SIGKILL) and started
 * again takes nothing twice and sends nothing twice; {@code rostrum outbox} lists the reply as
 * sent.
 */
class WatchAsProcessIT {

  static final String USER = "asp.secretariat";
  static final String PASSWORD = "s3cret-ASP23";
  static final String SMTP_PASSWORD = "smtp-s3cret";
  static final String DELEGATE = "yuki.sato@mofa.go.jp";

  @TempDir Path dir;
  GreenMail server;
  final CommandsAsProcessesIT processes = new CommandsAsProcessesIT();

  @BeforeEach
  void start() throws Exception {
    server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort(),
              new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
            });
    server.start();
    server.setUser("iccaspcoperation@gmail.com", USER, PASSWORD);
    server.setUser("smtp-sender@gmail.com", "sender", SMTP_PASSWORD);
    processes.dir = dir;
    Files.writeString(dir.resolve("imap.password"), PASSWORD + "\n");
    Files.writeString(dir.resolve("smtp.password"), SMTP_PASSWORD + "\n");
    Files.writeString(dir.resolve("plenary.yaml"), futurePlenary());
    assertThat(
            processes
                .rostrum("init", "--definition", dir.resolve("plenary.yaml").toString())
                .code())
        .isZero();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** The bundled plenary on cooperation, held a year from now: its deadline lies ahead. */
  static String futurePlenary() throws IOException {
    int year = ZonedDateTime.now(ZoneOffset.UTC).getYear() + 1;
    try (var in = WatchAsProcessIT.class.getResourceAsStream("/plenaries/asp23-cooperation.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("date: 2024-12-05", "date: " + year + "-12-05")
          .replace("deadline: 2024-12-05T00:00", "deadline: " + year + "-12-05T00:00");
    }
  }

  Process watch() throws IOException {
    List<String> command =
        new ArrayList<>(
            processes.command(
                "watch",
                "imap://" + USER + "@127.0.0.1:" + server.getImap().getPort() + "/INBOX",
                "--smtp",
                "smtp://sender@127.0.0.1:" + server.getSmtp().getPort(),
                "--password-file",
                dir.resolve("imap.password").toString(),
                "--smtp-password-file",
                dir.resolve("smtp.password").toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("watch.log").toFile());
    builder.environment().remove(MailOptions.IMAP_PASSWORD);
    builder.environment().remove(MailOptions.SMTP_PASSWORD);
    return builder.start();
  }

  /** Japan's request, dated now. */
  static String request(String messageId) {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
    return String.join(
        "\r\n",
        "From: \"SATO Yuki\" <" + DELEGATE + ">",
        "To: iccaspcoperation@gmail.com",
        "Subject: [Japan] Registration for the Plenary on Cooperation (Segment II)",
        "Date: " + date,
        "Message-ID: " + messageId,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Dear Secretariat,",
        "",
        "The Permanent Mission of Japan wishes to inscribe Japan on the list of speakers for"
            + " Segment II of the plenary on cooperation. The statement will be delivered by"
            + " H.E. Ms. Hiroko Tanaka, Ambassador.",
        "",
        "Best regards,",
        "SATO Yuki",
        "");
  }

  /** A mail delivered into the Secretariat's folder. */
  void deliver(String mail) throws Exception {
    MimeMessage message =
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)));
    server.getUserManager().getUser(USER).deliver(message);
  }

  List<MimeMessage> repliesTo(String address) throws Exception {
    List<MimeMessage> replies = new ArrayList<>();
    for (MimeMessage m : server.getReceivedMessages()) {
      for (var to : m.getRecipients(Message.RecipientType.TO)) {
        if (to.toString().contains(address)) {
          replies.add(m);
        }
      }
    }
    return replies;
  }

  List<MimeMessage> awaitReplies(String address, int count, Duration within) throws Exception {
    long until = System.nanoTime() + within.toNanos();
    List<MimeMessage> replies = repliesTo(address);
    while (replies.size() < count && System.nanoTime() < until) {
      Thread.sleep(100);
      replies = repliesTo(address);
    }
    return replies;
  }

  String log() throws IOException {
    return Files.readString(dir.resolve("watch.log"));
  }

  @Test
  void a_request_is_inscribed_and_answered_once_and_a_restart_takes_and_sends_nothing_twice()
      throws Exception {
    Process first = watch();
    try {
      String request = request("<japan-1@mofa.go.jp>");
      deliver(request);
      List<MimeMessage> replies = awaitReplies(DELEGATE, 1, Duration.ofSeconds(20));
      assertThat(replies).as(this::logQuietly).hasSize(1);
      MimeMessage reply = replies.get(0);
      assertThat(reply.getHeader("In-Reply-To")).containsExactly("<japan-1@mofa.go.jp>");
      assertThat(reply.getHeader("Auto-Submitted")).containsExactly("auto-replied");
      assertThat(body(reply)).contains("Japan").contains("inscribed").contains("II");
      String messageId = reply.getMessageID();

      // SIGKILL: no shutdown hook, no goodbye
      first.destroyForcibly();
      assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();

      Process second = watch();
      try {
        deliver(request); // the same mail delivered twice, as it happens
        Thread.sleep(4000);
        assertThat(repliesTo(DELEGATE)).as(this::logQuietly).hasSize(1);
        assertThat(repliesTo(DELEGATE).get(0).getMessageID()).isEqualTo(messageId);
      } finally {
        second.destroy();
        second.waitFor(20, TimeUnit.SECONDS);
      }
    } finally {
      first.destroyForcibly();
    }
    CommandsAsProcessesIT.Run list = processes.rostrum("list", "--segment", "II");
    assertThat(list.out()).containsOnlyOnce("Japan");
    CommandsAsProcessesIT.Run outbox = processes.rostrum("outbox");
    assertThat(outbox.code()).isZero();
    assertThat(outbox.out()).contains("#1").contains("sent").contains(DELEGATE);
    assertThat(outbox.out()).contains("1 reply: 1 sent, 0 pending, 0 failed.");
  }

  String logQuietly() {
    try {
      return log();
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static String body(MimeMessage m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.getDataHandler().writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
