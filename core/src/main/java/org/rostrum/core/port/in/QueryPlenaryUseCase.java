package org.rostrum.core.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.ReceiptView;
import org.rostrum.core.view.ReportView;
import org.rostrum.core.view.RoomView;

/**
 * What anyone may ask of a plenary: its definition, and views of it — the list, the room, the
 * report — each computed from one version and carrying it; what became of a request; the record.
 */
public interface QueryPlenaryUseCase {

  Seq<Plenary> plenaries();

  /** The plenary as it stands: its definition, its roster with every participant added since. */
  Option<Plenary> plenary(PlenaryId id);

  /**
   * The plenary's version now — how many entries its journal holds, caught up as for every view —
   * without computing any view; none if there is no such plenary. A view computed from this version
   * carries it: whoever holds that view holds the view of now.
   */
  Option<Long> version(PlenaryId plenary);

  /**
   * Every segment's places now, with their status and actual or projected times (T1–T4), and the
   * refused requests.
   */
  ListView list(PlenaryId plenary);

  /** The room now: the open segment, who is at the rostrum with the speech's signals, who waits. */
  RoomView room(PlenaryId plenary);

  /** What happened in the room so far. */
  ReportView report(PlenaryId plenary);

  /**
   * What became of the request whose journal entry has this hash (the receipt every reply carries),
   * and where it stands now; none if no request has it.
   */
  Option<ReceiptView> receipt(PlenaryId plenary, String receipt);

  /** What became of one request, if there is one with this id. */
  Option<RegistrationOutcome> outcome(PlenaryId plenary, RegistrationId id);

  Seq<JournalEntry> record(PlenaryId plenary);
}
