package org.rostrum.core.port.in;

import io.vavr.control.Either;
import java.time.Instant;
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
}
