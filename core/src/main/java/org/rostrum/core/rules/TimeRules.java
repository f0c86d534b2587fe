package org.rostrum.core.rules;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SpeakersList;
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
}
