package org.rostrum.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.IntakeMailUseCase.Arrival;
import org.rostrum.core.port.out.MailReviews;

/** R6 for mail: each mail is taken once, known by its Message-ID and its content. */
class MailIntakeServiceTest {

  static final PlenaryId ASP23 = PlenaryId.of("asp23-cooperation");

  final InMemoryMailReviews reviews = new InMemoryMailReviews();
  final MailIntakeService intake = new MailIntakeService(reviews);

  @Test
  void a_new_mail_is_taken_under_its_own_key() {
    assertThat(intake.arrive(ASP23, "<a@mofa.go.jp>", "d1"))
        .isEqualTo(new Arrival("<a@mofa.go.jp>", false, false));
  }

  @Test
  void the_same_mail_again_is_known_and_not_read_again() {
    intake.done(ASP23, "<a@mofa.go.jp>", "d1");
    assertThat(intake.arrive(ASP23, "<a@mofa.go.jp>", "d1"))
        .isEqualTo(new Arrival("<a@mofa.go.jp>", true, false));
  }

  @Test
  void another_mail_under_a_message_id_seen_before_is_known_by_its_content_and_flagged() {
    intake.done(ASP23, "<a@mofa.go.jp>", "d1");
    assertThat(intake.arrive(ASP23, "<a@mofa.go.jp>", "d2"))
        .isEqualTo(new Arrival("digest:d2", false, true));
    intake.done(ASP23, "digest:d2", "d2");
    assertThat(intake.arrive(ASP23, "<a@mofa.go.jp>", "d2"))
        .as("imported again, it is known by its content")
        .isEqualTo(new Arrival("digest:d2", true, true));
  }

  @Test
  void a_held_mail_is_held_once_and_known_by_its_key() {
    MailReviews.Held mail =
        new MailReviews.Held(
            0,
            "<a@mofa.go.jp>",
            java.time.Instant.parse("2024-12-03T10:00:00Z"),
            false,
            io.vavr.collection.List.of("NO_SEGMENT"),
            io.vavr.control.Option.none(),
            io.vavr.control.Option.none(),
            io.vavr.control.Option.none(),
            "EN",
            "a@mofa.go.jp",
            "Plenary",
            "inbox",
            io.vavr.control.Option.none());
    assertThat(intake.knows(ASP23, "<a@mofa.go.jp>")).isFalse();
    assertThat(intake.hold(ASP23, mail)).isNotEmpty();
    assertThat(intake.knows(ASP23, "<a@mofa.go.jp>")).isTrue();
    assertThat(intake.hold(ASP23, mail)).as("held once").isEmpty();
  }

  @Test
  void each_plenary_keeps_its_own_mails() {
    intake.done(ASP23, "<a@mofa.go.jp>", "d1");
    assertThat(intake.arrive(PlenaryId.of("other"), "<a@mofa.go.jp>", "d1").known()).isFalse();
  }
}
