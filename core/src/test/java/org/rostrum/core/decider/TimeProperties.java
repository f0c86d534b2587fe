package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.rostrum.core.decider.Generators.EXAMPLES;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SpeakersList;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.rules.RegistrationRules;
import org.rostrum.core.rules.TimeRules;

/** The time rules T1–T3, each as a property. */
class TimeProperties {

  private static SpeakersList listOf(Plenary plenary, Segment segment, int size) {
    List<ListEntry> entries =
        List.range(0, size)
            .map(
                i ->
                    new ListEntry(
                        i + 1,
                        Registration.builder()
                            .id(RegistrationId.of(i + 1L))
                            .participant(
                                Participant.of(
                                    ParticipantKey.of("other:p" + i),
                                    org.rostrum.core.model.LocalizedText.of("P" + i, "P" + i),
                                    ParticipantCategory.OTHER))
                            .segment(segment.id())
                            .receivedAt(segment.window().start().minusSeconds(3600L - i))
                            .build(),
                        RegistrationStatus.WAITING,
                        new org.rostrum.core.model.Standing(
                            org.rostrum.core.model.InterventionKind.STATEMENT,
                            0,
                            io.vavr.control.Option.none(),
                            segment.window().start().minusSeconds(3600L - i)),
                        plenary.slot().limit()));
    return new SpeakersList(segment, entries, false);
  }

  @Test
  void t1_projection_speaker_n_starts_at_start_plus_programme_plus_n_minus_one_steps() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.plenaries(), integers().between(0, 120))
        .checkAssert(
            (plenary, size) -> {
              for (Segment segment : plenary.segments()) {
                Schedule schedule =
                    TimeRules.schedule(listOf(plenary, segment, size), plenary.slot());
                Instant previous = Instant.MIN;
                for (ScheduledSpeaker s : schedule.speakers()) {
                  int n = s.entry().position();
                  Instant expected =
                      segment
                          .window()
                          .start()
                          .plus(segment.programmeTime())
                          .plus(plenary.slot().step().multipliedBy(n - 1L));
                  assertThat(s.projectedStart()).isEqualTo(expected);
                  assertThat(TimeRules.projectedStart(segment, plenary.slot(), n))
                      .isEqualTo(expected);
                  assertThat(s.projectedEnd()).isEqualTo(expected.plus(plenary.slot().limit()));
                  assertThat(s.projectedStart()).isAfter(previous);
                  previous = s.projectedStart();
                }
              }
            });
  }

  @Test
  void t2_capacity_speakers_beyond_it_are_time_permitting_and_those_within_fit_the_window() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.plenaries(), integers().between(0, 120))
        .checkAssert(
            (plenary, size) -> {
              for (Segment segment : plenary.segments()) {
                Schedule schedule =
                    TimeRules.schedule(listOf(plenary, segment, size), plenary.slot());
                Duration available = segment.window().length().minus(segment.programmeTime());
                long expected = available.toNanos() / plenary.slot().step().toNanos();
                assertThat(schedule.capacity()).isEqualTo((int) expected);
                for (ScheduledSpeaker s : schedule.speakers()) {
                  assertThat(s.timePermitting()).isEqualTo(s.entry().position() > expected);
                  if (!s.timePermitting()) {
                    assertThat(s.projectedEnd()).isBeforeOrEqualTo(segment.window().end());
                  }
                }
              }
            });
  }

  @Test
  void t3_zones_a_request_is_compared_as_an_instant_whatever_the_offset_it_was_stamped_in() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.offsets(), integers().between(-7200, 7200), Generators.zones())
        .checkAssert(
            (offset, secondsFromDeadline, zone) -> {
              Instant closesAt = Generators.CLOSES_AT;
              Instant received = closesAt.plusSeconds(secondsFromDeadline);
              LocalDateTime stampedLocally = LocalDateTime.ofInstant(received, offset);
              Instant readBack = stampedLocally.atOffset(offset).toInstant();
              boolean late = RegistrationRules.onTime(readBack, closesAt).isLeft();
              assertThat(late).isEqualTo(secondsFromDeadline >= 0);
              Plenary plenary =
                  org.rostrum.core.model.ImmutablePlenary.copyOf(Generators.ASP23).withZone(zone);
              String shown = Messages.in(Language.EN, plenary.zone()).instant(received);
              assertThat(shown)
                  .startsWith(
                      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                          .format(received.atZone(zone)))
                  .endsWith("(" + zone.getId() + ")");
            });
  }

  @Test
  void t3_the_deadline_in_the_hague_is_the_same_instant_seen_from_new_york() {
    Instant newYorkEvening =
        LocalDateTime.of(2024, 12, 4, 18, 0).atZone(ZoneId.of("America/New_York")).toInstant();
    assertThat(newYorkEvening).isEqualTo(Generators.CLOSES_AT);
  }
}
