package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.IntakeMailUseCase;
import org.rostrum.core.port.out.MailReviews;

/**
 * Each mail taken once (R6): known by its Message-ID and its content's digest. The same content
 * again is known; a different content under a Message-ID seen before is known by its own digest and
 * held, since a sender's program reused an identifier or someone forged one.
 */
public final class MailIntakeService implements IntakeMailUseCase {

  private final MailReviews reviews;

  public MailIntakeService(MailReviews reviews) {
    this.reviews = requireNonNull(reviews, "reviews");
  }

  @Override
  public Arrival arrive(PlenaryId plenary, String key, String digest) {
    Option<String> first = reviews.digestOf(plenary, key);
    if (first.isEmpty() || first.contains(digest)) {
      return new Arrival(key, first.isDefined(), false);
    }
    String own = "digest:" + digest;
    return new Arrival(own, reviews.digestOf(plenary, own).isDefined(), true);
  }

  @Override
  public boolean knows(PlenaryId plenary, String key) {
    return reviews.knows(plenary, key);
  }

  @Override
  public Option<MailReviews.Held> held(PlenaryId plenary, String key) {
    return reviews.find(plenary, key);
  }

  @Override
  public Option<Long> hold(PlenaryId plenary, MailReviews.Held mail) {
    return reviews.hold(plenary, mail);
  }

  @Override
  public void done(PlenaryId plenary, String key, String digest) {
    reviews.remember(plenary, key, digest);
  }
}
