package org.rostrum.core.model;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A request for the floor as the participant sent it, before any rule is applied: the segment and
 * participant are still free text.
 */
@Value.Immutable
public interface RegistrationRequest {

  /** The segment as written: {@code I}, {@code II}… */
  String segment();

  /** The participant's name as written: "France", "la délégation du Sénégal"… */
  String participant();

  @Value.Default
  default Option<ParticipantCategory> category() {
    return Option.none();
  }

  @Value.Default
  default Option<String> speaker() {
    return Option.none();
  }

  /** The language of the request, for the acknowledgement (a tag such as {@code fr}). */
  @Value.Default
  default Option<String> language() {
    return Option.none();
  }

  /** When the Secretariat received it: its own mail server's stamp or its server clock. */
  Instant receivedAt();

  /**
   * True when no stamp of the Secretariat's own server dated it, so {@link #receivedAt()} comes
   * from the sender's clock (a mail's {@code Date:} header): shown in the list and the record.
   */
  @Value.Default
  default boolean senderClock() {
    return false;
  }

  /** The reference of its source (a mail's Message-ID, a client's key), for idempotence. */
  /**
   * The group the participant speaks for, as the request says it ("the African Group"): noted
   * beside the place; the participant is the one who asked.
   */
  @Value.Default
  default Option<String> onBehalfOf() {
    return Option.none();
  }

  @Value.Default
  default Option<String> sourceRef() {
    return Option.none();
  }

  static ImmutableRegistrationRequest.Builder builder() {
    return ImmutableRegistrationRequest.builder();
  }
}
