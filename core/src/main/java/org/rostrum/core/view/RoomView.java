package org.rostrum.core.view;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.Signals;

/**
 * The room at one instant and one version: the segment the chair is running, who is at the rostrum
 * (called, or speaking with the speech's {@link Signals}), and who waits, in order.
 *
 * @param segment the segment being run; none once every segment has ended
 * @param waiting the open segment's waiting speakers, in order (L2: the first is called next)
 * @param resumable the segment ended last, while the chair may still resume it (L6)
 * @param interrupted the speech a point of order interrupted, paused until the point of order is
 *     over (PO2)
 * @param projected the open segment's places as the meeting stands (T3): who spoke, who speaks, who
 *     is still to speak and when, and the forecast (T4)
 */
public record RoomView(
    long version,
    Plenary plenary,
    Instant at,
    Option<Segment> segment,
    Option<AtRostrum> current,
    Seq<ListEntry> waiting,
    Option<SegmentId> resumable,
    Option<AtRostrum> interrupted,
    Option<Schedule> projected) {

  public RoomView {
    requireNonNull(plenary, "plenary");
    requireNonNull(at, "at");
    requireNonNull(segment, "segment");
    requireNonNull(current, "current");
    requireNonNull(waiting, "waiting");
    requireNonNull(resumable, "resumable");
    requireNonNull(interrupted, "interrupted");
    requireNonNull(projected, "projected");
  }

  /** How many places of the open segment are still to speak (the one definition of waiting). */
  public int placesLeft() {
    return projected.map(p -> p.waiting().size()).getOrElse(0);
  }

  /**
   * The time left in the open segment's window at this instant (all of it before the window opens);
   * zero once it is past.
   */
  public java.time.Duration timeLeft() {
    return segment
        .map(
            s ->
                java.time.Duration.between(
                    at.isBefore(s.window().start()) ? s.window().start() : at, s.window().end()))
        .filter(d -> !d.isNegative())
        .getOrElse(java.time.Duration.ZERO);
  }

  /**
   * The speaker at the rostrum: called and not started yet (no signals), or speaking.
   *
   * @param speech the running speech's signals; none while the speaker is only called
   */
  public record AtRostrum(ListEntry entry, Option<Signals> speech) {
    public AtRostrum {
      requireNonNull(entry, "entry");
      requireNonNull(speech, "speech");
    }

    public boolean speaking() {
      return speech.isDefined();
    }
  }
}
