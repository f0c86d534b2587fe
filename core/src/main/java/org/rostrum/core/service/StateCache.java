package org.rostrum.core.service;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.rostrum.core.decider.Decider;
import org.rostrum.core.decider.Event.PlacesSwapped;
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.Swap;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.PlenaryCatalog;
import org.rostrum.core.rules.RegistrationRules;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.Views;

/**
 * The states this process has folded, one per plenary, each with the receipt of the entry that
 * recorded every request; caught up with the journal whenever it is asked for the current one.
 */
final class StateCache {

  /** A state folded so far, with the receipt of the entry that recorded each request. */
  record Snapshot(
      PlenaryState state, Map<RegistrationId, String> receipts, Map<RegistrationId, Swap> swaps) {

    Snapshot(PlenaryState state, Map<RegistrationId, String> receipts) {
      this(state, receipts, HashMap.empty());
    }

    /** The list at {@code now}, with the swaps the record names. */
    ListView list(Instant now) {
      return Views.list(state, now, swaps);
    }

    /** The request whose entry has this hash, if one has. */
    Option<RegistrationId> request(String receipt) {
      return receipts.find(t -> t._2.equals(receipt)).map(t -> t._1);
    }

    /** What became of request {@code id} in this state at {@code now}, if there is one. */
    Option<RegistrationOutcome> outcome(RegistrationId id, boolean replay, Instant now) {
      Option<String> receipt = receipts().get(id);
      PlenaryState state = state();
      Option<RegistrationOutcome> refused =
          state
              .rejection(id)
              .map(
                  r ->
                      new RegistrationOutcome.Refused(
                          id,
                          r.rejection(),
                          receipt.get(),
                          replay,
                          state.annulled().contains(id)
                              ? state.corrections().get(id)
                              : Option.none(),
                          r.rejection() instanceof Rejection.Duplicate duplicate
                              ? place(duplicate.held(), now)
                              : Option.none()));
      return refused.orElse(
          () -> state.inscription(id).map(i -> inscribed(i, receipt.get(), replay, now)));
    }

    /** Where request {@code id} stands on its list at {@code now}, if it holds a place. */
    Option<ScheduledSpeaker> scheduled(RegistrationId id, Instant now) {
      return state
          .inscription(id)
          .flatMap(i -> state.plenary().segment(i.segment()))
          .flatMap(
              segment ->
                  Views.schedule(state, segment, now, swaps)
                      .speakers()
                      .find(sp -> sp.entry().id().equals(id)));
    }

    private Option<RegistrationOutcome.Place> place(RegistrationId id, Instant now) {
      return scheduled(id, now)
          .map(
              sp ->
                  new RegistrationOutcome.Place(
                      id,
                      sp.entry().position(),
                      sp.status(),
                      sp.projectedStart(),
                      sp.timePermitting()));
    }

    private RegistrationOutcome inscribed(
        Inscription inscription, String receipt, boolean replay, Instant now) {
      if (inscription.status() == RegistrationStatus.SUPERSEDED) {
        RegistrationId by =
            state
                .holderKey(inscription.registration())
                .flatMap(state.holders()::get)
                .getOrElse(inscription.id());
        return new RegistrationOutcome.Refused(
            inscription.id(),
            RegistrationRules.heldBy(state.inscription(by).get()),
            receipt,
            replay);
      }
      Segment segment = state.plenary().segment(inscription.segment()).get();
      Option<ScheduledSpeaker> scheduled = scheduled(inscription.id(), now);
      return new RegistrationOutcome.Inscribed(
          inscription.registration(),
          scheduled.map(ScheduledSpeaker::status).getOrElse(inscription.status()),
          scheduled.map(sp -> sp.entry().position()).getOrElse(0),
          scheduled.map(ScheduledSpeaker::projectedStart).getOrElse(segment.window().start()),
          scheduled.exists(ScheduledSpeaker::timePermitting),
          receipt,
          replay);
    }
  }

  private final Journal journal;
  private final PlenaryCatalog catalog;
  private final ConcurrentHashMap<PlenaryId, Snapshot> snapshots = new ConcurrentHashMap<>();

  StateCache(Journal journal, PlenaryCatalog catalog) {
    this.journal = journal;
    this.catalog = catalog;
  }

  /** The plenary's state caught up with its journal. */
  Snapshot current(PlenaryId id) {
    Plenary plenary = existing(id);
    Snapshot known =
        snapshots.computeIfAbsent(
            id, k -> new Snapshot(PlenaryState.initial(plenary), HashMap.empty()));
    Seq<JournalEntry> newer = journal.read(id, known.state().version());
    if (newer.isEmpty()) {
      return known;
    }
    Snapshot caughtUp = fold(known, newer);
    return snapshots.merge(id, caughtUp, StateCache::newer);
  }

  /** The state this process knows, without reading the journal; none before the first read. */
  Option<Snapshot> known(PlenaryId id) {
    return Option.of(snapshots.get(id));
  }

  /** Keeps {@code after} unless a newer state is known already. */
  Snapshot advance(PlenaryId id, Snapshot after) {
    return snapshots.merge(id, after, StateCache::newer);
  }

  Plenary existing(PlenaryId id) {
    return catalog.find(id).getOrElseThrow(() -> new UnknownPlenaryException(id));
  }

  private static Snapshot newer(Snapshot a, Snapshot b) {
    return a.state().version() >= b.state().version() ? a : b;
  }

  /** The state after these entries, which must follow it without a gap. */
  static Snapshot fold(Snapshot snapshot, Seq<JournalEntry> entries) {
    PlenaryState state = snapshot.state();
    Map<RegistrationId, String> receipts = snapshot.receipts();
    Map<RegistrationId, Swap> swaps = snapshot.swaps();
    for (JournalEntry entry : entries) {
      if (entry.seq() != state.version() + 1) {
        throw new IllegalStateException(
            "journal entry " + entry.seq() + " follows version " + state.version());
      }
      state = Decider.evolve(state, entry.event());
      if (entry.event() instanceof RegistrationInscribed inscribed) {
        receipts = receipts.put(inscribed.registration().id(), entry.hash());
      } else if (entry.event() instanceof RegistrationRejected rejected) {
        receipts = receipts.put(rejected.id(), entry.hash());
      } else if (entry.event() instanceof PlacesSwapped swapped) {
        swaps =
            swaps
                .put(swapped.first(), new Swap(swapped.second(), entry.actor(), entry.recordedAt()))
                .put(
                    swapped.second(), new Swap(swapped.first(), entry.actor(), entry.recordedAt()));
      }
    }
    return new Snapshot(state, receipts, swaps);
  }
}
