package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Registration;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.MailIntakeService;
import org.rostrum.core.service.PlenaryService;

/**
 * The mails of {@code mail-classes/kinds}, written before the rules that read them: each imported
 * into a fresh store of its plenary (the general debate, which takes replies, group statements and
 * points of order and orders statements by level; or the plenary on cooperation, which takes
 * statements only), its outcome checked against a careful officer's reading — inscribed with the
 * participant, the place the core gives it, the kind, the group, the level and the speaker; or held
 * with the reason.
 */
class KindsCorpusTest {

  static final Path KINDS = Path.of("src/test/resources/mail-classes/kinds");
  static final Clock LATER = Clock.fixed(Instant.parse("2024-12-06T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  /** One line of expected.tsv. */
  record Expected(
      String file,
      String plenary,
      String expected,
      String participant,
      String segment,
      String kind,
      String group,
      String level,
      String speaker,
      String doubt) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> kinds() throws IOException {
    return List.ofAll(Files.readAllLines(KINDS.resolve("expected.tsv"), StandardCharsets.UTF_8))
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .map(f -> new Expected(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]))
        .toJavaStream();
  }

  static String definition(String plenary) {
    return plenary.equals("debate")
        ? PlenaryDefinitions.bundled(PlenaryDefinitions.GENERAL_DEBATE).get()
        : PlenaryDefinitions.bundled();
  }

  /** The mail imported alone into a fresh store of its plenary. */
  MailImport.Outcome imported(String plenary, String file) throws IOException {
    Path db = Files.createTempDirectory(dir, "kinds").resolve("k.db");
    try (Store store = Store.open(db.toString(), true, LATER)) {
      Plenary p = store.catalog().define(definition(plenary), "bundled");
      MailImport intake =
          new MailImport(
              p,
              new PlenaryService(store.journal(), store.catalog(), Notifier.none(), LATER),
              new MailIntakeService(store.reviews()),
              LATER);
      List<MailImport.Outcome> outcomes = intake.run(MailSources.read(KINDS.resolve(file)));
      assertThat(outcomes).hasSize(1);
      return outcomes.head();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void each_mail_is_read_for_its_kind_group_and_level_as_a_careful_officer_would(Expected e)
      throws IOException {
    MailImport.Outcome o = imported(e.plenary(), e.file());
    if (e.expected().equals("HOLD")) {
      assertThat(o.kind()).as("held: %s", o.reading()).isEqualTo(MailImport.Kind.REVIEW);
      assertThat(((Reading.Unclear) o.reading()).doubts().map(Enum::name))
          .as("why it is held")
          .contains(e.doubt());
      return;
    }
    assertThat(o.kind()).as("inscribed: %s", o.reading()).isEqualTo(MailImport.Kind.INSCRIBED);
    Registration r = ((RegistrationOutcome.Inscribed) o.registration().get()).registration();
    assertThat(r.participant().key().value()).as("participant").isEqualTo(e.participant());
    assertThat(r.segment().value()).as("segment").isEqualTo(e.segment());
    assertThat(r.kind().name()).as("kind").isEqualTo(e.kind());
    if (e.group().equals("-")) {
      assertThat(r.onBehalfOf()).as("no group").isEmpty();
    } else {
      assertThat(r.onBehalfOf().getOrElse("").toLowerCase(Locale.ROOT))
          .as("group")
          .contains(e.group().toLowerCase(Locale.ROOT));
    }
    assertThat(r.level().map(Enum::name).getOrElse("-")).as("level").isEqualTo(e.level());
    if (!e.speaker().equals("-")) {
      assertThat(r.speaker().getOrElse("").toLowerCase(Locale.ROOT))
          .as("speaker")
          .contains(e.speaker().toLowerCase(Locale.ROOT));
    }
  }
}
