package org.rostrum.core.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.model.PlenaryId;

/**
 * Mails the Secretariat must read itself: held with why and with their original time of receipt,
 * until it accepts one (as a request) or dismisses it with a reason.
 */
public interface MailReviews {

  /** Holds a mail; its number, or none when a mail with this key is held (or was) already. */
  Option<Long> hold(PlenaryId plenary, Held mail);

  /** Whether a mail with this key was ever held. */
  boolean knows(PlenaryId plenary, String key);

  /** The content digest remembered for the mail imported under {@code key}, if any. */
  io.vavr.control.Option<String> digestOf(PlenaryId plenary, String key);

  /**
   * Remembers the content digest of the mail imported under {@code key} (its Message-ID), if none
   * is remembered yet; answers the digest remembered first. A different digest means a different
   * mail under a Message-ID already seen.
   */
  String remember(PlenaryId plenary, String key, String digest);

  /** Every mail held, in order, resolved or not. */
  Seq<Held> all(PlenaryId plenary);

  Option<Held> find(PlenaryId plenary, long id);

  /** The mail held under {@code key}, if one was. */
  Option<Held> find(PlenaryId plenary, String key);

  /** Records the resolution of a held mail; false when it was resolved already. */
  boolean resolve(PlenaryId plenary, long id, Resolution resolution);

  /**
   * A held mail; {@code id} is 0 until it is held. {@code candidates} are the participants the
   * roster suggests for it, {@code evidence} what was read and where, for the person who reviews.
   */
  record Held(
      long id,
      String key,
      Instant receivedAt,
      boolean senderClock,
      Seq<String> doubts,
      Option<String> participantSeen,
      Option<String> segmentSeen,
      Option<String> speaker,
      String language,
      String sender,
      String subject,
      String origin,
      Option<Resolution> resolution,
      Seq<String> candidates,
      Seq<String> evidence) {

    public Held(
        long id,
        String key,
        Instant receivedAt,
        boolean senderClock,
        Seq<String> doubts,
        Option<String> participantSeen,
        Option<String> segmentSeen,
        Option<String> speaker,
        String language,
        String sender,
        String subject,
        String origin,
        Option<Resolution> resolution) {
      this(
          id,
          key,
          receivedAt,
          senderClock,
          doubts,
          participantSeen,
          segmentSeen,
          speaker,
          language,
          sender,
          subject,
          origin,
          resolution,
          io.vavr.collection.List.empty(),
          io.vavr.collection.List.empty());
    }
  }

  /** What the Secretariat decided: "ACCEPTED #12" or "DISMISSED", a note, and when. */
  record Resolution(String outcome, String note, Instant at) {}
}
