package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.port.out.Outbox;
import org.rostrum.core.service.DeliveryService;
import org.rostrum.core.service.MailIntakeService;
import org.rostrum.core.service.PlenaryService;

/**
 * The mailbox loop on a real IMAP and SMTP server (GreenMail on 127.0.0.1) and a real SQLite store:
 * the watcher takes each mail that arrives, the intake inscribes it, its reply goes out once. The
 * server stopped and started again mid-watch (a new, renumbered folder holding the same mails and
 * one more): nothing missed, nothing taken twice. A bounce and an automatic reply arriving in the
 * folder get no reply. A folder renumbered (its UIDVALIDITY changed) is read again without a double
 * inscription.
 */
class MailboxLoopTest {

  static final String USER = "asp.secretariat";
  static final String PASSWORD = "s3cret-ASP23";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-01T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  GreenMail server;
  int imapPort;
  int smtpPort;
  org.rostrum.adapters.storage.Store store;
  Plenary plenary;
  Watcher watcher;
  Thread watching;
  volatile boolean delivering = true;
  Thread sending;
  final CopyOnWriteArrayList<String> said = new CopyOnWriteArrayList<>();

  @BeforeEach
  void open() {
    startServer(0, 0);
    store = org.rostrum.adapters.storage.Store.open(dir.resolve("r.db").toString(), true, CLOCK);
    plenary = store.catalog().define(PlenaryDefinitions.bundled(), "bundled");
  }

  void startServer(int imap, int smtp) {
    server =
        new GreenMail(
            new ServerSetup[] {
              imap == 0
                  ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()
                  : new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
              smtp == 0
                  ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
                  : new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
            });
    server.start();
    server.setUser("iccaspcoperation@gmail.com", USER, PASSWORD);
    imapPort = server.getImap().getPort();
    smtpPort = server.getSmtp().getPort();
  }

  @AfterEach
  void close() throws Exception {
    if (watcher != null) {
      watcher.close();
      watching.join(10_000);
    }
    delivering = false;
    if (sending != null) {
      sending.join(10_000);
    }
    server.stop();
    store.close();
  }

  /** The watcher and a sender, as {@code rostrum watch} runs them. */
  void watch(String folder) {
    watch(folder, Option.none());
  }

  void watch(String folder, Option<String> moveTo) {
    PlenaryService service =
        new PlenaryService(store.journal(), store.catalog(), Notifier.none(), CLOCK);
    OutboxReplies replies = new OutboxReplies(service::plenary, store.outbox(), CLOCK);
    MailImport intake =
        new MailImport(
            plenary,
            service,
            new MailIntakeService(store.reviews()),
            CLOCK,
            replies.answering(plenary));
    ImapSource.Location where =
        ImapSource.Location.parse("imap://" + USER + "@127.0.0.1:" + imapPort + "/" + folder).get();
    watcher =
        new Watcher(
            where,
            () -> PASSWORD,
            plenary.id(),
            store.positions(),
            raw -> intake.run(List.of(raw), o -> said.add(o.kind() + " " + o.raw().origin())),
            new Watcher.Listener() {
              @Override
              public void watching(ImapSource.Location w, boolean idle, Duration poll) {
                said.add("watching idle=" + idle);
              }

              @Override
              public void problem(
                  ImapSource.Location w, ImapSource.ImapException failure, Duration retry) {
                said.add("problem " + failure.failure());
              }

              @Override
              public void idle(ImapSource.Location w, Instant since) {
                said.add("heartbeat");
              }

              @Override
              public void renumbered(ImapSource.Location w) {
                said.add("renumbered");
              }
            },
            new Watcher.Settings(
                Duration.ofSeconds(1),
                Duration.ofMinutes(15),
                Duration.ofSeconds(5),
                moveTo,
                false));
    watching = new Thread(watcher::run, "test-watch");
    watching.start();
    DeliveryService delivery = new DeliveryService(store.outbox(), Clock.systemUTC());
    sending =
        new Thread(
            () -> {
              while (delivering) {
                try (SmtpSender smtp =
                    new SmtpSender(
                        SmtpSender.Location.parse("smtp://127.0.0.1:" + smtpPort).get(),
                        SmtpSender.Credential.password(() -> ""),
                        Duration.ofSeconds(5))) {
                  delivery.deliver(smtp);
                }
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sending.start();
  }

  static String request(String id, String country, String from, String segment) {
    return String.join(
        "\r\n",
        "From: \"Delegation\" <" + from + ">",
        "To: iccaspcoperation@gmail.com",
        "Subject: [" + country + "] Registration for the Plenary on Cooperation",
        "Date: Thu, 28 Nov 2024 10:47:10 +0100",
        "Message-ID: " + id,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Dear Secretariat,",
        "",
        "The Permanent Mission of "
            + country
            + " wishes to inscribe "
            + country
            + " on the list of speakers for Segment "
            + segment
            + " of the plenary on cooperation.",
        "",
        "Best regards",
        "");
  }

  static String bounce() {
    return String.join(
        "\r\n",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "To: iccaspcoperation@gmail.com",
        "Subject: Delivery Status Notification (Failure)",
        "Date: Thu, 28 Nov 2024 11:00:00 +0100",
        "Message-ID: <bounce-1@mail.gmail.com>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Address not found. Your message wasn't delivered to someone@example.org.",
        "");
  }

  void deliver(String folder, String... mails) throws Exception {
    Store client = Session.getInstance(new Properties()).getStore("imap");
    client.connect("127.0.0.1", imapPort, USER, PASSWORD);
    try {
      Folder f = client.getFolder(folder);
      if (!f.exists()) {
        f.create(Folder.HOLDS_MESSAGES);
      }
      f.open(Folder.READ_WRITE);
      for (String mail : mails) {
        f.appendMessages(
            new Message[] {
              new MimeMessage(
                  Session.getInstance(new Properties()),
                  new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)))
            });
      }
      f.close(false);
    } finally {
      client.close();
    }
  }

  int repliesTo(String address) throws Exception {
    int n = 0;
    for (MimeMessage m : server.getReceivedMessages()) {
      if (String.valueOf(m.getHeader("To", ",")).contains(address)) {
        n++;
      }
    }
    return n;
  }

  static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
    long until = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
  }

  int inscribed() {
    return store.journal().read(plenary.id(), 0).size();
  }

  int countReplies(String address) {
    try {
      return repliesTo(address);
    } catch (Exception e) {
      return -1;
    }
  }

  @Test
  void a_server_restarted_mid_watch_misses_nothing_and_takes_nothing_twice() throws Exception {
    deliver("INBOX", request("<jp-1@mofa.go.jp>", "Japan", "yuki.sato@mofa.go.jp", "II"), bounce());
    watch("INBOX");
    await(() -> countReplies("yuki.sato@mofa.go.jp") == 1, Duration.ofSeconds(20));
    assertThat(countReplies("yuki.sato@mofa.go.jp")).as("%s", said).isEqualTo(1);
    int afterFirst = inscribed();
    assertThat(afterFirst).isPositive();

    // the server goes down and comes back: its folder renumbered, holding the same mails and a new
    server.stop();
    await(() -> said.stream().anyMatch(s -> s.startsWith("problem")), Duration.ofSeconds(15));
    startServer(imapPort, smtpPort);
    deliver(
        "INBOX",
        request("<jp-1@mofa.go.jp>", "Japan", "yuki.sato@mofa.go.jp", "II"),
        bounce(),
        request("<ke-1@mfa.go.ke>", "Kenya", "desk@mfa.go.ke", "I"));
    await(() -> countReplies("desk@mfa.go.ke") == 1, Duration.ofSeconds(30));
    assertThat(countReplies("desk@mfa.go.ke")).as("%s", said).isEqualTo(1);
    Thread.sleep(1500);
    // the Japanese reply was sent before the restart: the new server has received nothing for it
    assertThat(countReplies("yuki.sato@mofa.go.jp")).isZero();
    assertThat(countReplies("mailer-daemon")).isZero();
    assertThat(store.outbox().all(plenary.id()).map(r -> r.draft().recipient()))
        .containsExactly("yuki.sato@mofa.go.jp", "desk@mfa.go.ke");
    assertThat(store.outbox().all(plenary.id()).map(Outbox.Reply::state))
        .containsOnly(Outbox.State.SENT);
    assertThat(said).anyMatch(s -> s.startsWith("problem CONNECT"));
    assertThat(said.stream().filter(s -> s.startsWith("INSCRIBED"))).hasSize(2);
  }

  int count(String folder) throws Exception {
    Store client = Session.getInstance(new Properties()).getStore("imap");
    client.connect("127.0.0.1", imapPort, USER, PASSWORD);
    try {
      Folder f = client.getFolder(folder);
      return f.exists() ? f.getMessageCount() : -1;
    } finally {
      client.close();
    }
  }

  @Test
  void the_folder_is_left_as_it_was_unless_told_to_move_each_mail_taken() throws Exception {
    deliver("Processed", new String[0]);
    deliver("INBOX", request("<jp-1@mofa.go.jp>", "Japan", "yuki.sato@mofa.go.jp", "II"));
    watch("INBOX", Option.some("Processed"));
    await(() -> countReplies("yuki.sato@mofa.go.jp") == 1, Duration.ofSeconds(20));
    deliver("INBOX", request("<ke-1@mfa.go.ke>", "Kenya", "desk@mfa.go.ke", "I"));
    await(() -> countReplies("desk@mfa.go.ke") == 1, Duration.ofSeconds(20));
    await(
        () -> {
          try {
            return count("INBOX") == 0;
          } catch (Exception e) {
            return false;
          }
        },
        Duration.ofSeconds(10));
    assertThat(count("INBOX")).isZero();
    assertThat(count("Processed")).isEqualTo(2);
    assertThat(said.stream().filter(s -> s.startsWith("INSCRIBED"))).hasSize(2);
  }

  @Test
  void a_renumbered_folder_is_read_again_without_a_double_inscription() throws Exception {
    deliver("ASP23", request("<jp-1@mofa.go.jp>", "Japan", "yuki.sato@mofa.go.jp", "II"));
    watch("ASP23");
    await(() -> countReplies("yuki.sato@mofa.go.jp") == 1, Duration.ofSeconds(20));
    int before = inscribed();
    watcher.close();
    watching.join(10_000);
    // the server renumbered the folder (a restore, a migration): its UIDVALIDITY is not the one
    // kept, so every mail in it is read again
    String folder = "imap://" + USER + "@127.0.0.1:" + imapPort + "/ASP23";
    org.rostrum.core.port.out.MailboxPositions.Position kept =
        store.positions().find(plenary.id(), folder).get();
    assertThat(kept.last()).isEqualTo(1);
    store
        .positions()
        .keep(
            plenary.id(),
            folder,
            new org.rostrum.core.port.out.MailboxPositions.Position(kept.validity() - 1, 7));
    deliver("ASP23", request("<ke-1@mfa.go.ke>", "Kenya", "desk@mfa.go.ke", "I"));
    watch("ASP23");
    await(() -> countReplies("desk@mfa.go.ke") == 1, Duration.ofSeconds(20));
    Thread.sleep(1000);
    assertThat(said).contains("renumbered");
    assertThat(countReplies("yuki.sato@mofa.go.jp")).isEqualTo(1);
    assertThat(countReplies("desk@mfa.go.ke")).isEqualTo(1);
    assertThat(inscribed()).isGreaterThan(before);
    assertThat(said.stream().filter(s -> s.startsWith("INSCRIBED"))).hasSize(2);
    assertThat(said.stream().filter(s -> s.startsWith("KNOWN"))).hasSize(1);
  }
}
