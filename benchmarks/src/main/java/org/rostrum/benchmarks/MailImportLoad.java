package org.rostrum.benchmarks;

import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rostrum.adapters.mail.MailImport;
import org.rostrum.adapters.mail.MailParser;
import org.rostrum.adapters.mail.MailSources;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * How fast a mailbox is fed to the list: N registration mails in one mbox (every State Party in
 * turn, French and English, one in five with HTML only, one in four asking for a place already
 * held), read and imported into a fresh SQLite store, then imported again (all known). Beside it,
 * the same mails only parsed by mime4j, the floor any reader stands on.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.rostrum.benchmarks.MailImportLoad [N]
 * [ROUNDS]}
 */
public final class MailImportLoad {

  private MailImportLoad() {}

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-05T09:00:00Z"), ZoneOffset.UTC);
  static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Participant> states =
        org.rostrum.core.model.Roster.bundled("asp-2024")
            .states(java.time.LocalDate.of(2024, 12, 5));
    StringBuilder mbox = new StringBuilder();
    Instant start = Instant.parse("2024-11-20T08:00:00Z");
    for (int i = 0; i < n; i++) {
      mbox.append("From sender@example.org Wed Nov 20 08:00:00 2024\n")
          .append(mail(i, states.get(i % states.size()), start.plusSeconds(37L * i)))
          .append('\n');
    }
    Path dir = Files.createTempDirectory("rostrum-mail-bench");
    Path box = dir.resolve("asp23.mbox");
    Files.writeString(box, mbox, StandardCharsets.UTF_8);
    List<MailSources.RawMail> mails = MailSources.read(box);
    if (mails.size() != n) {
      throw new IllegalStateException("read " + mails.size() + " mails of " + n);
    }
    System.out.printf(
        Locale.ROOT,
        "%d mails, %.1f MiB mbox%n%-6s %14s %14s %14s%n",
        n,
        Files.size(box) / 1048576.0,
        "round",
        "parse only/s",
        "import/s",
        "re-import/s");
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      int parsed = 0;
      for (MailSources.RawMail m : mails) {
        parsed += MailParser.parse(m.bytes()).key().isEmpty() ? 0 : 1;
      }
      long t1 = System.nanoTime();
      Path db = dir.resolve("round-" + round + ".db");
      try (Store store = Store.open(db.toString(), true, CLOCK)) {
        Plenary plenary = store.catalog().define(PlenaryDefinitions.bundled(), "bundled");
        MailImport intake =
            new MailImport(
                plenary,
                new PlenaryService(store.journal(), store.catalog(), Notifier.none(), CLOCK),
                new org.rostrum.core.service.MailIntakeService(store.reviews()),
                CLOCK);
        long t2 = System.nanoTime();
        MailImport.Summary first = MailImport.Summary.of(intake.run(mails));
        long t3 = System.nanoTime();
        MailImport.Summary again = MailImport.Summary.of(intake.run(mails));
        long t4 = System.nanoTime();
        if (parsed != n || again.known() != n || first.known() != 0) {
          throw new IllegalStateException("unexpected outcome: " + first + " then " + again);
        }
        System.out.printf(
            Locale.ROOT,
            "%-6d %14.0f %14.0f %14.0f   (%d inscribed, refused %s, %d to review)%n",
            round,
            n / seconds(t1 - t0),
            n / seconds(t3 - t2),
            n / seconds(t4 - t3),
            first.inscribed(),
            first.refused().toJavaMap(),
            first.review());
      }
    }
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** A registration mail of {@code who}, stamped by the Secretariat's server at {@code at}. */
  static String mail(int i, Participant who, Instant at) {
    boolean french = i % 2 == 0;
    String segment = i % 3 == 0 ? "II" : "I";
    String text =
        french
            ? "Madame, Monsieur,\n\nLa délégation de "
                + who.name(org.rostrum.core.model.Language.FR)
                + " souhaite s'inscrire sur la liste des orateurs du segment "
                + segment
                + ".\n\nOrateur : S.E. M. Délégué "
                + i
                + "\n\nHaute considération.\n"
            : "Dear Secretariat,\n\nThe delegation of "
                + who.name(org.rostrum.core.model.Language.EN)
                + " would like to take the floor in segment "
                + segment
                + ".\n\nSpeaker: H.E. Delegate "
                + i
                + "\n\nBest regards\n";
    boolean html = i % 5 == 0;
    String body =
        html ? "<html><body><p>" + text.replace("\n\n", "</p><p>") + "</p></body></html>\n" : text;
    String stamp = RFC_5322.format(at.atOffset(ZoneOffset.UTC));
    return "Received: from mail.mission-"
        + i
        + ".example (mail.mission-"
        + i
        + ".example [192.0.2.1])\n"
        + "        by mx.google.com with ESMTPS id b"
        + i
        + "si1wrb\n"
        + "        for <iccaspcoperation@gmail.com>;\n"
        + "        "
        + stamp
        + "\n"
        + "From: Mission "
        + i
        + " <registrations@mission-"
        + i
        + ".example>\n"
        + "To: iccaspcoperation@gmail.com\n"
        + "Subject: "
        + (french ? "Inscription - segment " : "Registration - segment ")
        + segment
        + "\n"
        + "Date: "
        + stamp
        + "\n"
        + "Message-ID: <bench-"
        + i
        + "@mission.example>\n"
        + "MIME-Version: 1.0\n"
        + "Content-Type: "
        + (html ? "text/html" : "text/plain")
        + "; charset=UTF-8\n"
        + "Content-Transfer-Encoding: 8bit\n\n"
        + body;
  }
}
