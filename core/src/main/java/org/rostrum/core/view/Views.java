package org.rostrum.core.view;

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
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.Speech;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.rules.RegistrationRules;
import org.rostrum.core.rules.SessionRules;
import org.rostrum.core.rules.TimeRules;

/**
 * The views, computed from one state of a plenary: the only place that reads the decider's state.
 */
public final class Views {

  private Views() {}

  /** The list: every segment with projected times (T1, T2), and every refusal. */
  public static ListView list(PlenaryState state) {
    return new ListView(
        state.version(),
        state.plenary(),
        state.closesAt(),
        state.lists().map(list -> TimeRules.schedule(list, state.plenary().slot())),
        state.rejections().map(Views::refusal));
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
    return new RoomView(
        state.version(), state.plenary(), now, open, atRostrum, waiting, resumable, interrupted);
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
        inscriptions.filter(
            i ->
                i.status() == RegistrationStatus.WAITING
                    || i.status() == RegistrationStatus.CALLED),
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
