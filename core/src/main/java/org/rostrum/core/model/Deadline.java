package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The instant the list closes: a request received at or after it is late (exclusive bound). */
public record Deadline(Instant closesAt) {

  public Deadline {
    requireNonNull(closesAt, "closesAt");
  }

  public static Deadline at(Instant closesAt) {
    return new Deadline(closesAt);
  }
}
