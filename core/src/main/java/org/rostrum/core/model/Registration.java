package org.rostrum.core.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * A request for the floor that was inscribed on a segment's list: who (as the roster knows them),
 * where, when it was received, and its {@link RequestNotes} as sent.
 */
@Value.Immutable
public interface Registration extends RequestNotes {

  RegistrationId id();

  Participant participant();

  SegmentId segment();

  Instant receivedAt();

  /** The intake sequence, which breaks ties between equal receipt instants (R2). */
  default long sequence() {
    return id().value();
  }

  static ImmutableRegistration.Builder builder() {
    return ImmutableRegistration.builder();
  }
}
