package org.rostrum.core.service;

import io.vavr.control.Option;
import org.rostrum.core.decider.Command;
import org.rostrum.core.decider.Event;
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.RefusedAtTheDoor;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegisterUseCase;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.service.StateCache.Snapshot;

/** Requests for the floor, decided and recorded; the same source again answers its outcome (R6). */
final class RegisterService implements RegisterUseCase {

  private final GroupCommit commit;
  private final StateCache cache;
  private final Actor actor;
  private final java.time.Clock clock;

  RegisterService(GroupCommit commit, StateCache cache, Actor actor, java.time.Clock clock) {
    this.commit = commit;
    this.cache = cache;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public RegistrationOutcome register(RegisterCommand command) {
    PlenaryId id = command.plenary();
    Change change =
        commit
            .execute(id, now -> new Command.Register(command.request(now)), Option.none(), actor)
            .getOrElseThrow(RefusedAtTheDoor::new);
    Snapshot snapshot = cache.known(id).get();
    if (change.recorded().isEmpty()) {
      RegistrationId original = snapshot.state().sources().get(command.sourceRef().get()).get();
      return snapshot.outcome(original, true, clock.instant()).get();
    }
    Event first = change.recorded().head().event();
    RegistrationId registration =
        first instanceof RegistrationInscribed inscribed
            ? inscribed.registration().id()
            : ((RegistrationRejected) first).id();
    return snapshot.outcome(registration, false, clock.instant()).get();
  }
}
