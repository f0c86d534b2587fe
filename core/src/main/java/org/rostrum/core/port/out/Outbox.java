package org.rostrum.core.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Predicate;
import org.rostrum.core.model.PlenaryId;

/**
 * The replies owed to the delegations, kept in the store until a server has taken them (the
 * transactional outbox). A reply is recorded once under its key before the outcome it answers is
 * marked done, so that an interrupted intake, read again, records it then, and never twice; a
 * sender then delivers it, retrying a temporary failure, and marks it sent once the server accepted
 * it.
 */
public interface Outbox {

  /** Where a reply stands. */
  enum State {
    /** Not yet accepted by a server: waiting for its first or next attempt. */
    PENDING,
    /** Accepted by the mail server (or written for sending by hand): never sent again. */
    SENT,
    /**
     * Refused for good, or given up after retries: an officer decides (retry, or answer by hand).
     */
    FAILED
  }

  /** What a reply answers. */
  enum Occasion {
    /** A mail read at once and inscribed. */
    INSCRIBED,
    /** A mail read at once whose request the rules refused. */
    REFUSED,
    /** A mail held for an officer to read. */
    HELD,
    /** A held mail an officer accepted: inscribed or refused, as the rules said. */
    ACCEPTED,
    /** A held mail an officer dismissed, answered with the officer's reason. */
    DISMISSED
  }

  /**
   * A reply as written, before it is recorded.
   *
   * @param key what makes it once: the answered mail's key and the occasion
   * @param reference what it answers, as a person reads it ("#12", "held #3")
   * @param message the whole message as sent (RFC 5322, CRLF lines), its Message-ID included
   */
  record Draft(
      String key,
      Occasion occasion,
      String reference,
      String recipient,
      String language,
      String messageId,
      String subject,
      String message) {}

  /**
   * A recorded reply.
   *
   * @param attempts how many times a server was asked to take it
   * @param answer the last server's answer (or why it could not be reached), if any
   * @param nextAttempt when it is due (for a pending reply)
   */
  record Reply(
      PlenaryId plenary,
      long id,
      Draft draft,
      State state,
      int attempts,
      Option<String> answer,
      Instant recordedAt,
      Instant nextAttempt,
      Option<Instant> sentAt) {}

  /**
   * Records a reply to be sent, once per key: its number, or the number of the reply recorded under
   * this key before (which is left as it was).
   */
  long record(PlenaryId plenary, Draft draft, Instant at);

  /** Every reply of a plenary, in the order they were recorded. */
  Seq<Reply> all(PlenaryId plenary);

  Option<Reply> find(PlenaryId plenary, long id);

  /**
   * The pending replies due at {@code now} that no live sender holds, of every plenary, oldest
   * first, at most {@code limit}.
   */
  Seq<Reply> due(Instant now, int limit);

  /**
   * Takes a due reply for one sender from {@code now} until {@code until}: false when another
   * sender holds it or it is no longer pending. Two senders never attempt the same reply at once.
   */
  boolean claim(PlenaryId plenary, long id, String sender, Instant now, Instant until);

  /** Frees the replies held by the senders {@code gone} says are no longer running. */
  int release(Predicate<String> gone);

  /** The server accepted it: it is never sent again. */
  void sent(PlenaryId plenary, long id, Instant at, String answer);

  /**
   * An attempt failed: due again at {@code next}, or failed for good when there is none (a
   * permanent refusal, or given up).
   */
  void failed(PlenaryId plenary, long id, String answer, Option<Instant> next);

  /**
   * An officer asks for another attempt of a pending or failed reply: due at {@code now}; false
   * when there is no such reply or it was sent.
   */
  boolean retry(PlenaryId plenary, long id, Instant now);
}
