package org.rostrum.core.model;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What a request for the floor says, whoever carries it (an adapter's command or the recorded
 * request): the segment and participant as written, and what may come with them. Declared once;
 * {@link RegistrationRequest} and the register use case's command both are these details.
 */
public interface RequestDetails {

  /** The segment as written: {@code I}, {@code II}… */
  String segment();

  /** The participant's name as written: "France", "la délégation du Sénégal"… */
  String participant();

  /** The category the sender states, if any (never a second identity for a known participant). */
  @Value.Default
  default Option<ParticipantCategory> category() {
    return Option.none();
  }

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
}
