package org.rostrum.core.model;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import org.immutables.value.Value;

/**
 * How requests reach the Secretariat by mail: its intake addresses, the mail hosts whose {@code
 * Received:} stamps it trusts for the time of receipt, and which participant a sender's domain
 * designates.
 */
@Value.Immutable
public interface MailIntake {

  @Value.Default
  default List<String> addresses() {
    return List.empty();
  }

  @Value.Default
  default List<String> trustedHosts() {
    return List.empty();
  }

  /** Sender domain (lower case) → participant name, e.g. {@code diplomatie.gouv.fr → France}. */
  @Value.Default
  default Map<String, String> senderDomains() {
    return TreeMap.empty();
  }

  static MailIntake none() {
    return ImmutableMailIntake.builder().build();
  }

  static ImmutableMailIntake.Builder builder() {
    return ImmutableMailIntake.builder();
  }
}
