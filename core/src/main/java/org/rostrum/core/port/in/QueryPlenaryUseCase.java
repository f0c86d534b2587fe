package org.rostrum.core.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.port.out.JournalEntry;

/** What anyone may ask of a plenary: its definition, lists, schedules, requests and record. */
public interface QueryPlenaryUseCase {

  Seq<Plenary> plenaries();

  /** One plenary's definition, if there is one with this id. */
  Option<Plenary> plenary(PlenaryId id);

  PlenaryState state(PlenaryId plenary);

  /** Every segment's list with projected times (T1, T2). */
  Seq<Schedule> schedules(PlenaryId plenary);

  /** What became of one request, if there is one with this id. */
  Option<RegistrationOutcome> outcome(PlenaryId plenary, RegistrationId id);

  Seq<JournalEntry> record(PlenaryId plenary);
}
