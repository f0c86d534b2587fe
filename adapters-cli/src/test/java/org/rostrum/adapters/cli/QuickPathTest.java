package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The light path answers a plain {@code list} or {@code report} whose view is current, and leaves
 * everything else to picocli: help, mistakes, calendars, views not kept or stale.
 */
class QuickPathTest {

  /**
   * The desk an hour before the meeting opens: the lists' times hold until it does (T4), so their
   * kept views are printed; once the meeting runs they move with the clock and are rendered anew.
   */
  static final java.time.Clock DESK =
      java.time.Clock.fixed(
          java.time.Instant.parse("2024-12-05T13:00:00Z"), java.time.ZoneOffset.UTC);

  @TempDir Path dir;

  private String printed;

  private OptionalInt quick(String... args) {
    StringWriter out = new StringWriter();
    OptionalInt code = QuickPath.answer(args, new PrintWriter(out), DESK.instant());
    printed = out.toString();
    return code;
  }

  private CliTest.Run rostrum(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Rostrum.run(args, new PrintWriter(out), new PrintWriter(err), DESK);
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  @Test
  void a_view_printed_once_is_answered_from_the_store_until_the_journal_moves() {
    String db = dir.resolve("rostrum.db").toString();
    rostrum("init", "--db", db, "--lang", "en");
    assertThat(quick("list", "--db", db, "--lang", "en")).isEmpty(); // never printed yet

    CliTest.Run list = rostrum("list", "--db", db, "--lang", "en");
    assertThat(list.code()).isZero();
    assertThat(quick("list", "--db", db, "--lang", "en")).hasValue(Exit.DONE);
    assertThat(printed).isEqualTo(list.out());
    // the same command line, written otherwise
    assertThat(quick("--db=" + db, "--lang=en", "list", "--format=text")).hasValue(Exit.DONE);
    assertThat(printed).isEqualTo(list.out());
    // another language, format or segment is another view
    assertThat(quick("list", "--db", db, "--lang", "fr")).isEmpty();
    assertThat(quick("list", "--db", db, "--lang", "en", "--format", "csv")).isEmpty();
    assertThat(quick("list", "--db", db, "--lang", "en", "--segment", "II")).isEmpty();

    CliTest.Run register =
        rostrum(
            "register",
            "--segment",
            "II",
            "--participant",
            "Chile",
            "--received-at",
            "2024-12-04T18:02",
            "--db",
            db,
            "--lang",
            "en");
    assertThat(register.code()).isZero();
    // the command that appended rendered the kept list again
    assertThat(quick("list", "--db", db, "--lang", "en")).hasValue(Exit.DONE);
    assertThat(printed).isNotEqualTo(list.out()).contains("Chile");
    assertThat(printed).isEqualTo(rostrum("list", "--db", db, "--lang", "en").out());
  }

  @Test
  void the_held_mails_are_answered_from_the_store_until_a_mail_is_held_or_resolved() {
    String db = dir.resolve("rostrum.db").toString();
    rostrum("init", "--db", db, "--lang", "en");
    CliTest.Run none = rostrum("review", "--db", db, "--lang", "en");
    assertThat(none.out()).isNotBlank();
    assertThat(quick("review", "--db", db, "--lang", "en")).hasValue(Exit.DONE);
    assertThat(printed).isEqualTo(none.out());

    rostrum(
        "import-mail",
        MailIntakeTest.CORPUS.resolve("07-both-segments.eml").toString(),
        "--outbox",
        dir.resolve("outbox").toString(),
        "--db",
        db,
        "--lang",
        "en");
    // a mail held, and no entry in the journal: the counts leave the view behind
    assertThat(quick("review", "--db", db, "--lang", "en")).isEmpty();
    CliTest.Run held = rostrum("review", "--db", db, "--lang", "en");
    assertThat(held.out()).isNotEqualTo(none.out()).contains("#1");
    assertThat(quick("review", "--db", db, "--lang", "en")).hasValue(Exit.DONE);
    assertThat(printed).isEqualTo(held.out());

    rostrum("review", "dismiss", "1", "--reason", "asked twice", "--db", db, "--lang", "en");
    assertThat(quick("review", "--db", db, "--lang", "en")).isEmpty();
    CliTest.Run dismissed = rostrum("review", "--db", db, "--lang", "en");
    assertThat(dismissed.out()).contains("asked twice");
    assertThat(quick("review", "--db", db, "--lang", "en", "accept", "1")).isEmpty();
  }

  @Test
  void help_mistakes_and_calendars_go_to_picocli() {
    String db = dir.resolve("rostrum.db").toString();
    rostrum("init", "--db", db, "--lang", "en");
    rostrum("list", "--db", db, "--lang", "en");
    assertThat(quick("list", "--db", db, "--lang", "en")).isPresent();

    assertThat(quick("list", "--db", db, "--lang", "en", "--help")).isEmpty();
    assertThat(quick("list", "--db", db, "--lang", "en", "-h")).isEmpty();
    assertThat(quick("list", "--db", db, "--lang", "en", "--format", "ics")).isEmpty();
    assertThat(quick("list", "--db", db, "--lang", "en", "--format", "TEXT")).isEmpty();
    assertThat(quick("list", "--db", db, "--lang", "en", "--format", "text", "--format", "csv"))
        .isEmpty();
    assertThat(quick("list", "--db", db, "--lang", "en", "--formt", "text")).isEmpty();
    assertThat(quick("list", "--db", db, "--lang", "en", "extra")).isEmpty();
    assertThat(quick("list", "--db", db, "--lang")).isEmpty();
    assertThat(quick("lsit", "--db", db, "--lang", "en")).isEmpty();
    assertThat(quick("register", "--db", db, "--lang", "en")).isEmpty();
    assertThat(quick("--db", db, "--lang", "en")).isEmpty();
    assertThat(quick("report", "--db", db, "--lang", "en", "--segment", "I")).isEmpty();

    // and picocli says what it always said
    CliTest.Run mistake = rostrum("list", "--db", db, "--lang", "en", "--formt", "text");
    assertThat(mistake.code()).isEqualTo(Exit.USAGE);
    assertThat(mistake.err()).contains("--formt");
    CliTest.Run help = rostrum("list", "--help", "--lang", "en");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--segment").contains("--format");
    CliTest.Run all = rostrum("help", "list", "--lang", "en");
    assertThat(all.out()).isEqualTo(help.out());
    CliTest.Run root = rostrum("--help", "--lang", "en");
    assertThat(root.out()).contains("register").contains("review").contains("serve");
  }

  @Test
  void a_missing_store_is_not_created_by_a_look_and_the_full_path_says_so() {
    Path db = dir.resolve("missing.db");
    assertThat(quick("list", "--db", db.toString())).isEmpty();
    assertThat(db).doesNotExist();
    CliTest.Run list = rostrum("list", "--db", db.toString(), "--lang", "en");
    assertThat(list.code()).isEqualTo(Exit.UNREADABLE);
    assertThat(db).doesNotExist();
  }
}
