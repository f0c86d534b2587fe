package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever arrives in the mailbox: random bytes, truncated mails, huge headers, broken MIME,
 * unknown charsets — never a crash, and never a request read that the mail did not make.
 */
class RobustnessProperties {

  static final int EXAMPLES = Integer.getInteger("rostrum.examples", 400);
  static final RequestReader READER = new RequestReader(CorpusTest.ASP23);

  static Gen<byte[]> randomBytes() {
    return lists()
        .of(integers().between(0, 255))
        .ofSizeBetween(0, 3000)
        .map(
            l -> {
              byte[] b = new byte[l.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) l.get(i);
              }
              return b;
            });
  }

  @Test
  void random_bytes_never_crash_and_are_never_read_as_a_request() {
    qt().withExamples(EXAMPLES)
        .forAll(randomBytes())
        .checkAssert(
            bytes -> {
              Mail mail = MailParser.parse(bytes);
              assertThat(READER.read(mail)).isInstanceOf(Reading.Unclear.class);
            });
  }

  /**
   * A mail cut in its headers or inside its MIME structure goes to review. A plain text cut short
   * cannot be told from a shorter text: it may be read, but never as another request than the whole
   * mail's when that one was understood.
   */
  @Test
  void a_truncated_mail_goes_to_review_or_reads_as_the_whole_one() throws IOException {
    List<String> files =
        List.of(CorpusTest.resource("expected.tsv").split("\n", -1))
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.split("\t", -1)[0]);
    for (String file : files) {
      byte[] whole = CorpusTest.bytes(file);
      Reading full = READER.read(MailParser.parse(whole));
      String text = new String(whole, StandardCharsets.ISO_8859_1);
      int body = text.indexOf("\n\n");
      int closing =
          text.lastIndexOf("--\n") > text.lastIndexOf("\n--") ? text.lastIndexOf("\n--") : -1;
      boolean multipart =
          text.toLowerCase(java.util.Locale.ROOT).contains("content-type: multipart");
      qt().withExamples(Math.max(20, EXAMPLES / 10))
          .forAll(integers().between(0, whole.length - 1))
          .checkAssert(
              cut -> {
                Reading reading =
                    READER.read(MailParser.parse(java.util.Arrays.copyOf(whole, cut)));
                boolean detectable = cut <= body || (multipart && cut <= closing);
                if (detectable) {
                  assertThat(reading)
                      .as("%s cut at %d", file, cut)
                      .isInstanceOf(Reading.Unclear.class);
                } else if (reading instanceof Reading.Understood u
                    && full instanceof Reading.Understood f) {
                  // A cut inside a word makes another word ("segment II" cut to "segment I"): a
                  // plain mail carries no length, so that cut cannot be seen; any other can.
                  boolean insideAWord =
                      cut > 0
                          && Character.isLetterOrDigit(text.charAt(cut))
                          && Character.isLetterOrDigit(text.charAt(cut - 1));
                  if (!insideAWord) {
                    assertThat(u.segment()).as("%s cut at %d", file, cut).isEqualTo(f.segment());
                  }
                  // Cut before the text names anyone, the sender's domain may name the sender.
                  List<String> possible =
                      List.of(f.participant().key().value())
                          .appendAll(
                              CorpusTest.ASP23
                                  .roster()
                                  .sender(MailParser.parse(whole).fromAddress())
                                  .identified()
                                  .map(e -> e.key().value()));
                  assertThat(u.participant().key().value())
                      .as("%s cut at %d", file, cut)
                      .isIn(possible.toJavaList());
                }
              });
    }
  }

  @Test
  void huge_headers_broken_structure_and_unknown_charsets_are_survived() {
    String huge =
        "Received: from x by mx.google.com; Mon, 02 Dec 2024 10:00:00 +0000\r\n"
            + "Subject: "
            + "segment I ".repeat(20_000)
            + "\r\nX-Long: "
            + "a".repeat(200_000)
            + "\r\n\r\nThe delegation of Kenya requests to take the floor in segment II.\r\n";
    Mail big = MailParser.parse(huge.getBytes(StandardCharsets.UTF_8));
    assertThat(READER.read(big)).isInstanceOf(Reading.Unclear.class); // both segments named

    String broken =
        "Received: from x by mx.google.com; Mon, 02 Dec 2024 10:00:00 +0000\r\n"
            + "Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n"
            + "--never-closed\r\nContent-Type: text/plain\r\n\r\nThe delegation of Peru"
            + " would like to take the floor in segment I.\r\n--never-closed\r\nContent-Type:"
            + " multipart/alternative; boundary=\"\"\r\n\r\n\u0000\u0001garbage";
    Reading peru = READER.read(MailParser.parse(broken.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(peru).isInstanceOf(Reading.Unclear.class);
    assertThat(((Reading.Unclear) peru).doubts()).containsExactly(Reading.Doubt.UNREADABLE);

    String klingon =
        String.join(
            "\r\n",
            "Received: from x by mx.google.com; Mon, 02 Dec 2024 10:00:00 +0000",
            "Content-Type: text/plain; charset=x-klingon",
            "Content-Transfer-Encoding: base64",
            "",
            "!!!not base64!!!",
            "");
    Mail unknown = MailParser.parse(klingon.getBytes(StandardCharsets.US_ASCII));
    assertThat(READER.read(unknown)).isInstanceOf(Reading.Unclear.class);

    byte[] noise = new byte[100_000];
    new Random(5).nextBytes(noise);
    assertThat(READER.read(MailParser.parse(noise))).isInstanceOf(Reading.Unclear.class);
  }
}
