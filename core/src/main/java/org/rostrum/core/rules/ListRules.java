package org.rostrum.core.rules;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.PlaceKey;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;

/** The rules for the order of a list and the Secretariat's changes to it. */
public final class ListRules {

  private ListRules() {}

  /**
   * R2 first come, first served, under a plenary's procedure: by its kind's band — points of order
   * before everyone waiting (PO1), replies after the list (RR2) — then by its tier of precedence
   * (P2), then first come, first served within the tier (R2, P1).
   */
  public static PlaceKey placeOf(Registration registration, Procedure procedure) {
    return new PlaceKey(
        registration.kind().band(),
        0,
        procedure.tierOf(registration),
        registration.receivedAt(),
        registration.sequence());
  }

  /**
   * R7 withdrawal: only a waiting place can be withdrawn; a request that is not inscribed is not
   * found, one that has left its list or been called is not waiting.
   */
  public static Either<Rejection, Inscription> withdrawable(
      RegistrationId id, Option<Inscription> inscription) {
    return waiting(id, inscription);
  }

  /**
   * R8 swap: two waiting places of the same segment's list may be exchanged (a place with itself is
   * no change).
   */
  public static Either<Rejection, Tuple2<Inscription, Inscription>> swappable(
      RegistrationId first,
      Option<Inscription> firstPlace,
      RegistrationId second,
      Option<Inscription> secondPlace) {
    return waiting(first, firstPlace)
        .flatMap(a -> waiting(second, secondPlace).map(b -> Tuple.of(a, b)))
        .filterOrElse(
            t -> t._1.segment().equals(t._2.segment()),
            t -> new Rejection.DifferentSegments(first, second));
  }

  private static Either<Rejection, Inscription> waiting(
      RegistrationId id, Option<Inscription> inscription) {
    return inscription
        .<Rejection>toEither(() -> new Rejection.NotFound(id))
        .filterOrElse(
            i -> i.status() == RegistrationStatus.WAITING,
            i -> new Rejection.NotWaiting(id, i.status()));
  }
}
