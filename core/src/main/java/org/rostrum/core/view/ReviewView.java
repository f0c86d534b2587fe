package org.rostrum.core.view;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.MailReviews;

/**
 * The mails held for review at one version of the plenary, each with whether it would be refused as
 * late if accepted now (R1 against the deadline in force).
 */
public record ReviewView(long version, Plenary plenary, Instant closesAt, Seq<Item> held) {

  public ReviewView {
    requireNonNull(plenary, "plenary");
    requireNonNull(closesAt, "closesAt");
    requireNonNull(held, "held");
  }

  /**
   * One held mail.
   *
   * @param late whether its time of receipt is at or after the deadline in force (R1)
   */
  public record Item(MailReviews.Held mail, boolean late) {
    public Item {
      requireNonNull(mail, "mail");
    }
  }
}
