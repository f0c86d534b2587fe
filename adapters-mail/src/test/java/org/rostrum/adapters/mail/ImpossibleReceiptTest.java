package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * R10 on mail (issue 22): a clear request whose stamp of the Secretariat's server says 1970 — a
 * broken clock or a forged stamp — is not recorded at that time: it is held for an officer, saying
 * why, and the journal holds nothing.
 */
class ImpossibleReceiptTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-04T12:00:00Z"), ZoneOffset.UTC);
  static final Path DEV = Path.of("src/test/resources/mail-dev");

  @TempDir Path dir;

  @Test
  void a_request_stamped_1970_is_held_saying_its_time_cannot_be_right_and_nothing_is_recorded()
      throws Exception {
    String mail = Files.readString(DEV.resolve("47_esp.eml"), StandardCharsets.UTF_8);
    Path odd = dir.resolve("1970.eml");
    Files.writeString(
        odd,
        mail.replace("Wed, 27 Nov 2024 04:14:09 -0800 (PST)", "Thu, 01 Jan 1970 04:14:09 -0800")
            .replace("2024.11.27.04.14.08", "1970.01.01.04.14.08"),
        StandardCharsets.UTF_8);
    try (Store store = Store.open(dir.resolve("r.db").toString(), true, CLOCK)) {
      Plenary plenary = store.catalog().define(PlenaryDefinitions.bundled(), "bundled");
      MailImport intake =
          new MailImport(
              plenary,
              new PlenaryService(store.journal(), store.catalog(), Notifier.none(), CLOCK),
              new org.rostrum.core.service.MailIntakeService(store.reviews()),
              CLOCK);
      List<MailImport.Outcome> outcomes = intake.run(MailSources.read(odd));
      assertThat(outcomes).hasSize(1);
      assertThat(outcomes.head().kind()).isEqualTo(MailImport.Kind.REVIEW);
      assertThat(store.reviews().all(plenary.id()).head().doubts())
          .contains(Reading.Doubt.TIME_OUT_OF_RANGE.name());
      assertThat(store.journal().read(plenary.id(), 0)).isEmpty();
    }
  }
}
