package org.rostrum.core.model;

/** The identifier of a plenary, such as {@code asp23-cooperation}. */
public record PlenaryId(String value) {

  public PlenaryId {
    if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new IllegalArgumentException(
          "a plenary id is 1 to 64 lower-case letters, digits or hyphens: " + value);
    }
  }

  public static PlenaryId of(String value) {
    return new PlenaryId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
