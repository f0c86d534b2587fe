package org.rostrum.benchmarks;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.Outbox;

/**
 * The mailbox loop end to end, as the Secretariat runs it: {@code rostrum watch} (the shaded jar,
 * as a process) on a GreenMail IMAP folder, answering through GreenMail's SMTP, for a plenary whose
 * deadline lies ahead. Measures, for mails delivered one at a time, the time from delivery into the
 * folder to the reply accepted by the SMTP server (p50, p95, max); then a burst of mails delivered
 * at once: the time until every reply is accepted, and whether the mails were taken in receipt
 * order. Beside them, in the same run, the floor: one SMTP submission from this JVM to the same
 * server, connection included.
 *
 * <p>{@code ./mvnw -B -q install -DskipTests && java -cp benchmarks/target/benchmarks.jar
 * org.rostrum.benchmarks.MailboxLoopLoad [SINGLES] [BURST]}
 */
public final class MailboxLoopLoad {

  private MailboxLoopLoad() {}

  public static void main(String[] args) throws Exception {
    int singles = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int burst = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Path jar = Path.of(System.getProperty("rostrum.jar", "adapters-cli/target/rostrum.jar"));
    GreenMail mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort(),
              new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
            });
    mail.start();
    mail.setUser("iccaspcoperation@gmail.com", "asp", "pw");
    Path dir = Files.createTempDirectory("rostrum-loop-bench");
    Path db = dir.resolve("rostrum.db");
    Files.writeString(dir.resolve("plenary.yaml"), futurePlenary());
    run(jar, db, "init", "--definition", dir.resolve("plenary.yaml").toString());
    Process watch =
        start(
            jar,
            db,
            "watch",
            "imap://asp@127.0.0.1:" + mail.getImap().getPort() + "/INBOX",
            "--smtp",
            "smtp://127.0.0.1:" + mail.getSmtp().getPort());
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8));
    String first = lines.readLine();
    Thread drain =
        new Thread(
            () -> {
              try {
                while (lines.readLine() != null) {
                  // the watcher's lines, read so that its output never blocks it
                }
              } catch (java.io.IOException e) {
                // the process ended
              }
            });
    drain.setDaemon(true);
    drain.start();
    System.out.println("watcher: " + first);

    List<Participant> states =
        org.rostrum.core.model.Roster.bundled("asp-2024")
            .states(java.time.LocalDate.of(2024, 12, 5))
            .asJava();
    Session session = Session.getInstance(new Properties());

    // the floor: one SMTP submission, connection included, to the same server
    List<Long> floor = new ArrayList<>();
    Properties smtp = new Properties();
    smtp.setProperty("mail.smtp.host", "127.0.0.1");
    smtp.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
    Session submission = Session.getInstance(smtp);
    for (int i = 0; i < singles; i++) {
      MimeMessage m = new MimeMessage(submission);
      m.setFrom(new InternetAddress("bench@example.org"));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress("floor@example.org"));
      m.setSubject("floor " + i);
      m.setText("floor");
      long t0 = System.nanoTime();
      Transport.send(m);
      floor.add(System.nanoTime() - t0);
    }
    int received = replies(mail);

    // one at a time: delivery into the folder → the reply accepted by the SMTP server
    List<Long> latencies = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < singles; i++) {
      MimeMessage request = request(session, i, states, now.minusSeconds(singles - i));
      long t0 = System.nanoTime();
      mail.getUserManager().getUser("asp").deliver(request);
      received = await(mail, received + 1, 30);
      latencies.add(System.nanoTime() - t0);
      Thread.sleep(100);
    }

    // a burst: every mail delivered at once, then every reply
    Instant burstAt = Instant.now().minusSeconds(burst + 5L);
    List<MimeMessage> requests = new ArrayList<>();
    for (int i = 0; i < burst; i++) {
      requests.add(request(session, singles + i, states, burstAt.plusSeconds(i)));
    }
    long b0 = System.nanoTime();
    for (MimeMessage r : requests) {
      mail.getUserManager().getUser("asp").deliver(r);
    }
    await(mail, received + burst, 600);
    long burstNanos = System.nanoTime() - b0;

    watch.destroy();
    watch.waitFor(30, TimeUnit.SECONDS);
    boolean inOrder;
    int sent;
    int recorded;
    try (Store store = Store.open(db.toString(), false, Clock.systemUTC())) {
      PlenaryId plenary = store.catalog().all().head().id();
      List<Outbox.Reply> replies = store.outbox().all(plenary).asJava();
      sent = (int) replies.stream().filter(r -> r.state() == Outbox.State.SENT).count();
      List<Integer> order = new ArrayList<>();
      for (Outbox.Reply r : replies) {
        order.add(Integer.parseInt(r.draft().key().replaceAll("\\D", "")));
      }
      List<Integer> sorted = new ArrayList<>(order);
      Collections.sort(sorted);
      inOrder = order.equals(sorted);
      recorded = store.journal().read(plenary, 0).size();
    }
    mail.stop();
    System.out.printf(
        Locale.ROOT,
        "floor (one SMTP submission): p50 %.1f ms, p95 %.1f ms%n",
        ms(pct(floor, 50)),
        ms(pct(floor, 95)));
    System.out.printf(
        Locale.ROOT,
        "mail delivered → reply accepted, %d mails one at a time: p50 %.0f ms, p95 %.0f ms, max"
            + " %.0f ms%n",
        singles,
        ms(pct(latencies, 50)),
        ms(pct(latencies, 95)),
        ms(Collections.max(latencies)));
    System.out.printf(
        Locale.ROOT,
        "burst of %d mails → every reply accepted: %.1f s (%.0f mails/s); %d journal entries, %d"
            + " replies sent, in receipt order: %s%n",
        burst,
        burstNanos / 1e9,
        burst / (burstNanos / 1e9),
        recorded,
        sent,
        inOrder);
  }

  static MimeMessage request(Session session, int i, List<Participant> states, Instant at)
      throws Exception {
    String text = MailImportLoad.mail(i, states.get(i % states.size()), at);
    return new MimeMessage(
        session, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static int await(GreenMail mail, int count, int seconds) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    int n = replies(mail);
    while (n < count) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("only " + n + " of " + count + " replies arrived");
      }
      Thread.sleep(2);
      n = replies(mail);
    }
    return n;
  }

  /** The replies the SMTP server accepted: mails to the missions (the requests are not counted). */
  static int replies(GreenMail mail) throws Exception {
    int n = 0;
    for (MimeMessage m : mail.getReceivedMessages()) {
      String[] to = m.getHeader("To");
      if (to != null && to.length > 0 && to[0].contains("@mission-")) {
        n++;
      }
    }
    return n;
  }

  static long pct(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  static String futurePlenary() throws java.io.IOException {
    int year = ZonedDateTime.now(ZoneOffset.UTC).getYear() + 1;
    try (var in = MailboxLoopLoad.class.getResourceAsStream("/plenaries/asp23-cooperation.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("date: 2024-12-05", "date: " + year + "-12-05")
          .replace("deadline: 2024-12-05T00:00", "deadline: " + year + "-12-05T00:00")
          .replace("duplicates: one-per-plenary", "duplicates: one-per-segment");
    }
  }

  static List<String> command(Path jar, Path db, String... args) {
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.add("-jar");
    c.add(jar.toString());
    c.add("--db");
    c.add(db.toString());
    c.addAll(List.of(args));
    return c;
  }

  static void run(Path jar, Path db, String... args) throws Exception {
    Process p = new ProcessBuilder(command(jar, db, args)).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("rostrum " + String.join(" ", args) + " failed");
    }
  }

  static Process start(Path jar, Path db, String... args) throws Exception {
    ProcessBuilder b = new ProcessBuilder(command(jar, db, args));
    b.environment().put("ROSTRUM_IMAP_PASSWORD", "pw");
    b.redirectErrorStream(true);
    return b.start();
  }
}
