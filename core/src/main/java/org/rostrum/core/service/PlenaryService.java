package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
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
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.Change;
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

/**
 * The use cases over the ports. A command is decided against the state folded from the journal and
 * appended with the version it was decided on; if another writer got there first, it is decided
 * again on the newer state.
 */
public final class PlenaryService
    implements RegisterUseCase, ManageListUseCase, RunSessionUseCase, QueryPlenaryUseCase {

  private static final int MAX_ATTEMPTS = 50;

  private final Journal journal;
  private final PlenaryCatalog catalog;
  private final Notifier notifier;
  private final Clock clock;
  private final ConcurrentHashMap<PlenaryId, Snapshot> snapshots = new ConcurrentHashMap<>();

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
                            .sourceRef(command.sourceRef())
                            .build()))
            .getOrElseThrow(
                r -> new IllegalStateException("a registration is never refused: " + r));
    Snapshot snapshot = snapshots.get(id);
    if (change.recorded().isEmpty()) {
      RegistrationId original = change.state().sources().get(command.sourceRef().get()).get();
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
  public PlenaryState state(PlenaryId plenary) {
    return current(plenary).state();
  }

  @Override
  public Seq<Schedule> schedules(PlenaryId plenary) {
    PlenaryState state = state(plenary);
    return state.lists().map(list -> TimeRules.schedule(list, state.plenary().slot()));
  }

  @Override
  public Option<RegistrationOutcome> outcome(PlenaryId plenary, RegistrationId id) {
    return outcome(current(plenary), id, false);
  }

  @Override
  public Seq<JournalEntry> record(PlenaryId plenary) {
    plenary(plenary);
    return journal.read(plenary, 0);
  }

  private Either<Rejection, Change> execute(PlenaryId id, Command command) {
    return execute(id, now -> command);
  }

  private Either<Rejection, Change> execute(
      PlenaryId id, java.util.function.Function<Instant, Command> command) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Snapshot snapshot = current(id);
      PlenaryState state = snapshot.state();
      Instant now = clock.instant();
      Either<Rejection, Seq<Event>> decision = Decider.decide(command.apply(now), state, now);
      if (decision.isLeft()) {
        return Either.left(decision.getLeft());
      }
      Seq<Event> events = decision.get();
      if (events.isEmpty()) {
        return Either.right(new Change(List.empty(), state));
      }
      Either<VersionConflict, Seq<JournalEntry>> appended =
          journal.append(id, state.version(), events, now);
      if (appended.isRight()) {
        Snapshot after = fold(snapshot, appended.get());
        snapshots.merge(id, after, PlenaryService::newer);
        notifier.recorded(id, appended.get());
        return Either.right(new Change(appended.get(), after.state()));
      }
    }
    throw new IllegalStateException(
        "plenary " + id + ": the journal kept moving; gave up after " + MAX_ATTEMPTS + " attempts");
  }

  private Snapshot current(PlenaryId id) {
    Plenary plenary = plenary(id);
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

  private Plenary plenary(PlenaryId id) {
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
    Schedule schedule =
        TimeRules.schedule(
            state.list(state.plenary().segment(inscription.segment()).get()),
            state.plenary().slot());
    Option<ScheduledSpeaker> slot =
        schedule.speakers().find(s -> s.entry().id().equals(inscription.id()));
    return new RegistrationOutcome.Inscribed(
        inscription.registration(),
        inscription.status(),
        slot.map(s -> s.entry().position()).getOrElse(0),
        slot.map(ScheduledSpeaker::projectedStart)
            .getOrElse(() -> schedule.segment().window().start()),
        slot.exists(ScheduledSpeaker::timePermitting),
        receipt,
        replay);
  }
}
