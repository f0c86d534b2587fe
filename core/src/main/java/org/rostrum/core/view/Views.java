package org.rostrum.core.view;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.decider.LiveSession;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.SpeakersList;
import org.rostrum.core.model.Speech;
import org.rostrum.core.model.Swap;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.rules.RegistrationRules;
import org.rostrum.core.rules.SessionRules;
import org.rostrum.core.rules.TimeRules;

/**
 * The views, computed from one state of a plenary: the only place that reads the decider's state.
 */
public final class Views {

  private Views() {}

  /**
   * The list at {@code now}: every segment's places with their status, actual times for speeches
   * given and projected times for the rest, re-made from the room's progress (T1–T4), the swap
   * behind a place where there was one, and every refusal.
   *
   * @param swaps the last swap of each place swapped, as the record has it
   */
  public static ListView list(PlenaryState state, Instant now, Map<RegistrationId, Swap> swaps) {
    Seq<Schedule> schedules = schedules(state, now, swaps);
    return new ListView(
        state.version(),
        state.plenary(),
        state.closesAt(),
        schedules,
        state.rejections().map(Views::refusal),
        now,
        schedules
            .flatMap(Schedule::steadyUntil)
            .minBy(java.util.Comparator.<Instant>naturalOrder()));
  }

  /** The list at {@code now} with no swap known. */
  public static ListView list(PlenaryState state, Instant now) {
    return list(state, now, HashMap.empty());
  }

  /** One segment's places at {@code now}, as {@link #list} has them. */
  public static Schedule schedule(
      PlenaryState state, Segment segment, Instant now, Map<RegistrationId, Swap> swaps) {
    return schedule(state, state.list(segment), now, swaps, speeches(state.session()));
  }

  private static Map<RegistrationId, Speech> speeches(LiveSession session) {
    return HashMap.ofEntries(
        session
            .speeches()
            .appendAll(session.interrupted())
            .appendAll(session.speech())
            .map(sp -> io.vavr.Tuple.of(sp.registration(), sp)));
  }

  private static Seq<Schedule> schedules(
      PlenaryState state, Instant now, Map<RegistrationId, Swap> swaps) {
    Map<RegistrationId, Speech> speeches = speeches(state.session());
    return state.lists().map(list -> schedule(state, list, now, swaps, speeches));
  }

  private static Schedule schedule(
      PlenaryState state,
      SpeakersList list,
      Instant now,
      Map<RegistrationId, Swap> swaps,
      Map<RegistrationId, Speech> speeches) {
    LiveSession session = state.session();
    SegmentId id = list.segment().id();
    Schedule schedule =
        TimeRules.schedule(
            list,
            state.plenary().slot(),
            new TimeRules.Progress(
                session.begun().contains(id),
                session.ended().contains(id),
                speeches,
                session.speech().map(Speech::registration)),
            now);
    return swaps.isEmpty()
        ? schedule
        : new Schedule(
            schedule.list(),
            schedule.capacity(),
            schedule.speakers().map(sp -> sp.withSwap(swaps.get(sp.entry().id()))),
            schedule.steadyUntil());
  }

  private static Refusal refusal(RegistrationRejected r) {
    return new Refusal(r.id(), r.request(), r.participant(), r.rejection());
  }

  /** The room at {@code now}: the open segment, who is at the rostrum, who waits. */
  public static RoomView room(PlenaryState state, Instant now) {
    Option<Segment> open = state.openSegment();
    Option<Speech> speech = state.session().speech();
    Option<RegistrationId> current =
        speech.map(Speech::registration).orElse(state.session().atRostrum());
    Option<RoomView.AtRostrum> atRostrum =
        current
            .flatMap(id -> entry(state, id))
            .map(
                entry ->
                    new RoomView.AtRostrum(
                        entry,
                        speech.map(s -> SessionRules.signals(s, state.plenary().slot(), now))));
    Seq<ListEntry> waiting =
        open.map(segment -> (Seq<ListEntry>) state.list(segment).waiting())
            .getOrElse(io.vavr.collection.List::empty);
    LiveSession session = state.session();
    Option<SegmentId> resumable =
        state
            .plenary()
            .segments()
            .map(Segment::id)
            .filter(session.ended()::contains)
            .lastOption()
            .filter(
                s ->
                    SessionRules.resumable(
                        s, state.plenary().segments(), session.ended(), session.begun()));
    Option<RoomView.AtRostrum> interrupted =
        session
            .interrupted()
            .headOption()
            .flatMap(
                s ->
                    entry(state, s.registration())
                        .map(
                            entry ->
                                new RoomView.AtRostrum(
                                    entry,
                                    Option.some(
                                        SessionRules.signals(s, state.plenary().slot(), now)))));
    Option<Schedule> projected =
        open.flatMap(
            segment ->
                schedules(state, now, HashMap.empty())
                    .find(sc -> sc.segment().id().equals(segment.id())));
    return new RoomView(
        state.version(),
        state.plenary(),
        now,
        open,
        atRostrum,
        waiting,
        resumable,
        interrupted,
        projected);
  }

  private static Option<ListEntry> entry(PlenaryState state, RegistrationId id) {
    return state
        .inscription(id)
        .flatMap(i -> state.plenary().segment(i.segment()))
        .flatMap(segment -> state.list(segment).entry(id));
  }

  /** What happened in the room so far. */
  public static ReportView report(PlenaryState state) {
    Seq<Inscription> inscriptions = state.inscriptions();
    Seq<ReportView.Spoken> spoken =
        state
            .session()
            .speeches()
            .flatMap(
                s ->
                    state
                        .inscription(s.registration())
                        .map(
                            i -> {
                              Instant end = s.endedAt().getOrElse(s.startedAt());
                              return new ReportView.Spoken(
                                  i,
                                  s,
                                  end,
                                  s.elapsed(end),
                                  SessionRules.overrun(s.elapsed(end), s.limit()));
                            }));
    return new ReportView(
        state.version(),
        state.plenary(),
        state.session().atRostrum().flatMap(state::inscription),
        state
            .session()
            .speech()
            .flatMap(
                s ->
                    state
                        .inscription(s.registration())
                        .map(i -> new ReportView.Speaking(i, s.startedAt()))),
        spoken,
        inscriptions.filter(i -> i.absences() > 0),
        inscriptions.filter(i -> i.status() == RegistrationStatus.NOT_REACHED),
        inscriptions.filter(i -> i.status().waiting()),
        Statistics.of(spoken, state.plenary().segments()));
  }

  /** The review queue at the list's version: each held mail with whether it would be late (R1). */
  public static ReviewView review(ListView list, Seq<MailReviews.Held> held) {
    return new ReviewView(
        list.version(),
        list.plenary(),
        list.closesAt(),
        held.map(
            h ->
                new ReviewView.Item(
                    h, RegistrationRules.onTime(h.receivedAt(), list.closesAt()).isLeft())));
  }
}
