package org.rostrum.core.port.in;

import static java.util.Objects.requireNonNull;

import org.rostrum.core.rules.Rejection;

/**
 * A request for the floor malformed beyond recording (R10): its time of receipt lies outside the
 * times its plenary implies, or after the moment it was processed. Nothing was recorded; the
 * adapter answers it as any other malformed input — 400 over HTTP, a usage error on the command
 * line, a mail held for review — with {@link #rejection()} said in the reader's language.
 */
public final class RefusedAtTheDoor extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  public RefusedAtTheDoor(Rejection rejection) {
    super("refused at the door, nothing recorded: " + requireNonNull(rejection, "rejection"));
    this.rejection = rejection;
  }

  /** The rule's refusal, to be said in the reader's language. */
  public Rejection rejection() {
    return rejection;
  }
}
