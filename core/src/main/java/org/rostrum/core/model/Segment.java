package org.rostrum.core.model;

import io.vavr.collection.List;
import java.time.Duration;
import org.immutables.value.Value;

/** A part of a plenary with its own window and its own list of speakers. */
@Value.Immutable
public interface Segment {

  SegmentId id();

  LocalizedText title();

  @Value.Default
  default SegmentKind kind() {
    return SegmentKind.GENERAL;
  }

  /**
   * Other words that designate the segment in a request, in any language ("segundo segmento",
   * "existing tools"): a mail that names the segment only so is read as asking for it.
   */
  @Value.Default
  default List<String> names() {
    return List.empty();
  }

  @Value.Default
  default List<LocalizedText> guidingQuestions() {
    return List.empty();
  }

  TimeWindow window();

  @Value.Default
  default List<ProgrammeItem> programmeItems() {
    return List.empty();
  }

  /** The time the programme items take before the first speaker. */
  @Value.Derived
  default Duration programmeTime() {
    return programmeItems().map(ProgrammeItem::duration).fold(Duration.ZERO, Duration::plus);
  }

  @Value.Check
  default void check() {
    if (programmeTime().compareTo(window().length()) > 0) {
      throw new IllegalStateException(
          "the programme items of segment " + id() + " take longer than its window");
    }
  }

  static ImmutableSegment.Builder builder() {
    return ImmutableSegment.builder();
  }
}
