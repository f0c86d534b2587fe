package org.rostrum.core.port.out;

import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegistrationOutcome;

/**
 * What the delegation that wrote a held mail is told when an officer resolves it: the mail adapter
 * writes the reply in the mail's language and records it in the {@link Outbox}. Each is recorded
 * once, whichever adapter took the decision, and before the resolution is marked, so that a
 * resolution interrupted and taken again records its reply then.
 */
public interface Replies {

  /** The held mail was accepted: what a mail read at once would have been told. */
  void accepted(PlenaryId plenary, MailReviews.Held mail, RegistrationOutcome outcome);

  /** The held mail was dismissed, and the officer asked that its sender be told why. */
  void dismissed(PlenaryId plenary, MailReviews.Held mail, String reason);

  /** No replies: for embedders that answer delegations otherwise. */
  static Replies none() {
    return new Replies() {
      @Override
      public void accepted(PlenaryId plenary, MailReviews.Held mail, RegistrationOutcome outcome) {
        // nobody is told
      }

      @Override
      public void dismissed(PlenaryId plenary, MailReviews.Held mail, String reason) {
        // nobody is told
      }
    };
  }
}
