package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;

/**
 * The corpus of registration mails written for this project ({@code src/test/resources/corpus}),
 * each with its expected reading in {@code expected.tsv}: time of receipt, segment, participant,
 * speaker, language — or why it goes to review.
 */
class CorpusTest {

  static final Plenary ASP23 =
      PlenaryDefinitions.parse(PlenaryDefinitions.bundled(), "asp23-cooperation.yaml");

  /** One line of expected.tsv. */
  record Expected(
      String file,
      String expect,
      String segment,
      String participant,
      String speaker,
      Language language,
      Instant receivedAt,
      boolean senderClock,
      List<Reading.Doubt> doubts) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> corpus() throws IOException {
    return List.of(resource("expected.tsv").split("\n", -1))
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .map(
            f ->
                new Expected(
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4],
                    Language.valueOf(f[5]),
                    Instant.parse(f[6]),
                    Boolean.parseBoolean(f[7]),
                    f[8].equals("-")
                        ? List.empty()
                        : List.of(f[8].split(",", -1)).map(Reading.Doubt::valueOf)))
        .toJavaStream();
  }

  static String resource(String name) throws IOException {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) throws IOException {
    try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void each_mail_is_read_as_expected(Expected e) throws IOException {
    Mail mail = MailParser.parse(bytes(e.file()));
    Option<ReceiptTime> receipt = ReceiptTime.of(mail, ASP23.mail());
    assertThat(receipt).as("time of receipt").isNotEmpty();
    assertThat(receipt.get().at()).as("time of receipt").isEqualTo(e.receivedAt());
    assertThat(receipt.get().senderClock()).as("sender's clock").isEqualTo(e.senderClock());

    Reading reading = new RequestReader(ASP23).read(mail);
    assertThat(reading.language()).as("language").isEqualTo(e.language());
    if (e.expect().equals("REVIEW")) {
      assertThat(reading).as("goes to review").isInstanceOf(Reading.Unclear.class);
      assertThat(((Reading.Unclear) reading).doubts()).isEqualTo(e.doubts());
    } else {
      assertThat(reading).as("understood: %s", reading).isInstanceOf(Reading.Understood.class);
      Reading.Understood u = (Reading.Understood) reading;
      assertThat(u.segment()).as("segment").isEqualTo(e.segment());
      assertThat(u.participant().key().value()).as("participant").isEqualTo(e.participant());
      assertThat(u.speaker().getOrElse("-")).as("speaker").isEqualTo(e.speaker());
    }
  }
}
