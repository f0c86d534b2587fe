package org.rostrum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rostrum.core.TestPlenaries.hague;

import io.vavr.collection.List;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.AbsencePolicy;
import org.rostrum.core.model.ImmutablePlenary;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.ProgrammeItem;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.TimeWindow;
import org.rostrum.core.model.TwoMinuteSlot;

/** The structural checks of the values: what cannot even be built. */
class ModelTest {

  static final LocalizedText T = LocalizedText.of("Title", "Titre");

  @Test
  void the_standard_slot_is_two_minutes_with_a_warning_at_thirty_seconds_and_no_gap() {
    TwoMinuteSlot slot = TwoMinuteSlot.standard();
    assertThat(slot.limit()).isEqualTo(Duration.ofMinutes(2));
    assertThat(slot.warning()).isEqualTo(Duration.ofSeconds(30));
    assertThat(slot.step()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void a_slot_has_a_positive_limit_and_a_warning_before_it() {
    assertThatThrownBy(() -> TwoMinuteSlot.builder().limit(Duration.ZERO).build())
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> TwoMinuteSlot.builder().warning(Duration.ofMinutes(2)).build())
        .hasMessageContaining("warning");
    assertThatThrownBy(() -> TwoMinuteSlot.builder().warning(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("warning");
    assertThatThrownBy(() -> TwoMinuteSlot.builder().changeover(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("changeover");
    assertThat(TwoMinuteSlot.builder().warning(Duration.ZERO).build().warning()).isZero();
    assertThat(
            TwoMinuteSlot.builder()
                .limit(Duration.ofSeconds(1))
                .warning(Duration.ZERO)
                .build()
                .limit())
        .hasSeconds(1);
  }

  @Test
  void programme_items_may_fill_a_segment_but_not_overflow_it() {
    TimeWindow hour = TimeWindow.of(hague(5, 15, 0, 0), hague(5, 16, 0, 0));
    ProgrammeItem address = new ProgrammeItem(T, Duration.ofMinutes(30));
    Segment full =
        Segment.builder()
            .id(SegmentId.of("I"))
            .title(T)
            .window(hour)
            .programmeItems(List.of(address, address))
            .build();
    assertThat(full.programmeTime()).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(
            () ->
                Segment.builder()
                    .id(SegmentId.of("I"))
                    .title(T)
                    .window(hour)
                    .programmeItems(List.of(address, address, address))
                    .build())
        .hasMessageContaining("longer than its window");
    assertThatThrownBy(() -> new ProgrammeItem(T, Duration.ZERO)).hasMessageContaining("lasts");
  }

  @Test
  void segments_lie_within_the_plenary_and_do_not_overlap() {
    ImmutablePlenary asp23 = ImmutablePlenary.copyOf(TestPlenaries.asp23());
    Segment early =
        Segment.builder()
            .id(SegmentId.of("III"))
            .title(T)
            .window(TimeWindow.of(hague(5, 14, 0, 0), hague(5, 15, 30, 0)))
            .build();
    Segment overlapping =
        Segment.builder()
            .id(SegmentId.of("III"))
            .title(T)
            .window(TimeWindow.of(hague(5, 15, 59, 0), hague(5, 16, 1, 0)))
            .build();
    assertThatThrownBy(() -> asp23.withSegments(asp23.segments().append(early)))
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> asp23.withSegments(asp23.segments().append(overlapping)))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> asp23.withSegments(List.empty())).hasMessageContaining("at least");
    assertThatThrownBy(() -> asp23.withSegments(asp23.segments().append(asp23.segments().head())))
        .hasMessageContaining("distinct");
  }

  @Test
  void windows_are_half_open() {
    TimeWindow a = TimeWindow.of(hague(5, 15, 0, 0), hague(5, 16, 0, 0));
    TimeWindow b = TimeWindow.of(hague(5, 16, 0, 0), hague(5, 17, 0, 0));
    assertThat(a.overlaps(b)).isFalse();
    assertThat(b.overlaps(a)).isFalse();
    assertThat(a.overlaps(a)).isTrue();
    assertThat(a.contains(a)).isTrue();
    assertThat(a.contains(b)).isFalse();
    assertThat(b.contains(a)).isFalse();
    assertThatThrownBy(() -> TimeWindow.of(/* start= */ a.end(), /* end= */ a.start()))
        .hasMessageContaining("ends after");
  }

  @Test
  void identifiers_read_as_people_write_them() {
    assertThat(SegmentId.of(" ii ")).isEqualTo(SegmentId.of("II"));
    assertThat(SegmentId.of("ii").toString()).isEqualTo("II");
    assertThat(PlenaryId.of("asp23-cooperation").toString()).isEqualTo("asp23-cooperation");
    assertThat(RegistrationId.of(12).toString()).isEqualTo("12");
    assertThat(List.of(RegistrationId.of(12), RegistrationId.of(3)).sorted())
        .containsExactly(RegistrationId.of(3), RegistrationId.of(12));
    assertThatThrownBy(() -> PlenaryId.of("ASP 23")).hasMessageContaining("lower-case");
    assertThatThrownBy(() -> RegistrationId.of(0)).hasMessageContaining("positive");
    assertThatThrownBy(() -> SegmentId.of(" ")).hasMessageContaining("not blank");
    assertThat(LocalizedText.of("Court", "Cour").in(Language.FR)).isEqualTo("Cour");
    assertThat(LocalizedText.of("Court", "Cour").in(Language.EN)).isEqualTo("Court");
  }

  @Test
  void absence_policy_counts_requeues_from_zero() {
    assertThat(AbsencePolicy.once().requeues()).isEqualTo(1);
    assertThat(new AbsencePolicy(0).requeues()).isZero();
    assertThatThrownBy(() -> new AbsencePolicy(-1)).hasMessageContaining("not negative");
  }

  @Test
  void only_waiting_called_speaking_paused_spoken_absent_and_unreached_requests_hold_a_place() {
    assertThat(List.of(RegistrationStatus.values()).filter(RegistrationStatus::onList))
        .containsExactly(
            RegistrationStatus.WAITING,
            RegistrationStatus.CALLED,
            RegistrationStatus.SPEAKING,
            RegistrationStatus.PAUSED,
            RegistrationStatus.SPOKE,
            RegistrationStatus.ABSENT,
            RegistrationStatus.NOT_REACHED);
  }
}
