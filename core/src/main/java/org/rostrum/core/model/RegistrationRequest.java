package org.rostrum.core.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * A request for the floor as the participant sent it, before any rule is applied: the segment and
 * participant are still free text, and the Secretariat's time of receipt is known.
 */
@Value.Immutable
public interface RegistrationRequest extends RequestDetails {

  /** When the Secretariat received it: its own mail server's stamp or its server clock. */
  Instant receivedAt();

  static ImmutableRegistrationRequest.Builder builder() {
    return ImmutableRegistrationRequest.builder();
  }
}
