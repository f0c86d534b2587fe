package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rostrum.core.decider.Event;
import org.rostrum.core.rules.Rejection;

/**
 * Every stored type has a golden file: the bytes the journal holds for its example in {@link
 * TestRecords}, under the name and version it is stored with. The types are those the compiler
 * knows (the permitted subclasses of {@link Event} and {@link Rejection}), so a new type without an
 * example and a golden file fails here, and so does any change to the bytes of an old one.
 *
 * <p>A golden file is never edited. A missing one is written by running this test with {@code
 * -Dgolden.write=true} (it fails all the same): read it, then commit it.
 */
class GoldenRecordsTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** A golden file: the entry's type and version as the journal stores them, and its JSON. */
  record Golden(String type, int version, String json) {

    String text() {
      return "type " + type + "\nversion " + version + "\n" + json + "\n";
    }

    static Golden read(Path file) throws IOException {
      java.util.List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      assertThat(lines).as(file.toString()).hasSize(3);
      assertThat(lines.get(0)).as(file.toString()).startsWith("type ");
      assertThat(lines.get(1)).as(file.toString()).startsWith("version ");
      return new Golden(
          lines.get(0).substring(5), Integer.parseInt(lines.get(1).substring(8)), lines.get(2));
    }
  }

  /** The classes of a sealed family that are not themselves sealed, through every level. */
  static List<Class<?>> leaves(Class<?> family) {
    return family.isSealed()
        ? List.of(family.getPermittedSubclasses()).flatMap(GoldenRecordsTest::leaves)
        : List.of(family);
  }

  @TestFactory
  Stream<DynamicTest> every_event_type_is_written_as_its_golden_file_and_read_back() {
    return leaves(Event.class)
        .toJavaStream()
        .map(
            type ->
                dynamicTest(
                    type.getSimpleName(),
                    () -> {
                      Event example =
                          TestRecords.events()
                              .find(type::isInstance)
                              .getOrElse(() -> fail("no example of " + type + " in TestRecords"));
                      matchesItsGoldenFile(
                          GOLDEN.resolve("events"), written(example).type(), example);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> every_kind_of_refusal_is_written_as_its_golden_file_and_read_back() {
    return leaves(Rejection.class)
        .toJavaStream()
        .map(
            type ->
                dynamicTest(
                    type.getSimpleName(),
                    () -> {
                      Rejection example =
                          TestRecords.refusals()
                              .find(type::isInstance)
                              .getOrElse(() -> fail("no example of " + type + " in TestRecords"));
                      Event refused = TestRecords.refused(example);
                      String stored =
                          EventCodec.parse(written(refused).json())
                              .path("rejection")
                              .path("type")
                              .asText();
                      matchesItsGoldenFile(GOLDEN.resolve("refusals"), stored, refused);
                    }));
  }

  /** A golden file of any version is a record Rostrum wrote once: it reads, forever. */
  @TestFactory
  Stream<DynamicTest> every_golden_file_still_reads() throws IOException {
    java.util.List<Path> files;
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      files = walk.filter(f -> f.toString().endsWith(".golden")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(
            file ->
                dynamicTest(
                    GOLDEN.relativize(file).toString(),
                    () -> {
                      Golden golden = Golden.read(file);
                      assertThat(EventCodec.decode(golden.type(), golden.version(), golden.json()))
                          .isNotNull();
                    }));
  }

  static Golden written(Event event) {
    return new Golden(EventCodec.type(event), EventCodec.version(event), EventCodec.encode(event));
  }

  static void matchesItsGoldenFile(Path folder, String name, Event example) throws IOException {
    Golden expected = written(example);
    Path file = folder.resolve(name + ".v" + expected.version() + ".golden");
    if (!Files.exists(file)) {
      if (Boolean.getBoolean("golden.write")) {
        Files.createDirectories(folder);
        Files.writeString(file, expected.text(), StandardCharsets.UTF_8);
        fail("wrote " + file + ": read it, then commit it");
      }
      fail("no golden file " + file + ": run with -Dgolden.write=true to write it");
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("the bytes of %s", file)
        .isEqualTo(expected.text());
    Golden golden = Golden.read(file);
    assertThat(EventCodec.decode(golden.type(), golden.version(), golden.json()))
        .as("%s read back", file)
        .isEqualTo(example);
  }
}
