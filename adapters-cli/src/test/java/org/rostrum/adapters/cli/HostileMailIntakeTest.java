package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile mail in the middle of a batch: it is held with its reason, and the mails before and
 * after it are imported and answered as if it were not there.
 */
class HostileMailIntakeTest {

  static final Path CORPUS = Path.of("../adapters-mail/src/test/resources/corpus");
  static final Clock DAY_OF = Clock.fixed(Instant.parse("2024-12-05T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run rostrum(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all =
        List.of(args).appendAll(List.of("--db", dir.resolve("r.db").toString(), "--lang", "en"));
    int code =
        Rostrum.run(
            all.toJavaArray(String[]::new), new PrintWriter(out), new PrintWriter(err), DAY_OF);
    return new Run(code, out.toString(), err.toString());
  }

  /** A mail that forwards a mail that forwards a mail… {@code levels} times. */
  static byte[] nestedMessages(int levels) {
    StringBuilder out =
        new StringBuilder(
            "From: a@example.org\r\nSubject: deep\r\nMessage-ID: <deep@example.org>\r\n");
    for (int i = 0; i < levels; i++) {
      out.append("Content-Type: message/rfc822\r\n\r\nSubject: level ").append(i).append("\r\n");
    }
    return out.append("Content-Type: text/plain\r\n\r\nhello\r\n")
        .toString()
        .getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void a_mail_nested_3000_deep_in_the_middle_of_a_batch_is_held_and_the_others_answered()
      throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(CORPUS.resolve("01-kenya-en-outlook.eml"), batch.resolve("a-before.eml"));
    Files.write(batch.resolve("b-deep.eml"), nestedMessages(3000));
    Files.copy(CORPUS.resolve("02-france-fr-thunderbird.eml"), batch.resolve("c-after.eml"));
    assertThat(rostrum("init").code()).isZero();
    Path outbox = dir.resolve("outbox");

    Run run = rostrum("import-mail", batch.toString(), "--outbox", outbox.toString());

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.err()).doesNotContain("StackOverflowError").doesNotContain("\tat ");
    assertThat(run.out())
        .containsPattern("a-before.eml: inscribed #\\d+ Kenya")
        .containsPattern(
            "b-deep.eml: held for review as #\\d+: its parts nest deeper, or are more, than in any"
                + " mail a person writes")
        .containsPattern("c-after.eml: inscribed #\\d+ France")
        .contains("Read 3 mails: 2 inscribed");
    try (var replies = Files.list(outbox)) {
      assertThat(replies.count()).isEqualTo(3);
    }
  }

  @Test
  void a_mail_with_no_sender_gets_no_reply_and_the_summary_says_so() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    String kenya =
        Files.readString(CORPUS.resolve("01-kenya-en-outlook.eml"), StandardCharsets.ISO_8859_1);
    Files.writeString(
        batch.resolve("no-from.eml"),
        kenya.replaceAll("(?m)^From: .*\\r?\\n", "").replaceAll("(?m)^Reply-To: .*\\r?\\n", ""),
        StandardCharsets.ISO_8859_1);
    assertThat(kenya).containsPattern("(?m)^From: ");
    assertThat(rostrum("init").code()).isZero();
    Path outbox = dir.resolve("outbox");

    Run run = rostrum("import-mail", batch.toString(), "--outbox", outbox.toString());

    assertThat(run.out())
        .contains("1 mail has no sender to answer")
        .doesNotContain("replies written")
        .doesNotContain("1 reply written");
    if (Files.exists(outbox)) {
      try (var replies = Files.list(outbox)) {
        assertThat(replies.count()).isZero();
      }
    }
  }
}
