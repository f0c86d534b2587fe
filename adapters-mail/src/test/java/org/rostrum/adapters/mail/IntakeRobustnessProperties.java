package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * Whatever lands in the mailbox is imported into a real SQLite store without a crash: random bytes,
 * mails cut anywhere in their headers, unknown charsets — each is held for review with at least one
 * reason (or recognised as imported before), none is ever inscribed, and none is lost.
 */
class IntakeRobustnessProperties {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-04T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  Store store;
  Plenary plenary;
  MailImport intake;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("rostrum.db").toString(), true, CLOCK);
    plenary = store.catalog().define(PlenaryDefinitions.bundled(), "bundled");
    intake =
        new MailImport(
            plenary,
            new PlenaryService(store.journal(), store.catalog(), Notifier.none(), CLOCK),
            new org.rostrum.core.service.MailIntakeService(store.reviews()),
            CLOCK);
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Random bytes, or the start of a corpus mail cut inside its headers. */
  static Gen<byte[]> junk() {
    List<byte[]> mails =
        List.of("01-kenya-en-outlook.eml", "02-france-fr-thunderbird.eml", "04-icc-registry-en.eml")
            .map(IntakeRobustnessProperties::bytes);
    Gen<byte[]> cut =
        integers()
            .between(0, mails.size() - 1)
            .zip(
                integers().between(0, 400),
                (m, n) -> {
                  byte[] mail = mails.get(m);
                  int headers =
                      new String(mail, java.nio.charset.StandardCharsets.ISO_8859_1)
                          .indexOf("\n\n");
                  return java.util.Arrays.copyOf(mail, Math.min(n, headers));
                });
    return RobustnessProperties.randomBytes().mix(cut);
  }

  static byte[] bytes(String name) {
    try {
      return CorpusTest.bytes(name);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void junk_is_held_for_review_with_a_reason_never_inscribed_and_never_lost() {
    int[] n = {0};
    qt().withExamples(RobustnessProperties.EXAMPLES / 2)
        .forAll(junk())
        .checkAssert(
            bytes -> {
              MailSources.RawMail raw = new MailSources.RawMail("junk #" + ++n[0], bytes);
              MailImport.Outcome o = intake.run(List.of(raw)).head();
              assertThat(o.registration()).as("never a request").isEmpty();
              if (o.kind() == MailImport.Kind.KNOWN) {
                // the same bytes (or an empty mail) came before: it is held already
                assertThat(store.reviews().knows(plenary.id(), o.mail().key())).isTrue();
              } else {
                assertThat(o.kind()).isEqualTo(MailImport.Kind.REVIEW);
                MailReviews.Held held = store.reviews().find(plenary.id(), o.held().get()).get();
                assertThat(held.doubts()).as("held with a reason").isNotEmpty();
                assertThat(held.origin()).isEqualTo(raw.origin());
              }
            });
    assertThat(store.journal().read(plenary.id(), 0)).as("nothing inscribed nor refused").isEmpty();
    // Not vacuous: most junk differs from the junk before it, so it is held, not known.
    assertThat(store.reviews().all(plenary.id()).size())
        .isGreaterThan(RobustnessProperties.EXAMPLES / 8);
  }
}
