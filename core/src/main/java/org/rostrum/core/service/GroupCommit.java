package org.rostrum.core.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.rostrum.core.decider.Command;
import org.rostrum.core.decider.Decider;
import org.rostrum.core.decider.Event;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.port.out.VersionConflict;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.service.StateCache.Snapshot;

/**
 * Group commit, per plenary: commands arriving together are decided in turn, each against the state
 * the earlier ones lead to, and their events appended in one transaction; if another writer
 * appended first, the whole group is decided again on the newer state.
 */
final class GroupCommit {

  /**
   * How often a group is decided again when other processes keep appending first. Between attempts
   * the loser waits a random moment (up to 2 ms), so that several losers do not collide again in
   * step.
   */
  private static final int MAX_ATTEMPTS = 200;

  /** The most commands committed in one transaction. */
  private static final int MAX_GROUP = 256;

  /** How many groups a leader commits before it leaves the lane to a follower. */
  private static final int LEAD_ROUNDS = 8;

  private final Journal journal;
  private final StateCache cache;
  private final Notifier notifier;
  private final Clock clock;
  private final ConcurrentHashMap<PlenaryId, Lane> lanes = new ConcurrentHashMap<>();

  GroupCommit(Journal journal, StateCache cache, Notifier notifier, Clock clock) {
    this.journal = journal;
    this.cache = cache;
    this.notifier = notifier;
    this.clock = clock;
  }

  /**
   * Decides and records a command. Commands for one plenary arriving together are committed
   * together (group commit): whoever holds the plenary's lane decides every waiting command in turn
   * against the state the earlier ones lead to, and appends all their events in one transaction. If
   * another process appended first, the whole group is decided again.
   */
  Either<Rejection, Change> execute(
      PlenaryId id,
      java.util.function.Function<Instant, Command> command,
      Option<Long> seen,
      Actor actor) {
    Lane lane = lanes.computeIfAbsent(id, k -> new Lane());
    Pending mine = new Pending(command, seen, actor, new CompletableFuture<>());
    lane.waiting.add(mine);
    while (!mine.result().isDone()) {
      if (lane.lock.tryLock()) {
        try {
          // Lead: commit what waits, and what arrives meanwhile, for a few rounds.
          for (int round = 0; round < LEAD_ROUNDS && !lane.waiting.isEmpty(); round++) {
            commitWaiting(id, lane);
          }
        } finally {
          lane.lock.unlock();
        }
      } else {
        awaitLeader(mine);
      }
    }
    try {
      return mine.result().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Follow: wait for the leader to commit this command, or to leave the lane free. */
  private static void awaitLeader(Pending mine) {
    try {
      mine.result().get(1, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // not done yet, or done with a failure that join() will rethrow
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the journal", e);
    }
  }

  /** The commands waiting for one plenary, and the lock of whoever commits them. */
  private static final class Lane {
    final ReentrantLock lock = new ReentrantLock();
    final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
  }

  private record Pending(
      java.util.function.Function<Instant, Command> command,
      Option<Long> seen,
      Actor actor,
      CompletableFuture<Either<Rejection, Change>> result) {}

  private void commitWaiting(PlenaryId id, Lane lane) {
    java.util.List<Pending> group = new java.util.ArrayList<>();
    for (Pending p = lane.waiting.poll();
        p != null && group.size() < MAX_GROUP;
        p = lane.waiting.poll()) {
      group.add(p);
    }
    try {
      commit(id, group);
    } catch (RuntimeException e) {
      group.forEach(p -> p.result().completeExceptionally(e));
    } catch (Error e) {
      // Whoever waits on this group must not wait for ever; the error still goes up.
      group.forEach(p -> p.result().completeExceptionally(e));
      throw e;
    }
  }

  private void commit(PlenaryId id, java.util.List<Pending> group) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // First decide on the state this process knows: an append at its version proves it is the
      // latest. Only a group that records nothing must make sure it was not answered on old news.
      Option<Snapshot> known = cache.known(id);
      boolean optimistic = attempt == 1 && known.isDefined();
      Snapshot snapshot = optimistic ? known.get() : cache.current(id);
      PlenaryState state = snapshot.state();
      Instant now = clock.instant();
      java.util.List<Either<Rejection, Seq<Event>>> decisions = new java.util.ArrayList<>();
      Vector<Journal.Attributed> events = Vector.empty();
      for (Pending pending : group) {
        long version = state.version();
        Either<Rejection, Seq<Event>> decision =
            pending.seen().exists(seen -> seen != version)
                ? Either.left(new Rejection.Stale(pending.seen().get(), version))
                : Decider.decide(pending.command().apply(now), state, now);
        decisions.add(decision);
        if (decision.isRight()) {
          state = Decider.replay(state, decision.get());
          events =
              events.appendAll(decision.get().map(e -> new Journal.Attributed(e, pending.actor())));
        }
      }
      if (events.isEmpty()) {
        if (optimistic && !journal.read(id, snapshot.state().version()).isEmpty()) {
          continue;
        }
        long unchanged = state.version();
        for (int i = 0; i < group.size(); i++) {
          group
              .get(i)
              .result()
              .complete(decisions.get(i).map(e -> new Change(List.empty(), unchanged)));
        }
        return;
      }
      Either<VersionConflict, Seq<JournalEntry>> appended =
          journal.append(id, snapshot.state().version(), events, now);
      if (appended.isRight()) {
        Snapshot after = StateCache.fold(snapshot, appended.get());
        cache.advance(id, after);
        notifier.recorded(id, appended.get());
        Seq<JournalEntry> rest = appended.get();
        for (int i = 0; i < group.size(); i++) {
          Either<Rejection, Seq<Event>> decision = decisions.get(i);
          int count = decision.map(Seq::size).getOrElse(0);
          Seq<JournalEntry> own = rest.take(count);
          rest = rest.drop(count);
          group
              .get(i)
              .result()
              .complete(decision.map(e -> new Change(own, after.state().version())));
        }
        return;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(
          java.util.concurrent.ThreadLocalRandom.current()
              .nextLong(1, Math.min(attempt, 20) * 100_000L + 1));
    }
    throw new IllegalStateException(
        "plenary " + id + ": the journal kept moving; gave up after " + MAX_ATTEMPTS + " attempts");
  }
}
