package org.rostrum.core.model;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What a request for the floor says, whoever carries it (an adapter's command or the recorded
 * request): the segment and participant as written, the category the sender states, and its {@link
 * RequestNotes}. {@link RegistrationRequest} and the register use case's command both are these
 * details.
 */
public interface RequestDetails extends RequestNotes {

  /** The segment as written: {@code I}, {@code II}… */
  String segment();

  /** The participant's name as written: "France", "la délégation du Sénégal"… */
  String participant();

  /** The category the sender states, if any (never a second identity for a known participant). */
  @Value.Default
  default Option<ParticipantCategory> category() {
    return Option.none();
  }
}
