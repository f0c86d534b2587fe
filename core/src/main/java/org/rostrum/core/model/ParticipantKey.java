package org.rostrum.core.model;

/**
 * Who a participant is, whatever the spelling of its name: a State's ISO 3166 alpha-3 code ({@code
 * FRA}), or for anyone else a prefix and a normalised name ({@code org:amnesty-international}).
 */
public record ParticipantKey(String value) {

  public ParticipantKey {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a participant key is not blank");
    }
  }

  public static ParticipantKey of(String value) {
    return new ParticipantKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
