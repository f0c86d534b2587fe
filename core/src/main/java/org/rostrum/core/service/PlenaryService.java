package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
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
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.TwoMinuteSlot;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.GuardedCommandUseCase;
import org.rostrum.core.port.in.ManageListUseCase;
import org.rostrum.core.port.in.QueryPlenaryUseCase;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegisterUseCase;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.RunSessionUseCase;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.port.out.PlenaryCatalog;
import org.rostrum.core.port.out.VersionConflict;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.TimeRules;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.ReportView;
import org.rostrum.core.view.RoomView;
import org.rostrum.core.view.Views;

/**
 * The use cases over the ports. A command is decided against the state folded from the journal and
 * appended with the version it was decided on; if another writer got there first, it is decided
 * again on the newer state.
 */
public final class PlenaryService
    implements RegisterUseCase,
        ManageListUseCase,
        RunSessionUseCase,
        QueryPlenaryUseCase,
        GuardedCommandUseCase {

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
  private final PlenaryCatalog catalog;
  private final Notifier notifier;
  private final Clock clock;
  private final ConcurrentHashMap<PlenaryId, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<PlenaryId, Lane> lanes = new ConcurrentHashMap<>();

  /** A state folded so far, with the receipt of the entry that recorded each request. */
  private record Snapshot(PlenaryState state, Map<RegistrationId, String> receipts) {}

  public PlenaryService(Journal journal, PlenaryCatalog catalog, Notifier notifier, Clock clock) {
    this.journal = requireNonNull(journal, "journal");
    this.catalog = requireNonNull(catalog, "catalog");
    this.notifier = requireNonNull(notifier, "notifier");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public RegistrationOutcome register(RegisterCommand command) {
    PlenaryId id = command.plenary();
    Change change =
        execute(
                id,
                now ->
                    new Command.Register(
                        RegistrationRequest.builder()
                            .segment(command.segment())
                            .participant(command.participant())
                            .category(command.category())
                            .speaker(command.speaker())
                            .language(command.language())
                            .receivedAt(command.receivedAt().getOrElse(now))
                            .senderClock(command.senderClock())
                            .sourceRef(command.sourceRef())
                            .onBehalfOf(command.onBehalfOf())
                            .build()),
                Option.none())
            .getOrElseThrow(
                r -> new IllegalStateException("a registration is never refused: " + r));
    Snapshot snapshot = snapshots.get(id);
    if (change.recorded().isEmpty()) {
      RegistrationId original = snapshot.state().sources().get(command.sourceRef().get()).get();
      return outcome(snapshot, original, true).get();
    }
    Event first = change.recorded().head().event();
    RegistrationId registration =
        first instanceof RegistrationInscribed inscribed
            ? inscribed.registration().id()
            : ((RegistrationRejected) first).id();
    return outcome(snapshot, registration, false).get();
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
  public Seq<Plenary> plenaries() {
    return catalog.all();
  }

  @Override
  public Option<Plenary> plenary(PlenaryId id) {
    return catalog.find(id);
  }

  @Override
  public ListView list(PlenaryId plenary) {
    return Views.list(current(plenary).state());
  }

  @Override
  public RoomView room(PlenaryId plenary) {
    return Views.room(current(plenary).state(), clock.instant());
  }

  @Override
  public ReportView report(PlenaryId plenary) {
    return Views.report(current(plenary).state());
  }

  @Override
  public Option<RegistrationOutcome> outcome(PlenaryId plenary, RegistrationId id) {
    return outcome(current(plenary), id, false);
  }

  @Override
  public Seq<JournalEntry> record(PlenaryId plenary) {
    existing(plenary);
    return journal.read(plenary, 0);
  }

  private Either<Rejection, Change> execute(PlenaryId id, Command command) {
    return execute(id, now -> command, Option.none());
  }

  @Override
  public Either<Rejection, Change> execute(
      PlenaryId plenary, Command command, Option<Long> seenVersion) {
    requireNonNull(command, "command");
    return execute(plenary, now -> command, requireNonNull(seenVersion, "seenVersion"));
  }

  /**
   * Decides and records a command. Commands for one plenary arriving together are committed
   * together (group commit): whoever holds the plenary's lane decides every waiting command in turn
   * against the state the earlier ones lead to, and appends all their events in one transaction. If
   * another process appended first, the whole group is decided again.
   */
  private Either<Rejection, Change> execute(
      PlenaryId id, java.util.function.Function<Instant, Command> command, Option<Long> seen) {
    Lane lane = lanes.computeIfAbsent(id, k -> new Lane());
    Pending mine = new Pending(command, seen, new CompletableFuture<>());
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
      Snapshot known = snapshots.get(id);
      boolean optimistic = attempt == 1 && known != null;
      Snapshot snapshot = optimistic ? known : current(id);
      PlenaryState state = snapshot.state();
      Instant now = clock.instant();
      java.util.List<Either<Rejection, Seq<Event>>> decisions = new java.util.ArrayList<>();
      Vector<Event> events = Vector.empty();
      for (Pending pending : group) {
        long version = state.version();
        Either<Rejection, Seq<Event>> decision =
            pending.seen().exists(seen -> seen != version)
                ? Either.left(new Rejection.Stale(pending.seen().get(), version))
                : Decider.decide(pending.command().apply(now), state, now);
        decisions.add(decision);
        if (decision.isRight()) {
          state = Decider.replay(state, decision.get());
          events = events.appendAll(decision.get());
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
        Snapshot after = fold(snapshot, appended.get());
        snapshots.merge(id, after, PlenaryService::newer);
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

  private Snapshot current(PlenaryId id) {
    Plenary plenary = existing(id);
    Snapshot known =
        snapshots.computeIfAbsent(
            id, k -> new Snapshot(PlenaryState.initial(plenary), HashMap.empty()));
    Seq<JournalEntry> newer = journal.read(id, known.state().version());
    if (newer.isEmpty()) {
      return known;
    }
    Snapshot caughtUp = fold(known, newer);
    return snapshots.merge(id, caughtUp, PlenaryService::newer);
  }

  private Plenary existing(PlenaryId id) {
    return catalog.find(id).getOrElseThrow(() -> new UnknownPlenaryException(id));
  }

  private static Snapshot newer(Snapshot a, Snapshot b) {
    return a.state().version() >= b.state().version() ? a : b;
  }

  private static Snapshot fold(Snapshot snapshot, Seq<JournalEntry> entries) {
    PlenaryState state = snapshot.state();
    Map<RegistrationId, String> receipts = snapshot.receipts();
    for (JournalEntry entry : entries) {
      if (entry.seq() != state.version() + 1) {
        throw new IllegalStateException(
            "journal entry " + entry.seq() + " follows version " + state.version());
      }
      state = Decider.evolve(state, entry.event());
      if (entry.event() instanceof RegistrationInscribed inscribed) {
        receipts = receipts.put(inscribed.registration().id(), entry.hash());
      } else if (entry.event() instanceof RegistrationRejected rejected) {
        receipts = receipts.put(rejected.id(), entry.hash());
      }
    }
    return new Snapshot(state, receipts);
  }

  private static Option<RegistrationOutcome> outcome(
      Snapshot snapshot, RegistrationId id, boolean replay) {
    PlenaryState state = snapshot.state();
    Option<String> receipt = snapshot.receipts().get(id);
    Option<RegistrationOutcome> refused =
        state
            .rejection(id)
            .map(r -> new RegistrationOutcome.Refused(id, r.rejection(), receipt.get(), replay));
    return refused.orElse(
        () -> state.inscription(id).map(i -> inscribed(state, i, receipt.get(), replay)));
  }

  private static RegistrationOutcome inscribed(
      PlenaryState state, Inscription inscription, String receipt, boolean replay) {
    if (inscription.status() == RegistrationStatus.SUPERSEDED) {
      RegistrationId by =
          state
              .holders()
              .get(
                  state.holderKey(
                      inscription.registration().participant().key(), inscription.segment()))
              .getOrElse(inscription.id());
      return new RegistrationOutcome.Refused(
          inscription.id(),
          new Rejection.Duplicate(by, state.inscription(by).get().segment()),
          receipt,
          replay);
    }
    Segment segment = state.plenary().segment(inscription.segment()).get();
    int position =
        state
                .order()
                .get(segment.id())
                .map(list -> list.indexWhere(i -> i.id().equals(inscription.id())))
                .getOrElse(-1)
            + 1;
    TwoMinuteSlot slot = state.plenary().slot();
    return new RegistrationOutcome.Inscribed(
        inscription.registration(),
        inscription.status(),
        position,
        position > 0 ? TimeRules.projectedStart(segment, slot, position) : segment.window().start(),
        position > TimeRules.capacity(segment, slot),
        receipt,
        replay);
  }
}
