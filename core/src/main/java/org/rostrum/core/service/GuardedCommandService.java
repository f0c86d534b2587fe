package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.rostrum.core.decider.Command;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.GuardedCommandUseCase;
import org.rostrum.core.rules.Rejection;

/** Any command, decided only if the plenary is still at the version its sender saw. */
final class GuardedCommandService implements GuardedCommandUseCase {

  private final GroupCommit commit;
  private final Actor actor;

  GuardedCommandService(GroupCommit commit, Actor actor) {
    this.commit = commit;
    this.actor = actor;
  }

  @Override
  public Either<Rejection, Change> execute(
      PlenaryId plenary, Command command, Option<Long> seenVersion) {
    requireNonNull(command, "command");
    return commit.execute(
        plenary, now -> command, requireNonNull(seenVersion, "seenVersion"), actor);
  }
}
