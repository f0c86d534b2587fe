package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * Realistic mails, mutated — bytes flipped, spans cut, doubled or moved, random bytes inserted, the
 * end cut off — imported through the whole intake into a real SQLite store: nothing crashes, every
 * mail has one outcome, a held mail has a reason, and a mail that is inscribed (or refused by a
 * rule) is never recorded under another participant than the one its original asks for; a mail
 * whose original asks for nobody (a bounce, an automatic reply) is never recorded. Importing the
 * same mails again changes nothing.
 */
class MutatedMailsProperties {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-06T12:00:00Z"), ZoneOffset.UTC);
  static final Path RESOURCES = Path.of("src/test/resources");

  /** A corpus mail and the participant its officer's reading names ("-" for nobody). */
  @SuppressWarnings("ArrayRecordComponent") // test data, never compared
  record Original(String file, byte[] bytes, String participant) {}

  static final List<Original> ORIGINALS = originals();

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

  /** A mutated mail: an original, and the seed of the mutations done to it. */
  @SuppressWarnings("ArrayRecordComponent") // test data, never compared
  record Mutated(Original original, byte[] bytes) {
    @Override
    public String toString() {
      return original.file() + " mutated (" + bytes.length + " bytes)";
    }
  }

  static Gen<Mutated> mutatedMails() {
    return integers()
        .between(0, ORIGINALS.size() - 1)
        .zip(
            lists().of(integers().allPositive()).ofSizeBetween(1, 4),
            (i, seeds) -> {
              Original o = ORIGINALS.get(i);
              byte[] b = o.bytes();
              for (int seed : seeds) {
                b = mutate(b, new Random(seed));
              }
              return new Mutated(o, b);
            });
  }

  static byte[] mutate(byte[] b, Random r) {
    if (b.length < 2) {
      return b;
    }
    int at = r.nextInt(b.length);
    int span = Math.min(b.length - at, 1 + r.nextInt(200));
    byte[] out;
    switch (r.nextInt(6)) {
      case 0 -> { // flip a few bytes
        out = b.clone();
        for (int k = 0; k < 1 + r.nextInt(8); k++) {
          out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
      }
      case 1 -> { // cut a span
        out = new byte[b.length - span];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + span, out, at, b.length - at - span);
      }
      case 2 -> { // double a span
        out = new byte[b.length + span];
        System.arraycopy(b, 0, out, 0, at + span);
        System.arraycopy(b, at, out, at + span, b.length - at);
      }
      case 3 -> { // insert random bytes
        byte[] noise = new byte[1 + r.nextInt(64)];
        r.nextBytes(noise);
        out = new byte[b.length + noise.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(noise, 0, out, at, noise.length);
        System.arraycopy(b, at, out, at + noise.length, b.length - at);
      }
      case 4 -> out = Arrays.copyOf(b, at); // cut the end off
      default -> { // move a span elsewhere
        byte[] moved = Arrays.copyOfRange(b, at, at + span);
        byte[] rest = new byte[b.length - span];
        System.arraycopy(b, 0, rest, 0, at);
        System.arraycopy(b, at + span, rest, at, b.length - at - span);
        int to = rest.length == 0 ? 0 : r.nextInt(rest.length);
        out = new byte[b.length];
        System.arraycopy(rest, 0, out, 0, to);
        System.arraycopy(moved, 0, out, to, moved.length);
        System.arraycopy(rest, to, out, to + moved.length, rest.length - to);
      }
    }
    return out;
  }

  @Test
  void a_mutated_mail_is_accounted_for_and_never_recorded_under_another_participant() {
    int[] n = {0};
    int[] recordedUnder = {0};
    java.util.List<MailSources.RawMail> all = new java.util.ArrayList<>();
    qt().withFixedSeed(20241205L)
        .withExamples(RobustnessProperties.EXAMPLES / 2)
        .forAll(mutatedMails())
        .checkAssert(
            m -> {
              MailSources.RawMail raw = new MailSources.RawMail("mutated #" + ++n[0], m.bytes());
              all.add(raw);
              MailImport.Outcome o = intake.run(List.of(raw)).head();
              switch (o.kind()) {
                case INSCRIBED, REFUSED -> {
                  org.rostrum.core.model.Participant r =
                      ((Reading.Understood) o.reading()).participant();
                  assertThat(m.original().participant())
                      .as("%s recorded as %s", m, r.key())
                      .isNotEqualTo("-");
                  assertThat(same(m.original().participant(), r.key().value(), r.name()))
                      .as("%s recorded as %s", m, r.key())
                      .isTrue();
                  recordedUnder[0]++;
                }
                case REVIEW ->
                    assertThat(store.reviews().find(plenary.id(), o.held().get()).get().doubts())
                        .as("held with a reason")
                        .isNotEmpty();
                case KNOWN -> {
                  // the same content came before: nothing to do
                }
              }
            });
    // not vacuous: mutations leave many mails readable, and those are recorded
    assertThat(recordedUnder[0]).isGreaterThan(n[0] / 10);
    long recorded = store.journal().read(plenary.id(), 0).size();
    List<MailImport.Outcome> again = intake.run(List.ofAll(all));
    assertThat(again).allMatch(o -> o.kind() == MailImport.Kind.KNOWN);
    assertThat(store.journal().read(plenary.id(), 0).size()).isEqualTo(recorded);
  }

  /** As mail-eval: an ISO code is the key; otherwise every significant word is in the name. */
  static boolean same(String want, String key, String name) {
    if (want.matches("[A-Z]{3}") && key.matches("[A-Z]{3}")) {
      return want.equals(key);
    }
    String hay = (name + " " + key).toLowerCase(Locale.ROOT);
    if (want.matches("[A-Z]{2,6}")) {
      return List.of(key.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
              .contains(want.toLowerCase(Locale.ROOT))
          || name.contains(want);
    }
    return List.of(want.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"))
        .filter(w -> w.length() > 3)
        .forAll(hay::contains);
  }

  private static List<Original> originals() {
    List<Original> all = List.empty();
    for (String corpus :
        new String[] {
          "mail-dev",
          "mail-classes/who",
          "mail-classes/what",
          "mail-classes/when",
          "mail-classes/holdout"
        }) {
      Path root = RESOURCES.resolve(corpus);
      try (Stream<String> lines =
          Files.lines(root.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
        for (String line : lines.filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
          String[] f = line.split("\t", -1);
          all =
              all.append(
                  new Original(corpus + "/" + f[0], Files.readAllBytes(root.resolve(f[0])), f[2]));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }
}
