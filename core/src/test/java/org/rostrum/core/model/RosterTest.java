package org.rostrum.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rostrum.core.rules.Participants;

/** The bundled ASP roster as of 5 December 2024, and how it recognises participants. */
class RosterTest {

  static final Roster ASP = Roster.bundled("asp-2024");
  static final LocalDate MEETING = LocalDate.of(2024, 12, 5);

  @Test
  void it_holds_the_states_parties_observer_states_court_organs_bodies_organisations_and_ngos() {
    assertThat(ASP.states(MEETING).count(p -> p.category() == ParticipantCategory.STATE_PARTY))
        .isEqualTo(124);
    assertThat(ASP.entry(ParticipantKey.of("UKR")).get().categoryOn(MEETING))
        .isEqualTo(ParticipantCategory.OBSERVER_STATE);
    for (String key :
        List.of(
            "court:presidency",
            "court:otp",
            "court:registry",
            "court:tfv",
            "asp:secretariat",
            "asp:bureau",
            "igo:eu",
            "igo:au",
            "igo:oif",
            "igo:commonwealth",
            "igo:un",
            "cs:cicc",
            "cs:amnesty",
            "cs:hrw",
            "cs:fidh",
            "cs:pga",
            "cs:npwj",
            "cs:osji",
            "cs:wigj")) {
      assertThat(ASP.entry(ParticipantKey.of(key)).isDefined()).as(key).isTrue();
    }
  }

  @Test
  void every_entrys_own_names_designate_it_alone() {
    for (RosterEntry e : ASP.entries()) {
      for (String name : List.of(e.names().en(), e.names().fr(), e.names().es())) {
        assertThat(ASP.lookup(name).map(RosterEntry::key)).as(name).containsExactly(e.key());
      }
    }
  }

  @Test
  void names_in_spanish_and_portuguese_are_read_too() {
    assertThat(ASP.lookup("Países Bajos").map(RosterEntry::key))
        .containsExactly(ParticipantKey.of("NLD"));
    assertThat(ASP.lookup("Reino Unido").map(RosterEntry::key))
        .containsExactly(ParticipantKey.of("GBR"));
    assertThat(ASP.lookup("Costa do Marfim").map(RosterEntry::key))
        .containsExactly(ParticipantKey.of("CIV"));
    assertThat(ASP.lookup("la Embajada de Chile").map(RosterEntry::key))
        .containsExactly(ParticipantKey.of("CHL"));
  }

  @Test
  void r10_a_clerks_typo_gets_the_nearest_names_of_the_roster_nearest_first() {
    assertThat(keys("Germny")).startsWith("DEU");
    assertThat(keys("Kenia")).startsWith("KEN");
    assertThat(keys("Royaume Unis")).startsWith("GBR");
    assertThat(keys("Argentine")).startsWith("ARG");
    assertThat(keys("Corée")).contains("KOR", "PRK");
    assertThat(keys("Human Rights Wacth")).startsWith("cs:hrw");
    assertThat(keys("Senegl")).startsWith("SEN");
  }

  @Test
  void r10_nothing_is_suggested_for_a_name_near_nobody_and_never_more_than_asked() {
    assertThat(keys("Atlantis")).isEmpty();
    assertThat(keys("zz")).isEmpty();
    assertThat(ASP.suggest("Corée", 1)).hasSize(1);
    assertThat(ASP.suggest("Kenia", 0)).isEmpty();
    assertThat(ASP.suggest("Republic", 3).size()).isLessThanOrEqualTo(3);
  }

  @Test
  void names_are_a_letter_apart_by_a_typed_left_out_changed_or_swapped_letter() {
    assertThat(Names.distance("kenya", "kenya", 2)).isZero();
    assertThat(Names.distance("kenia", "kenya", 2)).isEqualTo(1);
    assertThat(Names.distance("germny", "germany", 2)).isEqualTo(1);
    assertThat(Names.distance("germnay", "germany", 2)).isEqualTo(1);
    assertThat(Names.distance("chile", "chilean", 2)).isEqualTo(2);
    assertThat(Names.distance("chile", "peru", 2)).isEqualTo(3);
    assertThat(Names.distance("a", "abcdef", 2)).isEqualTo(3);
  }

  private static java.util.List<String> keys(String written) {
    return ASP.suggest(written, 3).map(e -> e.key().value()).toJavaList();
  }

  @Test
  void a_shared_domain_identifies_nobody_an_address_of_its_own_does() {
    Roster.SenderIdentity shared = ASP.sender("someone@icc-cpi.int");
    assertThat(shared.identified()).isEmpty();
    assertThat(shared.sharedBy().map(e -> e.key().value()))
        .contains("court:otp", "court:registry", "court:presidency", "court:tfv");
    assertThat(ASP.sender("otp.external@icc-cpi.int").identified().map(e -> e.key().value()))
        .contains("court:otp");
    assertThat(ASP.sender("pol-10@den-haag.diplo.de").identified().map(e -> e.key().value()))
        .contains("DEU");
    assertThat(ASP.sender("anyone@gmail.com").identified()).isEmpty();
    assertThat(ASP.sender("anyone@gmail.com").sharedBy()).isEmpty();
  }

  @Test
  void a_category_never_makes_a_second_identity_for_someone_the_roster_knows() {
    Participant president =
        Participants.in(ASP)
            .resolve("ICC President", Option.some(ParticipantCategory.COURT), MEETING)
            .get();
    assertThat(president.key().value()).isEqualTo("court:presidency");
  }

  @Test
  void a_participant_added_to_a_plenarys_roster_is_known_there_only() {
    RosterEntry guest =
        new RosterEntry(
            ParticipantKey.of("cs:justice-now"),
            LocalizedText.of("Justice Now Network", "Réseau Justice maintenant"),
            Option.some(ParticipantCategory.CIVIL_SOCIETY),
            Option.none(),
            List.empty(),
            List.of("justicenow.example.org"),
            List.empty());
    Roster extended = ASP.with(guest);
    assertThat(extended.lookup("Justice Now Network").map(RosterEntry::key))
        .containsExactly(guest.key());
    assertThat(extended.sender("a@justicenow.example.org").identified()).contains(guest);
    assertThat(ASP.lookup("Justice Now Network")).isEmpty();
  }
}
