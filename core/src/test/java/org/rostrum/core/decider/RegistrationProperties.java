package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.rostrum.core.decider.Generators.EXAMPLES;
import static org.rostrum.core.decider.Generators.askers;
import static org.rostrum.core.decider.Generators.distinctlyTimedRequests;
import static org.rostrum.core.decider.Generators.onTimeRequests;
import static org.rostrum.core.decider.Generators.requestLists;
import static org.rostrum.core.decider.Generators.requests;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.SpeakersList;
import org.rostrum.core.rules.RegistrationRules;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.RejectionReason;

/** The registration rules R1–R10, each as a property. */
class RegistrationProperties {

  @Test
  void r1_deadline_a_request_is_inscribed_only_if_received_before_the_list_closes() {
    qt().withExamples(EXAMPLES)
        .forAll(requests())
        .checkAssert(
            request -> {
              Seq<Event> events = Steps.decide(Steps.initial(), request);
              boolean onTime = request.receivedAt().isBefore(Generators.CLOSES_AT);
              assertThat(events).hasSize(1);
              assertThat(Steps.initial().onTime(request.receivedAt())).isEqualTo(onTime);
              if (onTime) {
                assertThat(events.head()).isInstanceOf(RegistrationInscribed.class);
              } else {
                assertThat(events.head()).isInstanceOf(RegistrationRejected.class);
                assertThat(((RegistrationRejected) events.head()).rejection())
                    .isEqualTo(new Rejection.Late(request.receivedAt(), Generators.CLOSES_AT));
              }
            });
  }

  @Test
  void r1_a_time_from_the_senders_clock_is_ruled_like_any_other_and_stays_flagged_in_the_record() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), requests())
        .checkAssert(
            (before, request) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), before);
              RegistrationRequest flagged =
                  RegistrationRequest.builder().from(request).senderClock(true).build();
              RegistrationRequest stamped =
                  RegistrationRequest.builder().from(request).senderClock(false).build();
              Seq<Event> withFlag = Steps.decide(state, flagged);
              Seq<Event> without = Steps.decide(state, stamped);
              assertThat(withFlag.map(Object::getClass)).isEqualTo(without.map(Object::getClass));
              assertThat(
                      Steps.register(state, flagged)
                          .lists()
                          .map(l -> l.entries().map(ListEntry::id)))
                  .isEqualTo(
                      Steps.register(state, stamped)
                          .lists()
                          .map(l -> l.entries().map(ListEntry::id)));
              Event first = withFlag.head();
              if (first instanceof RegistrationInscribed i) {
                assertThat(i.registration().senderClock()).isTrue();
                assertThat(((RegistrationInscribed) without.head()).registration().senderClock())
                    .isFalse();
              } else {
                assertThat(((RegistrationRejected) first).request().senderClock()).isTrue();
                assertThat(((RegistrationRejected) first).rejection())
                    .isEqualTo(((RegistrationRejected) without.head()).rejection());
              }
            });
  }

  @Test
  void r2_first_come_first_served_within_a_segment_by_receipt_then_intake_sequence() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()))
        .checkAssert(
            requests -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              for (SpeakersList list : state.lists()) {
                List<ListEntry> entries = list.entries();
                assertThat(entries.map(e -> e.registration().segment()).distinct())
                    .allMatch(s -> s.equals(list.segment().id()));
                List<ListEntry> sorted =
                    entries.sorted(
                        java.util.Comparator.comparing(
                                (ListEntry e) -> e.registration().receivedAt())
                            .thenComparingLong(e -> e.registration().sequence()));
                assertThat(entries.map(ListEntry::id)).isEqualTo(sorted.map(ListEntry::id));
                assertThat(entries.map(ListEntry::position))
                    .isEqualTo(List.rangeClosed(1, entries.size()));
              }
            });
  }

  @Test
  void r3_stability_inscribing_a_request_never_moves_anyone_received_earlier() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), onTimeRequests())
        .checkAssert(
            (earlier, request) -> {
              PlenaryState before = Steps.registerAll(Steps.initial(), earlier);
              PlenaryState after = Steps.register(before, request);
              for (SpeakersList list : before.lists()) {
                List<ListEntry> ahead =
                    list.entries()
                        .filter(
                            e ->
                                e.registration().receivedAt().isBefore(request.receivedAt())
                                    || e.registration().receivedAt().equals(request.receivedAt()));
                SpeakersList now = after.list(list.segment());
                for (ListEntry e : ahead) {
                  assertThat(now.entry(e.id()).map(ListEntry::position))
                      .as("place of #%s", e.id())
                      .isEqualTo(Option.some(e.position()));
                }
              }
            });
  }

  @Test
  void r4_processing_order_does_not_change_the_list_for_distinct_receipt_instants() {
    qt().withExamples(EXAMPLES)
        .forAll(distinctlyTimedRequests(), integers().all())
        .checkAssert(
            (requests, seed) -> {
              List<RegistrationRequest> shuffled = List.ofAll(shuffle(requests.toJavaList(), seed));
              PlenaryState inOrder = Steps.registerAll(Steps.initial(), requests);
              PlenaryState outOfOrder = Steps.registerAll(Steps.initial(), shuffled);
              for (String segment : List.of("I", "II")) {
                assertThat(Steps.listOf(outOfOrder, segment))
                    .isEqualTo(Steps.listOf(inOrder, segment));
              }
            });
  }

  private static java.util.List<RegistrationRequest> shuffle(
      java.util.List<RegistrationRequest> requests, int seed) {
    java.util.List<RegistrationRequest> copy = new java.util.ArrayList<>(requests);
    java.util.Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void r5_one_voice_a_participant_holds_at_most_one_place_and_a_duplicate_names_it() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()))
        .checkAssert(
            requests -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              List<ListEntry> onLists = state.lists().flatMap(SpeakersList::entries);
              assertThat(onLists.groupBy(e -> e.registration().participant().key()))
                  .allSatisfy(t -> assertThat(t._2).hasSize(1));
              for (RegistrationRejected rejected : state.rejections()) {
                assertThat(rejected.rejection()).isInstanceOf(Rejection.Duplicate.class);
                RegistrationId held = ((Rejection.Duplicate) rejected.rejection()).held();
                Inscription place = state.inscription(held).get();
                assertThat(place.registration().participant().key())
                    .isEqualTo(rejected.participant().get().key());
              }
            });
  }

  @Test
  void r5_before_r1_a_participant_holding_a_place_is_told_so_whenever_it_asks_again() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), Generators.receiptInstants())
        .checkAssert(
            (requests, again) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              PlenaryState closed =
                  Steps.apply(state, new Command.CloseList(SegmentId.of("I")), Generators.LATER);
              for (ListEntry held : state.lists().flatMap(SpeakersList::entries)) {
                RegistrationRequest late =
                    RegistrationRequest.builder()
                        .from(requests.get((int) held.id().value() - 1))
                        .receivedAt(
                            again.isAfter(held.registration().receivedAt())
                                ? again
                                : held.registration().receivedAt().plusSeconds(1))
                        .build();
                Event event = Steps.decide(closed, late).head();
                assertThat(event).isInstanceOf(RegistrationRejected.class);
                assertThat(((RegistrationRejected) event).rejection())
                    .as("late, or for a closed list, but the participant holds #%s", held.id())
                    .isEqualTo(RegistrationRules.heldBy(state.inscription(held.id()).get()));
              }
            });
  }

  @Test
  void r5_one_voice_per_segment_by_policy_allows_one_place_in_each_segment() {
    PlenaryState initial =
        PlenaryState.initial(
            org.rostrum.core.model.ImmutablePlenary.copyOf(Generators.ASP23)
                .withDuplicatePolicy(org.rostrum.core.model.DuplicatePolicy.ONE_PER_SEGMENT));
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()))
        .checkAssert(
            requests -> {
              PlenaryState state = Steps.registerAll(initial, requests);
              for (SpeakersList list : state.lists()) {
                assertThat(list.entries().groupBy(e -> e.registration().participant().key()))
                    .allSatisfy(t -> assertThat(t._2).hasSize(1));
              }
            });
  }

  @Test
  void r6_idempotence_the_same_request_processed_twice_gives_the_same_state_as_once() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(requests()))
        .checkAssert(
            requests -> {
              List<RegistrationRequest> referenced =
                  requests
                      .zipWithIndex()
                      .map(
                          t ->
                              org.rostrum.core.model.RegistrationRequest.builder()
                                  .from(t._1)
                                  .sourceRef(Option.some("<m" + (t._2 % 7) + "@mail>"))
                                  .build());
              PlenaryState once = Steps.registerAll(Steps.initial(), referenced);
              PlenaryState twice = Steps.registerAll(once, referenced);
              assertThat(twice).isEqualTo(once);
            });
  }

  @Test
  void r7_withdrawal_keeps_the_relative_order_of_all_the_others() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), integers().between(0, 100))
        .checkAssert(
            (requests, pick) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              List<ListEntry> all = state.lists().flatMap(SpeakersList::entries);
              if (all.isEmpty()) {
                return;
              }
              ListEntry gone = all.get(pick % all.size());
              PlenaryState after =
                  Steps.apply(state, new Command.Withdraw(gone.id()), Generators.LATER);
              for (SpeakersList list : state.lists()) {
                assertThat(after.list(list.segment()).ids())
                    .isEqualTo(list.ids().remove(gone.id()));
              }
              assertThat(after.inscription(gone.id()).get().status())
                  .isEqualTo(org.rostrum.core.model.RegistrationStatus.WITHDRAWN);
            });
  }

  @Test
  void r8_swap_exchanges_two_places_nobody_else_moves_and_twice_is_the_identity() {
    qt().withExamples(EXAMPLES)
        .forAll(
            requestLists(onTimeRequests()), integers().between(0, 100), integers().between(0, 100))
        .checkAssert(
            (requests, i, j) -> {
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              SpeakersList list = state.lists().maxBy(l -> l.entries().size()).get();
              if (list.entries().size() < 2) {
                return;
              }
              ListEntry a = list.entries().get(i % list.entries().size());
              ListEntry b = list.entries().get(j % list.entries().size());
              Command swap = new Command.Swap(a.id(), b.id());
              PlenaryState once = Steps.apply(state, swap, Generators.LATER);
              List<RegistrationId> expected =
                  list.ids().update(a.position() - 1, b.id()).update(b.position() - 1, a.id());
              assertThat(once.list(list.segment()).ids()).isEqualTo(expected);
              PlenaryState twice = Steps.apply(once, swap, Generators.LATER);
              assertThat(twice.lists()).isEqualTo(state.lists());
            });
  }

  @Test
  void r9_closed_list_requests_for_it_are_refused_list_closed() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(onTimeRequests()), onTimeRequests())
        .checkAssert(
            (earlier, request) -> {
              SegmentId segment = SegmentId.of(request.segment());
              PlenaryState open = Steps.registerAll(Steps.initial(), earlier);
              PlenaryState closed =
                  Steps.apply(open, new Command.CloseList(segment), Generators.LATER);
              Event event = Steps.decide(closed, request).head();
              assertThat(event).isInstanceOf(RegistrationRejected.class);
              // R5 before R9: a participant holding a place is told so, not that the list closed
              assertThat(((RegistrationRejected) event).rejection())
                  .isEqualTo(
                      Steps.heldElse(
                          closed, (RegistrationRejected) event, new Rejection.ListClosed(segment)));
              PlenaryState reopened =
                  Steps.apply(closed, new Command.ReopenList(segment), Generators.LATER);
              assertThat(reopened.isClosed(segment)).isFalse();
            });
  }

  @Test
  void r10_any_request_at_all_is_decided_into_exactly_one_recorded_outcome_never_an_exception() {
    qt().withExamples(EXAMPLES)
        .forAll(
            strings().allPossible().ofLengthBetween(0, 250),
            strings().allPossible().ofLengthBetween(0, 5),
            askers(),
            Generators.receiptInstants())
        .checkAssert(
            (junk, segment, asker, at) -> {
              for (RegistrationRequest request :
                  List.of(
                      Generators.request(asker, segment, at, Option.none()),
                      RegistrationRequest.builder()
                          .participant(junk)
                          .segment("I")
                          .receivedAt(at)
                          .build())) {
                Seq<Event> events = Steps.decide(Steps.initial(), request);
                assertThat(events).hasSize(1);
                if (events.head() instanceof RegistrationRejected rejected) {
                  assertThat(rejected.rejection().reason())
                      .isIn(
                          RejectionReason.LATE,
                          RejectionReason.UNKNOWN_SEGMENT,
                          RejectionReason.INVALID);
                } else {
                  RegistrationInscribed inscribed = (RegistrationInscribed) events.head();
                  assertThat(inscribed.registration().segment().value()).isIn("I", "II");
                }
              }
            });
  }

  @Test
  void r10_an_unknown_segment_is_refused_with_the_known_ones() {
    qt().withExamples(EXAMPLES)
        .forAll(askers(), strings().basicLatinAlphabet().ofLengthBetween(0, 6))
        .assuming((a, s) -> !s.trim().equalsIgnoreCase("I") && !s.trim().equalsIgnoreCase("II"))
        .checkAssert(
            (asker, segment) -> {
              Event event =
                  Steps.decide(
                          Steps.initial(),
                          Generators.request(
                              asker, segment, Generators.CLOSES_AT.minusSeconds(1), Option.none()))
                      .head();
              assertThat(((RegistrationRejected) event).rejection())
                  .isEqualTo(
                      new Rejection.UnknownSegment(
                          segment.trim(), List.of(SegmentId.of("I"), SegmentId.of("II"))));
            });
  }
}
