package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

/**
 * One line of a speakers' list: a place, who holds it, where the request stands, why the place is
 * where it is, and the time the intervention is given.
 *
 * @param allotted the time its kind gives it (a reply's depends on how many the participant made)
 */
public record ListEntry(
    int position,
    Registration registration,
    RegistrationStatus status,
    Standing standing,
    java.time.Duration allotted) {

  public ListEntry {
    requireNonNull(registration, "registration");
    requireNonNull(status, "status");
    requireNonNull(standing, "standing");
    requireNonNull(allotted, "allotted");
  }

  public RegistrationId id() {
    return registration.id();
  }
}
