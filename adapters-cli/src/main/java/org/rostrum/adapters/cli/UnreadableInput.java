package org.rostrum.adapters.cli;

/** An input file or folder the command cannot read: exit 4, as for a store (DESIGN §5). */
final class UnreadableInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UnreadableInput(String message) {
    super(message, null, false, false);
  }
}
