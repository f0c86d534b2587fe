package org.rostrum.core.port.in;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RepresentationLevel;
import org.rostrum.core.model.RequestDetails;

/**
 * A request for the floor as an adapter received it, for one plenary. Without {@code receivedAt},
 * the server clock decides the time of receipt; {@code senderClock} says a stated {@code
 * receivedAt} came from the sender's clock (a mail with no stamp of the Secretariat's server), and
 * needs one. Build one with {@link #builder()}, or {@link #of} and the methods that add a detail.
 */
@Value.Immutable
public abstract class RegisterCommand implements RequestDetails {

  public abstract PlenaryId plenary();

  /** When the Secretariat received it, if an adapter knows (a mail's stamp); else the server's. */
  @Value.Default
  public Option<Instant> receivedAt() {
    return Option.none();
  }

  @Value.Check
  protected void check() {
    if (senderClock() && receivedAt().isEmpty()) {
      throw new IllegalArgumentException("the sender's clock needs a stated time of receipt");
    }
  }

  public static ImmutableRegisterCommand.Builder builder() {
    return ImmutableRegisterCommand.builder();
  }

  /** The simplest request: a participant asks for the floor in a segment, now. */
  public static RegisterCommand of(PlenaryId plenary, String segment, String participant) {
    return builder().plenary(plenary).segment(segment).participant(participant).build();
  }

  /** The request as recorded: received when it says, or {@code now} by the server's clock. */
  public RegistrationRequest request(Instant now) {
    return RegistrationRequest.builder().from(this).receivedAt(receivedAt().getOrElse(now)).build();
  }

  private ImmutableRegisterCommand copy() {
    return ImmutableRegisterCommand.copyOf(this);
  }

  /** Received at {@code at} by the Secretariat's own server or clock. */
  public RegisterCommand receivedAt(Instant at) {
    return copy().withReceivedAt(Option.some(at)).withSenderClock(false);
  }

  public RegisterCommand sourceRef(String ref) {
    return copy().withSourceRef(Option.some(ref));
  }

  public RegisterCommand category(ParticipantCategory c) {
    return copy().withCategory(Option.some(c));
  }

  /** Speaking for a group ("the African Group"), noted beside the place. */
  public RegisterCommand onBehalfOf(String group) {
    return copy().withOnBehalfOf(Option.some(group));
  }

  /** Asking for an intervention of this kind (a statement unless said). */
  public RegisterCommand kind(InterventionKind k) {
    return copy().withKind(k);
  }

  /** Stating the level of representation, for precedence by level. */
  public RegisterCommand level(RepresentationLevel l) {
    return copy().withLevel(Option.some(l));
  }

  public RegisterCommand speaker(String name) {
    return copy().withSpeaker(Option.some(name));
  }
}
