package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rostrum.adapters.storage.RecordFormat.INSTANT;
import static org.rostrum.adapters.storage.RecordFormat.field;
import static org.rostrum.adapters.storage.RecordFormat.shape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rostrum.adapters.storage.RecordFormat.EventFormat;
import org.rostrum.adapters.storage.RecordFormat.RefusalFormat;
import org.rostrum.adapters.storage.RecordFormat.Shape;
import org.rostrum.adapters.storage.RecordFormat.Upcaster;
import org.rostrum.core.decider.Event;
import org.rostrum.core.decider.Event.DeadlineExtended;
import org.rostrum.core.rules.Rejection;

/**
 * The table of the record's format covers what the compiler knows, names each thing once, and reads
 * an entry of an older version through its upcaster (ADR 18).
 */
class RecordFormatTest {

  @Test
  void every_event_type_has_exactly_one_stored_format() {
    assertThat(RecordFormat.EVENTS.<Class<?>>map(EventFormat::type))
        .containsExactlyInAnyOrderElementsOf(GoldenRecordsTest.leaves(Event.class));
  }

  @Test
  void every_kind_of_refusal_has_exactly_one_stored_format() {
    assertThat(RecordFormat.REFUSALS.<Class<?>>map(RefusalFormat::type))
        .containsExactlyInAnyOrderElementsOf(GoldenRecordsTest.leaves(Rejection.class));
  }

  @Test
  void every_stored_name_of_an_event_type_or_a_refusal_is_unique() {
    assertThat(RecordFormat.EVENTS.map(EventFormat::name)).doesNotHaveDuplicates();
    assertThat(RecordFormat.REFUSALS.map(RefusalFormat::name)).doesNotHaveDuplicates();
  }

  @Test
  void every_field_is_named_once_in_its_type_and_no_refusal_hides_its_kind() {
    List<Shape<?>> shapes =
        RecordFormat.EVENTS
            .<Shape<?>>map(EventFormat::shape)
            .appendAll(RecordFormat.REFUSALS.map(RefusalFormat::shape))
            .appendAll(RecordFormat.INNER);
    for (Shape<?> shape : shapes) {
      assertThat(shape.names()).doesNotHaveDuplicates();
    }
    for (RefusalFormat<?> refusal : RecordFormat.REFUSALS) {
      assertThat(refusal.shape().names()).as(refusal.name()).doesNotContain("type");
    }
  }

  @Test
  void every_event_type_is_written_at_its_declared_version_and_none_needs_an_upcaster_yet() {
    assertThat(RecordFormat.EVENTS.map(EventFormat::version).distinct()).containsExactly(1);
    assertThat(RecordFormat.UPCASTERS).isEmpty();
  }

  @Test
  void a_table_that_stores_a_type_twice_or_forgets_one_is_refused_before_anything_is_written() {
    List<EventFormat<?>> events = RecordFormat.EVENTS;
    assertThatThrownBy(() -> new RecordFormat(events.tail(), List.empty()))
        .hasMessageContaining("needs one stored format");
    assertThatThrownBy(() -> new RecordFormat(events.append(events.head()), List.empty()))
        .hasMessageContaining("needs one stored format");
  }

  // A hypothetical later format, to show the mechanism: nothing like it was ever written.

  /** DeadlineExtended at version 2, had its fields been renamed {@code closedAt, closesAt}. */
  static final EventFormat<DeadlineExtended> DEADLINE_EXTENDED_V2 =
      RecordFormat.event(
          "DeadlineExtended",
          2,
          DeadlineExtended.class,
          shape(
              field("closedAt", DeadlineExtended::from, INSTANT),
              field("closesAt", DeadlineExtended::to, INSTANT),
              DeadlineExtended::new));

  static final Upcaster RENAMED_IN_V2 =
      new Upcaster(
          "DeadlineExtended",
          1,
          json -> {
            ObjectNode node = (ObjectNode) json.deepCopy();
            node.set("closedAt", node.remove("from"));
            node.set("closesAt", node.remove("to"));
            return node;
          });

  static RecordFormat withDeadlineExtendedAtVersion2(List<Upcaster> upcasters) {
    return new RecordFormat(
        RecordFormat.EVENTS.<EventFormat<?>>map(
            f -> f.name().equals("DeadlineExtended") ? DEADLINE_EXTENDED_V2 : f),
        upcasters);
  }

  @Test
  void an_entry_of_an_older_version_reads_through_its_upcaster_and_new_ones_are_written_anew()
      throws IOException {
    RecordFormat later = withDeadlineExtendedAtVersion2(List.of(RENAMED_IN_V2));
    GoldenRecordsTest.Golden v1 =
        GoldenRecordsTest.Golden.read(
            GoldenRecordsTest.GOLDEN.resolve("events/DeadlineExtended.v1.golden"));
    Event extended =
        new DeadlineExtended(
            Instant.parse("2024-12-04T23:00:00Z"), Instant.parse("2024-12-05T12:00:00Z"));

    assertThat(later.read(v1.type(), v1.version(), EventCodec.parse(v1.json())))
        .isEqualTo(extended);
    assertThat(later.version(extended)).isEqualTo(2);
    String v2 = EventCodec.canonical(later.write(extended));
    assertThat(v2)
        .isEqualTo("{\"closedAt\":\"2024-12-04T23:00:00Z\",\"closesAt\":\"2024-12-05T12:00:00Z\"}");
    assertThat(later.read("DeadlineExtended", 2, EventCodec.parse(v2))).isEqualTo(extended);
    assertThatThrownBy(() -> later.read("DeadlineExtended", 3, EventCodec.parse(v2)))
        .hasMessageContaining("version 3 of DeadlineExtended is unknown");
  }

  @Test
  void a_version_without_an_upcaster_from_the_one_before_or_an_upcaster_from_nowhere_is_refused() {
    assertThatThrownBy(() -> withDeadlineExtendedAtVersion2(List.empty()))
        .hasMessageContaining("needs one upcaster");
    assertThatThrownBy(() -> new RecordFormat(RecordFormat.EVENTS, List.of(RENAMED_IN_V2)))
        .hasMessageContaining("needs one upcaster");
    assertThatThrownBy(() -> withDeadlineExtendedAtVersion2(List.of(RENAMED_IN_V2, RENAMED_IN_V2)))
        .hasMessageContaining("needs one upcaster");
  }
}
