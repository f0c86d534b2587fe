package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.core.TestPlenaries.hague;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rostrum.core.decider.Event.RegistrationSuperseded;
import org.rostrum.core.decider.Event.RequestAmended;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.Rejection.Invalid.Problem;

/**
 * A clerk's errors corrected: amend, annul, and a segment resumed, as the Secretariat uses them.
 */
class CorrectionsTest {

  static final Instant NOW = hague(5, 15, 0, 0);
  static final SegmentId I = SegmentId.of("I");
  static final SegmentId II = SegmentId.of("II");

  static RegistrationRequest request(String who, String segment, int day, int hour) {
    return RegistrationRequest.builder()
        .participant(who)
        .segment(segment)
        .receivedAt(hague(day, hour, 0, 0))
        .build();
  }

  static RegistrationId id(long n) {
    return RegistrationId.of(n);
  }

  static Command.Amend amend(long id, String participant, String segment) {
    return new Command.Amend(
        id(id),
        Option.of(participant),
        Option.none(),
        Option.of(segment),
        Option.none(),
        "clerical error");
  }

  static Seq<Event> decide(PlenaryState state, Command command) {
    return Decider.decide(command, state, NOW).get();
  }

  static Rejection refusal(PlenaryState state, Command command) {
    return Decider.decide(command, state, NOW).getLeft();
  }

  static List<Long> ids(PlenaryState state, SegmentId segment) {
    return state.list(state.plenary().segment(segment).get()).entries().map(e -> e.id().value());
  }

  @Test
  void a_typo_corrected_takes_the_place_its_time_of_receipt_gives_under_its_own_number() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(),
            List.of(
                request("Senegal", "I", 3, 10),
                request("Germny", "I", 2, 18), // mail of 2 December, typed with an error
                request("Kenya", "I", 4, 9)));
    Rejection.Invalid typo = (Rejection.Invalid) state.rejection(id(2)).get().rejection();
    assertThat(typo.problem()).isEqualTo(Problem.PARTICIPANT_UNKNOWN);
    assertThat(ids(state, I)).containsExactly(1L, 3L);

    Seq<Event> events = decide(state, amend(2, "Germany", null));
    RequestAmended amended = (RequestAmended) events.head();
    assertThat(amended.outcome().get().receivedAt()).isEqualTo(hague(2, 18, 0, 0));
    assertThat(amended.outcome().get().id()).isEqualTo(id(2));
    assertThat(amended.reason()).isEqualTo("clerical error");

    PlenaryState after = Decider.replay(state, events);
    assertThat(ids(after, I)).containsExactly(2L, 1L, 3L);
    assertThat(after.intake()).isEqualTo(3);
    assertThat(after.rejections()).isEmpty();
    assertThat(after.corrections().get(id(2))).contains("clerical error");
  }

  @Test
  void an_unknown_segment_corrected_is_inscribed_on_the_segment_meant() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(), List.of(request("Japan", "II", 3, 10), request("Chile", "3", 2, 9)));
    assertThat(state.rejection(id(2)).get().rejection())
        .isInstanceOf(Rejection.UnknownSegment.class);
    PlenaryState after = Steps.apply(state, amend(2, null, "II"), NOW);
    assertThat(ids(after, II)).containsExactly(2L, 1L);
  }

  @Test
  void who_asked_is_kept_through_a_correction_that_fails_and_the_next_one() {
    RegistrationRequest ngo =
        RegistrationRequest.builder()
            .from(request("Organisation 1", "I", 3, 10))
            .category(Option.some(org.rostrum.core.model.ParticipantCategory.CIVIL_SOCIETY))
            .build();
    PlenaryState state = Steps.register(Steps.initial(), ngo);
    state = Steps.apply(state, amend(1, null, "3"), NOW); // a second slip: no segment 3
    assertThat(state.rejection(id(1)).get().participant().map(p -> p.key().value()))
        .as("the refusal still knows who asked")
        .contains("cs:organisation-1");
    state = Steps.apply(state, amend(1, null, "I"), NOW);
    assertThat(ids(state, I)).containsExactly(1L);
  }

  @Test
  void a_list_closed_after_the_request_was_recorded_does_not_refuse_its_correction() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(), List.of(request("Germny", "I", 3, 10), request("Japan", "I", 3, 11)));
    state = Steps.apply(state, new Command.CloseList(I), NOW);
    state = Steps.register(state, request("Brazil", "I", 4, 9)); // after the closure
    assertThat(state.rejection(id(3)).get().rejection()).isEqualTo(new Rejection.ListClosed(I));

    PlenaryState corrected = Steps.apply(state, amend(1, "Germany", null), NOW);
    assertThat(ids(corrected, I)).containsExactly(1L, 2L);

    PlenaryState stillClosed = Steps.apply(corrected, amend(3, "Brasil", null), NOW);
    assertThat(stillClosed.rejection(id(3)).get().rejection())
        .isEqualTo(new Rejection.ListClosed(I));

    PlenaryState reopened = Steps.apply(stillClosed, new Command.ReopenList(I), NOW);
    reopened = Steps.register(reopened, request("Chile", "I", 4, 10)); // #4, while open
    reopened = Steps.apply(reopened, new Command.CloseList(I), NOW);
    PlenaryState again = Steps.apply(reopened, amend(3, "Brazil", null), NOW);
    assertThat(again.rejection(id(3)).get().rejection())
        .as("recorded during the first closure: closed then, whatever came after")
        .isEqualTo(new Rejection.ListClosed(I));
    assertThat(ids(Steps.apply(again, amend(4, "Peru", null), NOW), I))
        .as("recorded while the list was open again")
        .containsExactly(1L, 2L, 4L);
  }

  @Test
  void a_corrected_name_that_already_holds_a_place_is_decided_by_first_come_first_served() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(),
            List.of(
                request("Germany", "I", 3, 10),
                request("Germny", "I", 2, 10), // earlier than #1
                request("Germny", "II", 4, 10))); // later than #1
    Seq<Event> earlier = decide(state, amend(2, "Germany", null));
    assertThat(earlier.last()).isEqualTo(new RegistrationSuperseded(id(1), id(2)));
    state = Decider.replay(state, earlier);
    assertThat(ids(state, I)).containsExactly(2L);

    state = Steps.apply(state, amend(3, "Germany", null), NOW);
    assertThat(state.rejection(id(3)).get().rejection())
        .isEqualTo(new Rejection.Duplicate(id(2), I));
  }

  @Test
  void a_corrected_request_received_at_the_same_instant_as_the_holders_comes_first_by_number() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(),
            List.of(request("Germny", "I", 3, 10), request("Germany", "I", 3, 10)));
    PlenaryState after = Steps.apply(state, amend(1, "Germany", null), NOW);
    assertThat(ids(after, I)).containsExactly(1L);
    assertThat(after.inscription(id(2)).get().status()).isEqualTo(RegistrationStatus.SUPERSEDED);
  }

  @Test
  void a_place_freed_by_a_correction_goes_to_the_participants_request_it_held_back() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(),
            List.of(
                request("Germany", "I", 3, 10), // really from Ghana
                request("Germany", "II", 3, 12), // Germany's own request, held back as a duplicate
                request("Germany", "II", 4, 12)));
    assertThat(state.rejection(id(2)).get().rejection())
        .isEqualTo(new Rejection.Duplicate(id(1), I));

    Seq<Event> events = decide(state, amend(1, "Ghana", null));
    assertThat(events.map(e -> e.getClass().getSimpleName()))
        .containsExactly("RequestAmended", "RequestAmended", "RequestAmended");
    assertThat(((RequestAmended) events.get(1)).after()).contains(id(1));

    PlenaryState after = Decider.replay(state, events);
    assertThat(ids(after, I)).containsExactly(1L);
    assertThat(ids(after, II)).containsExactly(2L);
    assertThat(after.rejection(id(3)).get().rejection())
        .isEqualTo(new Rejection.Duplicate(id(2), II));
  }

  @Test
  void a_swapped_place_keeps_its_place_when_only_the_speaker_is_corrected() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(), List.of(request("France", "I", 2, 10), request("Japan", "I", 3, 10)));
    state = Steps.apply(state, new Command.Swap(id(1), id(2)), NOW);
    state =
        Steps.apply(
            state,
            new Command.Amend(
                id(1),
                Option.none(),
                Option.none(),
                Option.none(),
                Option.some("H.E. Ms. Marie Dupont"),
                "speaker's name"),
            NOW);
    assertThat(ids(state, I)).containsExactly(2L, 1L);
    assertThat(state.inscription(id(1)).get().registration().speaker())
        .contains("H.E. Ms. Marie Dupont");
  }

  @Test
  void an_annulled_entry_leaves_the_list_and_the_refusals_and_stays_in_the_record() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(),
            List.of(
                request("France", "I", 2, 10),
                request("Test entry", "I", 2, 11),
                request("Japan", "I", 3, 10),
                request("Japan", "I", 3, 11)));
    state = Steps.apply(state, new Command.Annul(id(2), "training"), NOW);
    state = Steps.apply(state, new Command.Annul(id(3), "entered twice"), NOW);
    assertThat(ids(state, I)).containsExactly(1L, 4L);
    assertThat(state.rejections()).isEmpty();
    assertThat(state.annulled()).containsExactlyInAnyOrder(id(2), id(3));
    assertThat(state.inscription(id(3)).get().status()).isEqualTo(RegistrationStatus.ANNULLED);
    assertThat(state.rejection(id(2)).isDefined()).isTrue();

    assertThat(refusal(state, new Command.Annul(id(3), "again")))
        .isEqualTo(new Rejection.NotWaiting(id(3), RegistrationStatus.ANNULLED));
    assertThat(refusal(state, amend(2, "Chile", null)))
        .isEqualTo(new Rejection.NotWaiting(id(2), RegistrationStatus.ANNULLED));
    assertThat(refusal(state, new Command.Annul(id(9), "no such")))
        .isEqualTo(new Rejection.NotFound(id(9)));
    PlenaryState called = Steps.apply(state, new Command.CallNext(), NOW);
    assertThat(refusal(called, new Command.Annul(id(1), "too late")))
        .isEqualTo(new Rejection.NotWaiting(id(1), RegistrationStatus.CALLED));
    assertThat(refusal(called, amend(1, "Chile", null)))
        .isEqualTo(new Rejection.NotWaiting(id(1), RegistrationStatus.CALLED));
  }

  @Test
  void the_chair_resumes_the_segment_ended_last_until_the_next_one_begins() {
    PlenaryState state =
        Steps.registerAll(
            Steps.initial(),
            List.of(
                request("France", "I", 2, 10),
                request("Japan", "I", 3, 10),
                request("Chile", "II", 3, 10)));
    state = Steps.apply(state, new Command.CallNext(), NOW);
    PlenaryState ended = Steps.apply(state, new Command.EndSegment(), NOW);
    assertThat(ended.openSegment().map(s -> s.id())).contains(II);
    assertThat(refusal(ended, new Command.ResumeSegment(II)))
        .isEqualTo(new Rejection.NotResumable(II));
    assertThat(refusal(ended, new Command.ResumeSegment(SegmentId.of("III"))))
        .isInstanceOf(Rejection.UnknownSegment.class);

    Seq<Event> resumed = decide(ended, new Command.ResumeSegment(I));
    assertThat(resumed).containsExactly(new Event.SegmentResumed(I, List.of(id(1), id(2))));
    PlenaryState again = Decider.replay(ended, resumed);
    assertThat(again.openSegment().map(s -> s.id())).contains(I);
    assertThat(again.inscription(id(1)).get().status()).isEqualTo(RegistrationStatus.WAITING);
    assertThat(again.firstWaiting(I)).contains(id(1));
    assertThat(refusal(again, new Command.ResumeSegment(I)))
        .isEqualTo(new Rejection.NotResumable(I));

    PlenaryState moved = Steps.apply(ended, new Command.CallNext(), NOW);
    assertThat(refusal(moved, new Command.ResumeSegment(I)))
        .isEqualTo(new Rejection.NotResumable(I));
  }
}
