package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * Why a place does not stand where first come, first served would put it: the chair swapped it with
 * another request's place (L4), as the record says who did it and when.
 *
 * @param with the request whose place it took
 * @param by who asked for the swap, as the record keeps it; none for an entry recorded before
 *     actors were kept
 * @param at when the swap was recorded
 */
public record Swap(RegistrationId with, Option<Actor> by, Instant at) {

  public Swap {
    requireNonNull(with, "with");
    requireNonNull(by, "by");
    requireNonNull(at, "at");
  }
}
