package org.rostrum.core.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailSender;
import org.rostrum.core.port.out.Outbox;

/**
 * The replies owed to the delegations: delivered through a sender under the outbox rules (D1–D3),
 * listed with where each stands, and tried again when an officer asks.
 */
public interface DeliverRepliesUseCase {

  /** What one round of delivery did. */
  record Round(int sent, int deferred, int failed) {
    public int attempted() {
      return sent + deferred + failed;
    }
  }

  /**
   * Delivers every reply due now through {@code sender}, oldest first: each taken for this sender
   * alone, sent, and marked as the server answered.
   */
  Round deliver(MailSender sender);

  /** Delivers, as above, only the replies {@code only} names (those a command just recorded). */
  Round deliver(MailSender sender, java.util.function.Predicate<Outbox.Reply> only);

  /** Every reply of a plenary, in the order they were recorded. */
  Seq<Outbox.Reply> replies(PlenaryId plenary);

  /** Makes a pending or failed reply due now; the reply, or none when there is none to retry. */
  Option<Outbox.Reply> retry(PlenaryId plenary, long id);
}
