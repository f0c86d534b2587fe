package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/** The README's storage example, kept compiling, passing and identical. */
class ReadmeExampleTest {

  @AfterEach
  void remove_the_store_the_example_made() throws IOException {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of("rostrum.db" + suffix));
    }
  }

  @Test
  void the_readme_example_opens_a_store_registers_and_verifies() throws IOException {
    remove_the_store_the_example_made();
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // README:begin
      try (Store store = Store.open("rostrum.db", /* create= */ true, Clock.systemUTC())) {
        Plenary asp23 = store.catalog().define(PlenaryDefinitions.bundled(), "asp23.yaml");
        PlenaryService rostrum =
            new PlenaryService(
                store.journal(), store.catalog(), Notifier.none(), Clock.systemUTC());
        rostrum.register(
            RegisterCommand.of(asp23.id(), "II", "Chile")
                .receivedAt(Instant.parse("2024-12-04T18:02:00Z")) // the mail server's stamp
                .sourceRef("<m1@gob.cl>"));
        Verification proof = store.verify(asp23.id()); // names the first altered entry
        System.out.println(proof.intact() ? "intact" : "broken: " + proof.firstBreak().get());
      }
      // README:end
    } finally {
      System.setOut(console);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("intact\n");
    assertThat(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8))
        .contains(example());
  }

  /** The lines between the markers, unindented, as the README shows them. */
  static String example() throws IOException {
    java.util.List<String> lines =
        Files.readAllLines(
            Path.of("src/test/java/org/rostrum/adapters/storage/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    int begin = lines.indexOf("      // README:begin");
    int end = lines.indexOf("      // README:end");
    return String.join(
        "\n",
        List.ofAll(lines.subList(begin + 1, end)).map(l -> l.length() >= 6 ? l.substring(6) : l));
  }
}
