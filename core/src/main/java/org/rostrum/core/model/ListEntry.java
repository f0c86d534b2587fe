package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

/** One line of a speakers' list: a place, who holds it, and where the request stands. */
public record ListEntry(int position, Registration registration, RegistrationStatus status) {

  public ListEntry {
    requireNonNull(registration, "registration");
    requireNonNull(status, "status");
  }

  public RegistrationId id() {
    return registration.id();
  }
}
