package org.rostrum.core.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.rostrum.core.decider.Command;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.RunSessionUseCase;
import org.rostrum.core.rules.Rejection;

/**
 * The chair's actions in the room: call, start, pause, resume, grant time, stop, absent, end the
 * segment.
 */
final class RunSessionService implements RunSessionUseCase {

  private final GroupCommit commit;
  private final Actor actor;

  RunSessionService(GroupCommit commit, Actor actor) {
    this.commit = commit;
    this.actor = actor;
  }

  private Either<Rejection, Change> execute(PlenaryId plenary, Command command) {
    return commit.execute(plenary, now -> command, Option.none(), actor);
  }

  @Override
  public Either<Rejection, Change> callNext(PlenaryId plenary) {
    return execute(plenary, new Command.CallNext());
  }

  @Override
  public Either<Rejection, Change> startSpeech(PlenaryId plenary) {
    return execute(plenary, new Command.StartSpeech());
  }

  @Override
  public Either<Rejection, Change> stopSpeech(PlenaryId plenary) {
    return execute(plenary, new Command.StopSpeech());
  }

  @Override
  public Either<Rejection, Change> markAbsent(PlenaryId plenary) {
    return execute(plenary, new Command.MarkAbsent());
  }

  @Override
  public Either<Rejection, Change> endSegment(PlenaryId plenary) {
    return execute(plenary, new Command.EndSegment());
  }

  @Override
  public Either<Rejection, Change> resumeSegment(PlenaryId plenary, SegmentId segment) {
    return execute(plenary, new Command.ResumeSegment(segment));
  }

  @Override
  public Either<Rejection, Change> pauseSpeech(PlenaryId plenary) {
    return execute(plenary, new Command.PauseSpeech());
  }

  @Override
  public Either<Rejection, Change> resumeSpeech(PlenaryId plenary) {
    return execute(plenary, new Command.ResumeSpeech());
  }

  @Override
  public Either<Rejection, Change> grantTime(PlenaryId plenary, java.time.Duration extra) {
    return execute(plenary, new Command.GrantTime(extra));
  }
}
