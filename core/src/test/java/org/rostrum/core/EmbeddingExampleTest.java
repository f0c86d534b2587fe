package org.rostrum.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.Deadline;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.TimeWindow;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.InMemoryJournal;
import org.rostrum.core.service.InMemoryPlenaryCatalog;
import org.rostrum.core.service.PlenaryService;

/** The README's "Embedding the rules" example, kept compiling, passing and identical. */
class EmbeddingExampleTest {

  @Test
  void the_readme_example_defines_a_plenary_registers_requests_and_prints_the_list()
      throws IOException {
    StringBuilder out = new StringBuilder();
    // README:begin
    Instant at1500 = Instant.parse("2024-12-05T14:00:00Z"); // 15:00 in The Hague
    Plenary plenary =
        Plenary.builder()
            .id(PlenaryId.of("cooperation"))
            .title(LocalizedText.of("Plenary on cooperation", "Plénière sur la coopération"))
            .theme(LocalizedText.of("Support to the Court", "Soutien à la Cour"))
            .zone(ZoneId.of("Europe/Amsterdam"))
            .window(TimeWindow.of(at1500, at1500.plusSeconds(3600)))
            .segments(
                List.of(
                    Segment.builder()
                        .id(SegmentId.of("I"))
                        .title(LocalizedText.of("Segment I", "Segment I"))
                        .window(TimeWindow.of(at1500, at1500.plusSeconds(3600)))
                        .build()))
            .deadline(Deadline.at(Instant.parse("2024-12-04T23:00:00Z")))
            .build();
    PlenaryService rostrum =
        new PlenaryService(
            new InMemoryJournal(),
            InMemoryPlenaryCatalog.of(plenary),
            Notifier.none(),
            Clock.systemUTC());
    rostrum.register(
        RegisterCommand.of(plenary.id(), "I", "Sénégal")
            .receivedAt(Instant.parse("2024-12-03T10:00:00Z")));
    rostrum.register(
        RegisterCommand.of(plenary.id(), "I", "la France")
            .receivedAt(Instant.parse("2024-12-02T09:30:00Z")));
    rostrum.register(
        RegisterCommand.of(plenary.id(), "I", "Chile")
            .receivedAt(Instant.parse("2024-12-04T23:00:01Z"))); // late: recorded, not listed
    for (ScheduledSpeaker s : rostrum.list(plenary.id()).schedules().head().speakers()) {
      out.append(s.entry().position())
          .append(". ")
          .append(s.entry().registration().participant().name())
          .append(" at ")
          .append(s.projectedStart().atZone(plenary.zone()).toLocalTime())
          .append('\n');
    }
    // README:end

    assertThat(out.toString()).isEqualTo("1. France at 15:00\n2. Senegal at 15:02\n");
    assertThat(readme()).contains(exampleBlock());
  }

  /** The lines between the markers, unindented, as the README shows them. */
  private static String exampleBlock() throws IOException {
    java.util.List<String> lines =
        Files.readAllLines(
            Path.of("src/test/java/org/rostrum/core/EmbeddingExampleTest.java"),
            StandardCharsets.UTF_8);
    int begin = lines.indexOf("    // README:begin");
    int end = lines.indexOf("    // README:end");
    return String.join(
        "\n",
        List.ofAll(lines.subList(begin + 1, end)).map(l -> l.length() >= 4 ? l.substring(4) : l));
  }

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }
}
