package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A read receipt and an abuse report are called what they are, and never answered. */
class AutomaticMailsTest {

  static final RequestReader READER = new RequestReader(CorpusTest.ASP23);

  static Reading.Unclear read(byte[] bytes) {
    return (Reading.Unclear) READER.read(MailParser.parse(bytes));
  }

  @Test
  void a_read_receipt_is_held_as_a_read_receipt_not_a_delivery_failure() throws Exception {
    Reading.Unclear reading =
        read(Files.readAllBytes(Path.of("src/test/resources/fuzz-seeds/02-read-receipt.eml")));

    assertThat(reading.doubts()).containsExactly(Reading.Doubt.READ_RECEIPT);
    assertThat(reading.answer()).isFalse();
  }

  @Test
  void an_abuse_report_is_held_as_an_abuse_report_not_a_delivery_failure() {
    String arf =
        """
        From: abuse@provider.example
        To: asp@icc-cpi.int
        Subject: Abuse report
        Message-ID: <arf-1@provider.example>
        Content-Type: multipart/report; report-type=feedback-report; boundary="f"

        --f
        Content-Type: text/plain

        This is an abuse report for a message sent from your domain.
        --f
        Content-Type: message/feedback-report

        Feedback-Type: abuse
        User-Agent: Provider/1.0
        Version: 1
        --f--
        """;
    Reading.Unclear reading = read(arf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

    assertThat(reading.doubts()).containsExactly(Reading.Doubt.ABUSE_REPORT);
    assertThat(reading.answer()).isFalse();
  }
}
