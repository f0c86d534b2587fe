package org.rostrum.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.rostrum.core.TestPlenaries;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.ReviewMailUseCase.NotDone;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.rules.RejectionReason;

/** A held mail is resolved once; accepted, it goes through the rules at its own time of receipt. */
class MailReviewServiceTest {

  static final PlenaryId ASP23 = PlenaryId.of("asp23-cooperation");
  static final Instant ON_TIME = Instant.parse("2024-12-03T10:30:10Z");
  static final Instant LATE = Instant.parse("2024-12-05T08:00:00Z");
  static final Clock DAY_OF = Clock.fixed(Instant.parse("2024-12-05T09:00:00Z"), ZoneOffset.UTC);

  final InMemoryJournal journal = new InMemoryJournal();
  final InMemoryMailReviews reviews = new InMemoryMailReviews();
  final PlenaryService plenaries =
      new PlenaryService(
          journal, InMemoryPlenaryCatalog.of(TestPlenaries.asp23()), (p, e) -> {}, DAY_OF);
  final MailReviewService service = new MailReviewService(reviews, plenaries, DAY_OF);

  long hold(String key, Instant at, boolean senderClock) {
    return reviews
        .hold(
            ASP23,
            new MailReviews.Held(
                0,
                key,
                at,
                senderClock,
                List.of("BOTH_SEGMENTS"),
                Option.none(),
                Option.none(),
                Option.some("H.E. Mr. Tanaka"),
                "EN",
                "icc-team@mofa.go.jp",
                "Plenary on cooperation",
                "07.eml",
                Option.none()))
        .get();
  }

  @Test
  void an_accepted_mail_is_inscribed_at_its_own_time_with_its_key_speaker_and_flag_once() {
    long id = hold("<jp-1@mofa.go.jp>", ON_TIME, true);
    RegistrationOutcome outcome = service.accept(ASP23, id, "Japan", "II").get();
    RegistrationOutcome.Inscribed japan = (RegistrationOutcome.Inscribed) outcome;
    assertThat(japan.registration().receivedAt()).isEqualTo(ON_TIME);
    assertThat(japan.registration().senderClock()).isTrue();
    assertThat(japan.registration().sourceRef()).contains("<jp-1@mofa.go.jp>");
    assertThat(japan.registration().speaker()).contains("H.E. Mr. Tanaka");
    assertThat(japan.registration().language()).contains("en");
    assertThat(service.held(ASP23).head().resolution().get().outcome())
        .isEqualTo("ACCEPTED #" + japan.id().value());

    assertThat(service.accept(ASP23, id, "Japan", "I").getLeft()).isEqualTo(NotDone.RESOLVED);
    assertThat(service.dismiss(ASP23, id, "changed my mind").getLeft()).isEqualTo(NotDone.RESOLVED);
    assertThat(journal.read(ASP23, 0)).hasSize(1);
  }

  @Test
  void a_mail_held_past_the_deadline_is_refused_late_when_accepted_and_that_is_recorded() {
    long id = hold("<late@minrel.gob.cl>", LATE, false);
    RegistrationOutcome outcome = service.accept(ASP23, id, "Chile", "II").get();
    assertThat(outcome).isInstanceOf(RegistrationOutcome.Refused.class);
    assertThat(((RegistrationOutcome.Refused) outcome).rejection().reason())
        .isEqualTo(RejectionReason.LATE);
    assertThat(service.held(ASP23).head().resolution().get().outcome()).startsWith("REFUSED #");
  }

  @Test
  void a_dismissal_keeps_its_reason_needs_one_and_an_unknown_mail_is_not_held() {
    long id = hold("<q@mofa.go.jp>", ON_TIME, false);
    assertThat(service.dismiss(ASP23, id, "  ").getLeft()).isEqualTo(NotDone.NO_REASON);
    MailReviews.Held dismissed = service.dismiss(ASP23, id, " a question about the room ").get();
    assertThat(dismissed.resolution().get().outcome()).isEqualTo("DISMISSED");
    assertThat(dismissed.resolution().get().note()).isEqualTo("a question about the room");
    assertThat(dismissed.resolution().get().at()).isEqualTo(DAY_OF.instant());
    assertThat(service.accept(ASP23, id, "Japan", "I").getLeft()).isEqualTo(NotDone.RESOLVED);
    assertThat(service.accept(ASP23, 99, "Japan", "I").getLeft()).isEqualTo(NotDone.NOT_HELD);
    assertThat(service.dismiss(ASP23, 99, "x").getLeft()).isEqualTo(NotDone.NOT_HELD);
    assertThat(journal.read(ASP23, 0)).isEmpty();
  }

  @Test
  void a_request_recorded_before_its_resolution_was_is_answered_again_not_recorded_twice() {
    long id = hold("<jp-2@mofa.go.jp>", ON_TIME, false);
    // An earlier acceptance recorded the request, and stopped before resolving the mail.
    RegistrationOutcome first =
        plenaries.register(
            org.rostrum.core.port.in.RegisterCommand.of(ASP23, "II", "Japan")
                .receivedAt(ON_TIME)
                .sourceRef("<jp-2@mofa.go.jp>"));
    RegistrationOutcome again = service.accept(ASP23, id, "Japan", "II").get();
    assertThat(again.replay()).isTrue();
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(journal.read(ASP23, 0)).hasSize(1);
    assertThat(service.held(ASP23).head().resolution()).isNotEmpty();
  }
}
