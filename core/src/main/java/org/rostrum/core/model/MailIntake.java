package org.rostrum.core.model;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import org.immutables.value.Value;

/**
 * How requests reach the Secretariat by mail: its intake addresses, the mail hosts whose {@code
 * Received:} stamps it trusts for the time of receipt (its provider's boundary), who forwards
 * requests to it, and which participant a sender's domain designates beyond the roster.
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

  /**
   * The start of the {@code by} host of the provider's internal hops ({@code 2002:} for Gmail's
   * IPv6 relays): stamps above the trusted boundary that are the provider's own.
   */
  @Value.Default
  default List<String> internalHops() {
    return List.empty();
  }

  /**
   * Addresses (or {@code @domain}s) whose forwards are read as the mail they forward: the plenary's
   * own addresses always, and the offices that pass requests on (the ASP Secretariat, a co-chair's
   * office).
   */
  @Value.Default
  default List<String> forwarders() {
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
