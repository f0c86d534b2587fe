package org.rostrum.core.model;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/** A request for the floor that was inscribed on a segment's list. */
@Value.Immutable
public interface Registration {

  RegistrationId id();

  Participant participant();

  SegmentId segment();

  @Value.Default
  default Option<String> speaker() {
    return Option.none();
  }

  @Value.Default
  default Option<String> language() {
    return Option.none();
  }

  Instant receivedAt();

  /** Its time of receipt came from the sender's clock (see {@link RegistrationRequest}). */
  @Value.Default
  default boolean senderClock() {
    return false;
  }

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

  /** The intake sequence, which breaks ties between equal receipt instants (R2). */
  default long sequence() {
    return id().value();
  }

  static ImmutableRegistration.Builder builder() {
    return ImmutableRegistration.builder();
  }
}
