package org.rostrum.core.service;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.port.in.QueryPlenaryUseCase;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.PlenaryCatalog;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.ReceiptView;
import org.rostrum.core.view.ReportView;
import org.rostrum.core.view.RoomView;
import org.rostrum.core.view.Views;

/** The views of a plenary, each computed from one caught-up state. */
final class QueryService implements QueryPlenaryUseCase {

  private final StateCache cache;
  private final Journal journal;
  private final PlenaryCatalog catalog;
  private final Clock clock;

  QueryService(StateCache cache, Journal journal, PlenaryCatalog catalog, Clock clock) {
    this.cache = cache;
    this.journal = journal;
    this.catalog = catalog;
    this.clock = clock;
  }

  @Override
  public Seq<Plenary> plenaries() {
    return catalog.all();
  }

  @Override
  public Option<Plenary> plenary(PlenaryId id) {
    // as it stands now: its roster with every participant the Secretariat added
    return catalog.find(id).map(defined -> cache.current(id).state().plenary());
  }

  @Override
  public Option<Long> version(PlenaryId plenary) {
    return catalog.find(plenary).map(defined -> cache.current(plenary).state().version());
  }

  @Override
  public ListView list(PlenaryId plenary) {
    return cache.current(plenary).list(clock.instant());
  }

  @Override
  public RoomView room(PlenaryId plenary) {
    return Views.room(cache.current(plenary).state(), clock.instant());
  }

  @Override
  public ReportView report(PlenaryId plenary) {
    return Views.report(cache.current(plenary).state());
  }

  @Override
  public Option<RegistrationOutcome> outcome(PlenaryId plenary, RegistrationId id) {
    return cache.current(plenary).outcome(id, false, clock.instant());
  }

  @Override
  public Option<ReceiptView> receipt(PlenaryId plenary, String receipt) {
    StateCache.Snapshot snapshot = cache.current(plenary);
    Instant now = clock.instant();
    return snapshot
        .request(receipt)
        .flatMap(
            id ->
                snapshot
                    .outcome(id, false, now)
                    .map(
                        outcome ->
                            new ReceiptView(
                                snapshot.state().version(),
                                snapshot.state().plenary(),
                                receipt,
                                outcome,
                                snapshot.scheduled(id, now),
                                now)));
  }

  @Override
  public Seq<JournalEntry> record(PlenaryId plenary) {
    cache.existing(plenary);
    return journal.read(plenary, 0);
  }
}
