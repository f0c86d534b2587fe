package org.rostrum.core.port.in;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.PlenaryId;

/**
 * A request for the floor as an adapter received it. Without {@code receivedAt}, the server clock
 * decides the time of receipt; {@code senderClock} says a stated {@code receivedAt} came from the
 * sender's clock (a mail with no stamp of the Secretariat's server), and needs one.
 */
public record RegisterCommand(
    PlenaryId plenary,
    String segment,
    String participant,
    Option<ParticipantCategory> category,
    Option<String> speaker,
    Option<String> language,
    Option<Instant> receivedAt,
    boolean senderClock,
    Option<String> sourceRef,
    Option<String> onBehalfOf) {

  /** A request that speaks for nobody but its participant. */
  public RegisterCommand(
      PlenaryId plenary,
      String segment,
      String participant,
      Option<ParticipantCategory> category,
      Option<String> speaker,
      Option<String> language,
      Option<Instant> receivedAt,
      boolean senderClock,
      Option<String> sourceRef) {
    this(
        plenary,
        segment,
        participant,
        category,
        speaker,
        language,
        receivedAt,
        senderClock,
        sourceRef,
        Option.none());
  }

  public RegisterCommand {
    requireNonNull(plenary, "plenary");
    requireNonNull(segment, "segment");
    requireNonNull(participant, "participant");
    requireNonNull(category, "category");
    requireNonNull(speaker, "speaker");
    requireNonNull(language, "language");
    requireNonNull(receivedAt, "receivedAt");
    requireNonNull(sourceRef, "sourceRef");
    requireNonNull(onBehalfOf, "onBehalfOf");
    if (senderClock && receivedAt.isEmpty()) {
      throw new IllegalArgumentException("the sender's clock needs a stated time of receipt");
    }
  }

  /** The simplest request: a participant asks for the floor in a segment, now. */
  public static RegisterCommand of(PlenaryId plenary, String segment, String participant) {
    return new RegisterCommand(
        plenary,
        segment,
        participant,
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        false,
        Option.none());
  }

  /** Received at {@code at} by the Secretariat's own server or clock. */
  public RegisterCommand receivedAt(Instant at) {
    return new RegisterCommand(
        plenary,
        segment,
        participant,
        category,
        speaker,
        language,
        Option.some(at),
        false,
        sourceRef,
        onBehalfOf);
  }

  public RegisterCommand sourceRef(String ref) {
    return new RegisterCommand(
        plenary,
        segment,
        participant,
        category,
        speaker,
        language,
        receivedAt,
        senderClock,
        Option.some(ref),
        onBehalfOf);
  }

  public RegisterCommand category(ParticipantCategory c) {
    return new RegisterCommand(
        plenary,
        segment,
        participant,
        Option.some(c),
        speaker,
        language,
        receivedAt,
        senderClock,
        sourceRef,
        onBehalfOf);
  }

  /** Speaking for a group ("the African Group"), noted beside the place. */
  public RegisterCommand onBehalfOf(String group) {
    return new RegisterCommand(
        plenary,
        segment,
        participant,
        category,
        speaker,
        language,
        receivedAt,
        senderClock,
        sourceRef,
        Option.some(group));
  }

  public RegisterCommand speaker(String name) {
    return new RegisterCommand(
        plenary,
        segment,
        participant,
        category,
        Option.some(name),
        language,
        receivedAt,
        senderClock,
        sourceRef,
        onBehalfOf);
  }
}
