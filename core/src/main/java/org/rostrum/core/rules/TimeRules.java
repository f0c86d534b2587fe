package org.rostrum.core.rules;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SpeakersList;
import org.rostrum.core.model.Speech;
import org.rostrum.core.model.TwoMinuteSlot;

/** The rules that put a list on the clock. */
public final class TimeRules {

  private TimeRules() {}

  /**
   * T1 projection: speaker n starts at {@code segment start + programme items + (n-1) × (limit +
   * changeover)}.
   */
  public static Instant projectedStart(Segment segment, TwoMinuteSlot slot, int position) {
    if (position < 1) {
      throw new IllegalArgumentException("positions start at 1: " + position);
    }
    return segment
        .window()
        .start()
        .plus(segment.programmeTime())
        .plus(slot.step().multipliedBy(position - 1L));
  }

  /**
   * T2 capacity: {@code floor((segment window − programme items) / (limit + changeover))} speakers
   * fit in a segment; those after are "time permitting".
   */
  public static int capacity(Segment segment, TwoMinuteSlot slot) {
    Duration available = segment.window().length().minus(segment.programmeTime());
    return (int) Math.min(Integer.MAX_VALUE, available.dividedBy(slot.step()));
  }

  /**
   * A list with projected times and the capacity line (T1, T2): each speaker starts when the one
   * before has had the time given to it and the changeover; a speaker who would not finish, with
   * the changeover, within the segment's window is "time permitting". When every intervention has
   * the plenary's limit, speaker n starts at {@link #projectedStart} and exactly those after {@link
   * #capacity} are time permitting.
   */
  public static Schedule schedule(SpeakersList list, TwoMinuteSlot slot) {
    Segment segment = list.segment();
    int capacity = capacity(segment, slot);
    Instant end = segment.window().end();
    Instant start = segment.window().start().plus(segment.programmeTime());
    java.util.ArrayList<ScheduledSpeaker> speakers = new java.util.ArrayList<>();
    for (ListEntry e : list.entries()) {
      Instant next = start.plus(e.allotted()).plus(slot.changeover());
      speakers.add(new ScheduledSpeaker(e, start, start.plus(e.allotted()), next.isAfter(end)));
      start = next;
    }
    return new Schedule(list, capacity, List.ofAll(speakers));
  }

  /**
   * What the room has done on one segment so far: whether the chair has begun it or ended it, and
   * every speech given or running on it, by request.
   *
   * @param running the speech at the rostrum now, if it is on this segment
   */
  public record Progress(
      boolean begun,
      boolean ended,
      io.vavr.collection.Map<RegistrationId, Speech> speeches,
      Option<RegistrationId> running) {

    public Progress {
      java.util.Objects.requireNonNull(speeches, "speeches");
      java.util.Objects.requireNonNull(running, "running");
    }

    /** A segment nothing has happened on yet. */
    public static Progress none() {
      return new Progress(false, false, io.vavr.collection.HashMap.empty(), Option.none());
    }
  }

  /**
   * T3: the list re-projected from the room's progress at {@code now}. A speech given keeps its
   * actual times; the speech at the rostrum ends when its time left runs out from now; those still
   * to speak follow from there, one after the other with the changeover, never before {@code now};
   * nobody's place changes. When the room has kept exactly to the plan, every time is the plan's
   * ({@link #schedule(SpeakersList, TwoMinuteSlot)}). The time-permitting mark (T2) follows the
   * projected times: a place still to speak whose end, with the changeover, falls after the
   * segment's window is time permitting. A segment whose window passed before the chair began it
   * keeps the plan's times: it is a record read later, not a meeting running late.
   */
  public static Schedule schedule(
      SpeakersList list, TwoMinuteSlot slot, Progress progress, Instant now) {
    Segment segment = list.segment();
    Instant windowEnd = segment.window().end();
    Instant planStart = segment.window().start().plus(segment.programmeTime());
    Schedule plan = schedule(list, slot);
    Steady steady = new Steady(now);
    java.util.Map<RegistrationId, ScheduledSpeaker> placed = new java.util.HashMap<>();
    Instant lastEnd = null;
    java.util.List<ListEntry> running = new java.util.ArrayList<>();
    java.util.List<ListEntry> interrupted = new java.util.ArrayList<>();
    java.util.List<ListEntry> called = new java.util.ArrayList<>();
    java.util.List<ListEntry> waiting = new java.util.ArrayList<>();
    for (ListEntry e : list.entries()) {
      Option<Speech> speech = progress.speeches().get(e.id());
      switch (e.status()) {
        case SPOKE -> {
          if (speech.isDefined()) {
            Speech given = speech.get();
            Instant end = given.endedAt().getOrElse(given.startedAt());
            placed.put(
                e.id(),
                new ScheduledSpeaker(
                    e,
                    given.startedAt(),
                    end,
                    false,
                    Option.some(
                        new ScheduledSpeaker.Actual(
                            given.startedAt(), given.endedAt(), given.elapsed(end))),
                    Option.none()));
            lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
          }
        }
        case SPEAKING, PAUSED -> {
          if (progress.running().contains(e.id())) {
            running.add(e);
          } else {
            interrupted.add(e);
          }
        }
        case CALLED -> called.add(e);
        case WAITING, ABSENT -> waiting.add(e);
        default -> {
          // not reached, or off the list: it keeps its place and the plan's time, and has no time
        }
      }
    }
    Instant cursor =
        progress.begun() && lastEnd != null ? lastEnd.plus(slot.changeover()) : planStart;
    boolean anyToSpeak =
        !running.isEmpty() || !interrupted.isEmpty() || !called.isEmpty() || !waiting.isEmpty();
    // a segment is live while the chair runs it, or before its window has passed; one whose window
    // passed with nothing done (a record read long after) keeps the plan's times
    boolean live = !progress.ended() && (progress.begun() || now.isBefore(segment.window().end()));
    if (anyToSpeak && live && running.isEmpty()) {
      // a speech at the rostrum sets where the rest begin (its end is never before now)
      cursor = steady.floor(cursor);
    }
    for (ListEntry e : running) {
      Speech speech = progress.speeches().get(e.id()).get();
      Duration left = left(speech, now);
      Instant end = now.plus(left);
      if (speech.paused() || left.isZero()) {
        steady.moves();
      } else {
        steady.until(end);
      }
      placed.put(e.id(), speaking(e, speech, end, now));
      cursor = end.plus(slot.changeover());
    }
    for (ListEntry e : interrupted) {
      Speech speech =
          progress.speeches().get(e.id()).getOrElse(Speech.startedAt(e.id(), now, e.allotted()));
      steady.moves();
      Instant end = cursor.plus(left(speech, now));
      placed.put(e.id(), speaking(e, speech, end, now));
      cursor = end.plus(slot.changeover());
    }
    for (ListEntry e : called) {
      placed.put(e.id(), ahead(e, cursor, windowEnd, slot));
      cursor = cursor.plus(e.allotted()).plus(slot.changeover());
    }
    for (ListEntry e : waiting) {
      ListEntry shown =
          e.standing().round() > 0 && e.status() == RegistrationStatus.WAITING
              ? new ListEntry(
                  e.position(),
                  e.registration(),
                  RegistrationStatus.ABSENT,
                  e.standing(),
                  e.allotted())
              : e;
      placed.put(e.id(), ahead(shown, cursor, windowEnd, slot));
      cursor = cursor.plus(e.allotted()).plus(slot.changeover());
    }
    List<ScheduledSpeaker> speakers =
        plan.speakers().map(planned -> placed.getOrDefault(planned.entry().id(), planned));
    return new Schedule(
        list, plan.capacity(), speakers, anyToSpeak ? steady.until() : Option.none());
  }

  /** The time a speech has left at {@code now}: its limit less what was spoken, never negative. */
  private static Duration left(Speech speech, Instant now) {
    Duration left = speech.limit().minus(speech.elapsed(now));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static ScheduledSpeaker speaking(ListEntry e, Speech speech, Instant end, Instant now) {
    ListEntry shown =
        speech.paused()
            ? new ListEntry(
                e.position(),
                e.registration(),
                RegistrationStatus.PAUSED,
                e.standing(),
                e.allotted())
            : e;
    return new ScheduledSpeaker(
        shown,
        speech.startedAt(),
        end,
        false,
        Option.some(
            new ScheduledSpeaker.Actual(speech.startedAt(), Option.none(), speech.elapsed(now))),
        Option.none());
  }

  private static ScheduledSpeaker ahead(
      ListEntry e, Instant start, Instant windowEnd, TwoMinuteSlot slot) {
    Instant end = start.plus(e.allotted());
    return new ScheduledSpeaker(e, start, end, end.plus(slot.changeover()).isAfter(windowEnd));
  }

  /** Until when projected times hold as the clock runs: the earliest floor still ahead of now. */
  private static final class Steady {
    private final Instant now;
    private Instant until;

    Steady(Instant now) {
      this.now = now;
    }

    /** {@code at}, or now if it is past; the times then move with the clock. */
    Instant floor(Instant at) {
      if (at.isAfter(now)) {
        until(at);
        return at;
      }
      moves();
      return now;
    }

    void until(Instant at) {
      until = until == null || at.isBefore(until) ? at : until;
    }

    void moves() {
      until = now;
    }

    Option<Instant> until() {
      return Option.of(until);
    }
  }
}
