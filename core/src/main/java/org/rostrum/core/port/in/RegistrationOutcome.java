package org.rostrum.core.port.in;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.rules.Rejection;

/**
 * What became of a request for the floor, with the receipt of the journal entry that recorded it.
 * {@code replay} says the same request (same source reference) had been processed before and this
 * is its original outcome.
 */
public sealed interface RegistrationOutcome {

  RegistrationId id();

  String receipt();

  boolean replay();

  /**
   * Inscribed: where the request stands now, its position (0 once it has left the list), its
   * projected start (T1) and whether it is time permitting (T2).
   */
  record Inscribed(
      Registration registration,
      RegistrationStatus status,
      int position,
      Instant projectedStart,
      boolean timePermitting,
      String receipt,
      boolean replay)
      implements RegistrationOutcome {
    public Inscribed {
      requireNonNull(registration, "registration");
      requireNonNull(status, "status");
      requireNonNull(projectedStart, "projectedStart");
      requireNonNull(receipt, "receipt");
    }

    @Override
    public RegistrationId id() {
      return registration.id();
    }
  }

  /**
   * Refused by a rule, and recorded so; {@code annulled} is the reason the Secretariat gave, if it
   * annulled the request as an entry made in error (it is then no public refusal).
   */
  record Refused(
      RegistrationId id,
      Rejection rejection,
      String receipt,
      boolean replay,
      Option<String> annulled,
      Option<Place> holds)
      implements RegistrationOutcome {
    public Refused {
      requireNonNull(id, "id");
      requireNonNull(rejection, "rejection");
      requireNonNull(receipt, "receipt");
      requireNonNull(annulled, "annulled");
      requireNonNull(holds, "holds");
    }

    /**
     * Why it was refused, in {@code messages}' language; for a duplicate, also the place the
     * participant holds and when (R5): "… Request #2 stands at position 4 on the list, projected at
     * 15:06."
     */
    public String explained(org.rostrum.core.rules.Messages messages) {
      String why = messages.explain(rejection);
      return holds
          .map(h -> why + " " + messages.holding(h.id(), h.position(), h.status(), h.start()))
          .getOrElse(why);
    }

    /** A refusal that stands. */
    public Refused(RegistrationId id, Rejection rejection, String receipt, boolean replay) {
      this(id, rejection, receipt, replay, Option.none(), Option.none());
    }

    /** A refusal, annulled with this reason if it was. */
    public Refused(
        RegistrationId id,
        Rejection rejection,
        String receipt,
        boolean replay,
        Option<String> annulled) {
      this(id, rejection, receipt, replay, annulled, Option.none());
    }
  }

  /**
   * The place a participant already holds, for a refusal as a duplicate (R5) to say where it is:
   * the request holding it, its position and status now, and its actual or projected start.
   */
  record Place(
      RegistrationId id,
      int position,
      RegistrationStatus status,
      Instant start,
      boolean timePermitting) {
    public Place {
      requireNonNull(id, "id");
      requireNonNull(status, "status");
      requireNonNull(start, "start");
    }
  }
}
