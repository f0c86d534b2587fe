package org.rostrum.core.model;

/**
 * The identifier of a request for the floor: its intake sequence number in the plenary, from 1.
 * Every request gets one, whether it is inscribed or refused.
 */
public record RegistrationId(long value) implements Comparable<RegistrationId> {

  public RegistrationId {
    if (value < 1) {
      throw new IllegalArgumentException("a registration id is a positive number: " + value);
    }
  }

  public static RegistrationId of(long value) {
    return new RegistrationId(value);
  }

  @Override
  public int compareTo(RegistrationId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
