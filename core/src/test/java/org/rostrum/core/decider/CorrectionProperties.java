package org.rostrum.core.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rostrum.core.decider.Generators.EXAMPLES;
import static org.rostrum.core.decider.Generators.requestLists;
import static org.rostrum.core.decider.Generators.requests;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.PlaceKey;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.SpeakersList;
import org.rostrum.core.rules.ListRules;

/**
 * The Secretariat's corrections: C1 an amended request keeps its number and its time of receipt, C2
 * it is decided as if it had been right from the start, C3 a place a correction frees goes to the
 * request it held back, and annulling keeps the relative order of all the others.
 */
class CorrectionProperties {

  /** A correction: which request (by position among those recorded), and what is written now. */
  record Correction(int pick, Option<Generators.Asker> participant, Option<String> segment) {

    RegistrationId id(int recorded) {
      return RegistrationId.of(1 + (pick % recorded));
    }

    RegistrationRequest applied(RegistrationRequest was) {
      return RegistrationRequest.builder()
          .from(was)
          .participant(participant.map(Generators.Asker::name).getOrElse(was.participant()))
          .category(participant.map(a -> a.who().category()).getOrElse(was.category()))
          .segment(segment.getOrElse(was.segment()))
          .build();
    }

    Command.Amend command(int recorded) {
      return new Command.Amend(
          id(recorded),
          participant.map(Generators.Asker::name),
          participant.flatMap(a -> a.who().category()),
          segment,
          Option.none(),
          "clerical error");
    }
  }

  static Gen<Correction> corrections() {
    Gen<Option<Generators.Asker>> who =
        Generate.oneOf(
            Generate.constant(Option.<Generators.Asker>none()),
            Generators.askers().map(Option::some));
    Gen<Option<String>> segment =
        Generate.oneOf(
            Generate.constant(Option.<String>none()),
            Generate.pick(java.util.List.of("I", "II", "3")).map(Option::some));
    return integers()
        .between(0, 1_000)
        .zip(
            who,
            segment,
            (pick, p, s) ->
                new Correction(pick, p, p.isEmpty() && s.isEmpty() ? Option.some("II") : s));
  }

  /** Each segment's list as request numbers, in order. */
  static List<List<Long>> numbers(PlenaryState state) {
    return state.lists().map(l -> l.entries().map(e -> e.id().value()));
  }

  @Test
  void c1_an_amended_request_keeps_its_number_and_its_original_receipt() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(requests()), lists().of(corrections()).ofSizeBetween(1, 6))
        .checkAssert(
            (requests, corrections) -> {
              if (requests.isEmpty()) {
                return;
              }
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              for (Correction c : corrections) {
                RegistrationId id = c.id(requests.size());
                PlenaryState after =
                    Steps.apply(state, c.command(requests.size()), Generators.LATER);
                assertThat(after.intake()).isEqualTo(state.intake());
                Either<RegistrationRejected, Inscription> now =
                    after.requests().get((int) id.value() - 1);
                assertThat(now.fold(RegistrationRejected::id, Inscription::id)).isEqualTo(id);
                Instant receivedAt =
                    now.fold(r -> r.request().receivedAt(), i -> i.registration().receivedAt());
                assertThat(receivedAt).isEqualTo(requests.get((int) id.value() - 1).receivedAt());
                state = after;
              }
            });
  }

  @Test
  void c2_an_amended_request_is_decided_as_if_it_had_been_right_from_the_start() {
    qt().withExamples(EXAMPLES)
        .forAll(
            requestLists(Generate.oneOf(requests(), Generators.onTimeRequests())), corrections())
        .checkAssert(
            (requests, correction) -> {
              if (requests.isEmpty()) {
                return;
              }
              int k = (int) correction.id(requests.size()).value() - 1;
              PlenaryState amended =
                  Steps.apply(
                      Steps.registerAll(Steps.initial(), requests),
                      correction.command(requests.size()),
                      Generators.LATER);
              PlenaryState rightFromTheStart =
                  Steps.registerAll(
                      Steps.initial(), requests.update(k, correction.applied(requests.get(k))));
              assertThat(numbers(amended)).isEqualTo(numbers(rightFromTheStart));
            });
  }

  @Test
  void c3_annulling_an_entry_gives_the_lists_as_if_it_had_never_been_a_request() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(requests()), integers().between(0, 1_000))
        .checkAssert(
            (requests, pick) -> {
              if (requests.isEmpty()) {
                return;
              }
              int k = pick % requests.size();
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              PlenaryState annulled =
                  Steps.apply(
                      state,
                      new Command.Annul(RegistrationId.of(k + 1L), "entered in error"),
                      Generators.LATER);
              RegistrationRequest nothing =
                  RegistrationRequest.builder().from(requests.get(k)).segment("none").build();
              PlenaryState never = Steps.registerAll(Steps.initial(), requests.update(k, nothing));
              assertThat(numbers(annulled)).isEqualTo(numbers(never));
              assertThat(annulled.rejections().map(RegistrationRejected::id))
                  .doesNotContain(RegistrationId.of(k + 1L));
              assertThat(annulled.intake()).isEqualTo(state.intake());
            });
  }

  @Test
  void r7_annulling_keeps_the_relative_order_of_all_the_others() {
    qt().withExamples(EXAMPLES)
        .forAll(requestLists(requests()), integers().between(0, 1_000))
        .checkAssert(
            (requests, pick) -> {
              if (requests.isEmpty()) {
                return;
              }
              RegistrationId gone = RegistrationId.of(1L + pick % requests.size());
              PlenaryState state = Steps.registerAll(Steps.initial(), requests);
              PlenaryState after =
                  Steps.apply(state, new Command.Annul(gone, "entered in error"), Generators.LATER);
              for (SpeakersList list : state.lists()) {
                List<RegistrationId> before = list.ids().remove(gone);
                assertThat(after.list(list.segment()).ids().filter(before::contains))
                    .isEqualTo(before);
              }
            });
  }

  @Test
  void r2_r5_hold_after_any_sequence_of_registrations_amendments_and_annulments() {
    Gen<Object> steps =
        Generate.frequency(
            org.quicktheories.api.Pair.of(4, requests().map(r -> (Object) r)),
            org.quicktheories.api.Pair.of(2, corrections().map(c -> (Object) c)),
            org.quicktheories.api.Pair.of(
                1, integers().between(0, 1_000).map(i -> (Object) Integer.valueOf(i))));
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(steps).ofSizeBetween(0, 60))
        .checkAssert(
            script -> {
              PlenaryState state = Steps.initial();
              Instant now = Generators.LATER;
              for (Object step : script) {
                int recorded = (int) state.intake();
                if (step instanceof RegistrationRequest r) {
                  state = Steps.register(state, r);
                } else if (recorded > 0 && step instanceof Correction c) {
                  state = Steps.apply(state, c.command(recorded), now);
                } else if (recorded > 0 && step instanceof Integer pick) {
                  state =
                      Steps.apply(
                          state,
                          new Command.Annul(RegistrationId.of(1L + pick % recorded), "error"),
                          now);
                }
                org.rostrum.core.model.Procedure procedure = state.plenary().procedure();
                for (SpeakersList list : state.lists()) {
                  List<PlaceKey> places =
                      list.entries()
                          .map(ListEntry::registration)
                          .map(r -> ListRules.placeOf(r, procedure));
                  assertThat(places.sorted()).as("R2 after %s", step).isEqualTo(places);
                  assertThat(list.entries().map(ListEntry::id).filter(state.annulled()::contains))
                      .isEmpty();
                }
                List<String> onLists =
                    state
                        .lists()
                        .flatMap(SpeakersList::entries)
                        .map(e -> e.registration().participant().key().value());
                assertThat(onLists).as("R5 after %s", step).doesNotHaveDuplicates();
              }
            });
  }
}
