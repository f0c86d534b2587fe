package org.rostrum.benchmarks;

import io.vavr.collection.List;
import java.time.Instant;
import java.time.ZoneId;
import org.rostrum.core.model.Deadline;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.TimeWindow;

/** The concept note's plenary, as the benchmarks use it. */
final class Fixtures {

  private Fixtures() {}

  static Plenary asp23() {
    Instant start = Instant.parse("2024-12-05T14:00:00Z");
    Instant middle = Instant.parse("2024-12-05T15:00:00Z");
    Instant end = Instant.parse("2024-12-05T16:00:00Z");
    return Plenary.builder()
        .id(PlenaryId.of("asp23-cooperation"))
        .title(
            LocalizedText.of(
                "Plenary session on cooperation", "Séance plénière sur la coopération"))
        .theme(LocalizedText.of("Support to the Court", "Soutien à la Cour"))
        .zone(ZoneId.of("Europe/Amsterdam"))
        .window(TimeWindow.of(start, end))
        .segments(
            List.of(
                Segment.builder()
                    .id(SegmentId.of("I"))
                    .title(LocalizedText.of("Segment I", "Segment I"))
                    .window(TimeWindow.of(start, middle))
                    .build(),
                Segment.builder()
                    .id(SegmentId.of("II"))
                    .title(LocalizedText.of("Segment II", "Segment II"))
                    .window(TimeWindow.of(middle, end))
                    .build()))
        .deadline(Deadline.at(Instant.parse("2024-12-04T23:00:00Z")))
        .build();
  }
}
