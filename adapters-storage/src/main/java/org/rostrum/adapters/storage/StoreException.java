package org.rostrum.adapters.storage;

/**
 * The store cannot be used: missing, not a Rostrum store, locked, unreachable, read-only or
 * corrupt. The message names the store and says what to do; it is meant to be shown to a person.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
