package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Participant;

/** What a mail asks, as far as Rostrum can tell: a request it understood, or why it cannot. */
public sealed interface Reading {

  /** The language to answer in. */
  Language language();

  /** A request for the floor read with certainty. */
  record Understood(
      String segment, Participant participant, Option<String> speaker, Language language)
      implements Reading {}

  /** Not read with certainty: goes to review, with what was seen. */
  record Unclear(
      List<Doubt> doubts,
      Option<String> participantSeen,
      Option<String> segmentSeen,
      Option<String> speaker,
      Language language)
      implements Reading {}

  /** Why a mail goes to review; the core's {@code Doubts} says each in a sentence. */
  enum Doubt {
    /** No segment named. */
    NO_SEGMENT,
    /** Both segments named. */
    BOTH_SEGMENTS,
    /** No participant named, and the sender's domain designates none. */
    NO_PARTICIPANT,
    /** A participant named that Rostrum does not know. */
    UNKNOWN_PARTICIPANT,
    /** Several participants named. */
    AMBIGUOUS_PARTICIPANT,
    /** Nothing in it asks for the floor. */
    NOT_A_REQUEST,
    /** Its bytes or structure could not be read. */
    UNREADABLE,
    /** Neither a trusted Received: stamp nor a Date: gives a time of receipt. */
    NO_TIME
  }
}
