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

  /** Every mail held, in order, resolved or not. */
  Seq<Held> all(PlenaryId plenary);

  Option<Held> find(PlenaryId plenary, long id);

  /** Records the resolution of a held mail; false when it was resolved already. */
  boolean resolve(PlenaryId plenary, long id, Resolution resolution);

  /** A held mail; {@code id} is 0 until it is held. */
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
      Option<Resolution> resolution) {}

  /** What the Secretariat decided: "ACCEPTED #12" or "DISMISSED", a note, and when. */
  record Resolution(String outcome, String note, Instant at) {}
}
