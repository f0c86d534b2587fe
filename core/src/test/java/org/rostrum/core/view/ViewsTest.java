package org.rostrum.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.core.TestPlenaries.hague;

import io.vavr.collection.List;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.rostrum.core.TestPlenaries;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.InMemoryJournal;
import org.rostrum.core.service.InMemoryPlenaryCatalog;
import org.rostrum.core.service.PlenaryService;

/** The views a desk and a room read, on the concept note's plenary. */
class ViewsTest {

  static final PlenaryId ASP23 = PlenaryId.of("asp23-cooperation");

  final PlenaryService service =
      new PlenaryService(
          new InMemoryJournal(),
          InMemoryPlenaryCatalog.of(TestPlenaries.asp23()),
          Notifier.none(),
          Clock.fixed(hague(5, 15, 0, 0), ZoneOffset.UTC));

  @Test
  void the_list_of_one_segment_keeps_the_version_the_deadline_and_every_refusal() {
    service.register(RegisterCommand.of(ASP23, "I", "Kenya").receivedAt(hague(3, 10, 0, 0)));
    service.register(RegisterCommand.of(ASP23, "II", "Chile").receivedAt(hague(3, 11, 0, 0)));
    service.register(RegisterCommand.of(ASP23, "II", "Atlantis").receivedAt(hague(3, 12, 0, 0)));
    ListView all = service.list(ASP23);

    ListView two = all.only(SegmentId.of("II")).get();

    assertThat(two.schedules().map(s -> s.segment().id().value())).containsExactly("II");
    assertThat(two.version()).isEqualTo(all.version()).isEqualTo(3);
    assertThat(two.closesAt()).isEqualTo(all.closesAt());
    assertThat(two.refused()).isEqualTo(all.refused());
    assertThat(all.only(SegmentId.of("III"))).isEmpty();
    assertThat(all.refusal(RegistrationId.of(3)).map(r -> r.participantName(Language.FR)))
        .contains("Atlantis");
    assertThat(all.refusal(RegistrationId.of(1))).isEmpty();
    assertThat(all.anySenderClock()).isFalse();
  }

  @Test
  void a_time_from_the_senders_clock_anywhere_on_the_list_or_among_the_refusals_is_noticed() {
    service.register(
        RegisterCommand.builder()
            .plenary(ASP23)
            .segment("I")
            .participant("Atlantis")
            .receivedAt(io.vavr.control.Option.some(hague(3, 10, 0, 0)))
            .senderClock(true)
            .build());
    assertThat(service.list(ASP23).anySenderClock()).isTrue();
    service.register(
        RegisterCommand.builder()
            .plenary(ASP23)
            .segment("I")
            .participant("Kenya")
            .receivedAt(io.vavr.control.Option.some(hague(3, 11, 0, 0)))
            .senderClock(true)
            .build());
    assertThat(service.list(ASP23).only(SegmentId.of("I")).get().anySenderClock()).isTrue();
  }

  @Test
  void the_report_counts_the_time_spoken_and_the_overruns() {
    service.register(RegisterCommand.of(ASP23, "I", "Kenya").receivedAt(hague(3, 10, 0, 0)));
    service.register(RegisterCommand.of(ASP23, "I", "Chile").receivedAt(hague(3, 11, 0, 0)));
    service.callNext(ASP23);
    service.startSpeech(ASP23);
    ReportView speaking = service.report(ASP23);
    assertThat(speaking.speaking().map(s -> s.inscription().id())).contains(RegistrationId.of(1));
    assertThat(speaking.total()).isEqualTo(Duration.ZERO);
    assertThat(speaking.overruns()).isZero();
    assertThat(speaking.waiting().map(i -> i.id())).containsExactly(RegistrationId.of(2));
  }

  @Test
  void a_held_mail_is_late_exactly_when_received_at_or_after_the_deadline_in_force() {
    ListView list = service.list(ASP23);
    MailReviews.Held before = held(1, list.closesAt().minusSeconds(1));
    MailReviews.Held at = held(2, list.closesAt());
    ReviewView review = Views.review(list, List.of(before, at));
    assertThat(review.held().map(ReviewView.Item::late)).containsExactly(false, true);
    assertThat(review.version()).isEqualTo(list.version());
    assertThat(review.closesAt()).isEqualTo(list.closesAt());
  }

  private static MailReviews.Held held(long id, java.time.Instant at) {
    return new MailReviews.Held(
        id,
        "<m" + id + "@x>",
        at,
        false,
        List.of("NO_SEGMENT"),
        io.vavr.control.Option.none(),
        io.vavr.control.Option.none(),
        io.vavr.control.Option.none(),
        "EN",
        "a@x",
        "s",
        "f",
        io.vavr.control.Option.none());
  }
}
