package org.rostrum.core.decider;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;

/** Running commands through the decider, as the service would, for tests. */
final class Steps {

  private Steps() {}

  static PlenaryState initial() {
    return PlenaryState.initial(Generators.ASP23);
  }

  /** The state after a command, unchanged if it was refused. */
  static PlenaryState apply(PlenaryState state, Command command, Instant now) {
    Either<Rejection, Seq<Event>> decision = Decider.decide(command, state, now);
    return decision.fold(r -> state, events -> Decider.replay(state, events));
  }

  static PlenaryState register(PlenaryState state, RegistrationRequest request) {
    return apply(state, new Command.Register(request), Generators.LATER);
  }

  static PlenaryState registerAll(PlenaryState state, Iterable<RegistrationRequest> requests) {
    PlenaryState s = state;
    for (RegistrationRequest r : requests) {
      s = register(s, r);
    }
    return s;
  }

  static Seq<Event> decide(PlenaryState state, RegistrationRequest request) {
    return Decider.decide(new Command.Register(request), state, Generators.LATER).get();
  }

  /** The list of a segment as (participant key, instant received) pairs, in order. */
  static List<String> listOf(PlenaryState state, String segment) {
    return state
        .list(state.plenary().segment(SegmentId.of(segment)).get())
        .entries()
        .map(Steps::describe);
  }

  static String describe(ListEntry e) {
    return e.registration().participant().key() + "@" + e.registration().receivedAt();
  }

  /**
   * The refusal R5 gives before R1 and R9 when the refused request's participant holds a place it
   * would not replace; else {@code otherwise}.
   */
  static org.rostrum.core.rules.Rejection heldElse(
      PlenaryState state,
      Event.RegistrationRejected refused,
      org.rostrum.core.rules.Rejection otherwise) {
    RegistrationRequest r = refused.request();
    return refused
        .participant()
        .flatMap(
            p ->
                state.holderKey(
                    r.kind(),
                    p.key(),
                    r.onBehalfOf(),
                    org.rostrum.core.model.SegmentId.of(r.segment())))
        .flatMap(state.holders()::get)
        .flatMap(state::inscription)
        .map(
            held ->
                org.rostrum.core.rules.RegistrationRules.oneVoice(
                    refused.id(), r.receivedAt(), io.vavr.control.Option.some(held)))
        .flatMap(decision -> decision.swap().toOption())
        .getOrElse(otherwise);
  }
}
