package org.rostrum.core.view;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.rules.Rejection;

/**
 * A refused request as the list shows it: the request as it was sent, who sent it when the roster
 * knew them, and the rule that refused it.
 */
public record Refusal(
    RegistrationId id,
    RegistrationRequest request,
    Option<Participant> participant,
    Rejection rejection) {

  public Refusal {
    requireNonNull(id, "id");
    requireNonNull(request, "request");
    requireNonNull(participant, "participant");
    requireNonNull(rejection, "rejection");
  }

  /** Who sent it: the roster's name in {@code language}, or the name as written. */
  public String participantName(Language language) {
    return participant.map(p -> p.name(language)).getOrElse(request.participant());
  }
}
