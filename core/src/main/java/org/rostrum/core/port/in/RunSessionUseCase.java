package org.rostrum.core.port.in;

import io.vavr.control.Either;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;

/** The chair runs the list in the room. */
public interface RunSessionUseCase {

  Either<Rejection, Change> callNext(PlenaryId plenary);

  Either<Rejection, Change> startSpeech(PlenaryId plenary);

  Either<Rejection, Change> stopSpeech(PlenaryId plenary);

  Either<Rejection, Change> markAbsent(PlenaryId plenary);

  Either<Rejection, Change> endSegment(PlenaryId plenary);

  /** Resumes a segment ended by mistake; its speakers not reached wait again (L6). */
  Either<Rejection, Change> resumeSegment(PlenaryId plenary, SegmentId segment);

  /** Pauses the running speech: its clock stands still until it resumes (PO2). */
  Either<Rejection, Change> pauseSpeech(PlenaryId plenary);

  /** Resumes the paused speech with the time it had left (PO2). */
  Either<Rejection, Change> resumeSpeech(PlenaryId plenary);

  /** Grants the speaker at the rostrum extra time, recorded. */
  Either<Rejection, Change> grantTime(PlenaryId plenary, java.time.Duration extra);
}
