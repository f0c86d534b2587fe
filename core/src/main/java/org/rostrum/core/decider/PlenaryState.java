package org.rostrum.core.decider;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.DuplicatePolicy;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.PlaceKey;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.SpeakersList;

/**
 * A plenary's state: the fold of its events over its definition. It answers who is on which list
 * and in what order, what became of every request, and where the live session stands.
 */
@Value.Immutable
public abstract class PlenaryState {

  public abstract Plenary plenary();

  /** The number of events folded into this state. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The deadline now in force (the plenary's, or as extended). */
  public abstract Instant closesAt();

  @Value.Default
  public Set<SegmentId> closedLists() {
    return HashSet.empty();
  }

  /** Every request ever inscribed, whatever became of it. */
  @Value.Default
  public Map<RegistrationId, Inscription> inscriptions() {
    return HashMap.empty();
  }

  /** The order of each segment's list: the places of requests still on it. */
  @Value.Default
  public Map<SegmentId, TreeMap<PlaceKey, RegistrationId>> queues() {
    return HashMap.empty();
  }

  /** Who holds a place, by the scope of the duplicate policy (R5). */
  @Value.Default
  public Map<String, RegistrationId> holders() {
    return HashMap.empty();
  }

  /** Every refused request. */
  @Value.Default
  public Map<RegistrationId, RegistrationRejected> rejections() {
    return HashMap.empty();
  }

  /** Requests by their source reference, for idempotence (R6). */
  @Value.Default
  public Map<String, RegistrationId> sources() {
    return HashMap.empty();
  }

  /** The highest intake sequence given so far. */
  @Value.Default
  public long intake() {
    return 0;
  }

  @Value.Default
  public LiveSession session() {
    return LiveSession.idle();
  }

  /** A plenary before anything happened. */
  public static PlenaryState initial(Plenary plenary) {
    return ImmutablePlenaryState.builder()
        .plenary(plenary)
        .closesAt(plenary.deadline().closesAt())
        .build();
  }

  public Option<Inscription> inscription(RegistrationId id) {
    return inscriptions().get(id);
  }

  /** The segment's list in order, with everyone still on it. */
  public SpeakersList list(Segment segment) {
    TreeMap<PlaceKey, RegistrationId> queue = queues().get(segment.id()).getOrElse(TreeMap::empty);
    List<ListEntry> entries =
        queue
            .values()
            .toList()
            .zipWithIndex()
            .map(
                t -> {
                  Inscription i = inscriptions().get(t._1).get();
                  return new ListEntry(t._2 + 1, i.registration(), i.status());
                });
    return new SpeakersList(segment, entries, isClosed(segment.id()));
  }

  /** Every segment's list, in the plenary's order. */
  public List<SpeakersList> lists() {
    return plenary().segments().map(this::list);
  }

  /** Whether the segment takes no more requests: closed by the chair, or over (R9). */
  public boolean isClosed(SegmentId segment) {
    return closedLists().contains(segment) || session().ended().contains(segment);
  }

  /** The segment the chair is running: the first one not ended. */
  public Option<Segment> openSegment() {
    return plenary().segments().find(s -> !session().ended().contains(s.id()));
  }

  /** The waiting place that comes first on the segment's list, if any (L2). */
  public Option<RegistrationId> firstWaiting(SegmentId segment) {
    return queues()
        .get(segment)
        .flatMap(
            q ->
                q.values()
                    .find(
                        id -> inscriptions().get(id).get().status() == RegistrationStatus.WAITING));
  }

  /** The key under which a participant's place is held (R5). */
  public String holderKey(ParticipantKey participant, SegmentId segment) {
    return plenary().duplicatePolicy() == DuplicatePolicy.ONE_PER_SEGMENT
        ? participant.value() + "@" + segment.value()
        : participant.value();
  }
}
