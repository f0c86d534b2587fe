package org.rostrum.core.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.decider.Command;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.ManageListUseCase;
import org.rostrum.core.rules.Rejection;

/** The Secretariat's changes to the lists: withdraw, swap, close, reopen, extend the deadline. */
final class ManageListService implements ManageListUseCase {

  private final GroupCommit commit;
  private final Actor actor;

  ManageListService(GroupCommit commit, Actor actor) {
    this.commit = commit;
    this.actor = actor;
  }

  private Either<Rejection, Change> execute(PlenaryId plenary, Command command) {
    return commit.execute(plenary, now -> command, Option.none(), actor);
  }

  @Override
  public Either<Rejection, Change> withdraw(PlenaryId plenary, RegistrationId id) {
    return execute(plenary, new Command.Withdraw(id));
  }

  @Override
  public Either<Rejection, Change> swap(
      PlenaryId plenary, RegistrationId first, RegistrationId second) {
    return execute(plenary, new Command.Swap(first, second));
  }

  @Override
  public Either<Rejection, Change> closeList(PlenaryId plenary, SegmentId segment) {
    return execute(plenary, new Command.CloseList(segment));
  }

  @Override
  public Either<Rejection, Change> reopenList(PlenaryId plenary, SegmentId segment) {
    return execute(plenary, new Command.ReopenList(segment));
  }

  @Override
  public Either<Rejection, Change> extendDeadline(PlenaryId plenary, Instant closesAt) {
    return execute(plenary, new Command.ExtendDeadline(closesAt));
  }

  @Override
  public Either<Rejection, Change> amend(PlenaryId plenary, Command.Amend amend) {
    return execute(plenary, amend);
  }

  @Override
  public Either<Rejection, Change> annul(PlenaryId plenary, RegistrationId id, String reason) {
    return execute(plenary, new Command.Annul(id, reason));
  }
}
