package org.rostrum.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection.Invalid.Problem;

class MessagesTest {

  static final ZoneId HAGUE = ZoneId.of("Europe/Amsterdam");
  static final Instant T = Instant.parse("2024-12-04T23:03:00Z");
  static final RegistrationId ID = RegistrationId.of(7);
  static final SegmentId I = SegmentId.of("I");

  /** One of every refusal Rostrum can give. */
  static final List<Rejection> ALL =
      List.<Rejection>of(
              new Rejection.Late(T, T.minusSeconds(180)),
              new Rejection.Duplicate(ID, I),
              new Rejection.ListClosed(I),
              new Rejection.UnknownSegment("III", List.of(I, SegmentId.of("II"))),
              new Rejection.NotFound(ID),
              new Rejection.NotWaiting(ID, RegistrationStatus.SPOKE),
              new Rejection.DifferentSegments(ID, RegistrationId.of(8)),
              new Rejection.AlreadyClosed(I),
              new Rejection.NotClosed(I),
              new Rejection.DeadlineNotLater(T, T.minusSeconds(60)),
              new Rejection.SpeechRunning(ID),
              new Rejection.NoSpeechRunning(),
              new Rejection.SpeakerAtRostrum(ID),
              new Rejection.NoSpeakerCalled(),
              new Rejection.NoWaitingSpeaker(I),
              new Rejection.NoOpenSegment(),
              new Rejection.Stale(3, 5),
              new Rejection.NotResumable(I),
              new Rejection.AlreadyOnRoster(
                  org.rostrum.core.model.ParticipantKey.of("DEU"), "Allemagne"),
              new Rejection.TooManyReplies(2, List.of(ID, RegistrationId.of(9))),
              new Rejection.SpeechOnPause(ID),
              new Rejection.NotPaused(ID),
              new Rejection.Duplicate(ID, I, io.vavr.control.Option.some("the African Group")))
          .appendAll(
              List.of(Problem.values())
                  .<Rejection>map(
                      p ->
                          switch (p) {
                            case RECEIVED_IN_FUTURE ->
                                new Rejection.Invalid(
                                    p, T.toString(), T.minusSeconds(5).toString());
                            case RECEIVED_OUT_OF_RANGE ->
                                new Rejection.Invalid(
                                    p,
                                    "-0001-01-01T00:00:00Z",
                                    "2023-12-04T14:00:00Z/2025-12-06T16:00:00Z");
                            case INVISIBLE_CHARACTER ->
                                new Rejection.Invalid(
                                    p, "Mr. evil Smith", "U+202E RIGHT-TO-LEFT OVERRIDE");
                            case NOT_A_STATE, CATEGORY_MISMATCH ->
                                new Rejection.Invalid(p, "Atlantis", "STATE_PARTY");
                            case KIND_NOT_TAKEN ->
                                new Rejection.Invalid(
                                    p, "RIGHT_OF_REPLY", "STATEMENT,POINT_OF_ORDER");
                            case GROUP_MISSING -> new Rejection.Invalid(p, "", "");
                            default -> new Rejection.Invalid(p, "Atlantis", "200");
                          }));

  @Test
  void every_kind_of_refusal_has_an_example_here_so_none_goes_untested() {
    assertThat(ALL.map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(Rejection.class.getPermittedSubclasses());
  }

  @Test
  void every_refusal_reads_as_a_sentence_in_english_french_and_spanish() {
    for (Rejection r : ALL) {
      String en = Messages.in(Language.EN, HAGUE).explain(r);
      String fr = Messages.in(Language.FR, HAGUE).explain(r);
      String es = Messages.in(Language.ES, HAGUE).explain(r);
      for (String sentence : List.of(en, fr, es)) {
        assertThat(sentence).as("%s", r).isNotBlank().doesNotContain("{").endsWith(".");
      }
      assertThat(fr).as("%s", r).isNotEqualTo(en);
      assertThat(es).as("%s", r).isNotEqualTo(en);
    }
  }

  @Test
  void every_fact_of_a_refusal_is_in_its_sentence() {
    assertThat(Messages.in(Language.EN, HAGUE).explain(new Rejection.Stale(3, 5)))
        .contains("3")
        .contains("5");
    assertThat(Messages.in(Language.EN, HAGUE).explain(new Rejection.NoWaitingSpeaker(I)))
        .contains("segment I");
    assertThat(
            Messages.in(Language.FR, HAGUE)
                .explain(new Rejection.DifferentSegments(ID, RegistrationId.of(8))))
        .contains("7")
        .contains("8");
  }

  @Test
  void a_late_request_says_when_it_arrived_and_when_the_list_closed_in_the_plenarys_zone() {
    String en = Messages.in(Language.EN, HAGUE).explain(ALL.head());
    assertThat(en)
        .isEqualTo(
            "Received 2024-12-05 00:03:00 (Europe/Amsterdam), at or after the list closed at"
                + " 2024-12-05 00:00:00 (Europe/Amsterdam) (rule R1: requests arrive before the"
                + " deadline). The request is recorded and not inscribed; only the Secretariat"
                + " can extend the deadline.");
  }

  @Test
  void french_uses_french_quotes_and_names_the_category_in_french() {
    String fr =
        Messages.in(Language.FR, HAGUE)
            .explain(new Rejection.Invalid(Problem.CATEGORY_MISMATCH, "Ukraine", "OBSERVER_STATE"));
    assertThat(fr).contains("« Ukraine »").contains("État observateur");
  }

  @Test
  void a_place_no_longer_waiting_says_where_it_stands() {
    Rejection spoke = new Rejection.NotWaiting(ID, RegistrationStatus.SPOKE);
    assertThat(Messages.in(Language.EN, HAGUE).explain(spoke)).contains("(status: spoke)");
    assertThat(Messages.in(Language.FR, HAGUE).explain(spoke)).contains("(statut : a parlé)");
  }

  @Test
  void an_unknown_name_suggests_the_nearest_in_the_readers_language() {
    org.rostrum.core.model.Roster roster = org.rostrum.core.model.Roster.bundled("asp-2024");
    Rejection typo =
        new Rejection.Invalid(Problem.PARTICIPANT_UNKNOWN, "Germny", "", List.of("DEU"));
    assertThat(Messages.in(Language.EN, HAGUE, roster).explain(typo))
        .endsWith("organisation. Did you mean Germany?");
    assertThat(Messages.in(Language.FR, HAGUE, roster).explain(typo))
        .endsWith("Vouliez-vous dire Allemagne ?");
    assertThat(Messages.in(Language.ES, HAGUE, roster).explain(typo))
        .endsWith("¿Quiso decir Alemania?");
    Rejection korea =
        new Rejection.Invalid(Problem.PARTICIPANT_UNKNOWN, "Corée", "", List.of("KOR", "PRK"));
    assertThat(Messages.in(Language.FR, HAGUE, roster).explain(korea))
        .contains("Vouliez-vous dire République de Corée ou ");
    assertThat(Messages.in(Language.EN, HAGUE).explain(typo))
        .as("without a roster, nothing is suggested")
        .doesNotContain("Did you mean");
  }

  @Test
  void a_duplicate_names_the_place_already_held() {
    assertThat(Messages.in(Language.EN, HAGUE).explain(new Rejection.Duplicate(ID, I)))
        .contains("place #7 on the list of segment I");
  }

  @Test
  void language_tags_choose_french_or_english() {
    assertThat(Language.fromTag("fr-CH")).isEqualTo(Language.FR);
    assertThat(Language.fromTag("FR")).isEqualTo(Language.FR);
    assertThat(Language.fromTag("es")).isEqualTo(Language.EN);
    assertThat(Language.fromTag(null)).isEqualTo(Language.EN);
  }
}
