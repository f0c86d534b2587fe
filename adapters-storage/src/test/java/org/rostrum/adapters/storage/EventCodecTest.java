package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;

/** The journal's format: fixed, canonical, and read back as written. */
class EventCodecTest {

  static final Instant T = Instant.parse("2024-12-04T22:59:59Z");

  static final Registration FRANCE =
      Registration.builder()
          .id(RegistrationId.of(1))
          .participant(
              Participant.of(
                  ParticipantKey.of("FRA"),
                  LocalizedText.of("France", "France"),
                  ParticipantCategory.STATE_PARTY))
          .segment(SegmentId.of("I"))
          .speaker(Option.some("H.E. Ms. Dupont"))
          .receivedAt(T)
          .sourceRef(Option.some("<1@diplomatie.gouv.fr>"))
          .build();

  @Test
  void an_inscription_is_written_in_a_fixed_canonical_form() {
    assertThat(EventCodec.encode(new Event.RegistrationInscribed(FRANCE)))
        .isEqualTo(
            "{\"registration\":{\"id\":1,\"participant\":{\"category\":\"STATE_PARTY\","
                + "\"key\":\"FRA\",\"name\":{\"en\":\"France\",\"fr\":\"France\"}},"
                + "\"receivedAt\":\"2024-12-04T22:59:59Z\",\"segment\":\"I\","
                + "\"sourceRef\":\"<1@diplomatie.gouv.fr>\",\"speaker\":\"H.E. Ms. Dupont\"}}");
  }

  @Test
  void a_refusal_names_its_kind_and_keeps_the_request_as_sent() {
    RegistrationRequest request =
        RegistrationRequest.builder().participant("Chili").segment("iii").receivedAt(T).build();
    Event rejected =
        new Event.RegistrationRejected(
            RegistrationId.of(2),
            request,
            Option.none(),
            new Rejection.UnknownSegment("iii", List.of(SegmentId.of("I"), SegmentId.of("II"))));
    String json = EventCodec.encode(rejected);
    assertThat(json)
        .isEqualTo(
            "{\"id\":2,\"rejection\":{\"known\":[\"I\",\"II\"],\"segment\":\"iii\","
                + "\"type\":\"UnknownSegment\"},\"request\":{\"participant\":\"Chili\","
                + "\"receivedAt\":\"2024-12-04T22:59:59Z\",\"segment\":\"iii\"}}");
    assertThat(EventCodec.decode("RegistrationRejected", 1, json)).isEqualTo(rejected);
  }

  @Test
  void a_kind_and_a_level_are_written_only_for_other_than_a_statement_and_read_back() {
    Registration point =
        Registration.builder()
            .from(FRANCE)
            .kind(org.rostrum.core.model.InterventionKind.POINT_OF_ORDER)
            .level(Option.some(org.rostrum.core.model.RepresentationLevel.MINISTER))
            .build();
    String json = EventCodec.encode(new Event.RegistrationInscribed(point));
    assertThat(json)
        .isEqualTo(
            "{\"registration\":{\"id\":1,\"kind\":\"POINT_OF_ORDER\",\"level\":\"MINISTER\","
                + "\"participant\":{\"category\":\"STATE_PARTY\","
                + "\"key\":\"FRA\",\"name\":{\"en\":\"France\",\"fr\":\"France\"}},"
                + "\"receivedAt\":\"2024-12-04T22:59:59Z\",\"segment\":\"I\","
                + "\"sourceRef\":\"<1@diplomatie.gouv.fr>\",\"speaker\":\"H.E. Ms. Dupont\"}}");
    assertThat(EventCodec.decode("RegistrationInscribed", 1, json))
        .isEqualTo(new Event.RegistrationInscribed(point));
    RegistrationRequest reply =
        RegistrationRequest.builder()
            .participant("Kenya")
            .segment("I")
            .receivedAt(T)
            .kind(org.rostrum.core.model.InterventionKind.RIGHT_OF_REPLY)
            .build();
    Event refused =
        new Event.RegistrationRejected(
            RegistrationId.of(2),
            reply,
            Option.none(),
            new Rejection.TooManyReplies(2, List.of(RegistrationId.of(1))));
    String refusal = EventCodec.encode(refused);
    assertThat(refusal).contains("\"kind\":\"RIGHT_OF_REPLY\"");
    assertThat(EventCodec.decode("RegistrationRejected", 1, refusal)).isEqualTo(refused);
  }

  @Test
  void a_time_from_the_senders_clock_is_written_only_when_it_is_one_and_reads_back() {
    Registration dated = Registration.builder().from(FRANCE).senderClock(true).build();
    String json = EventCodec.encode(new Event.RegistrationInscribed(dated));
    assertThat(json).contains("\"segment\":\"I\",\"senderClock\":true,\"sourceRef\"");
    assertThat(EventCodec.decode("RegistrationInscribed", 1, json))
        .isEqualTo(new Event.RegistrationInscribed(dated));
    assertThat(EventCodec.encode(new Event.RegistrationInscribed(FRANCE)))
        .doesNotContain("senderClock");

    RegistrationRequest late =
        RegistrationRequest.builder()
            .participant("Chili")
            .segment("I")
            .receivedAt(T)
            .senderClock(true)
            .build();
    Event refused =
        new Event.RegistrationRejected(
            RegistrationId.of(2), late, Option.none(), new Rejection.Late(T, T));
    String refusal = EventCodec.encode(refused);
    assertThat(refusal).contains("\"senderClock\":true");
    assertThat(EventCodec.decode("RegistrationRejected", 1, refusal)).isEqualTo(refused);
  }

  @Test
  void every_event_reads_back_as_written() {
    List<Event> events =
        List.of(
            new Event.RegistrationInscribed(FRANCE),
            new Event.RegistrationSuperseded(RegistrationId.of(3), RegistrationId.of(1)),
            new Event.RegistrationWithdrawn(RegistrationId.of(1)),
            new Event.PlacesSwapped(RegistrationId.of(1), RegistrationId.of(2)),
            new Event.ListClosed(SegmentId.of("II")),
            new Event.ListReopened(SegmentId.of("II")),
            new Event.DeadlineExtended(T, T.plusSeconds(3600)),
            new Event.SpeakerCalled(RegistrationId.of(1), SegmentId.of("I"), T),
            new Event.SpeechStarted(RegistrationId.of(1), T),
            new Event.SpeechEnded(
                RegistrationId.of(1),
                T,
                T.plusSeconds(150),
                Duration.ofSeconds(150),
                Option.some(Duration.ofSeconds(30))),
            new Event.SpeakerAbsent(RegistrationId.of(2), T, true),
            new Event.SegmentEnded(SegmentId.of("I"), T, List.of(RegistrationId.of(4))),
            new Event.RequestAmended(
                RegistrationId.of(1),
                Either.right(FRANCE),
                "typo",
                Option.some(RegistrationId.of(4))),
            new Event.RequestAnnulled(RegistrationId.of(1), "a test"),
            new Event.SegmentResumed(SegmentId.of("I"), List.empty()),
            new Event.ParticipantAdded(
                org.rostrum.core.rules.Participants.newEntry(
                    "Guest Speaker",
                    Option.none(),
                    Option.none(),
                    org.rostrum.core.model.ParticipantCategory.OTHER,
                    List.empty(),
                    List.empty())),
            new Event.SpeechPaused(RegistrationId.of(1), T),
            new Event.SpeechResumed(RegistrationId.of(1), T.plusSeconds(60)),
            new Event.TimeGranted(RegistrationId.of(1), Duration.ofSeconds(30), T));
    for (Event event : events) {
      assertThat(
              EventCodec.decode(
                  EventCodec.type(event), EventCodec.version(event), EventCodec.encode(event)))
          .isEqualTo(event);
    }
    assertThat(events.map(EventCodec::type).distinct())
        .hasSize(Event.class.getPermittedSubclasses().length - 1);
  }

  @Test
  void a_correction_is_stored_as_exactly_one_outcome_inscribed_or_refused() {
    Event.RegistrationRejected refusedAgain =
        new Event.RegistrationRejected(
            RegistrationId.of(1),
            RegistrationRequest.builder().participant("Germny").segment("I").receivedAt(T).build(),
            Option.none(),
            new Rejection.Late(T, T));
    Event amended =
        new Event.RequestAmended(
            RegistrationId.of(1), Either.left(refusedAgain), "", Option.none());
    String json = EventCodec.encode(amended);
    assertThat(json).contains("\"refused\":{").doesNotContain("inscribed");
    assertThat(EventCodec.decode("RequestAmended", 1, json)).isEqualTo(amended);
    assertThatThrownBy(() -> EventCodec.decode("RequestAmended", 1, "{\"id\":1,\"reason\":\"\"}"))
        .hasMessageContaining("either inscribed or refused");
    String both =
        EventCodec.encode(
                new Event.RequestAmended(
                    RegistrationId.of(1), Either.right(FRANCE), "", Option.none()))
            .replace(
                "\"reason\"",
                json.substring(json.indexOf("\"refused\""), json.length() - 1) + ",\"reason\"");
    assertThatThrownBy(() -> EventCodec.decode("RequestAmended", 1, both))
        .hasMessageContaining("either inscribed or refused");
  }

  @Test
  void an_unknown_type_or_version_or_a_broken_event_is_refused() {
    String json = EventCodec.encode(new Event.ListClosed(SegmentId.of("I")));
    assertThatThrownBy(() -> EventCodec.decode("ListBurnt", 1, json))
        .hasMessageContaining("ListBurnt");
    assertThatThrownBy(() -> EventCodec.decode("ListClosed", 9, json))
        .hasMessageContaining("version 9");
    assertThatThrownBy(() -> EventCodec.decode("ListClosed", 1, "{}"))
        .hasMessageContaining("segment");
    assertThatThrownBy(() -> EventCodec.decode("ListClosed", 1, "{"))
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> EventCodec.decode("RegistrationInscribed", 1, "{\"registration\":{}}"))
        .hasMessageContaining("missing registration.id");
    assertThatThrownBy(
            () ->
                EventCodec.decode(
                    "RegistrationInscribed",
                    1,
                    EventCodec.encode(new Event.RegistrationInscribed(FRANCE))
                        .replace("\"STATE_PARTY\"", "\"STATE\"")))
        .hasMessageContaining("registration.participant.category");
    assertThatThrownBy(
            () ->
                EventCodec.decode("RegistrationRejected", 1, "{\"rejection\":{\"type\":\"Lost\"}}"))
        .hasMessageContaining("missing id");
  }
}
