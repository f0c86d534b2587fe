package org.rostrum.core.port.in;

import io.vavr.control.Either;
import java.time.Instant;
import org.rostrum.core.decider.Command;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;

/** The Secretariat's and the chair's changes to the lists. */
public interface ManageListUseCase {

  Either<Rejection, Change> withdraw(PlenaryId plenary, RegistrationId id);

  Either<Rejection, Change> swap(PlenaryId plenary, RegistrationId first, RegistrationId second);

  Either<Rejection, Change> closeList(PlenaryId plenary, SegmentId segment);

  Either<Rejection, Change> reopenList(PlenaryId plenary, SegmentId segment);

  Either<Rejection, Change> extendDeadline(PlenaryId plenary, Instant closesAt);

  /**
   * Corrects a request recorded with a clerical error: decided again at its original time of
   * receipt, under its own number. Its new outcome is {@link QueryPlenaryUseCase#outcome}.
   */
  Either<Rejection, Change> amend(PlenaryId plenary, Command.Amend amend);

  /** Annuls an entry made in error: off the list and the public refusals, kept on record. */
  Either<Rejection, Change> annul(PlenaryId plenary, RegistrationId id, String reason);
}
