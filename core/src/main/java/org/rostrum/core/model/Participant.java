package org.rostrum.core.model;

import org.immutables.value.Value;

/** A delegation, Court organ, organisation or person that may ask for the floor. */
@Value.Immutable
public interface Participant {

  @Value.Parameter
  ParticipantKey key();

  /** The name as Rostrum shows it, in English and French (the reference names for a State). */
  @Value.Parameter
  LocalizedText names();

  @Value.Parameter
  ParticipantCategory category();

  /** The English name. */
  default String name() {
    return names().en();
  }

  default String name(Language language) {
    return names().in(language);
  }

  static Participant of(ParticipantKey key, LocalizedText names, ParticipantCategory category) {
    return ImmutableParticipant.of(key, names, category);
  }

  @Value.Check
  default void check() {
    if (names().en().isBlank() || names().fr().isBlank()) {
      throw new IllegalStateException("a participant has a name");
    }
  }
}
