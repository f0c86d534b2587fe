package org.rostrum.core.decider;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.immutables.value.Value;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.Speech;

/** The live session in the room: who is at the rostrum, the running speech, what was said. */
@Value.Immutable
public interface LiveSession {

  /** Segments the chair has ended (L5). */
  @Value.Default
  default Set<SegmentId> ended() {
    return HashSet.empty();
  }

  /** Segments in which the chair has called a speaker. */
  @Value.Default
  default Set<SegmentId> begun() {
    return HashSet.empty();
  }

  /** The speaker called to the rostrum who has not started yet (L2). */
  @Value.Default
  default Option<RegistrationId> atRostrum() {
    return Option.none();
  }

  /** The speech at the rostrum, running or paused by the chair (L1: at most one). */
  @Value.Default
  default Option<Speech> speech() {
    return Option.none();
  }

  /**
   * The speeches points of order interrupted, the latest first: paused, each comes back to the
   * rostrum when the point of order called over it is over, and resumes with the time it had left
   * (PO2).
   */
  @Value.Default
  default io.vavr.collection.List<Speech> interrupted() {
    return io.vavr.collection.List.empty();
  }

  /** The speeches given, in order. */
  @Value.Default
  default Vector<Speech> speeches() {
    return Vector.empty();
  }

  static LiveSession idle() {
    return ImmutableLiveSession.builder().build();
  }
}
