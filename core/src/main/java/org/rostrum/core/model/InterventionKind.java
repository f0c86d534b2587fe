package org.rostrum.core.model;

/**
 * What a request for the floor asks to do. A plenary's {@link Procedure} says which kinds it takes
 * besides statements, each with its own limit and its own place in the order.
 */
public enum InterventionKind {
  /** A statement from the list: the only kind most plenaries know. */
  STATEMENT(1, true),
  /**
   * A point of order, raised in the room: it goes before everyone waiting (PO1) and pauses the
   * speech it interrupts (PO2).
   */
  POINT_OF_ORDER(0, false),
  /** A right of reply: its own queue, after the list (RR2), a few per participant (RR1). */
  RIGHT_OF_REPLY(2, false),
  /** A statement on behalf of a group of States ("on behalf of the African Group"). */
  GROUP_STATEMENT(1, true);

  private final int band;
  private final boolean fromTheList;

  InterventionKind(int band, boolean fromTheList) {
    this.band = band;
    this.fromTheList = fromTheList;
  }

  /**
   * Where the kind stands on a segment's list: points of order first, then statements, then
   * replies.
   */
  public int band() {
    return band;
  }

  /**
   * Whether it is a request for a place on the speakers' list, bound by the deadline (R1), the
   * chair's closing of the list (R9) and one voice (R5); points of order and replies are asked for
   * in the room, while the segment runs.
   */
  public boolean fromTheList() {
    return fromTheList;
  }
}
