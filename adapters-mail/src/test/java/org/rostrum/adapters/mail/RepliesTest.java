package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
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
 * Replies say they are automatic (RFC 3834) and go to people only: never to a bounce, an automatic
 * reply or a list's mail; a Spanish request is answered in Spanish, a Portuguese one in English.
 */
class RepliesTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-04T12:00:00Z"), ZoneOffset.UTC);
  static final Path DEV = Path.of("src/test/resources/mail-dev");

  @TempDir Path dir;

  @Test
  void replies_are_automatic_in_the_requests_language_and_never_backscatter() throws Exception {
    try (Store store = Store.open(dir.resolve("r.db").toString(), true, CLOCK)) {
      Plenary plenary = store.catalog().define(PlenaryDefinitions.bundled(), "bundled");
      MailImport intake =
          new MailImport(
              plenary,
              new PlenaryService(store.journal(), store.catalog(), Notifier.none(), CLOCK),
              new org.rostrum.core.service.MailIntakeService(store.reviews()),
              CLOCK);
      Path outbox = dir.resolve("outbox");
      Acknowledgements replies = new Acknowledgements(plenary, outbox, CLOCK);
      List<String> files =
          List.of("27_mailer-daemon.eml", "59_lux.eml", "60_cicc.eml", "47_esp.eml", "52_prt.eml");
      List<MailImport.Outcome> outcomes =
          intake.run(files.flatMap(f -> MailSources.read(DEV.resolve(f))));
      List<Path> written =
          outcomes.flatMap(o -> io.vavr.control.Option.ofOptional(replies.write(o)));

      assertThat(outcomes.take(3)).allMatch(o -> o.kind() == MailImport.Kind.REVIEW && !o.answer());
      assertThat(written).hasSize(2);
      Mail spanish = MailParser.parse(Files.readAllBytes(written.get(0)));
      assertThat(spanish.header("auto-submitted")).contains("auto-replied");
      assertThat(spanish.text()).contains("Su solicitud de uso de la palabra ha quedado inscrita");
      assertThat(spanish.text()).contains("— España");
      Mail portuguese = MailParser.parse(Files.readAllBytes(written.get(1)));
      assertThat(portuguese.text()).contains("Your request for the floor is inscribed");
    }
  }
}
