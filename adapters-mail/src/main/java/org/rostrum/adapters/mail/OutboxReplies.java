package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.port.out.Outbox;
import org.rostrum.core.port.out.Replies;

/**
 * The replies of the mail intake and of the review, recorded in the store's outbox for a sender to
 * deliver: each written by {@link Acknowledgements} in the mail's language, recorded once under its
 * key. What one import recorded is remembered, so that the command can deliver those at once.
 */
public final class OutboxReplies implements Replies {

  private final Function<PlenaryId, Option<Plenary>> plenaries;
  private final Outbox outbox;
  private final Clock clock;
  private List<Outbox.Reply> recorded = List.empty();

  public OutboxReplies(Function<PlenaryId, Option<Plenary>> plenaries, Outbox outbox, Clock clock) {
    this.plenaries = plenaries;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The outcome of each imported mail of {@code plenary} answered: for {@link MailImport}. */
  public Consumer<MailImport.Outcome> answering(Plenary plenary) {
    Acknowledgements acknowledgements = new Acknowledgements(plenary, clock);
    return o -> acknowledgements.draft(o).forEach(d -> record(plenary.id(), d));
  }

  @Override
  public void accepted(PlenaryId plenary, MailReviews.Held mail, RegistrationOutcome outcome) {
    for (Plenary p : plenaries.apply(plenary)) {
      new Acknowledgements(p, clock).draftAccepted(mail, outcome).forEach(d -> record(plenary, d));
    }
  }

  @Override
  public void dismissed(PlenaryId plenary, MailReviews.Held mail, String reason) {
    for (Plenary p : plenaries.apply(plenary)) {
      new Acknowledgements(p, clock).draftDismissed(mail, reason).forEach(d -> record(plenary, d));
    }
  }

  /** The replies recorded through this object, in order (recorded before or now). */
  public synchronized List<Outbox.Reply> recorded() {
    return recorded;
  }

  private void record(PlenaryId plenary, Outbox.Draft draft) {
    long id = outbox.record(plenary, draft, clock.instant());
    for (Outbox.Reply reply : outbox.find(plenary, id)) {
      synchronized (this) {
        recorded = recorded.append(reply);
      }
    }
  }
}
