package org.rostrum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.core.TestPlenaries.hague;

import io.vavr.collection.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RepresentationLevel;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Standing;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.RegistrationOutcome.Inscribed;
import org.rostrum.core.port.in.RegistrationOutcome.Refused;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.RejectionReason;
import org.rostrum.core.service.InMemoryJournal;
import org.rostrum.core.service.InMemoryPlenaryCatalog;
import org.rostrum.core.service.PlenaryService;
import org.rostrum.core.view.ReportView;
import org.rostrum.core.view.RoomView;
import org.rostrum.core.view.Statistics;

/**
 * A general debate of the Assembly, told as an example a reader can follow by eye: precedence by
 * level of representation with group statements first, a point of order that pauses a speech, time
 * granted, and the right of reply at the end of the day.
 */
class GeneralDebateExampleTest {

  static final PlenaryId DEBATE = PlenaryId.of("asp23-general-debate");

  /** The room's clock, moved by hand. */
  static final class RoomClock extends Clock {
    Instant now = hague(1, 9, 0, 0);

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final RoomClock clock = new RoomClock();
  PlenaryService service;

  @BeforeEach
  void the_secretariat_opens_the_list_of_the_general_debate() {
    service =
        new PlenaryService(
            new InMemoryJournal(),
            InMemoryPlenaryCatalog.of(TestPlenaries.generalDebate()),
            Notifier.none(),
            clock);
  }

  RegisterCommand request(String participant, String segment, Instant receivedAt) {
    return RegisterCommand.of(DEBATE, segment, participant).receivedAt(receivedAt);
  }

  RegistrationOutcome register(RegisterCommand command) {
    return service.register(command);
  }

  static Instant november(int day, int hour, int minute, int second) {
    return java.time.LocalDateTime.of(2024, 11, day, hour, minute, second)
        .atZone(TestPlenaries.THE_HAGUE)
        .toInstant();
  }

  void at(int hour, int minute, int second) {
    clock.now = hague(2, hour, minute, second);
  }

  Schedule morning() {
    return service.list(DEBATE).schedules().head();
  }

  Schedule afternoon() {
    return service.list(DEBATE).schedules().last();
  }

  static List<String> names(Schedule schedule) {
    return schedule.speakers().map(s -> s.entry().registration().participant().names().en());
  }

  void theMorningListIsInscribed() {
    register(request("Chile", "AM", november(26, 10, 0, 0)));
    register(
        request("Kenya", "AM", november(27, 10, 0, 0))
            .level(RepresentationLevel.HEAD_OF_DELEGATION));
    register(request("France", "AM", november(28, 9, 0, 0)).level(RepresentationLevel.MINISTER));
    register(
        request("Uganda", "AM", november(28, 12, 0, 0))
            .kind(InterventionKind.GROUP_STATEMENT)
            .onBehalfOf("the African Group"));
    register(
        request("Ghana", "AM", november(29, 17, 0, 0))
            .level(RepresentationLevel.HEAD_OF_STATE_OR_GOVERNMENT));
  }

  @Test
  void statements_are_ordered_by_level_after_the_group_statements_and_each_place_says_why() {
    theMorningListIsInscribed();

    Schedule morning = morning();
    assertThat(names(morning)).containsExactly("Uganda", "Ghana", "France", "Kenya", "Chile");
    // Five minutes for the group, three for everyone else, one after the other from 10:00.
    assertThat(morning.speakers().map(s -> s.projectedStart()))
        .containsExactly(
            hague(2, 10, 0, 0),
            hague(2, 10, 5, 0),
            hague(2, 10, 8, 0),
            hague(2, 10, 11, 0),
            hague(2, 10, 14, 0));
    Standing france = morning.speakers().get(2).entry().standing();
    assertThat(france.tier().get().number()).isEqualTo(3);
    assertThat(france.tier().get().level()).contains(RepresentationLevel.MINISTER);
    assertThat(france.receivedAt()).isEqualTo(november(28, 9, 0, 0));
    Standing uganda = morning.speakers().head().entry().standing();
    assertThat(uganda.kind()).isEqualTo(InterventionKind.GROUP_STATEMENT);
    assertThat(uganda.tier().get().group()).isTrue();
    assertThat(Messages.in(Language.EN, TestPlenaries.THE_HAGUE).standing(france))
        .isEqualTo("tier 3 — Minister; received 2024-11-28 09:00:00 (Europe/Amsterdam)");
    assertThat(Messages.in(Language.FR, TestPlenaries.THE_HAGUE).standing(uganda))
        .isEqualTo(
            "rang 1 — déclaration au nom d'un groupe ; reçue le 28/11/2024 à 12:00:00"
                + " (Europe/Amsterdam)");
    // Chile said no level: it stands with the other representatives, last.
    assertThat(morning.speakers().last().entry().standing().tier().get().level())
        .contains(RepresentationLevel.OTHER);
  }

  @Test
  void a_group_speaks_once_and_its_speaker_may_still_speak_for_its_own_country() {
    theMorningListIsInscribed();

    RegistrationOutcome nigeria =
        register(
            request("Nigeria", "PM", november(29, 9, 0, 0))
                .kind(InterventionKind.GROUP_STATEMENT)
                .onBehalfOf("The African Group"));
    RegistrationOutcome uganda = register(request("Uganda", "PM", november(29, 10, 0, 0)));

    assertThat(
            Messages.in(Language.EN, TestPlenaries.THE_HAGUE)
                .explain(((Refused) nigeria).rejection()))
        .startsWith(
            "“the African Group” already has place #4 on the list of segment AM (rule R5: a group"
                + " speaks once, whoever speaks for it).");
    assertThat(uganda).isInstanceOf(Inscribed.class);
    RegistrationOutcome noGroup =
        register(
            request("Senegal", "PM", november(29, 11, 0, 0))
                .kind(InterventionKind.GROUP_STATEMENT));
    assertThat(((Refused) noGroup).rejection())
        .isEqualTo(new Rejection.Invalid(Rejection.Invalid.Problem.GROUP_MISSING, "", ""));
  }

  @Test
  void a_point_of_order_pauses_the_speech_and_the_speaker_resumes_with_the_time_left() {
    theMorningListIsInscribed();
    at(10, 0, 0);
    service.callNext(DEBATE);
    service.startSpeech(DEBATE);

    at(10, 2, 0); // Uganda has spoken two of its five minutes
    RegistrationOutcome venezuela =
        register(RegisterCommand.of(DEBATE, "", "Venezuela").kind(InterventionKind.POINT_OF_ORDER));
    assertThat(venezuela).isInstanceOf(Inscribed.class);
    assertThat(((Inscribed) venezuela).position()).isEqualTo(1);

    RoomView paused = service.room(DEBATE);
    assertThat(paused.current().get().speech().get().paused()).isTrue();
    assertThat(paused.current().get().speech().get().left()).isEqualTo(Duration.ofMinutes(3));
    assertThat(paused.waiting().head().registration().participant().names().en())
        .isEqualTo("Venezuela (Bolivarian Republic of)");

    // Nobody but the point of order may be called while Uganda's speech is paused.
    service.callNext(DEBATE);
    at(10, 2, 30);
    service.startSpeech(DEBATE);
    RoomView pointOfOrder = service.room(DEBATE);
    assertThat(pointOfOrder.current().get().entry().standing().kind())
        .isEqualTo(InterventionKind.POINT_OF_ORDER);
    assertThat(pointOfOrder.current().get().speech().get().limit())
        .isEqualTo(Duration.ofMinutes(2));
    assertThat(pointOfOrder.interrupted().get().speech().get().left())
        .isEqualTo(Duration.ofMinutes(3));
    at(10, 3, 30);
    service.stopSpeech(DEBATE);

    at(10, 4, 0);
    RoomView back = service.room(DEBATE);
    assertThat(back.current().get().entry().registration().participant().names().en())
        .isEqualTo("Uganda");
    assertThat(back.current().get().speech().get().paused()).isTrue();
    assertThat(service.callNext(DEBATE).getLeft()).isInstanceOf(Rejection.SpeechOnPause.class);
    service.resumeSpeech(DEBATE);
    at(10, 6, 59);
    assertThat(service.room(DEBATE).current().get().speech().get().left())
        .isEqualTo(Duration.ofSeconds(1));
    at(10, 7, 0);
    service.stopSpeech(DEBATE);

    // The point of order was given first; Uganda's speech ended after it.
    ReportView report = service.report(DEBATE);
    assertThat(report.speeches().map(s -> s.inscription().registration().kind()))
        .containsExactly(InterventionKind.POINT_OF_ORDER, InterventionKind.GROUP_STATEMENT);
    ReportView.Spoken spoken = report.speeches().last();
    assertThat(spoken.length()).isEqualTo(Duration.ofMinutes(5));
    assertThat(spoken.overrun()).isEmpty();
    assertThat(spoken.speech().pausedFor(spoken.endedAt())).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void time_granted_by_the_chair_is_added_to_the_limit_and_recorded() {
    theMorningListIsInscribed();
    at(10, 0, 0);
    service.callNext(DEBATE);
    service.startSpeech(DEBATE);
    at(10, 5, 0);
    service.stopSpeech(DEBATE); // Uganda, on time
    service.callNext(DEBATE);
    service.startSpeech(DEBATE); // Ghana, three minutes
    at(10, 7, 0);
    assertThat(service.grantTime(DEBATE, Duration.ofMinutes(1))).isNotEmpty();
    at(10, 8, 45);
    service.stopSpeech(DEBATE);

    ReportView report = service.report(DEBATE);
    ReportView.Spoken ghana = report.speeches().last();
    assertThat(ghana.length()).isEqualTo(Duration.ofSeconds(225));
    assertThat(ghana.speech().granted()).isEqualTo(Duration.ofMinutes(1));
    assertThat(ghana.overrun()).isEmpty();
    Statistics.Line<InterventionKind> groups =
        report.statistics().byKind().find(l -> l.key() == InterventionKind.GROUP_STATEMENT).get();
    assertThat(groups.speeches()).isEqualTo(1);
    assertThat(groups.spoken()).isEqualTo(Duration.ofMinutes(5));
    assertThat(report.statistics().bySegment().head().used())
        .isEqualTo(Duration.ofSeconds(300 + 225));
    assertThat(report.statistics().bySegment().head().planned()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void replies_come_after_the_days_last_list_two_per_participant_five_then_three_minutes() {
    theMorningListIsInscribed();
    register(request("Japan", "PM", november(29, 9, 0, 0)));
    at(11, 0, 0);
    RegistrationOutcome first =
        register(request("Kenya", "AM", hague(2, 11, 0, 0)).kind(InterventionKind.RIGHT_OF_REPLY));
    RegistrationOutcome second =
        register(request("Kenya", "PM", hague(2, 11, 0, 0)).kind(InterventionKind.RIGHT_OF_REPLY));
    RegistrationOutcome third =
        register(request("Kenya", "PM", hague(2, 11, 0, 0)).kind(InterventionKind.RIGHT_OF_REPLY));

    assertThat(first).isInstanceOf(Inscribed.class);
    assertThat(second).isInstanceOf(Inscribed.class);
    assertThat(((Refused) third).rejection().reason()).isEqualTo(RejectionReason.TOO_MANY_REPLIES);
    // Replies are taken at the end of the day, after the afternoon's statements.
    Schedule afternoon = afternoon();
    assertThat(names(afternoon)).containsExactly("Japan", "Kenya", "Kenya");
    List<ScheduledSpeaker> replies = afternoon.speakers().tail();
    assertThat(replies.map(s -> s.entry().allotted()))
        .containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(3));
    assertThat(replies.map(s -> s.projectedStart()))
        .containsExactly(hague(2, 15, 3, 0), hague(2, 15, 8, 0));
    assertThat(
            Messages.in(Language.FR, TestPlenaries.THE_HAGUE)
                .explain(((Refused) third).rejection()))
        .startsWith("Ce participant a déjà demandé 2 droit(s) de réponse");
  }

  @Test
  void the_plenary_on_cooperation_takes_statements_only() {
    service =
        new PlenaryService(
            new InMemoryJournal(),
            InMemoryPlenaryCatalog.of(TestPlenaries.asp23()),
            Notifier.none(),
            clock);
    RegistrationOutcome reply =
        service.register(
            RegisterCommand.of(PlenaryId.of("asp23-cooperation"), "I", "Kenya")
                .receivedAt(hague(1, 9, 0, 0))
                .kind(InterventionKind.RIGHT_OF_REPLY));
    Rejection refused = ((Refused) reply).rejection();
    assertThat(Messages.in(Language.EN, TestPlenaries.THE_HAGUE).explain(refused))
        .isEqualTo(
            "This plenary does not take a right of reply (rule R10); its procedure takes:"
                + " statement.");
  }
}
