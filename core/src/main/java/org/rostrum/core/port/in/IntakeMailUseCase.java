package org.rostrum.core.port.in;

import io.vavr.control.Option;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailReviews;

/**
 * Mail arriving at a plenary, each once (R6): a mail is known by its key (its Message-ID) and the
 * digest of its content. A mail read with certainty becomes a request ({@link RegisterUseCase}
 * under its key); any other one is held for a person ({@link ReviewMailUseCase}).
 */
public interface IntakeMailUseCase {

  /**
   * How a mail stands on arrival.
   *
   * @param key the key to record it under: its own, or its digest's when another mail came first
   *     under the same key
   * @param known whether this content was taken before: nothing is to be done again
   * @param keyReused whether a different mail came first under its key (a person must look)
   */
  record Arrival(String key, boolean known, boolean keyReused) {}

  /** Whether a mail with this key and content digest was taken before, and under which key. */
  Arrival arrive(PlenaryId plenary, String key, String digest);

  /** Whether a mail with this key was held (or taken) already. */
  boolean knows(PlenaryId plenary, String key);

  /** The mail held under this key, if one was. */
  Option<MailReviews.Held> held(PlenaryId plenary, String key);

  /** Holds a mail for review; its number, or none when one with its key is held already. */
  Option<Long> hold(PlenaryId plenary, MailReviews.Held mail);

  /** The mail is done: remembered by its content so that it is not read again. */
  void done(PlenaryId plenary, String key, String digest);
}
