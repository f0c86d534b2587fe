package org.rostrum.core.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.view.ReviewView;

/**
 * The Secretariat reads the mails held for review and resolves each once: accepted as a request of
 * a participant for a segment, at the mail's original time of receipt, or dismissed with a reason.
 */
public interface ReviewMailUseCase {

  /** Why a held mail cannot be accepted or dismissed. */
  enum NotDone {
    /** No mail with this number is held. */
    NOT_HELD,
    /** It was accepted or dismissed already. */
    RESOLVED,
    /** A dismissal needs a reason. */
    NO_REASON
  }

  /** Every mail held for the plenary, in order, resolved or not. */
  Seq<MailReviews.Held> held(PlenaryId plenary);

  /**
   * The review queue: every mail held for the plenary, in order, resolved or not, each with whether
   * it would be refused as late if accepted now.
   */
  ReviewView review(PlenaryId plenary);

  /**
   * Records held mail {@code id} as a request of {@code participant} for {@code segment}, at its
   * original time of receipt (and its sender's-clock flag), under its mail's key. The rules decide
   * as for any request: the outcome may be a refusal, recorded so.
   */
  default Either<NotDone, RegistrationOutcome> accept(
      PlenaryId plenary, long id, String participant, String segment) {
    return accept(plenary, id, participant, segment, Option.none());
  }

  /**
   * As {@link #accept(PlenaryId, long, String, String)}, with the speaker the person reading the
   * mail names (else the one the reader saw in it, if any).
   */
  Either<NotDone, RegistrationOutcome> accept(
      PlenaryId plenary, long id, String participant, String segment, Option<String> speaker);

  /** Dismisses held mail {@code id}, keeping {@code reason}; the mail as it is now resolved. */
  default Either<NotDone, MailReviews.Held> dismiss(PlenaryId plenary, long id, String reason) {
    return dismiss(plenary, id, reason, false);
  }

  /**
   * As {@link #dismiss(PlenaryId, long, String)}; with {@code answer}, its sender is told the
   * reason in a reply (a question about the venue, a statement sent for the website).
   */
  Either<NotDone, MailReviews.Held> dismiss(
      PlenaryId plenary, long id, String reason, boolean answer);
}
