package org.rostrum.core.decider;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.rostrum.core.decider.Command.AddParticipant;
import org.rostrum.core.decider.Command.Amend;
import org.rostrum.core.decider.Command.Annul;
import org.rostrum.core.decider.Command.CallNext;
import org.rostrum.core.decider.Command.CloseList;
import org.rostrum.core.decider.Command.EndSegment;
import org.rostrum.core.decider.Command.ExtendDeadline;
import org.rostrum.core.decider.Command.GrantTime;
import org.rostrum.core.decider.Command.MarkAbsent;
import org.rostrum.core.decider.Command.PauseSpeech;
import org.rostrum.core.decider.Command.Register;
import org.rostrum.core.decider.Command.ReopenList;
import org.rostrum.core.decider.Command.ResumeSegment;
import org.rostrum.core.decider.Command.ResumeSpeech;
import org.rostrum.core.decider.Command.StartSpeech;
import org.rostrum.core.decider.Command.StopSpeech;
import org.rostrum.core.decider.Command.Swap;
import org.rostrum.core.decider.Command.Withdraw;
import org.rostrum.core.decider.Event.DeadlineExtended;
import org.rostrum.core.decider.Event.ListClosed;
import org.rostrum.core.decider.Event.ListReopened;
import org.rostrum.core.decider.Event.ParticipantAdded;
import org.rostrum.core.decider.Event.PlacesSwapped;
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.decider.Event.RegistrationSuperseded;
import org.rostrum.core.decider.Event.RegistrationWithdrawn;
import org.rostrum.core.decider.Event.RequestAmended;
import org.rostrum.core.decider.Event.RequestAnnulled;
import org.rostrum.core.decider.Event.SegmentEnded;
import org.rostrum.core.decider.Event.SegmentResumed;
import org.rostrum.core.decider.Event.SpeakerAbsent;
import org.rostrum.core.decider.Event.SpeakerCalled;
import org.rostrum.core.decider.Event.SpeechEnded;
import org.rostrum.core.decider.Event.SpeechPaused;
import org.rostrum.core.decider.Event.SpeechResumed;
import org.rostrum.core.decider.Event.SpeechStarted;
import org.rostrum.core.decider.Event.TimeGranted;
import org.rostrum.core.model.ImmutablePlenary;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.PlaceKey;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.RequestNotes;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.Speech;
import org.rostrum.core.rules.ListRules;
import org.rostrum.core.rules.Participants;
import org.rostrum.core.rules.RegistrationRules;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.SessionRules;

/**
 * The decider of a plenary: {@link #decide} turns a command into events against the state and the
 * current instant, {@link #evolve} folds an event into the state. Both are pure.
 *
 * <p>A request for the floor refused by a rule is decided into a {@link RegistrationRejected}
 * event: it is recorded, never lost. Any other command refused by a rule is answered with a {@code
 * Left}, and nothing is recorded.
 */
public final class Decider {

  private Decider() {}

  /**
   * The state of a plenary after these events: {@link #evolve} folded over them, with runs of new
   * requests appended in one step.
   */
  public static PlenaryState replay(PlenaryState initial, Iterable<? extends Event> events) {
    PlenaryState state = initial;
    java.util.List<Event> run = new java.util.ArrayList<>();
    for (Event event : events) {
      if (event instanceof RegistrationInscribed || event instanceof RegistrationRejected) {
        run.add(event);
      } else {
        state = evolve(appendRequests(state, run), event);
        run.clear();
      }
    }
    return appendRequests(state, run);
  }

  /** What a command does to a plenary at {@code now}: the events to record, or a refusal. */
  public static Either<Rejection, Seq<Event>> decide(
      Command command, PlenaryState state, Instant now) {
    return command.accept(new Deciding(state, now));
  }

  /** Each kind of command decided against one state at one instant. */
  private record Deciding(PlenaryState state, Instant now)
      implements Command.Visitor<Either<Rejection, Seq<Event>>> {

    @Override
    public Either<Rejection, Seq<Event>> register(Register register) {
      RegistrationRequest request = register.request();
      if (request.sourceRef().exists(ref -> state.sources().containsKey(ref))) {
        return Either.right(List.empty());
      }
      return RegistrationRules.receivedWithin(request.receivedAt(), state.plenary(), now)
          .map(t -> Decider.register(request, state, now));
    }

    @Override
    public Either<Rejection, Seq<Event>> withdraw(Withdraw withdraw) {
      return ListRules.withdrawable(withdraw.id(), state.inscription(withdraw.id()))
          .map(i -> List.of(new RegistrationWithdrawn(i.id())));
    }

    @Override
    public Either<Rejection, Seq<Event>> swap(Swap swap) {
      return ListRules.swappable(
              swap.first(),
              state.inscription(swap.first()),
              swap.second(),
              state.inscription(swap.second()))
          .map(
              t ->
                  t._1.id().equals(t._2.id())
                      ? List.empty()
                      : List.of(new PlacesSwapped(t._1.id(), t._2.id())));
    }

    @Override
    public Either<Rejection, Seq<Event>> closeList(CloseList close) {
      return RegistrationRules.knownSegment(close.segment().value(), state.plenary())
          .filterOrElse(
              s -> !state.closedLists().contains(s.id()), s -> new Rejection.AlreadyClosed(s.id()))
          .map(s -> List.of(new ListClosed(s.id())));
    }

    @Override
    public Either<Rejection, Seq<Event>> reopenList(ReopenList reopen) {
      return RegistrationRules.knownSegment(reopen.segment().value(), state.plenary())
          .filterOrElse(
              s ->
                  state.closedLists().contains(s.id()) && !state.session().ended().contains(s.id()),
              s -> new Rejection.NotClosed(s.id()))
          .map(s -> List.of(new ListReopened(s.id())));
    }

    @Override
    public Either<Rejection, Seq<Event>> extendDeadline(ExtendDeadline extend) {
      return extend.closesAt().isAfter(state.closesAt())
          ? Either.right(List.of(new DeadlineExtended(state.closesAt(), extend.closesAt())))
          : Either.left(new Rejection.DeadlineNotLater(state.closesAt(), extend.closesAt()));
    }

    @Override
    public Either<Rejection, Seq<Event>> callNext(CallNext call) {
      LiveSession session = state.session();
      Option<Segment> open = state.openSegment();
      Option<RegistrationId> first = open.flatMap(s -> state.firstWaiting(s.id()));
      return SessionRules.pausedFor(
              session.speech(), first.flatMap(state::inscription).map(i -> i.registration().kind()))
          .flatMap(running -> SessionRules.nextSpeaker(running, session.atRostrum(), open, first))
          .map(t -> List.of(new SpeakerCalled(t._2, t._1.id(), now)));
    }

    @Override
    public Either<Rejection, Seq<Event>> startSpeech(StartSpeech start) {
      return SessionRules.called(state.session().speech(), state.session().atRostrum())
          .map(id -> List.of(new SpeechStarted(id, now)));
    }

    @Override
    public Either<Rejection, Seq<Event>> stopSpeech(StopSpeech stop) {
      return state
          .session()
          .speech()
          .<Rejection>toEither(Rejection.NoSpeechRunning::new)
          .map(speech -> List.of(ended(speech, now)));
    }

    @Override
    public Either<Rejection, Seq<Event>> markAbsent(MarkAbsent absent) {
      return SessionRules.called(state.session().speech(), state.session().atRostrum())
          .map(
              id ->
                  List.of(
                      new SpeakerAbsent(
                          id,
                          now,
                          SessionRules.requeue(
                              state.inscription(id).get().absences(),
                              state.plenary().absencePolicy()))));
    }

    @Override
    public Either<Rejection, Seq<Event>> endSegment(EndSegment end) {
      return SessionRules.noSpeechRunning(
              state.session().speech().orElse(state.session().interrupted().headOption()))
          .flatMap(s -> state.openSegment().<Rejection>toEither(Rejection.NoOpenSegment::new))
          .map(segment -> List.of(segmentEnded(segment, now, state)));
    }

    @Override
    public Either<Rejection, Seq<Event>> amend(Amend amend) {
      RegistrationId id = amend.id();
      return correctable(id, state, AMENDABLE)
          .map(
              recorded -> {
                RegistrationRequest was = requestOf(recorded);
                boolean sameName = amend.participant().isEmpty() && amend.category().isEmpty();
                RegistrationRequest corrected =
                    RegistrationRequest.builder()
                        .from(was)
                        .participant(amend.participant().getOrElse(was.participant()))
                        .category(
                            amend.category().orElse(sameName ? was.category() : Option.none()))
                        .segment(amend.segment().getOrElse(was.segment()))
                        .speaker(amend.speaker().orElse(was.speaker()))
                        .build();
                Option<Participant> known = sameName ? participantOf(recorded) : Option.none();
                return consequences(
                    state,
                    id,
                    redecided(state, id, corrected, known, amend.reason(), Option.none()),
                    amend.reason());
              });
    }

    @Override
    public Either<Rejection, Seq<Event>> annul(Annul annul) {
      return correctable(annul.id(), state, ANNULLABLE)
          .map(
              recorded ->
                  consequences(
                      state,
                      annul.id(),
                      List.of(new RequestAnnulled(annul.id(), annul.reason())),
                      annul.reason()));
    }

    @Override
    public Either<Rejection, Seq<Event>> resumeSegment(ResumeSegment resume) {
      return RegistrationRules.knownSegment(resume.segment().value(), state.plenary())
          .filterOrElse(
              s ->
                  SessionRules.resumable(
                      s.id(),
                      state.plenary().segments(),
                      state.session().ended(),
                      state.session().begun()),
              s -> new Rejection.NotResumable(s.id()))
          .map(
              s ->
                  List.of(
                      new SegmentResumed(
                          s.id(),
                          state
                              .list(s)
                              .entries()
                              .filter(e -> e.status() == RegistrationStatus.NOT_REACHED)
                              .map(e -> e.id()))));
    }

    @Override
    public Either<Rejection, Seq<Event>> pauseSpeech(PauseSpeech pause) {
      return SessionRules.pausable(state.session().speech())
          .map(speech -> List.of(new SpeechPaused(speech.registration(), now)));
    }

    @Override
    public Either<Rejection, Seq<Event>> resumeSpeech(ResumeSpeech resume) {
      return SessionRules.resumableSpeech(state.session().speech(), state.session().atRostrum())
          .map(speech -> List.of(new SpeechResumed(speech.registration(), now)));
    }

    @Override
    public Either<Rejection, Seq<Event>> grantTime(GrantTime grant) {
      return state
          .session()
          .speech()
          .<Rejection>toEither(Rejection.NoSpeechRunning::new)
          .map(speech -> List.of(new TimeGranted(speech.registration(), grant.extra(), now)));
    }

    @Override
    public Either<Rejection, Seq<Event>> addParticipant(AddParticipant add) {
      return Participants.in(state.plenary().roster())
          .addable(add.entry())
          .map(entry -> List.of(new ParticipantAdded(entry)));
    }
  }

  /** Where a request may stand for the Secretariat to correct it: refused, or one of these. */
  private static final io.vavr.collection.Set<RegistrationStatus> AMENDABLE =
      io.vavr.collection.HashSet.of(RegistrationStatus.WAITING, RegistrationStatus.SUPERSEDED);

  /** Where a request may stand for the Secretariat to annul it: refused, or one of these. */
  private static final io.vavr.collection.Set<RegistrationStatus> ANNULLABLE =
      AMENDABLE.add(RegistrationStatus.WITHDRAWN);

  /**
   * C1: a request the Secretariat may correct — recorded, not annulled, and refused or standing
   * where {@code allowed} says; nothing that happened in the room is corrected.
   */
  private static Either<Rejection, Either<RegistrationRejected, Inscription>> correctable(
      RegistrationId id, PlenaryState state, io.vavr.collection.Set<RegistrationStatus> allowed) {
    if (id.value() < 1 || id.value() > state.intake()) {
      return Either.left(new Rejection.NotFound(id));
    }
    if (state.annulled().contains(id)) {
      return Either.left(new Rejection.NotWaiting(id, RegistrationStatus.ANNULLED));
    }
    Either<RegistrationRejected, Inscription> recorded = state.requests().get((int) id.value() - 1);
    if (recorded.isRight() && !allowed.contains(recorded.get().status())) {
      return Either.left(new Rejection.NotWaiting(id, recorded.get().status()));
    }
    return Either.right(recorded);
  }

  /**
   * C2: request {@code id} decided again at its original time of receipt, as {@code request}: its
   * own place does not count against it (R5), and a list counts as closed only if it was when the
   * request was first recorded (R9).
   */
  private static Seq<Event> redecided(
      PlenaryState state,
      RegistrationId id,
      RegistrationRequest request,
      Option<Participant> known,
      String reason,
      Option<RegistrationId> after) {
    Decision decision =
        decision(
            id,
            request,
            known,
            state,
            segment -> state.isClosedFor(id, segment),
            state.holders().filter((key, holder) -> !holder.equals(id)));
    Event amended = new RequestAmended(id, decision.outcome(), reason, after);
    return decision
        .replaced()
        .<Seq<Event>>map(replaced -> List.of(amended, new RegistrationSuperseded(replaced, id)))
        .getOrElse(() -> List.of(amended));
  }

  /**
   * C3: when a correction leaves a participant without the place request {@code corrected} held,
   * that participant's requests refused as duplicates or replaced are decided again, in intake
   * order — as if the error had never been made.
   */
  private static Seq<Event> consequences(
      PlenaryState state, RegistrationId corrected, Seq<Event> events, String reason) {
    Option<String> freed =
        state
            .inscription(corrected)
            .filter(Inscription::holdsPlace)
            .flatMap(i -> state.holderKey(i.registration()));
    PlenaryState after = replay(state, events);
    if (freed.isEmpty() || after.holders().containsKey(freed.get())) {
      return events;
    }
    PlenaryState before = after;
    List<RegistrationId> waiting =
        List.rangeClosed(1L, before.intake())
            .map(RegistrationId::of)
            .filter(j -> !j.equals(corrected) && heldBack(before, j, freed.get()));
    Seq<Event> all = events;
    for (RegistrationId j : waiting) {
      Either<RegistrationRejected, Inscription> recorded =
          after.requests().get((int) j.value() - 1);
      Seq<Event> more =
          redecided(
              after,
              j,
              requestOf(recorded),
              participantOf(recorded),
              reason,
              Option.some(corrected));
      after = replay(after, more);
      all = all.appendAll(more);
    }
    return all;
  }

  /** Whether request {@code id} was kept from the place {@code key} names by who held it (R5). */
  private static boolean heldBack(PlenaryState state, RegistrationId id, String key) {
    if (state.annulled().contains(id)) {
      return false;
    }
    Either<RegistrationRejected, Inscription> recorded = state.requests().get((int) id.value() - 1);
    if (recorded.isRight()) {
      Inscription i = recorded.get();
      return i.status() == RegistrationStatus.SUPERSEDED
          && state.holderKey(i.registration()).contains(key);
    }
    RegistrationRejected r = recorded.getLeft();
    return r.rejection() instanceof Rejection.Duplicate duplicate
        && r.participant()
            .exists(
                p ->
                    state
                        .holderKey(
                            r.request().kind(),
                            p.key(),
                            r.request().onBehalfOf(),
                            duplicate.segment())
                        .contains(key));
  }

  private static RegistrationRequest requestOf(Either<RegistrationRejected, Inscription> recorded) {
    return recorded.fold(RegistrationRejected::request, Decider::asSent);
  }

  private static Option<Participant> participantOf(
      Either<RegistrationRejected, Inscription> recorded) {
    return recorded.fold(
        RegistrationRejected::participant, i -> Option.some(i.registration().participant()));
  }

  /** An inscribed request as it would have been sent, to be decided again. */
  private static RegistrationRequest asSent(Inscription inscription) {
    Registration r = inscription.registration();
    return RegistrationRequest.builder()
        .from((RequestNotes) r)
        .participant(r.participant().names().en())
        .category(Option.some(r.participant().category()))
        .segment(r.segment().value())
        .receivedAt(r.receivedAt())
        .build();
  }

  private static Seq<Event> register(RegistrationRequest request, PlenaryState state, Instant now) {
    RegistrationId id = RegistrationId.of(state.intake() + 1);
    Decision decision =
        decision(id, request, Option.none(), state, state::isClosed, state.holders());
    Event decided = decision.outcome().fold(r -> r, RegistrationInscribed::new);
    Seq<Event> events =
        decision
            .replaced()
            .<Seq<Event>>map(replaced -> List.of(decided, new RegistrationSuperseded(replaced, id)))
            .getOrElse(() -> List.of(decided));
    return events.appendAll(interruption(decision, state, now));
  }

  /**
   * PO2: a point of order inscribed while a speech runs pauses that speech (a point of order does
   * not interrupt another point of order).
   */
  private static Seq<Event> interruption(Decision decision, PlenaryState state, Instant now) {
    boolean pointOfOrder =
        decision.outcome().exists(r -> r.kind() == InterventionKind.POINT_OF_ORDER);
    return state
        .session()
        .speech()
        .filter(speech -> pointOfOrder && !speech.paused())
        .filter(
            speech ->
                state
                    .inscription(speech.registration())
                    .exists(i -> i.registration().kind() != InterventionKind.POINT_OF_ORDER))
        .<Seq<Event>>map(speech -> List.of(new SpeechPaused(speech.registration(), now)))
        .getOrElse(List.empty());
  }

  /**
   * What became of a request: refused with the rule that refused it, or inscribed, then with the
   * waiting place of the same participant it replaces, if any (R10, R1, R9, R5 in that order).
   */
  private record Decision(
      Either<RegistrationRejected, Registration> outcome, Option<RegistrationId> replaced) {}

  /**
   * A request decided under number {@code id}: {@code known} is the participant already identified
   * for it, when a correction left the name as it was; {@code closed} says which lists it finds
   * closed (R9); {@code holders} who holds which place (R5).
   */
  private static Decision decision(
      RegistrationId id,
      RegistrationRequest request,
      Option<Participant> known,
      PlenaryState state,
      Predicate<SegmentId> closed,
      Map<String, RegistrationId> holders) {
    InterventionKind kind = request.kind();
    Procedure procedure = state.plenary().procedure();
    Either<Rejection, Segment> segment =
        RegistrationRules.taken(kind, request.onBehalfOf(), procedure)
            .flatMap(k -> segmentOf(request, state));
    Either<Rejection, Participant> participant =
        segment.flatMap(
            s ->
                known.isDefined()
                    ? RegistrationRules.wellWritten(request).map(r -> known.get())
                    : RegistrationRules.wellFormed(request, state.plenary()));
    // R5 before R1 and R9 (ADR 0028): a participant that holds a place is told so whenever it asks
    // again; "late" and "closed" are for those who hold nothing
    Either<Rejection, Option<RegistrationId>> outcome =
        participant
            .flatMap(
                p ->
                    RegistrationRules.oneVoice(
                            id,
                            request.receivedAt(),
                            state
                                .holderKey(kind, p.key(), request.onBehalfOf(), segment.get().id())
                                .flatMap(holders::get)
                                .flatMap(state::inscription))
                        .map(replaced -> p))
            .flatMap(
                p ->
                    kind.fromTheList()
                        ? RegistrationRules.onTime(request.receivedAt(), state.closesAt())
                        : Either.right(request.receivedAt()))
            .flatMap(
                t -> {
                  SegmentId s = segment.get().id();
                  return RegistrationRules.listOpen(
                      s, kind.fromTheList() ? closed.test(s) : state.session().ended().contains(s));
                })
            .flatMap(
                s ->
                    kind == InterventionKind.RIGHT_OF_REPLY
                        ? RegistrationRules.replyAllowed(
                                procedure.rightOfReply().get(),
                                state
                                    .replies(participant.get().key(), s)
                                    .filter(i -> !i.id().equals(id)))
                            .map(n -> s)
                        : Either.right(s))
            .flatMap(
                s ->
                    RegistrationRules.oneVoice(
                        id,
                        request.receivedAt(),
                        state
                            .holderKey(kind, participant.get().key(), request.onBehalfOf(), s)
                            .flatMap(holders::get)
                            .flatMap(state::inscription)));
    if (outcome.isLeft()) {
      return new Decision(
          Either.left(
              new RegistrationRejected(
                  id, request, participant.toOption().orElse(known), outcome.getLeft())),
          Option.none());
    }
    Registration registration =
        Registration.builder()
            .from((RequestNotes) request)
            .id(id)
            .participant(participant.get())
            .segment(segment.get().id())
            .receivedAt(request.receivedAt())
            .speaker(request.speaker().map(String::trim).filter(s -> !s.isEmpty()))
            .onBehalfOf(request.onBehalfOf().map(String::trim).filter(s -> !s.isEmpty()))
            .build();
    return new Decision(Either.right(registration), outcome.get());
  }

  /**
   * The segment a request is for: the one it names; for a point of order or a reply that names none
   * (both are asked for in the room), the segment the chair is running; for a reply taken after the
   * plenary's list, its last segment.
   */
  private static Either<Rejection, Segment> segmentOf(
      RegistrationRequest request, PlenaryState state) {
    Plenary plenary = state.plenary();
    if (request.kind() == InterventionKind.RIGHT_OF_REPLY
        && plenary
            .procedure()
            .rightOfReply()
            .exists(r -> r.scope() == Procedure.ReplyScope.PLENARY)) {
      return Either.right(plenary.segments().last());
    }
    if (!request.kind().fromTheList()
        && request.segment().isBlank()
        && state.openSegment().isDefined()) {
      return Either.right(state.openSegment().get());
    }
    return RegistrationRules.knownSegment(request.segment(), plenary);
  }

  private static SpeechEnded ended(Speech speech, Instant now) {
    Duration length = speech.elapsed(now);
    return new SpeechEnded(
        speech.registration(),
        speech.startedAt(),
        now,
        length,
        SessionRules.overrun(length, speech.limit()));
  }

  /** L5: when a segment ends, whoever is at the rostrum or still waits is not reached. */
  private static SegmentEnded segmentEnded(Segment segment, Instant now, PlenaryState state) {
    List<RegistrationId> notReached =
        state
            .list(segment)
            .entries()
            .filter(
                e ->
                    e.status() == RegistrationStatus.WAITING
                        || e.status() == RegistrationStatus.CALLED)
            .map(e -> e.id());
    return new SegmentEnded(segment.id(), now, notReached);
  }

  /** The state after one more event. */
  public static PlenaryState evolve(PlenaryState state, Event event) {
    return event.accept(new Evolving(state));
  }

  /** Each kind of event folded into one state. */
  private record Evolving(PlenaryState state) implements Event.Visitor<PlenaryState> {

    /** The state one version on, for every event that is not a new request. */
    private ImmutablePlenaryState next() {
      return ImmutablePlenaryState.copyOf(state).withVersion(state.version() + 1);
    }

    @Override
    public PlenaryState registrationInscribed(RegistrationInscribed inscribed) {
      return appendRequests(state, List.of(inscribed));
    }

    @Override
    public PlenaryState registrationRejected(RegistrationRejected rejected) {
      return appendRequests(state, List.of(rejected));
    }

    @Override
    public PlenaryState registrationSuperseded(RegistrationSuperseded superseded) {
      ImmutablePlenaryState s =
          leave(next(), superseded.superseded(), RegistrationStatus.SUPERSEDED);
      Registration by = s.inscription(superseded.by()).get().registration();
      Option<String> holder = s.holderKey(by);
      return s.withIndexes(
          s.indexes()
              .next(
                  built ->
                      holder.isEmpty()
                          ? built
                          : new Indexes.Built(
                              built.holders().put(holder.get(), by.id()), built.sources())));
    }

    @Override
    public PlenaryState registrationWithdrawn(RegistrationWithdrawn withdrawn) {
      return leave(next(), withdrawn.id(), RegistrationStatus.WITHDRAWN);
    }

    @Override
    public PlenaryState placesSwapped(PlacesSwapped swapped) {
      ImmutablePlenaryState s = next();
      Inscription a = s.inscription(swapped.first()).get();
      Inscription b = s.inscription(swapped.second()).get();
      return update(update(s, a.withPlace(b.place())), b.withPlace(a.place()));
    }

    @Override
    public PlenaryState listClosed(ListClosed closed) {
      ImmutablePlenaryState s = next();
      List<PlenaryState.Closure> before =
          s.closures().get(closed.segment()).getOrElse(List.empty());
      return s.withClosures(
          s.closures()
              .put(
                  closed.segment(),
                  before.prepend(new PlenaryState.Closure(s.intake(), Option.none()))));
    }

    @Override
    public PlenaryState listReopened(ListReopened reopened) {
      ImmutablePlenaryState s = next();
      return s.withClosures(
          s.closures()
              .computeIfPresent(
                  reopened.segment(),
                  (segment, list) ->
                      list.map(
                          c ->
                              c.current()
                                  ? new PlenaryState.Closure(c.after(), Option.some(s.intake()))
                                  : c))
              ._2);
    }

    @Override
    public PlenaryState deadlineExtended(DeadlineExtended extended) {
      return next().withClosesAt(extended.to());
    }

    @Override
    public PlenaryState speakerCalled(SpeakerCalled called) {
      ImmutablePlenaryState s = next();
      LiveSession session = s.session();
      return status(s, called.id(), RegistrationStatus.CALLED)
          .withSession(
              ImmutableLiveSession.copyOf(session)
                  .withAtRostrum(Option.some(called.id()))
                  .withBegun(session.begun().add(called.segment()))
                  .withSpeech(Option.none())
                  .withInterrupted(
                      session
                          .speech()
                          .map(session.interrupted()::prepend)
                          .getOrElse(session.interrupted())));
    }

    @Override
    public PlenaryState speechStarted(SpeechStarted started) {
      ImmutablePlenaryState s = next();
      Duration allotted = s.allotted(s.inscription(started.id()).get());
      return status(s, started.id(), RegistrationStatus.SPEAKING)
          .withSession(
              ImmutableLiveSession.copyOf(s.session())
                  .withAtRostrum(Option.none())
                  .withSpeech(Option.some(Speech.startedAt(started.id(), started.at(), allotted))));
    }

    @Override
    public PlenaryState speechEnded(SpeechEnded ended) {
      ImmutablePlenaryState s = next();
      LiveSession session = s.session();
      Speech speech =
          session
              .speech()
              .filter(running -> running.registration().equals(ended.id()))
              .getOrElse(
                  () ->
                      Speech.startedAt(
                          ended.id(),
                          ended.startedAt(),
                          s.allotted(s.inscription(ended.id()).get())))
              .endedAt(ended.at());
      return status(s, ended.id(), RegistrationStatus.SPOKE)
          .withSession(
              ImmutableLiveSession.copyOf(session)
                  .withSpeech(session.interrupted().headOption())
                  .withInterrupted(session.interrupted().drop(1))
                  .withSpeeches(session.speeches().append(speech)));
    }

    @Override
    public PlenaryState speakerAbsent(SpeakerAbsent absent) {
      return absent(next(), absent);
    }

    @Override
    public PlenaryState segmentEnded(SegmentEnded segmentEnded) {
      ImmutablePlenaryState after = next();
      for (RegistrationId id : segmentEnded.notReached()) {
        after = status(after, id, RegistrationStatus.NOT_REACHED);
      }
      LiveSession session = after.session();
      return after.withSession(
          ImmutableLiveSession.copyOf(session)
              .withEnded(session.ended().add(segmentEnded.segment()))
              .withAtRostrum(
                  session.atRostrum().filter(id -> !segmentEnded.notReached().contains(id))));
    }

    @Override
    public PlenaryState requestAmended(RequestAmended amended) {
      ImmutablePlenaryState s = next();
      Procedure procedure = s.plenary().procedure();
      int index = (int) amended.id().value() - 1;
      Option<Inscription> before = s.requests().get(index).toOption();
      Either<RegistrationRejected, Inscription> after =
          amended
              .outcome()
              .map(
                  r ->
                      before
                          .filter(
                              i ->
                                  i.status() == RegistrationStatus.WAITING
                                      && i.segment().equals(r.segment())
                                      && procedure.tierOf(i.registration()) == procedure.tierOf(r))
                          .map(i -> new Inscription(r, i.status(), i.place(), i.absences()))
                          .getOrElse(() -> Inscription.of(r, ListRules.placeOf(r, procedure))));
      return s.withRequests(s.requests().update(index, after))
          .withCorrections(s.corrections().put(amended.id(), amended.reason()))
          .withIndexes(Indexes.unbuilt());
    }

    @Override
    public PlenaryState requestAnnulled(RequestAnnulled annulled) {
      ImmutablePlenaryState s = next();
      ImmutablePlenaryState left =
          s.inscription(annulled.id()).isDefined()
              ? leave(s, annulled.id(), RegistrationStatus.ANNULLED)
              : s;
      return left.withAnnulled(left.annulled().add(annulled.id()))
          .withCorrections(left.corrections().put(annulled.id(), annulled.reason()));
    }

    @Override
    public PlenaryState participantAdded(ParticipantAdded added) {
      ImmutablePlenaryState s = next();
      Plenary plenary = s.plenary();
      return s.withPlenary(
          ImmutablePlenary.copyOf(plenary).withRoster(plenary.roster().with(added.entry())));
    }

    @Override
    public PlenaryState speechPaused(SpeechPaused paused) {
      return speech(next(), speech -> speech.pausedAt(paused.at()));
    }

    @Override
    public PlenaryState speechResumed(SpeechResumed resumed) {
      return speech(next(), speech -> speech.resumedAt(resumed.at()));
    }

    @Override
    public PlenaryState timeGranted(TimeGranted granted) {
      return speech(next(), speech -> speech.granted(granted.extra()));
    }

    private static ImmutablePlenaryState speech(
        ImmutablePlenaryState s, java.util.function.UnaryOperator<Speech> change) {
      return s.withSession(
          ImmutableLiveSession.copyOf(s.session()).withSpeech(s.session().speech().map(change)));
    }

    @Override
    public PlenaryState segmentResumed(SegmentResumed resumed) {
      ImmutablePlenaryState after = next();
      for (RegistrationId id : resumed.waitingAgain()) {
        after = status(after, id, RegistrationStatus.WAITING);
      }
      return after.withSession(
          ImmutableLiveSession.copyOf(after.session())
              .withEnded(after.session().ended().remove(resumed.segment())));
    }
  }

  /**
   * New requests, inscribed or refused, take the next intake numbers: each is appended to the
   * requests, indexed by its source, and an inscription holds its participant's place.
   */
  private static PlenaryState appendRequests(PlenaryState state, Iterable<Event> run) {
    java.util.List<Either<RegistrationRejected, Inscription>> added = new java.util.ArrayList<>();
    long intake = state.intake();
    for (Event event : run) {
      Either<RegistrationRejected, Inscription> request =
          event instanceof RegistrationInscribed inscribed
              ? Either.right(
                  Inscription.of(
                      inscribed.registration(),
                      ListRules.placeOf(inscribed.registration(), state.plenary().procedure())))
              : Either.left((RegistrationRejected) event);
      RegistrationId id = request.fold(RegistrationRejected::id, Inscription::id);
      if (id.value() != ++intake) {
        throw new IllegalStateException(
            "request #"
                + id
                + " recorded after request #"
                + (intake - 1)
                + ": the record has a gap");
      }
      added.add(request);
    }
    if (added.isEmpty()) {
      return state;
    }
    return ImmutablePlenaryState.copyOf(state)
        .withVersion(state.version() + added.size())
        .withRequests(state.requests().appendAll(added))
        .withIndexes(state.indexes().next(built -> index(built, state, added)));
  }

  private static Indexes.Built index(
      Indexes.Built built,
      PlenaryState state,
      java.util.List<Either<RegistrationRejected, Inscription>> added) {
    Map<String, RegistrationId> holders = built.holders();
    Map<String, RegistrationId> sources = built.sources();
    for (Either<RegistrationRejected, Inscription> request : added) {
      Option<String> ref =
          request.fold(r -> r.request().sourceRef(), i -> i.registration().sourceRef());
      RegistrationId id = request.fold(RegistrationRejected::id, Inscription::id);
      if (ref.isDefined()) {
        sources = sources.put(ref.get(), id);
      }
      Option<String> key = request.toOption().flatMap(i -> state.holderKey(i.registration()));
      if (key.isDefined()) {
        holders = holders.put(key.get(), id);
      }
    }
    return new Indexes.Built(holders, sources);
  }

  /** A request leaves its list; the participant no longer holds that place. */
  private static ImmutablePlenaryState leave(
      ImmutablePlenaryState s, RegistrationId id, RegistrationStatus status) {
    Inscription i = s.inscription(id).get();
    Option<String> holder = s.holderKey(i.registration());
    return update(s, i.withStatus(status))
        .withIndexes(
            s.indexes()
                .next(
                    built ->
                        holder.isDefined() && built.holders().get(holder.get()).contains(id)
                            ? new Indexes.Built(
                                built.holders().remove(holder.get()), built.sources())
                            : built));
  }

  private static ImmutablePlenaryState update(ImmutablePlenaryState s, Inscription i) {
    return s.withRequests(s.requests().update((int) (i.id().value() - 1), Either.right(i)));
  }

  private static ImmutablePlenaryState status(
      ImmutablePlenaryState s, RegistrationId id, RegistrationStatus status) {
    return update(s, s.inscription(id).get().withStatus(status));
  }

  private static ImmutablePlenaryState absent(ImmutablePlenaryState s, SpeakerAbsent absent) {
    LiveSession session = s.session();
    ImmutablePlenaryState after =
        s.withSession(
            session.speech().isDefined()
                ? ImmutableLiveSession.copyOf(session).withAtRostrum(Option.none())
                : ImmutableLiveSession.copyOf(session)
                    .withAtRostrum(Option.none())
                    .withSpeech(session.interrupted().headOption())
                    .withInterrupted(session.interrupted().drop(1)));
    Inscription i = after.inscription(absent.id()).get().absent();
    if (!absent.requeued()) {
      return leave(update(after, i), i.id(), RegistrationStatus.DROPPED);
    }
    PlaceKey end = i.place().requeued(i.absences(), absent.at());
    return update(after, i.withStatus(RegistrationStatus.WAITING).withPlace(end));
  }
}
