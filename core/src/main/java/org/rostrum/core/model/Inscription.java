package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

/**
 * An inscribed request as the list holds it: the registration, where it stands, its rank, and how
 * often its speaker was absent when called.
 */
public record Inscription(
    Registration registration, RegistrationStatus status, PlaceKey place, int absences) {

  public Inscription {
    requireNonNull(registration, "registration");
    requireNonNull(status, "status");
    requireNonNull(place, "place");
  }

  /** A request just inscribed, waiting at its place. */
  public static Inscription of(Registration registration, PlaceKey place) {
    return new Inscription(registration, RegistrationStatus.WAITING, place, 0);
  }

  public RegistrationId id() {
    return registration.id();
  }

  public SegmentId segment() {
    return registration.segment();
  }

  /** Whether it still holds its participant's place (R5): not withdrawn, dropped or replaced. */
  public boolean holdsPlace() {
    return status.onList();
  }

  public Inscription withStatus(RegistrationStatus newStatus) {
    return new Inscription(registration, newStatus, place, absences);
  }

  public Inscription withPlace(PlaceKey newPlace) {
    return new Inscription(registration, status, newPlace, absences);
  }

  public Inscription absent() {
    return new Inscription(registration, status, place, absences + 1);
  }
}
