package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.core.TestPlenaries.hague;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.Rejection.Invalid.Problem;

/** The Secretariat's and the chair's commands, refused with the reason a person needs. */
class DeciderTest {

  static final Instant NOW = hague(5, 15, 0, 0);
  static final SegmentId I = SegmentId.of("I");
  static final SegmentId II = SegmentId.of("II");
  static final RegistrationId ONE = RegistrationId.of(1);
  static final RegistrationId TWO = RegistrationId.of(2);
  static final RegistrationId THREE = RegistrationId.of(3);

  static RegistrationRequest request(String who, String segment, int day) {
    return RegistrationRequest.builder()
        .participant(who)
        .segment(segment)
        .receivedAt(hague(day, 10, 0, 0))
        .build();
  }

  /** France and Senegal on Segment I, Kenya on Segment II. */
  static PlenaryState threeRequests() {
    return Steps.registerAll(
        Steps.initial(),
        List.of(request("France", "I", 2), request("Senegal", "I", 3), request("Kenya", "II", 3)));
  }

  static Rejection refusal(Command command, PlenaryState state) {
    return Decider.decide(command, state, NOW).getLeft();
  }

  /**
   * Exhaustive by construction (ADR 0019): every kind of command has a visitor method, and this
   * script uses every kind and records every kind of event; a new kind fails here until it is
   * scripted.
   */
  @Test
  void a_day_with_every_kind_of_command_records_every_kind_of_event_and_replays_the_same() {
    List<Command> day =
        List.of(
            new Command.Register(request("France", "I", 3)),
            new Command.Register(request("France", "I", 2)), // earlier, processed later
            new Command.Register(request("Senegal", "I", 3)),
            new Command.Register(request("Kenya", "I", 4)),
            new Command.Register(request("Chile", "I", 5)), // late
            new Command.AddParticipant(
                org.rostrum.core.rules.Participants.newEntry(
                    "Global Justice Network",
                    Option.none(),
                    Option.none(),
                    org.rostrum.core.model.ParticipantCategory.CIVIL_SOCIETY,
                    List.empty(),
                    List.empty())),
            new Command.Register(request("Germny", "I", 4)), // a typo, refused
            new Command.Amend(
                RegistrationId.of(6),
                Option.some("Germany"),
                Option.none(),
                Option.none(),
                Option.none(),
                "typed Germny"),
            new Command.Withdraw(RegistrationId.of(4)),
            new Command.Annul(RegistrationId.of(4), "a test entry"),
            new Command.Swap(TWO, THREE),
            new Command.CloseList(II),
            new Command.ReopenList(II),
            new Command.ExtendDeadline(hague(5, 12, 0, 0)),
            new Command.CallNext(),
            new Command.MarkAbsent(),
            new Command.CallNext(),
            new Command.StartSpeech(),
            new Command.PauseSpeech(),
            new Command.ResumeSpeech(),
            new Command.GrantTime(java.time.Duration.ofSeconds(30)),
            new Command.StopSpeech(),
            new Command.EndSegment(),
            new Command.ResumeSegment(I));
    PlenaryState state = Steps.initial();
    java.util.List<Event> recorded = new java.util.ArrayList<>();
    for (Command command : day) {
      io.vavr.collection.Seq<Event> events = Decider.decide(command, state, NOW).get();
      for (Event event : events) {
        state = Decider.evolve(state, event);
        recorded.add(event);
      }
    }
    assertThat(day.map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    assertThat(List.ofAll(recorded).map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(Event.class.getPermittedSubclasses());
    assertThat(Decider.replay(Steps.initial(), recorded)).isEqualTo(state);
  }

  @Test
  void withdrawing_or_swapping_needs_waiting_places_of_one_list() {
    PlenaryState state = threeRequests();
    assertThat(refusal(new Command.Withdraw(RegistrationId.of(9)), state))
        .isEqualTo(new Rejection.NotFound(RegistrationId.of(9)));
    assertThat(refusal(new Command.Swap(ONE, THREE), state))
        .isEqualTo(new Rejection.DifferentSegments(ONE, THREE));
    assertThat(refusal(new Command.Swap(ONE, RegistrationId.of(9)), state))
        .isEqualTo(new Rejection.NotFound(RegistrationId.of(9)));
    assertThat(Decider.decide(new Command.Swap(ONE, ONE), state, NOW).get()).isEmpty();

    PlenaryState withdrawn = Steps.apply(state, new Command.Withdraw(ONE), NOW);
    assertThat(refusal(new Command.Withdraw(ONE), withdrawn))
        .isEqualTo(new Rejection.NotWaiting(ONE, RegistrationStatus.WITHDRAWN));
    assertThat(refusal(new Command.Swap(TWO, ONE), withdrawn))
        .isEqualTo(new Rejection.NotWaiting(ONE, RegistrationStatus.WITHDRAWN));

    PlenaryState called = Steps.apply(state, new Command.CallNext(), NOW);
    assertThat(refusal(new Command.Withdraw(ONE), called))
        .isEqualTo(new Rejection.NotWaiting(ONE, RegistrationStatus.CALLED));
  }

  @Test
  void a_withdrawn_participant_may_ask_again() {
    PlenaryState withdrawn = Steps.apply(threeRequests(), new Command.Withdraw(ONE), NOW);
    PlenaryState again = Steps.register(withdrawn, request("France", "II", 4));
    assertThat(again.rejections()).isEmpty();
    assertThat(Steps.listOf(again, "II")).hasSize(2);
  }

  @Test
  void closing_and_reopening_lists() {
    PlenaryState state = threeRequests();
    assertThat(refusal(new Command.CloseList(SegmentId.of("III")), state))
        .isEqualTo(new Rejection.UnknownSegment("III", List.of(I, II)));
    assertThat(refusal(new Command.ReopenList(I), state)).isEqualTo(new Rejection.NotClosed(I));
    PlenaryState closed = Steps.apply(state, new Command.CloseList(I), NOW);
    assertThat(refusal(new Command.CloseList(I), closed)).isEqualTo(new Rejection.AlreadyClosed(I));
    assertThat(closed.list(closed.plenary().segments().head()).closed()).isTrue();
    PlenaryState ended = Steps.apply(closed, new Command.EndSegment(), NOW);
    assertThat(refusal(new Command.ReopenList(I), ended)).isEqualTo(new Rejection.NotClosed(I));
  }

  @Test
  void a_deadline_can_only_be_extended() {
    PlenaryState state = Steps.initial();
    Instant closesAt = state.closesAt();
    assertThat(refusal(new Command.ExtendDeadline(closesAt), state))
        .isEqualTo(new Rejection.DeadlineNotLater(closesAt, closesAt));
    PlenaryState extended =
        Steps.apply(state, new Command.ExtendDeadline(closesAt.plusSeconds(3600)), NOW);
    assertThat(extended.closesAt()).isEqualTo(closesAt.plusSeconds(3600));
    assertThat(Steps.decide(extended, request("Chile", "I", 5)).head())
        .isInstanceOf(RegistrationRejected.class);
    RegistrationRequest halfPastMidnight =
        RegistrationRequest.builder()
            .participant("Chile")
            .segment("I")
            .receivedAt(hague(5, 0, 30, 0))
            .build();
    assertThat(Steps.decide(extended, halfPastMidnight).head())
        .isInstanceOf(RegistrationInscribed.class);
  }

  @Test
  void the_chairs_actions_in_the_wrong_order_are_refused() {
    PlenaryState state = threeRequests();
    assertThat(refusal(new Command.StartSpeech(), state))
        .isEqualTo(new Rejection.NoSpeakerCalled());
    assertThat(refusal(new Command.MarkAbsent(), state)).isEqualTo(new Rejection.NoSpeakerCalled());
    assertThat(refusal(new Command.StopSpeech(), state)).isEqualTo(new Rejection.NoSpeechRunning());
    PlenaryState called = Steps.apply(state, new Command.CallNext(), NOW);
    assertThat(refusal(new Command.CallNext(), called))
        .isEqualTo(new Rejection.SpeakerAtRostrum(ONE));
    PlenaryState speaking = Steps.apply(called, new Command.StartSpeech(), NOW);
    assertThat(refusal(new Command.StartSpeech(), speaking))
        .isEqualTo(new Rejection.SpeechRunning(ONE));
    assertThat(refusal(new Command.MarkAbsent(), speaking))
        .isEqualTo(new Rejection.SpeechRunning(ONE));
    assertThat(refusal(new Command.EndSegment(), speaking))
        .isEqualTo(new Rejection.SpeechRunning(ONE));
  }

  @Test
  void when_a_segment_has_nobody_waiting_the_chair_ends_it_and_then_there_is_no_open_segment() {
    PlenaryState state = Steps.initial();
    assertThat(refusal(new Command.CallNext(), state)).isEqualTo(new Rejection.NoWaitingSpeaker(I));
    state = Steps.apply(state, new Command.EndSegment(), NOW);
    state = Steps.apply(state, new Command.EndSegment(), NOW);
    assertThat(refusal(new Command.CallNext(), state)).isEqualTo(new Rejection.NoOpenSegment());
    assertThat(refusal(new Command.EndSegment(), state)).isEqualTo(new Rejection.NoOpenSegment());
  }

  @Test
  void a_speech_records_its_start_end_and_length() {
    PlenaryState state = Steps.apply(threeRequests(), new Command.CallNext(), NOW);
    state = Steps.apply(state, new Command.StartSpeech(), NOW);
    state = Steps.apply(state, new Command.StopSpeech(), NOW.plusSeconds(95));
    assertThat(state.session().speeches()).hasSize(1);
    assertThat(state.session().speeches().head().elapsed(NOW.plusSeconds(999))).hasSeconds(95);
    assertThat(state.session().speeches().head().endedAt()).contains(NOW.plusSeconds(95));
    assertThat(state.inscription(ONE).get().status()).isEqualTo(RegistrationStatus.SPOKE);
  }

  @Test
  void the_speakers_name_is_kept_trimmed_and_a_blank_one_is_no_name() {
    RegistrationRequest named =
        RegistrationRequest.builder()
            .from(request("France", "I", 2))
            .speaker(Option.some("  H.E. Ms. Marie Dupont "))
            .language(Option.some("fr"))
            .build();
    RegistrationInscribed inscribed =
        (RegistrationInscribed) Steps.decide(Steps.initial(), named).head();
    assertThat(inscribed.registration().speaker()).contains("H.E. Ms. Marie Dupont");
    assertThat(inscribed.registration().language()).contains("fr");

    RegistrationRequest blank =
        RegistrationRequest.builder().from(named).speaker(Option.some("   ")).build();
    assertThat(
            ((RegistrationInscribed) Steps.decide(Steps.initial(), blank).head())
                .registration()
                .speaker())
        .isEmpty();

    RegistrationRequest tooLong =
        RegistrationRequest.builder().from(named).speaker(Option.some("x".repeat(201))).build();
    Rejection rejection =
        ((RegistrationRejected) Steps.decide(Steps.initial(), tooLong).head()).rejection();
    assertThat(((Rejection.Invalid) rejection).problem()).isEqualTo(Problem.TEXT_TOO_LONG);
    RegistrationRequest longest =
        RegistrationRequest.builder().from(named).speaker(Option.some("x".repeat(200))).build();
    assertThat(Steps.decide(Steps.initial(), longest).head())
        .isInstanceOf(RegistrationInscribed.class);
  }

  @Test
  void a_request_stamped_after_the_moment_of_processing_is_refused_at_the_door() {
    RegistrationRequest future = request("France", "I", 6);
    Rejection rejection =
        Decider.decide(new Command.Register(future), Steps.initial(), NOW).getLeft();
    assertThat(rejection)
        .isEqualTo(
            new Rejection.Invalid(
                Problem.RECEIVED_IN_FUTURE, future.receivedAt().toString(), NOW.toString()));
    RegistrationRequest atNow =
        RegistrationRequest.builder().from(request("France", "I", 2)).receivedAt(NOW).build();
    PlenaryState extended =
        Steps.apply(Steps.initial(), new Command.ExtendDeadline(NOW.plusSeconds(1)), NOW);
    assertThat(Decider.decide(new Command.Register(atNow), extended, NOW).get().head())
        .isInstanceOf(RegistrationInscribed.class);
  }

  @Test
  void r10_a_time_of_receipt_the_plenary_cannot_have_is_refused_at_the_door_and_records_nothing() {
    for (String at :
        new String[] {
          "-0001-01-01T00:00:00Z",
          "+99999-01-01T00:00:00Z",
          "1970-01-01T00:00:00Z",
          "2023-12-04T13:59:59Z",
          "2025-12-06T16:00:01Z"
        }) {
      RegistrationRequest odd =
          RegistrationRequest.builder()
              .from(request("France", "I", 2))
              .receivedAt(Instant.parse(at))
              .build();
      Rejection rejection =
          Decider.decide(new Command.Register(odd), Steps.initial(), Instant.MAX).getLeft();
      assertThat(rejection).as(at).isInstanceOf(Rejection.Invalid.class);
      assertThat(((Rejection.Invalid) rejection).problem())
          .isEqualTo(Problem.RECEIVED_OUT_OF_RANGE);
    }
    for (String at : new String[] {"2023-12-05T14:00:00Z", "2025-12-06T16:00:00Z"}) {
      RegistrationRequest edge =
          RegistrationRequest.builder()
              .from(request("France", "I", 2))
              .receivedAt(Instant.parse(at))
              .build();
      assertThat(Decider.decide(new Command.Register(edge), Steps.initial(), Instant.MAX).get())
          .as(at)
          .isNotEmpty();
    }
  }

  @Test
  void r10_a_request_timed_by_the_servers_clock_is_always_possible_even_long_after_the_meeting() {
    Instant later = Instant.parse("2026-12-07T18:00:00Z");
    RegistrationRequest now =
        RegistrationRequest.builder().from(request("France", "I", 2)).receivedAt(later).build();
    Event decided = Decider.decide(new Command.Register(now), Steps.initial(), later).get().head();
    assertThat(((RegistrationRejected) decided).rejection().reason())
        .isEqualTo(org.rostrum.core.rules.RejectionReason.LATE);
  }

  @Test
  void r10_a_name_with_a_bidirectional_override_is_refused_saying_which_character() {
    RegistrationRequest named =
        RegistrationRequest.builder()
            .from(request("France", "I", 2))
            .speaker(Option.some("Mr. \u202Eevil\u202C Smith"))
            .build();
    Rejection rejection =
        ((RegistrationRejected)
                Decider.decide(new Command.Register(named), Steps.initial(), NOW).get().head())
            .rejection();
    assertThat(rejection)
        .isEqualTo(
            new Rejection.Invalid(
                Problem.INVISIBLE_CHARACTER, "Mr. evil Smith", "U+202E RIGHT-TO-LEFT OVERRIDE"));
  }
}
