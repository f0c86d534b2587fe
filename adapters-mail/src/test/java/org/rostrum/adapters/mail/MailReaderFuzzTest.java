package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fuzzing the mail reader, bytes to a reading: arbitrary bytes, and mutations of a seed corpus (the
 * project's mails, a few hostile ones in {@code fuzz-seeds/}, and mails nested thousands of levels
 * deep, generated here). Nothing escapes as an exception or an error, and nothing hangs: each run
 * is bounded in time. {@code -Drostrum.fuzz=N} runs N examples of each.
 */
class MailReaderFuzzTest {

  static final int EXAMPLES = Integer.getInteger("rostrum.fuzz", 150);
  static final Path RESOURCES = Path.of("src/test/resources");
  static final RequestReader READER = new RequestReader(CorpusTest.ASP23);

  /** The seeds: every .eml of the corpus and of fuzz-seeds/, and the deep mails. */
  static final List<byte[]> SEEDS =
      files(RESOURCES.resolve("corpus"))
          .appendAll(files(RESOURCES.resolve("fuzz-seeds")))
          .append(HostileMails.nestedMessages(3000))
          .append(HostileMails.nestedMultiparts(10_000))
          .append(HostileMails.nestedMultiparts(40));

  static List<byte[]> files(Path folder) {
    try (Stream<Path> all = Files.list(folder)) {
      return List.ofAll(all.filter(p -> p.toString().endsWith(".eml")).sorted().toList())
          .map(
              p -> {
                try {
                  return Files.readAllBytes(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A seed mutated one to six times, or two seeds spliced. */
  static Gen<byte[]> mutatedSeeds() {
    return integers()
        .between(0, SEEDS.size() - 1)
        .zip(
            integers().between(0, SEEDS.size() - 1),
            lists().of(integers().allPositive()).ofSizeBetween(1, 6),
            (i, j, seeds) -> {
              byte[] b = SEEDS.get(i);
              Random r = new Random(seeds.get(0));
              if (r.nextInt(8) == 0) { // splice: the head of one seed, the tail of another
                byte[] other = SEEDS.get(j);
                int cut = r.nextInt(b.length + 1);
                int from = r.nextInt(other.length + 1);
                byte[] out = java.util.Arrays.copyOf(b, cut + other.length - from);
                System.arraycopy(other, from, out, cut, other.length - from);
                b = out;
              }
              for (int seed : seeds) {
                b = MutatedMailsProperties.mutate(b, new Random(seed));
              }
              return b;
            });
  }

  /** Reads the bytes as the intake does; whatever they are, a reading comes back. */
  static void readsWithoutEscape(byte[] bytes) {
    Mail mail = MailParser.parse(bytes);
    assertThat(mail).isNotNull();
    assertThat(READER.read(mail)).isNotNull();
    assertThat(ReceiptTime.of(mail, CorpusTest.ASP23.mail())).isNotNull();
  }

  @Test
  void every_seed_is_read_without_escape() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60), () -> SEEDS.forEach(MailReaderFuzzTest::readsWithoutEscape));
  }

  @Test
  void arbitrary_bytes_are_read_without_escape_or_hang() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            qt().withExamples(EXAMPLES)
                .forAll(RobustnessProperties.randomBytes())
                .checkAssert(MailReaderFuzzTest::readsWithoutEscape));
  }

  @Test
  void mutated_seeds_are_read_without_escape_or_hang() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(90),
        () ->
            qt().withExamples(EXAMPLES)
                .forAll(mutatedSeeds())
                .checkAssert(MailReaderFuzzTest::readsWithoutEscape));
  }
}
