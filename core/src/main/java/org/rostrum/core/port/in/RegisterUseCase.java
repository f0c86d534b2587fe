package org.rostrum.core.port.in;

/** A participant, or the Secretariat for it, asks for the floor. */
public interface RegisterUseCase {

  /**
   * Decides and records the request; a refusal by a rule is recorded and answered as {@link
   * RegistrationOutcome.Refused}.
   *
   * @throws RefusedAtTheDoor when its time of receipt is outside the times its plenary implies, or
   *     after now (R10): then nothing is recorded
   */
  RegistrationOutcome register(RegisterCommand command);
}
