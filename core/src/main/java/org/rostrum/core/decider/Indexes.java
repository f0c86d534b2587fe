package org.rostrum.core.decider;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.UnaryOperator;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.RegistrationId;

/**
 * The lookups a state derives from its requests: who holds a place (R5) and which request came from
 * which source (R6). They are built from the requests when first needed, then carried from state to
 * state by {@link Decider#evolve}; a replay of many events builds them once, at the end, instead of
 * at every event.
 *
 * <p>A value object that memoises, as {@link String#hashCode} does: the memo is derived from the
 * state's own requests, so it is never part of the state's equality.
 */
final class Indexes {

  /** The lookups once built. */
  record Built(Map<String, RegistrationId> holders, Map<String, RegistrationId> sources) {}

  private volatile Built built;

  private Indexes(Built built) {
    this.built = built;
  }

  static Indexes unbuilt() {
    return new Indexes(null);
  }

  /** The lookups of {@code state}, built from its requests if they were not yet. */
  Built of(PlenaryState state) {
    Built b = built;
    if (b == null) {
      b = build(state);
      built = b;
    }
    return b;
  }

  /** The indexes of the next state: changed if built, still to be built otherwise. */
  Indexes next(UnaryOperator<Built> change) {
    Built b = built;
    return new Indexes(b == null ? null : change.apply(b));
  }

  private static Built build(PlenaryState state) {
    Map<String, RegistrationId> holders = HashMap.empty();
    Map<String, RegistrationId> sources = HashMap.empty();
    for (Either<RegistrationRejected, Inscription> request : state.requests()) {
      if (request.isLeft()) {
        RegistrationRejected rejected = request.getLeft();
        if (rejected.request().sourceRef().isDefined()) {
          sources = sources.put(rejected.request().sourceRef().get(), rejected.id());
        }
      } else {
        Inscription i = request.get();
        if (i.registration().sourceRef().isDefined()) {
          sources = sources.put(i.registration().sourceRef().get(), i.id());
        }
        Option<String> key = state.holderKey(i.registration());
        if (i.holdsPlace() && key.isDefined()) {
          holders = holders.put(key.get(), i.id());
        }
      }
    }
    return new Built(holders, sources);
  }
}
