package org.rostrum.core.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.rostrum.core.decider.Command;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.rules.Rejection;

/**
 * Any command, sent by someone who says which version of the plenary they decided on: two people at
 * two consoles never undo each other silently. A command whose sender saw an older version is
 * refused as {@link Rejection.Stale} and nothing is recorded.
 */
public interface GuardedCommandUseCase {

  /**
   * Decides and records {@code command} if the plenary is still at {@code seenVersion} when its
   * turn comes (or whatever its version, when none is given).
   */
  Either<Rejection, Change> execute(PlenaryId plenary, Command command, Option<Long> seenVersion);
}
