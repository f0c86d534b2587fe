package org.rostrum.archfixture.adapters.mail;

import org.rostrum.archfixture.core.decider.Command;

/** A mail adapter that keeps to the vocabulary. */
public final class Reader {
  public Command read() {
    return new Command.Go();
  }
}
