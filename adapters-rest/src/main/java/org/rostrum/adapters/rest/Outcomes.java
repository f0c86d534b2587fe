package org.rostrum.adapters.rest;

import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.ReviewMailUseCase;
import org.rostrum.core.rules.RejectionReason;

/**
 * The one table from the core's outcomes to HTTP statuses. Every {@code switch} here names every
 * case, so a new reason does not compile until it has a status (ADR 21).
 */
final class Outcomes {

  private Outcomes() {}

  /**
   * A refusal by a rule: 422 — the request was understood and the rules said no (a refused request
   * for the floor is also recorded) — except a request or held mail that is not there (404) and a
   * change sent on an older version of the list (409, with the current list).
   */
  static int status(RejectionReason reason) {
    return switch (reason) {
      case LATE,
          DUPLICATE,
          LIST_CLOSED,
          UNKNOWN_SEGMENT,
          INVALID,
          TOO_MANY_REPLIES,
          NOT_WAITING,
          DIFFERENT_SEGMENTS,
          ALREADY_CLOSED,
          NOT_CLOSED,
          DEADLINE_NOT_LATER,
          SPEECH_RUNNING,
          NO_SPEECH_RUNNING,
          SPEAKER_AT_ROSTRUM,
          NO_SPEAKER_CALLED,
          NO_WAITING_SPEAKER,
          NO_OPEN_SEGMENT,
          NOT_RESUMABLE,
          ALREADY_ON_ROSTER,
          SPEECH_PAUSED,
          NOT_PAUSED ->
          422;
      case NOT_FOUND -> 404;
      case STALE -> 409;
    };
  }

  /** A request for the floor: 201 inscribed, 200 the same request again, 422 refused. */
  static int status(RegistrationOutcome outcome) {
    if (outcome instanceof RegistrationOutcome.Refused refused) {
      return status(refused.rejection().reason());
    }
    return outcome.replay() ? 200 : 201;
  }

  /** Why a held mail could not be resolved: not held (404), resolved already (409), no reason. */
  static int status(ReviewMailUseCase.NotDone notDone) {
    return switch (notDone) {
      case NOT_HELD -> 404;
      case RESOLVED -> 409;
      case NO_REASON -> 400;
    };
  }
}
