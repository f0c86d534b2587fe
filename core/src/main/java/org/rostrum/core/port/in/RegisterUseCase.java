package org.rostrum.core.port.in;

/** A participant, or the Secretariat for it, asks for the floor. */
public interface RegisterUseCase {

  RegistrationOutcome register(RegisterCommand command);
}
