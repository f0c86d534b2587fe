package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import org.rostrum.core.decider.Command;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
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
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.ReportView;
import org.rostrum.core.view.RoomView;

/**
 * A plenary's use cases over its ports, in one object for embedders and adapters. Each use case is
 * a thin service of its own (registering, the Secretariat's changes, the chair's session, the
 * queries, guarded commands) sharing one {@code StateCache} — the states folded from the journal —
 * and one {@code GroupCommit}: a command is decided against the current state and appended with the
 * version it was decided on; if another writer got there first, it is decided again on the newer
 * state.
 */
public final class PlenaryService
    implements RegisterUseCase,
        ManageListUseCase,
        RunSessionUseCase,
        QueryPlenaryUseCase,
        GuardedCommandUseCase {

  private final StateCache cache;
  private final GroupCommit commit;
  private final Actor actor;
  private final RegisterUseCase register;
  private final ManageListUseCase lists;
  private final RunSessionUseCase session;
  private final QueryPlenaryUseCase query;
  private final GuardedCommandUseCase guarded;
  private final Clock clock;

  /**
   * The use cases over one journal, catalog, notifier and clock, sharing one state cache and one
   * group commit. What they record is recorded as asked by an {@link Actor#unnamed() unnamed}
   * actor; {@link #as} says who acts.
   */
  public PlenaryService(Journal journal, PlenaryCatalog catalog, Notifier notifier, Clock clock) {
    requireNonNull(journal, "journal");
    requireNonNull(catalog, "catalog");
    requireNonNull(notifier, "notifier");
    requireNonNull(clock, "clock");
    this.cache = new StateCache(journal, catalog);
    this.commit = new GroupCommit(journal, cache, notifier, clock);
    this.actor = Actor.unnamed();
    this.clock = clock;
    this.register = new RegisterService(commit, cache, actor, clock);
    this.lists = new ManageListService(commit, actor);
    this.session = new RunSessionService(commit, actor);
    this.query = new QueryService(cache, journal, catalog, clock);
    this.guarded = new GuardedCommandService(commit, actor);
  }

  private PlenaryService(PlenaryService shared, Actor actor) {
    this.cache = shared.cache;
    this.commit = shared.commit;
    this.actor = actor;
    this.clock = shared.clock;
    this.register = new RegisterService(commit, cache, actor, clock);
    this.lists = new ManageListService(commit, actor);
    this.session = new RunSessionService(commit, actor);
    this.query = shared.query;
    this.guarded = new GuardedCommandService(commit, actor);
  }

  /**
   * The same use cases, over the same states and group commit, recording every change as asked by
   * {@code actor}: each journal entry names who asked for it.
   */
  public PlenaryService as(Actor actor) {
    return new PlenaryService(this, requireNonNull(actor, "actor"));
  }

  /** Who this service records changes for. */
  public Actor actor() {
    return actor;
  }

  @Override
  public RegistrationOutcome register(RegisterCommand command) {
    return register.register(command);
  }

  @Override
  public Either<Rejection, Change> withdraw(PlenaryId plenary, RegistrationId id) {
    return lists.withdraw(plenary, id);
  }

  @Override
  public Either<Rejection, Change> swap(
      PlenaryId plenary, RegistrationId first, RegistrationId second) {
    return lists.swap(plenary, first, second);
  }

  @Override
  public Either<Rejection, Change> closeList(PlenaryId plenary, SegmentId segment) {
    return lists.closeList(plenary, segment);
  }

  @Override
  public Either<Rejection, Change> reopenList(PlenaryId plenary, SegmentId segment) {
    return lists.reopenList(plenary, segment);
  }

  @Override
  public Either<Rejection, Change> extendDeadline(PlenaryId plenary, Instant closesAt) {
    return lists.extendDeadline(plenary, closesAt);
  }

  @Override
  public Either<Rejection, Change> amend(PlenaryId plenary, Command.Amend amend) {
    return lists.amend(plenary, amend);
  }

  @Override
  public Either<Rejection, Change> annul(PlenaryId plenary, RegistrationId id, String reason) {
    return lists.annul(plenary, id, reason);
  }

  @Override
  public Either<Rejection, Change> callNext(PlenaryId plenary) {
    return session.callNext(plenary);
  }

  @Override
  public Either<Rejection, Change> startSpeech(PlenaryId plenary) {
    return session.startSpeech(plenary);
  }

  @Override
  public Either<Rejection, Change> stopSpeech(PlenaryId plenary) {
    return session.stopSpeech(plenary);
  }

  @Override
  public Either<Rejection, Change> markAbsent(PlenaryId plenary) {
    return session.markAbsent(plenary);
  }

  @Override
  public Either<Rejection, Change> endSegment(PlenaryId plenary) {
    return session.endSegment(plenary);
  }

  @Override
  public Either<Rejection, Change> resumeSegment(PlenaryId plenary, SegmentId segment) {
    return session.resumeSegment(plenary, segment);
  }

  @Override
  public Either<Rejection, Change> pauseSpeech(PlenaryId plenary) {
    return session.pauseSpeech(plenary);
  }

  @Override
  public Either<Rejection, Change> resumeSpeech(PlenaryId plenary) {
    return session.resumeSpeech(plenary);
  }

  @Override
  public Either<Rejection, Change> grantTime(PlenaryId plenary, java.time.Duration extra) {
    return session.grantTime(plenary, extra);
  }

  @Override
  public Seq<Plenary> plenaries() {
    return query.plenaries();
  }

  @Override
  public Option<Plenary> plenary(PlenaryId id) {
    return query.plenary(id);
  }

  @Override
  public Option<Long> version(PlenaryId plenary) {
    return query.version(plenary);
  }

  @Override
  public Option<org.rostrum.core.view.ReceiptView> receipt(PlenaryId plenary, String receipt) {
    return query.receipt(plenary, receipt);
  }

  @Override
  public ListView list(PlenaryId plenary) {
    return query.list(plenary);
  }

  @Override
  public RoomView room(PlenaryId plenary) {
    return query.room(plenary);
  }

  @Override
  public ReportView report(PlenaryId plenary) {
    return query.report(plenary);
  }

  @Override
  public Option<RegistrationOutcome> outcome(PlenaryId plenary, RegistrationId id) {
    return query.outcome(plenary, id);
  }

  @Override
  public Seq<JournalEntry> record(PlenaryId plenary) {
    return query.record(plenary);
  }

  @Override
  public Either<Rejection, Change> execute(
      PlenaryId plenary, Command command, Option<Long> seenVersion) {
    return guarded.execute(plenary, command, seenVersion);
  }
}
