package org.rostrum.core.model;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * A plenary meeting: when and where it sits, who chairs it, its segments, and the policies that
 * govern its speakers' list.
 */
@Value.Immutable
public interface Plenary {

  PlenaryId id();

  LocalizedText title();

  LocalizedText theme();

  /** The zone in which local times are shown (T3). */
  ZoneId zone();

  TimeWindow window();

  @Value.Default
  default List<String> chairs() {
    return List.empty();
  }

  List<Segment> segments();

  Deadline deadline();

  @Value.Default
  default TwoMinuteSlot slot() {
    return TwoMinuteSlot.standard();
  }

  @Value.Default
  default DuplicatePolicy duplicatePolicy() {
    return DuplicatePolicy.ONE_PER_PLENARY;
  }

  @Value.Default
  default AbsencePolicy absencePolicy() {
    return AbsencePolicy.once();
  }

  /** Who may ask for the floor and how to recognise them; the bundled ASP roster by default. */
  @Value.Default
  default Roster roster() {
    return Roster.bundled("asp-2024");
  }

  /** Kinds of intervention besides statements, and precedence: none by default. */
  @Value.Default
  default Procedure procedure() {
    return Procedure.statementsOnly();
  }

  @Value.Default
  default MailIntake mail() {
    return MailIntake.none();
  }

  /** The meeting's date in its own zone; it decides who is a State Party. */
  @Value.Derived
  default LocalDate date() {
    return window().start().atZone(zone()).toLocalDate();
  }

  default Option<Segment> segment(SegmentId id) {
    return segments().find(s -> s.id().equals(id));
  }

  @Value.Check
  default void check() {
    if (segments().isEmpty()) {
      throw new IllegalStateException("plenary " + id() + " has at least one segment");
    }
    if (segments().map(Segment::id).distinct().size() != segments().size()) {
      throw new IllegalStateException("the segments of plenary " + id() + " have distinct ids");
    }
    for (Segment segment : segments()) {
      if (!window().contains(segment.window())) {
        throw new IllegalStateException(
            "segment " + segment.id() + " lies outside the window of plenary " + id());
      }
    }
    Option<Tuple2<Segment, Segment>> overlap =
        segments()
            .crossProduct()
            .find(t -> !t._1.id().equals(t._2.id()) && t._1.window().overlaps(t._2.window()));
    if (overlap.isDefined()) {
      throw new IllegalStateException(
          "segments " + overlap.get()._1.id() + " and " + overlap.get()._2.id() + " overlap");
    }
  }

  static ImmutablePlenary.Builder builder() {
    return ImmutablePlenary.builder();
  }
}
