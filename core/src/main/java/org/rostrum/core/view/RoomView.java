package org.rostrum.core.view;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.Plenary;
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
 */
public record RoomView(
    long version,
    Plenary plenary,
    Instant at,
    Option<Segment> segment,
    Option<AtRostrum> current,
    Seq<ListEntry> waiting,
    Option<SegmentId> resumable,
    Option<AtRostrum> interrupted) {

  public RoomView {
    requireNonNull(plenary, "plenary");
    requireNonNull(at, "at");
    requireNonNull(segment, "segment");
    requireNonNull(current, "current");
    requireNonNull(waiting, "waiting");
    requireNonNull(resumable, "resumable");
    requireNonNull(interrupted, "interrupted");
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
