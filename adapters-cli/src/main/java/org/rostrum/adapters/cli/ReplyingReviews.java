package org.rostrum.adapters.cli;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.rostrum.adapters.mail.Acknowledgements;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.ReviewMailUseCase;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.view.ReviewView;

/**
 * The review of held mails as the server offers it: a mail accepted through the API gets the reply
 * a mail read at once would have got (position, projected time and receipt, or the refusal), in the
 * outbox, as {@code review accept} writes it at the command line.
 */
final class ReplyingReviews implements ReviewMailUseCase {

  private final ReviewMailUseCase reviews;
  private final Function<PlenaryId, Option<Plenary>> plenaries;
  private final Path outbox;
  private final Clock clock;

  ReplyingReviews(
      ReviewMailUseCase reviews,
      Function<PlenaryId, Option<Plenary>> plenaries,
      Path outbox,
      Clock clock) {
    this.reviews = reviews;
    this.plenaries = plenaries;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public io.vavr.collection.Seq<MailReviews.Held> held(PlenaryId plenary) {
    return reviews.held(plenary);
  }

  @Override
  public ReviewView review(PlenaryId plenary) {
    return reviews.review(plenary);
  }

  @Override
  public Either<NotDone, RegistrationOutcome> accept(
      PlenaryId plenary, long id, String participant, String segment, Option<String> speaker) {
    Option<MailReviews.Held> held =
        reviews.review(plenary).held().map(ReviewView.Item::mail).find(h -> h.id() == id);
    Either<NotDone, RegistrationOutcome> done =
        reviews.accept(plenary, id, participant, segment, speaker);
    for (RegistrationOutcome outcome : done) {
      for (MailReviews.Held mail : held) {
        for (Plenary standing : plenaries.apply(plenary)) {
          new Acknowledgements(standing, outbox, clock).writeAccepted(mail, outcome);
        }
      }
    }
    return done;
  }

  @Override
  public Either<NotDone, MailReviews.Held> dismiss(PlenaryId plenary, long id, String reason) {
    return reviews.dismiss(plenary, id, reason);
  }
}
