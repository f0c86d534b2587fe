package org.rostrum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.core.TestPlenaries.hague;

import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.RegistrationOutcome.Inscribed;
import org.rostrum.core.port.in.RegistrationOutcome.Refused;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.service.InMemoryJournal;
import org.rostrum.core.service.InMemoryPlenaryCatalog;
import org.rostrum.core.service.PlenaryService;

/** The concept note's own meeting, told as examples a reader can follow by eye. */
class ConceptNoteExamplesTest {

  static final PlenaryId ASP23 = PlenaryId.of("asp23-cooperation");

  PlenaryService service;

  @BeforeEach
  void secretariat_opens_the_list() {
    service =
        new PlenaryService(
            new InMemoryJournal(),
            InMemoryPlenaryCatalog.of(TestPlenaries.asp23()),
            Notifier.none(),
            Clock.fixed(hague(5, 9, 0, 0), ZoneOffset.UTC));
  }

  RegistrationOutcome request(String participant, String segment, Instant receivedAt) {
    return service.register(RegisterCommand.of(ASP23, segment, participant).receivedAt(receivedAt));
  }

  @Test
  void a_request_from_the_netherlands_received_wednesday_at_23_59_59_in_the_hague_is_inscribed() {
    RegistrationOutcome outcome = request("Pays-Bas", "II", hague(4, 23, 59, 59));

    assertThat(outcome).isInstanceOf(Inscribed.class);
    Inscribed inscribed = (Inscribed) outcome;
    assertThat(inscribed.registration().participant().key().value()).isEqualTo("NLD");
    assertThat(inscribed.position()).isEqualTo(1);
    assertThat(inscribed.projectedStart()).isEqualTo(hague(5, 16, 0, 0));
  }

  @Test
  void a_request_sent_at_18_30_on_wednesday_new_york_time_arrives_at_00_30_and_is_late() {
    Instant newYork =
        LocalDateTime.of(2024, 12, 4, 18, 30).atZone(ZoneId.of("America/New_York")).toInstant();
    assertThat(newYork).isEqualTo(hague(5, 0, 30, 0));

    RegistrationOutcome outcome = request("Chile", "I", newYork);

    assertThat(outcome).isInstanceOf(Refused.class);
    Rejection rejection = ((Refused) outcome).rejection();
    assertThat(rejection).isEqualTo(new Rejection.Late(newYork, hague(5, 0, 0, 0)));
    assertThat(Messages.in(Language.EN, TestPlenaries.THE_HAGUE).explain(rejection))
        .startsWith(
            "Received 2024-12-05 00:30:00 (Europe/Amsterdam), at or after the list closed at"
                + " 2024-12-05 00:00:00 (Europe/Amsterdam)");
    assertThat(Messages.in(Language.FR, TestPlenaries.THE_HAGUE).explain(rejection))
        .startsWith("Reçue le 05/12/2024 à 00:30:00 (Europe/Amsterdam)");
  }

  @Test
  void the_late_request_is_recorded_and_not_inscribed() {
    RegistrationOutcome outcome = request("Chile", "I", hague(5, 0, 0, 0));

    assertThat(service.outcome(ASP23, outcome.id())).contains(outcome);
    assertThat(service.list(ASP23).schedules().flatMap(Schedule::speakers)).isEmpty();
    assertThat(service.list(ASP23).refused().map(r -> r.rejection().reason().name()))
        .containsExactly("LATE");
    assertThat(service.record(ASP23)).hasSize(1);
  }

  @Test
  void the_thirty_first_speaker_of_a_sixty_minute_segment_is_time_permitting() {
    for (int i = 1; i <= 31; i++) {
      service.register(
          RegisterCommand.of(ASP23, "I", "NGO number " + i)
              .category(ParticipantCategory.CIVIL_SOCIETY)
              .receivedAt(hague(3, 9, i, 0)));
    }

    Schedule segmentI = service.list(ASP23).schedules().head();
    assertThat(segmentI.capacity()).isEqualTo(30);
    assertThat(segmentI.speakers().get(29).timePermitting()).isFalse();
    assertThat(segmentI.speakers().get(29).projectedStart()).isEqualTo(hague(5, 15, 58, 0));
    assertThat(segmentI.speakers().get(30).timePermitting()).isTrue();
    assertThat(segmentI.speakers().get(30).projectedStart()).isEqualTo(hague(5, 16, 0, 0));
  }

  @Test
  void first_come_first_served_whatever_order_the_mails_are_imported_in() {
    request("Sénégal", "I", hague(3, 10, 0, 0));
    request("la France", "I", hague(2, 10, 0, 0));
    request("Japon", "I", hague(4, 10, 0, 0));

    assertThat(
            service
                .list(ASP23)
                .schedules()
                .head()
                .list()
                .entries()
                .map(e -> e.registration().participant().name()))
        .containsExactly("France", "Senegal", "Japan");
  }

  @Test
  void one_intervention_per_participant_a_second_request_names_the_place_held() {
    RegistrationOutcome first = request("France", "I", hague(2, 10, 0, 0));
    RegistrationOutcome second = request("République française", "II", hague(3, 10, 0, 0));

    assertThat(second).isInstanceOf(Refused.class);
    assertThat(((Refused) second).rejection())
        .isEqualTo(new Rejection.Duplicate(first.id(), SegmentId.of("I")));
  }

  @Test
  void an_earlier_mail_imported_later_takes_the_participants_place() {
    RegistrationOutcome later = request("Chile", "II", hague(3, 10, 0, 0));
    RegistrationOutcome earlier = request("Chili", "I", hague(2, 10, 0, 0));

    assertThat(earlier).isInstanceOf(Inscribed.class);
    assertThat(service.outcome(ASP23, later.id()).get())
        .isEqualTo(
            new Refused(
                later.id(),
                new Rejection.Duplicate(earlier.id(), SegmentId.of("I")),
                later.receipt(),
                false));
  }

  @Test
  void ukraine_is_an_observer_state_on_5_december_2024_and_not_yet_a_state_party() {
    Inscribed ukraine = (Inscribed) request("Ukraine", "I", hague(3, 10, 0, 0));
    Inscribed palestine = (Inscribed) request("State of Palestine", "I", hague(3, 11, 0, 0));

    assertThat(ukraine.registration().participant().category())
        .isEqualTo(ParticipantCategory.OBSERVER_STATE);
    assertThat(palestine.registration().participant().category())
        .isEqualTo(ParticipantCategory.STATE_PARTY);
  }

  @Test
  void the_same_mail_imported_twice_gives_its_first_outcome_and_records_nothing_more() {
    RegistrationOutcome first =
        service.register(
            RegisterCommand.of(ASP23, "II", "Kenya")
                .receivedAt(hague(3, 8, 0, 0))
                .sourceRef("<abc@mail.example>"));
    RegistrationOutcome again =
        service.register(
            RegisterCommand.of(ASP23, "II", "Kenya")
                .receivedAt(hague(3, 8, 0, 0))
                .sourceRef("<abc@mail.example>"));

    assertThat(again.replay()).isTrue();
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.receipt()).isEqualTo(first.receipt());
    assertThat(service.record(ASP23)).hasSize(1);
  }

  @Test
  void the_chair_runs_segment_one_in_the_room() {
    RegistrationOutcome senegal = request("Senegal", "I", hague(2, 10, 0, 0));
    RegistrationOutcome france = request("France", "I", hague(2, 11, 0, 0));
    RegistrationOutcome kenya = request("Kenya", "I", hague(2, 12, 0, 0));

    assertThat(service.callNext(ASP23).isRight()).isTrue();
    assertThat(service.startSpeech(ASP23).isRight()).isTrue();
    assertThat(service.callNext(ASP23).getLeft())
        .isEqualTo(new Rejection.SpeechRunning(senegal.id()));
    assertThat(service.stopSpeech(ASP23).isRight()).isTrue();
    assertThat(service.callNext(ASP23).isRight()).isTrue();
    assertThat(service.markAbsent(ASP23).isRight()).isTrue();
    Seq<org.rostrum.core.model.ListEntry> list =
        service.list(ASP23).schedules().head().list().entries();
    assertThat(list.map(e -> e.id())).containsExactly(senegal.id(), kenya.id(), france.id());
    assertThat(service.endSegment(ASP23).isRight()).isTrue();

    assertThat(service.report(ASP23).notReached().map(i -> i.id())).contains(kenya.id());
    assertThat(service.report(ASP23).notReached().head().status())
        .isEqualTo(RegistrationStatus.NOT_REACHED);
    assertThat(service.room(ASP23).segment().get().id()).isEqualTo(SegmentId.of("II"));
  }
}
