package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * Rule V1 (ADR 0025): {@code list} and {@code report} print from a kept view exactly what they
 * print when the view is rendered from the journal, after any sequence of commands; a view the
 * journal has left behind — another writer appended without rendering it again, or it was never
 * kept, or it was deleted — is rendered again, never printed.
 */
class KeptViewsProperties {

  /**
   * The desk an hour before the meeting opens: the lists' times hold until it does (T4), so their
   * kept views are printed; once the meeting runs they move with the clock and are rendered anew.
   */
  static final java.time.Clock DESK =
      java.time.Clock.fixed(
          java.time.Instant.parse("2024-12-05T13:00:00Z"), java.time.ZoneOffset.UTC);

  @TempDir Path dir;

  /** One step of a day at the desk, or a look at a view. */
  record Step(int kind, int a, int b, int c) {}

  static final String[] PARTICIPANTS = {
    "Kenya", "France", "la France", "Germny", "Chile", "Japan", "Amnesty International", "Brazil"
  };

  static final String[] MAILS = {
    "01-kenya-en-outlook.eml",
    "02-france-fr-thunderbird.eml",
    "07-both-segments.eml",
    "10-not-a-request.eml",
    "05-senegal-fr-qp-late-by-one-second.eml"
  };

  static Gen<Step> steps() {
    return integers()
        .between(0, 10)
        .zip(
            integers().between(0, 99),
            integers().between(0, 99),
            integers().between(0, 99),
            Step::new);
  }

  @Test
  void v1_a_kept_view_prints_what_the_journal_renders_and_a_stale_one_is_never_printed() {
    int[] example = {0};
    qt().withExamples(Integer.getInteger("rostrum.examples", 15))
        .forAll(lists().of(steps()).ofSizeBetween(1, 12))
        .checkAssert(
            day -> {
              Path db = fresh(example[0]++);
              assertThat(run(db, "en", "init").code()).isZero();
              Set<List<String>> looked = new LinkedHashSet<>();
              Set<List<String>> kept = new LinkedHashSet<>();
              for (Step step : day) {
                play(db, step, looked, kept);
                java.util.Map<List<String>, String> journal = rendered(db, looked);
                for (List<String> view : looked) {
                  if (quick(view).isPresent()) {
                    assertThat(quickOut)
                        .as("%s from the kept view", view)
                        .isEqualTo(journal.get(view));
                  }
                }
              }
              for (List<String> view : looked) {
                assertPrintsWhatTheJournalRenders(db, view);
              }
            });
  }

  @Test
  void v2_a_kept_list_whose_times_move_with_the_clock_is_printed_only_until_they_move() {
    qt().withExamples(50)
        .forAll(integers().between(-3_600, 3_600), integers().between(0, 3))
        .checkAssert(
            (seconds, version) -> {
              Instant until = Instant.parse("2024-12-05T14:02:00Z");
              Instant now = until.plusSeconds(seconds);
              String text = "1. Kenya  15:00  speaking\n";
              KeptViews.Rendered moving =
                  new KeptViews.Rendered(
                      org.rostrum.core.model.PlenaryId.of("p"), version, null, text, until);
              assertThat(KeptViews.current(java.util.Optional.of(moving.kept()), now))
                  .isEqualTo(
                      now.isBefore(until)
                          ? java.util.Optional.of(text)
                          : java.util.Optional.empty());
              KeptViews.Rendered steady =
                  new KeptViews.Rendered(org.rostrum.core.model.PlenaryId.of("p"), version, text);
              assertThat(KeptViews.current(java.util.Optional.of(steady.kept()), now))
                  .contains(text);
            });
  }

  private Path fresh(int n) {
    try {
      return Files.createTempDirectory(dir, "day" + n).resolve("rostrum.db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void play(Path db, Step step, Set<List<String>> looked, Set<List<String>> kept) {
    String lang = step.c() % 2 == 0 ? "en" : "fr";
    switch (step.kind()) {
      case 0, 1, 2 -> {
        Instant at = Instant.parse("2024-11-28T09:00:00Z").plusSeconds(3_600L * step.b());
        CliTest.Run run =
            run(
                db,
                lang,
                "register",
                "--segment",
                step.c() % 7 == 0 ? "III" : step.c() % 2 == 0 ? "I" : "II",
                "--participant",
                PARTICIPANTS[step.a() % PARTICIPANTS.length],
                "--received-at",
                at.toString());
        if (run.code() == Exit.DONE || run.code() == Exit.REFUSED) {
          // recorded either way: the command renders again the views kept for the plenary
          for (List<String> view : kept) {
            assertThat(quick(view)).as("%s after %s", view, run.out()).isPresent();
          }
        }
      }
      case 3 -> run(db, lang, "withdraw", "#" + (1 + step.a() % 6));
      case 4 -> run(db, lang, "swap", "#" + (1 + step.a() % 6), "#" + (1 + step.b() % 6));
      case 5 -> run(db, lang, step.a() % 2 == 0 ? "close-list" : "reopen-list", "I");
      case 6 -> {
        anotherWriterRegisters(db, step);
        for (List<String> view : looked) {
          assertThat(quick(view)).as("stale %s", view).isEmpty();
        }
      }
      case 10 -> {
        // a mail imported: inscribed or refused (an entry), or held for review (no entry)
        run(
            db,
            lang,
            "import-mail",
            MailIntakeTest.CORPUS.resolve(MAILS[step.a() % MAILS.length]).toString(),
            "--outbox",
            db.resolveSibling("outbox").toString());
      }
      case 7 -> {
        forgetEveryKeptView(db);
        kept.clear();
        for (List<String> view : looked) {
          assertThat(quick(view)).as("deleted %s", view).isEmpty();
        }
      }
      default -> {
        List<String> view = view(db, step);
        looked.add(view);
        kept.add(view);
        assertPrintsWhatTheJournalRenders(db, view);
      }
    }
  }

  /** The command line of a look at the list or the report, in some format, language, segment. */
  static List<String> view(Path db, Step step) {
    List<String> args = new ArrayList<>();
    boolean list = step.a() % 4 == 1 || step.a() % 4 == 2;
    boolean review = step.a() % 4 == 3;
    args.add(list ? "list" : review ? "review" : "report");
    String[] formats =
        list
            ? new String[] {"text", "json", "csv", "markdown"}
            : new String[] {"text", "markdown", "json", "csv"};
    if (!review && step.b() % 5 != 0) {
      args.add("--format");
      args.add(formats[step.b() % formats.length]);
    }
    if (list && step.c() % 3 != 0) {
      args.add("--segment");
      args.add(step.c() % 3 == 1 ? "I" : "II");
    }
    args.add("--lang");
    args.add(step.c() % 2 == 0 ? "en" : "fr");
    args.add("--db");
    args.add(db.toString());
    return List.copyOf(args);
  }

  private void assertPrintsWhatTheJournalRenders(Path db, List<String> view) {
    String expected = rendered(db, view);
    CliTest.Run printed = run(view);
    assertThat(printed.code()).isZero();
    assertThat(printed.out()).as("%s as printed", view).isEqualTo(expected);
    // printed once, it is kept: the light path answers it, with the same text
    assertThat(quick(view)).as("%s kept", view).isPresent();
    assertThat(quickOut).as("%s from the kept view", view).isEqualTo(expected);
  }

  /** The view rendered from the journal by a command that keeps nothing. */
  private static String rendered(Path db, List<String> args) {
    return rendered(db, Set.of(args)).get(args);
  }

  /** Each view rendered from the journal as it is now, by a command that keeps nothing. */
  private static java.util.Map<List<String>, String> rendered(Path db, Set<List<String>> views) {
    Rostrum root = new Rostrum();
    root.db = db.toString();
    root.lang = "en";
    root.clock = DESK;
    root.out = new PrintWriter(new StringWriter());
    root.err = root.out;
    java.util.Map<List<String>, String> rendered = new java.util.HashMap<>();
    if (views.isEmpty()) {
      return rendered;
    }
    try (Session session = Session.open(root)) {
      for (List<String> args : views) {
        int format = args.indexOf("--format");
        int segment = args.indexOf("--segment");
        KeptViews.View view =
            new KeptViews.View(
                args.get(0),
                format < 0 ? "text" : args.get(format + 1),
                Language.fromTag(args.get(args.indexOf("--lang") + 1)),
                segment < 0 ? null : args.get(segment + 1));
        rendered.put(args, KeptViews.render(session, view).text());
      }
    }
    return rendered;
  }

  private String quickOut;

  private OptionalInt quick(List<String> args) {
    StringWriter out = new StringWriter();
    OptionalInt code =
        QuickPath.answer(args.toArray(String[]::new), new PrintWriter(out), DESK.instant());
    quickOut = out.toString();
    return code;
  }

  private static void anotherWriterRegisters(Path db, Step step) {
    try (Store store = Store.open(db.toString(), false, DESK)) {
      PlenaryId plenary = store.catalog().all().head().id();
      new PlenaryService(store.journal(), store.catalog(), Notifier.none(), DESK)
          .register(
              RegisterCommand.of(plenary, step.c() % 2 == 0 ? "I" : "II", "Uganda")
                  .receivedAt(Instant.parse("2024-11-29T10:00:00Z").plusSeconds(step.b())));
    }
  }

  private static void forgetEveryKeptView(Path db) {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM view_snapshot");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CliTest.Run run(Path db, String lang, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--lang", lang, "--db", db.toString()));
    return run(all);
  }

  private static CliTest.Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Rostrum.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), DESK);
    return new CliTest.Run(code, out.toString(), err.toString());
  }
}
