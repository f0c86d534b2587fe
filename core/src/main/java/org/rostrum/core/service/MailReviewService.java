package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Locale;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.QueryPlenaryUseCase;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegisterUseCase;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.ReviewMailUseCase;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.port.out.Replies;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.ReviewView;
import org.rostrum.core.view.Views;

/** Held mails resolved once, each acceptance going through the rules like any request. */
public final class MailReviewService implements ReviewMailUseCase {

  private final MailReviews reviews;
  private final RegisterUseCase register;
  private final QueryPlenaryUseCase query;
  private final Clock clock;
  private final Replies replies;

  public MailReviewService(
      MailReviews reviews,
      RegisterUseCase register,
      QueryPlenaryUseCase query,
      Clock clock,
      Replies replies) {
    this.reviews = requireNonNull(reviews, "reviews");
    this.register = requireNonNull(register, "register");
    this.query = requireNonNull(query, "query");
    this.clock = requireNonNull(clock, "clock");
    this.replies = requireNonNull(replies, "replies");
  }

  /** Over one service that registers and answers queries, as {@link PlenaryService} does. */
  public <S extends RegisterUseCase & QueryPlenaryUseCase> MailReviewService(
      MailReviews reviews, S service, Clock clock) {
    this(reviews, service, service, clock, Replies.none());
  }

  /** As above, the delegations told through {@code replies}. */
  public <S extends RegisterUseCase & QueryPlenaryUseCase> MailReviewService(
      MailReviews reviews, S service, Clock clock, Replies replies) {
    this(reviews, service, service, clock, replies);
  }

  @Override
  public ReviewView review(PlenaryId plenary) {
    ListView list = query.list(plenary);
    return Views.review(list, reviews.all(plenary));
  }

  @Override
  public Seq<MailReviews.Held> held(PlenaryId plenary) {
    return reviews.all(plenary);
  }

  @Override
  public Either<NotDone, RegistrationOutcome> accept(
      PlenaryId plenary, long id, String participant, String segment, Option<String> speaker) {
    Option<MailReviews.Held> found = reviews.find(plenary, id);
    if (found.isEmpty()) {
      return Either.left(NotDone.NOT_HELD);
    }
    MailReviews.Held h = found.get();
    if (h.resolution().isDefined()) {
      return Either.left(NotDone.RESOLVED);
    }
    RegistrationOutcome outcome =
        register.register(
            RegisterCommand.builder()
                .plenary(plenary)
                .segment(segment)
                .participant(participant)
                .speaker(speaker.filter(s -> !s.isBlank()).orElse(h.speaker()))
                .language(Option.some(h.language().toLowerCase(Locale.ROOT)))
                .receivedAt(Option.some(h.receivedAt()))
                .senderClock(h.senderClock())
                .sourceRef(Option.some(h.key()))
                .build());
    // the reply before the mark: an acceptance interrupted between the two is taken again as a
    // replay of the same request, and records its reply then (once: a reply has a key)
    replies.accepted(plenary, h, outcome);
    reviews.resolve(
        plenary,
        id,
        new MailReviews.Resolution(
            (outcome instanceof RegistrationOutcome.Inscribed ? "ACCEPTED #" : "REFUSED #")
                + outcome.id().value(),
            participant + " · " + segment,
            clock.instant()));
    // Two desks accepting at once: the mail's key lets the journal record one request; the other
    // desk gets that outcome back as a replay, and the first resolution stands. A dismissal racing
    // an acceptance cannot undo the request the journal recorded: the list shows it.
    return Either.right(outcome);
  }

  @Override
  public Either<NotDone, MailReviews.Held> dismiss(
      PlenaryId plenary, long id, String reason, boolean answer) {
    if (reason == null || reason.isBlank()) {
      return Either.left(NotDone.NO_REASON);
    }
    Option<MailReviews.Held> found = reviews.find(plenary, id);
    if (found.isEmpty()) {
      return Either.left(NotDone.NOT_HELD);
    }
    boolean done =
        reviews.resolve(
            plenary, id, new MailReviews.Resolution("DISMISSED", reason.strip(), clock.instant()));
    if (!done) {
      return Either.left(NotDone.RESOLVED);
    }
    if (answer) {
      replies.dismissed(plenary, found.get(), reason.strip());
    }
    return Either.right(reviews.find(plenary, id).get());
  }
}
