package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.core.TestPlenaries.hague;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RosterEntry;
import org.rostrum.core.rules.Participants;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.Rejection.Invalid.Problem;

/** R11: the Secretariat adds a participant to a plenary's roster, under one identity. */
class RosterAdditionsTest {

  static final Instant NOW = hague(5, 15, 0, 0);

  static RosterEntry ngo(String en, String... variants) {
    return Participants.newEntry(
        en,
        Option.none(),
        Option.none(),
        ParticipantCategory.CIVIL_SOCIETY,
        List.of(variants),
        List.of("gjn.example.org"));
  }

  static RegistrationRequest request(String who, int day) {
    return RegistrationRequest.builder()
        .participant(who)
        .segment("I")
        .receivedAt(hague(day, 10, 0, 0))
        .build();
  }

  static Rejection refusal(PlenaryState state, Command command) {
    return Decider.decide(command, state, NOW).getLeft();
  }

  @Test
  void a_newly_accredited_ngo_is_named_by_the_roster_from_then_on_and_a_correction_finds_it() {
    PlenaryState state = Steps.register(Steps.initial(), request("Global Justice Network", 3));
    Rejection.Invalid unknown =
        (Rejection.Invalid) state.rejection(RegistrationId.of(1)).get().rejection();
    assertThat(unknown.problem()).isEqualTo(Problem.PARTICIPANT_UNKNOWN);

    RosterEntry entry = ngo("Global Justice Network", "GJN");
    assertThat(entry.key()).isEqualTo(ParticipantKey.of("cs:global-justice-network"));
    state = Steps.apply(state, new Command.AddParticipant(entry), NOW);
    assertThat(state.plenary().roster().entry(entry.key())).contains(entry);

    state = Steps.register(state, request("GJN", 4));
    assertThat(state.inscription(RegistrationId.of(2)).get().registration().participant().key())
        .isEqualTo(entry.key());
    state =
        Steps.apply(
            state,
            new Command.Amend(
                RegistrationId.of(1),
                Option.none(),
                Option.none(),
                Option.none(),
                Option.none(),
                "the NGO is accredited now"),
            NOW);
    assertThat(state.inscription(RegistrationId.of(1)).get().registration().participant().key())
        .as("decided again with the roster as it stands: the earlier request holds the place")
        .isEqualTo(entry.key());
    assertThat(state.inscription(RegistrationId.of(2)).get().status())
        .isEqualTo(org.rostrum.core.model.RegistrationStatus.SUPERSEDED);
  }

  @Test
  void a_participant_is_added_once_under_a_name_no_one_else_bears_and_never_as_a_state() {
    PlenaryState state = Steps.initial();
    assertThat(
            refusal(state, new Command.AddParticipant(ngo("Global Justice Network", "Allemagne"))))
        .isEqualTo(new Rejection.AlreadyOnRoster(ParticipantKey.of("DEU"), "Allemagne"));
    assertThat(refusal(state, new Command.AddParticipant(ngo("Human Rights Watch"))))
        .isInstanceOf(Rejection.AlreadyOnRoster.class);
    PlenaryState added =
        Steps.apply(state, new Command.AddParticipant(ngo("Global Justice Network")), NOW);
    assertThat(refusal(added, new Command.AddParticipant(ngo("Global  justice network"))))
        .isEqualTo(
            new Rejection.AlreadyOnRoster(
                ParticipantKey.of("cs:global-justice-network"), "Global justice network"));

    RosterEntry atlantis =
        Participants.newEntry(
            "Atlantis",
            Option.none(),
            Option.none(),
            ParticipantCategory.STATE_PARTY,
            List.empty(),
            List.empty());
    assertThat(((Rejection.Invalid) refusal(state, new Command.AddParticipant(atlantis))).problem())
        .isEqualTo(Problem.NOT_A_STATE);
    RosterEntry broken =
        new RosterEntry(
            ParticipantKey.of("cs:global-justice"),
            org.rostrum.core.model.LocalizedText.of("Global\u0007Justice", "Global Justice"),
            Option.some(ParticipantCategory.CIVIL_SOCIETY),
            Option.none(),
            List.empty(),
            List.empty(),
            List.empty());
    assertThat(((Rejection.Invalid) refusal(state, new Command.AddParticipant(broken))).problem())
        .isEqualTo(Problem.CONTROL_CHARACTER);
    assertThat(
            ((Rejection.Invalid) refusal(state, new Command.AddParticipant(ngo("  ")))).problem())
        .isEqualTo(Problem.PARTICIPANT_MISSING);
  }

  @Test
  void a_category_never_creates_a_second_identity_for_the_courts_organs() {
    RegistrationRequest vicePresident =
        RegistrationRequest.builder()
            .from(request("ICC Vice-President", 3))
            .category(Option.some(ParticipantCategory.COURT))
            .build();
    PlenaryState state = Steps.register(Steps.initial(), vicePresident);
    Rejection.Invalid refused =
        (Rejection.Invalid) state.rejection(RegistrationId.of(1)).get().rejection();
    assertThat(refused.problem()).isEqualTo(Problem.NOT_ON_ROSTER);
    assertThat(refused.suggestions()).contains("court:presidency");

    RegistrationRequest president =
        RegistrationRequest.builder()
            .from(request("ICC President", 3))
            .category(Option.some(ParticipantCategory.COURT))
            .build();
    PlenaryState known = Steps.register(Steps.initial(), president);
    assertThat(known.inscription(RegistrationId.of(1)).get().registration().participant().key())
        .isEqualTo(ParticipantKey.of("court:presidency"));
  }
}
