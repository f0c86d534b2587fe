package org.rostrum.adapters.cli;

/** A command line that names something that is not there, found after parsing. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
