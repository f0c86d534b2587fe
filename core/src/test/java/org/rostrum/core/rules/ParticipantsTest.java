package org.rostrum.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.rules.Rejection.Invalid;
import org.rostrum.core.rules.Rejection.Invalid.Problem;

class ParticipantsTest {

  static final LocalDate MEETING = LocalDate.of(2024, 12, 5);

  private static Participant resolved(String name) {
    return Participants.in(org.rostrum.core.model.Roster.bundled("asp-2024"))
        .resolve(name, Option.none(), MEETING)
        .get();
  }

  private static Invalid refused(String name, Option<ParticipantCategory> category) {
    return Participants.in(org.rostrum.core.model.Roster.bundled("asp-2024"))
        .resolve(name, category, MEETING)
        .getLeft();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "France|FRA",
        "la France|FRA",
        "République française|FRA",
        "FRANCE|FRA",
        "Délégation de la France|FRA",
        "Côte d'Ivoire|CIV",
        "Cote d'Ivoire|CIV",
        "Côte d’Ivoire|CIV",
        "Ivory Coast|CIV",
        "Pays-Bas|NLD",
        "Netherlands (Kingdom of the)|NLD",
        "Kingdom of the Netherlands|NLD",
        "Royaume des Pays-Bas|NLD",
        "State of Palestine|PSE",
        "Bolivia|BOL",
        "Venezuela (Bolivarian Republic of)|VEN",
        "Permanent Mission of the Republic of Korea|KOR",
        "on behalf of Senegal|SEN",
        "Congo|COG",
        "RDC|COD",
        "the Gambia|GMB",
        "États-Unis d'Amérique|USA",
        "Saint-Siège|VAT"
      })
  void states_resolve_to_their_iso_code_from_usual_names_in_english_and_french(
      String name, String iso3) {
    assertThat(resolved(name).key().value()).isEqualTo(iso3);
  }

  @Test
  void a_state_party_is_one_for_which_the_statute_is_in_force_on_the_meeting_date() {
    assertThat(resolved("France").category()).isEqualTo(ParticipantCategory.STATE_PARTY);
    assertThat(resolved("Ukraine").category()).isEqualTo(ParticipantCategory.OBSERVER_STATE);
    assertThat(
            Participants.in(org.rostrum.core.model.Roster.bundled("asp-2024"))
                .resolve("Ukraine", Option.none(), LocalDate.of(2025, 1, 1))
                .get()
                .category())
        .isEqualTo(ParticipantCategory.STATE_PARTY);
    assertThat(resolved("China").category()).isEqualTo(ParticipantCategory.OBSERVER_STATE);
  }

  @Test
  void names_show_in_english_and_french() {
    Participant netherlands = resolved("holland");
    assertThat(netherlands.name()).isEqualTo("Netherlands (Kingdom of the)");
    assertThat(netherlands.names().fr()).isEqualTo("Pays-Bas (Royaume des)");
  }

  /** "la", "au", "the": what is left of a sentence cut short names no one (not "AU"). */
  @Test
  void a_name_made_only_of_leading_words_names_no_one() {
    for (String name : java.util.List.of("la", "au", "the", "de la", "AU")) {
      assertThat(refused(name, Option.none()).problem())
          .as(name)
          .isEqualTo(Problem.PARTICIPANT_UNKNOWN);
    }
    assertThat(resolved("African Union").key().value()).isEqualTo("igo:au");
  }

  @Test
  void court_organs_and_known_organisations_resolve_without_a_category() {
    assertThat(resolved("CPI").key().value()).isEqualTo("court:icc");
    assertThat(resolved("Bureau du Procureur").category()).isEqualTo(ParticipantCategory.COURT);
    assertThat(resolved("Amnesty International").category())
        .isEqualTo(ParticipantCategory.CIVIL_SOCIETY);
  }

  @Test
  void another_organisation_needs_its_category_and_is_keyed_by_its_normalised_name() {
    assertThat(refused("Juristes sans frontières", Option.none()).problem())
        .isEqualTo(Problem.PARTICIPANT_UNKNOWN);
    Participant asf =
        Participants.in(org.rostrum.core.model.Roster.bundled("asp-2024"))
            .resolve(
                "  Juristes  sans frontières ",
                Option.some(ParticipantCategory.CIVIL_SOCIETY),
                MEETING)
            .get();
    assertThat(asf.key().value()).isEqualTo("cs:juristes-sans-frontieres");
    assertThat(asf.name()).isEqualTo("Juristes sans frontières");
  }

  @Test
  void a_name_that_cannot_be_resolved_with_certainty_is_refused_never_guessed() {
    assertThat(refused("Korea", Option.none()).problem()).isEqualTo(Problem.PARTICIPANT_UNKNOWN);
    assertThat(refused("Frnace", Option.none()).problem()).isEqualTo(Problem.PARTICIPANT_UNKNOWN);
    assertThat(refused("   ", Option.none()).problem()).isEqualTo(Problem.PARTICIPANT_MISSING);
    assertThat(refused("x".repeat(201), Option.none()).problem()).isEqualTo(Problem.TEXT_TOO_LONG);
    assertThat(refused("Atlantis", Option.some(ParticipantCategory.STATE_PARTY)).problem())
        .isEqualTo(Problem.NOT_A_STATE);
    assertThat(refused("Ukraine", Option.some(ParticipantCategory.STATE_PARTY)))
        .isEqualTo(new Invalid(Problem.CATEGORY_MISMATCH, "Ukraine", "OBSERVER_STATE"));
    assertThat(refused("CPI", Option.some(ParticipantCategory.STATE_PARTY)).problem())
        .isEqualTo(Problem.NOT_A_STATE);
    assertThat(refused("France", Option.some(ParticipantCategory.CIVIL_SOCIETY)).problem())
        .isEqualTo(Problem.CATEGORY_MISMATCH);
  }

  @Test
  void the_reference_data_holds_124_states_parties_on_the_meeting_date() {
    assertThat(
            Participants.in(org.rostrum.core.model.Roster.bundled("asp-2024"))
                .states(MEETING)
                .count(p -> p.category() == ParticipantCategory.STATE_PARTY))
        .isEqualTo(124);
    assertThat(Participants.in(org.rostrum.core.model.Roster.bundled("asp-2024")).states(MEETING))
        .hasSize(125 + 71);
  }

  @Test
  void every_state_resolves_from_its_own_english_and_french_names() {
    for (Participant state :
        Participants.in(org.rostrum.core.model.Roster.bundled("asp-2024")).states(MEETING)) {
      assertThat(resolved(state.names().en())).isEqualTo(state);
      assertThat(resolved(state.names().fr())).isEqualTo(state);
    }
  }
}
