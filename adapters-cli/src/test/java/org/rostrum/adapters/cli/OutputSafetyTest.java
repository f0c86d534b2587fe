package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.out.Journal;

/**
 * Issue 22 on the command line, against a real SQLite file: a time of receipt the plenary cannot
 * have is a usage error that records nothing (R10); a name with a bidirectional override is refused
 * naming it; a formula, HTML or Markdown typed as a speaker reaches each format as text; and an old
 * record holding an impossible time, an override and an escape sequence still prints in every
 * format without them.
 */
class OutputSafetyTest {

  static final Clock OPENING = CliTest.OPENING;

  @TempDir Path dir;
  Path db;

  CliTest.Run rostrum(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
    all.addAll(java.util.List.of("--db", db.toString()));
    if (!all.contains("--lang")) {
      all.addAll(java.util.List.of("--lang", "en"));
    }
    int code =
        Rostrum.run(
            all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), OPENING);
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void store() {
    db = dir.resolve("rostrum.db");
    assertThat(rostrum("init").code()).isZero();
  }

  @Test
  void a_time_of_receipt_the_plenary_cannot_have_is_a_usage_error_and_records_nothing() {
    for (String at : new String[] {"1970-01-01 10:00", "2099-12-04T18:02:00+01:00"}) {
      CliTest.Run run =
          rostrum("register", "--segment", "I", "--participant", "Kenya", "--received-at", at);
      assertThat(run.code()).as(at).isEqualTo(Exit.USAGE);
      assertThat(run.err()).contains("R10").contains("Nothing was recorded");
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    CliTest.Run fr =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Kenya",
            "--received-at",
            "1970-01-01 10:00",
            "--lang",
            "fr");
    assertThat(fr.err()).contains("Rien n'a été enregistré");
    assertThat(rostrum("list", "--format", "json").out())
        .containsPattern("\"rejected\" : \\[ *\\]")
        .doesNotContain("Kenya");
  }

  @Test
  void a_speaker_with_a_bidirectional_override_is_refused_naming_it() {
    CliTest.Run run =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Kenya",
            "--speaker",
            "Mr. \u202Eevil\u202C Smith",
            "--received-at",
            "2024-12-02 10:00");
    assertThat(run.code()).isEqualTo(Exit.REFUSED);
    assertThat(run.out()).contains("U+202E RIGHT-TO-LEFT OVERRIDE").doesNotContain("\u202E");
    assertThat(run.out()).contains("rostrum amend 1 --speaker NAME");
    assertThat(rostrum("list").out()).doesNotContain("\u202E").contains("Mr. evil Smith");
  }

  @Test
  void a_formula_html_and_markdown_typed_as_speakers_reach_each_format_as_text() {
    register("Kenya", "=HYPERLINK(\"http://evil\",\"x\")");
    register("Chile", "<script>alert(1)</script> <img src=x onerror=alert(1)>");
    register("Peru", "``code`` [link](http://x) *bold* # not a heading");
    String csv = rostrum("list", "--format", "csv").out();
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    String md = rostrum("list", "--format", "markdown").out();
    assertThat(md)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script>")
        .doesNotContain("<img")
        .contains("\\`\\`code\\`\\` \\[link\\](http://x) \\*bold\\* # not a heading");
  }

  private void register(String participant, String speaker) {
    assertThat(
            rostrum(
                    "register",
                    "--segment",
                    "I",
                    "--participant",
                    participant,
                    "--speaker",
                    speaker,
                    "--received-at",
                    "2024-12-02 10:00")
                .code())
        .isZero();
  }

  @Test
  void an_old_record_with_an_impossible_time_an_override_and_an_escape_prints_in_every_format() {
    Registration old =
        Registration.builder()
            .id(RegistrationId.of(1))
            .participant(
                Participant.of(
                    ParticipantKey.of("KEN"),
                    LocalizedText.of("Kenya", "Kenya"),
                    ParticipantCategory.STATE_PARTY))
            .segment(SegmentId.of("I"))
            .receivedAt(Instant.parse("-0001-01-01T00:00:00Z"))
            .speaker(Option.some("Mr. \u202Eevil\u202C Smith\u001B]0;owned\u0007\u001B[2J"))
            .build();
    try (Store store = Store.open(db.toString(), false, OPENING)) {
      assertThat(
              store
                  .journal()
                  .append(
                      PlenaryId.of("asp23-cooperation"),
                      0,
                      List.of(
                          new Journal.Attributed(
                              new Event.RegistrationInscribed(old), Actor.unnamed())),
                      Instant.parse("2024-12-02T10:00:00Z"))
                  .isRight())
          .isTrue();
    }
    for (String format : new String[] {"text", "json", "csv", "markdown", "ics"}) {
      CliTest.Run run = rostrum("list", "--format", format);
      assertThat(run.code()).as(format).isZero();
      assertThat(run.out()).as(format).doesNotContain("\u202E", "\u001B", "\u0007");
      assertThat(run.err()).as(format).isEmpty();
    }
    assertThat(rostrum("list").out()).contains("Mr. evil Smith]0;owned[2J");
    assertThat(rostrum("report").code()).isZero();
    assertThat(rostrum("list", "--format", "json").out()).contains("\"receivedAt\" : null");
  }

  @Test
  void a_hostile_mails_subject_never_reaches_the_terminal_as_an_escape_sequence() throws Exception {
    Path mail = dir.resolve("hostile.eml");
    java.nio.file.Files.writeString(
        mail,
        String.join(
            "\r\n",
            "From: \"=?utf-8?q?Evil_=1B]0;owned=07?=\" <someone@example.org>",
            "To: secretariat@example.org",
            "Subject: =?utf-8?q?Hello_=1B[2J=1B]0;owned=07_=E2=80=AEtxt.exe?=",
            "Date: Mon, 02 Dec 2024 10:00:00 +0100",
            "Message-ID: <hostile-1@example.org>",
            "",
            "Can we speak?",
            ""));
    CliTest.Run imported = rostrum("import-mail", mail.toString());
    assertThat(imported.out() + imported.err()).doesNotContain("\u001B", "\u0007", "\u202E");
    CliTest.Run review = rostrum("review");
    assertThat(review.code()).isZero();
    assertThat(review.out()).contains("Hello").doesNotContain("\u001B", "\u0007", "\u202E");
  }
}
