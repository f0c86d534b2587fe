package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.RepresentationLevel;

/**
 * What a mail asks, as far as Rostrum can tell: a request it understood, or why it cannot — with
 * the evidence it read either way, so that a person can check it.
 */
public sealed interface Reading {

  /** The language to answer in (English, French or Spanish). */
  Language language();

  /** The evidence read for the participant, as sentences ("text: «…» → Chile"). */
  List<String> evidence();

  /**
   * A request for the floor read with certainty: {@code segment} as the mail names it (empty for a
   * right of reply taken after the plenary, which names none), {@code group} the group spoken for
   * (a statement's note, or the group of a {@code GROUP_STATEMENT}), {@code level} the speaker's
   * level of representation when the mail states it with certainty and the plenary orders by it.
   */
  record Understood(
      String segment,
      Participant participant,
      Option<String> speaker,
      Language language,
      String written,
      List<String> evidence,
      Option<String> group,
      InterventionKind kind,
      Option<RepresentationLevel> level)
      implements Reading {}

  /**
   * Not read with certainty: goes to review, with what was seen, the candidates (the keys of
   * participants the roster knows) and the evidence; {@code answer} is false for a mail no person
   * wrote (no reply to it).
   */
  record Unclear(
      List<Doubt> doubts,
      Option<String> participantSeen,
      Option<String> segmentSeen,
      Option<String> speaker,
      Language language,
      List<String> candidates,
      List<String> evidence,
      boolean answer)
      implements Reading {

    Unclear(
        List<Doubt> doubts,
        Option<String> participantSeen,
        Option<String> segmentSeen,
        Option<String> speaker,
        Language language) {
      this(
          doubts,
          participantSeen,
          segmentSeen,
          speaker,
          language,
          List.empty(),
          List.empty(),
          true);
    }
  }

  /** Why a mail goes to review; the core's {@code Doubts} says each in a sentence. */
  enum Doubt {
    /** No segment named. */
    NO_SEGMENT,
    /** Both segments named. */
    BOTH_SEGMENTS,
    /** No participant named, and the sender's address designates none. */
    NO_PARTICIPANT,
    /** A participant named that Rostrum does not know. */
    UNKNOWN_PARTICIPANT,
    /** Several participants named. */
    AMBIGUOUS_PARTICIPANT,
    /** The evidence points to different participants. */
    CONFLICTING_PARTICIPANT,
    /** An address several participants share (the Court's organs), and no text saying which. */
    SHARED_ADDRESS,
    /** Nothing in it asks for the floor. */
    NOT_A_REQUEST,
    /** It withdraws a request. */
    WITHDRAWAL,
    /** It changes a request (speaker or segment). */
    CHANGE,
    /** It asks to exchange places. */
    SWAP,
    /** A delivery failure report. */
    BOUNCE,
    /** A read receipt (a disposition notification). */
    READ_RECEIPT,
    /** A calendar invitation (an Outlook meeting request, an .ics file), not a request. */
    CALENDAR_INVITATION,
    /** It sends a written statement for publication on the website, not a request to speak. */
    STATEMENT_FOR_PUBLICATION,
    /** Its body is only an image: nothing to read but a picture. */
    IMAGE_ONLY,
    /** An abuse or feedback report (ARF). */
    ABUSE_REPORT,
    /** An automatic reply. */
    AUTO_REPLY,
    /** A list's or bulk mail. */
    LIST_MAIL,
    /** The request seems to be in an attached file only. */
    ATTACHMENT_ONLY,
    /** Another mail already imported has its Message-ID, with different content. */
    SAME_MESSAGE_ID,
    /** Its bytes or structure could not be read. */
    UNREADABLE,
    /** Its parts nest deeper, or are more, than any mail a person writes: they were not read. */
    TOO_DEEP,
    /** Neither a trusted Received: stamp nor a Date: gives a time of receipt. */
    NO_TIME,
    /** Its time of receipt cannot be right for this plenary (R10): a broken or forged stamp. */
    TIME_OUT_OF_RANGE,
    /** It speaks of a point of order, which is raised in the room, not inscribed from a mail. */
    POINT_OF_ORDER,
    /** It asks for the right of reply, which the plenary does not grant. */
    REPLY_NOT_TAKEN,
    /** It speaks of the right of reply without saying whether it asks for it, or asks for both. */
    REPLY_UNCLEAR,
    /**
     * It names a group without saying that it speaks for it, or asks to speak both for a group and
     * in its own name.
     */
    GROUP_UNCLEAR
  }
}
