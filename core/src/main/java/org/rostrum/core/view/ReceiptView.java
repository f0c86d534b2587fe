package org.rostrum.core.view;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.port.in.RegistrationOutcome;

/**
 * One request found by its receipt, at one version and instant: what became of it, and where it
 * stands on its list now — the place's status and actual or projected times — if it holds one.
 */
public record ReceiptView(
    long version,
    Plenary plenary,
    String receipt,
    RegistrationOutcome outcome,
    Option<ScheduledSpeaker> place,
    Instant at) {

  public ReceiptView {
    requireNonNull(plenary, "plenary");
    requireNonNull(receipt, "receipt");
    requireNonNull(outcome, "outcome");
    requireNonNull(place, "place");
    requireNonNull(at, "at");
  }
}
