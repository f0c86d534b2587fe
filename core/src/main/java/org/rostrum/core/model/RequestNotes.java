package org.rostrum.core.model;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What comes with a request for the floor besides who asks and for which segment, kept as sent from
 * the request to its place on the list: the speaker, the language, whether its time came from the
 * sender's clock, its source reference, the group it speaks for, its kind and the level of
 * representation. Declared once.
 */
public interface RequestNotes {

  /** The speaker's name and title, if given. */
  @Value.Default
  default Option<String> speaker() {
    return Option.none();
  }

  /** The language of the request, for the acknowledgement (a tag such as {@code fr}). */
  @Value.Default
  default Option<String> language() {
    return Option.none();
  }

  /**
   * True when no stamp of the Secretariat's own server dated it, so the time of receipt comes from
   * the sender's clock (a mail's {@code Date:} header): shown in the list and the record.
   */
  @Value.Default
  default boolean senderClock() {
    return false;
  }

  /** The reference of its source (a mail's Message-ID, a client's key), for idempotence (R6). */
  @Value.Default
  default Option<String> sourceRef() {
    return Option.none();
  }

  /**
   * The group the participant speaks for, as the request says it ("the African Group"): noted
   * beside the place; the participant is the one who asked.
   */
  @Value.Default
  default Option<String> onBehalfOf() {
    return Option.none();
  }

  /** What the request asks to do: a statement unless it says otherwise. */
  @Value.Default
  default InterventionKind kind() {
    return InterventionKind.STATEMENT;
  }

  /** The level of representation the request states, for precedence by level. */
  @Value.Default
  default Option<RepresentationLevel> level() {
    return Option.none();
  }
}
