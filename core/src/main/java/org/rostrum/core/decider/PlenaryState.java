package org.rostrum.core.decider;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import org.immutables.value.Value;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.DuplicatePolicy;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.SpeakersList;
import org.rostrum.core.model.Standing;

/**
 * A plenary's state: the fold of its events over its definition. It answers what became of every
 * request, who is on which list and in what order, and where the live session stands.
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

  /** The lists the chair closed and has not reopened (R9). */
  public Set<SegmentId> closedLists() {
    return closures().filter(t -> t._2.exists(Closure::current)).keySet();
  }

  /**
   * Each time the chair closed a segment's list, newest first: a correction of a request recorded
   * while the list was closed is decided as the list then stood, closed (R9, C2).
   */
  @Value.Default
  public Map<SegmentId, List<Closure>> closures() {
    return HashMap.empty();
  }

  /**
   * A closure of a list, by the requests recorded around it: those numbered after {@code after}, up
   * to {@code until} if the chair reopened the list, were recorded while it was closed.
   */
  public record Closure(long after, Option<Long> until) {

    /** Whether the list is still closed. */
    public boolean current() {
      return until.isEmpty();
    }

    /** Whether request {@code id} was recorded while the list was closed. */
    public boolean covers(RegistrationId id) {
      return id.value() > after && until.forAll(u -> id.value() <= u);
    }
  }

  /**
   * Requests corrected or annulled by the Secretariat, with the reason given for the last change.
   */
  @Value.Default
  public Map<RegistrationId, String> corrections() {
    return HashMap.empty();
  }

  /** Requests annulled as entries made in error, refused or inscribed: in the record only. */
  @Value.Default
  public Set<RegistrationId> annulled() {
    return HashSet.empty();
  }

  /**
   * Every request in intake order (request {@code n} at index {@code n − 1}): refused, or inscribed
   * with where it stands now.
   */
  @Value.Default
  public Vector<Either<RegistrationRejected, Inscription>> requests() {
    return Vector.empty();
  }

  /** Lookups derived from the requests, built when first needed (never part of equality). */
  @Value.Default
  @Value.Auxiliary
  Indexes indexes() {
    return Indexes.unbuilt();
  }

  /** Who holds a place, by the scope of the duplicate policy (R5). */
  public Map<String, RegistrationId> holders() {
    return indexes().of(this).holders();
  }

  /** Requests by their source reference, for idempotence (R6). */
  public Map<String, RegistrationId> sources() {
    return indexes().of(this).sources();
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

  /** The highest intake sequence given so far. */
  public long intake() {
    return requests().size();
  }

  public Option<Inscription> inscription(RegistrationId id) {
    return request(id).flatMap(Either::toOption);
  }

  public Option<RegistrationRejected> rejection(RegistrationId id) {
    return request(id).flatMap(r -> r.swap().toOption());
  }

  private Option<Either<RegistrationRejected, Inscription>> request(RegistrationId id) {
    long index = id.value() - 1;
    return index < requests().size() ? Option.some(requests().get((int) index)) : Option.none();
  }

  /** Every request ever inscribed, whatever became of it, in intake order. */
  public Seq<Inscription> inscriptions() {
    return requests().filter(Either::isRight).map(Either::get);
  }

  /** Every refused request not annulled, in intake order. */
  public Seq<RegistrationRejected> rejections() {
    return requests()
        .filter(Either::isLeft)
        .map(Either::getLeft)
        .filter(r -> !annulled().contains(r.id()));
  }

  /**
   * R9 for a correction: whether a request numbered {@code id} found the segment's list closed — it
   * was recorded while the chair had closed it, or the segment is over.
   */
  public boolean isClosedFor(RegistrationId id, SegmentId segment) {
    return session().ended().contains(segment)
        || closures().get(segment).exists(list -> list.exists(c -> c.covers(id)));
  }

  /**
   * The order of each segment's list: the inscriptions still on it, by their place (R2, R3, R8,
   * L3). Computed when first asked of this state, not at every event.
   */
  @Value.Lazy
  public Map<SegmentId, List<Inscription>> order() {
    java.util.Map<SegmentId, ArrayList<Inscription>> bySegment = new java.util.HashMap<>();
    for (Either<RegistrationRejected, Inscription> request : requests()) {
      if (request.isRight() && request.get().status().onList()) {
        bySegment
            .computeIfAbsent(request.get().segment(), s -> new ArrayList<>())
            .add(request.get());
      }
    }
    Map<SegmentId, List<Inscription>> order = HashMap.empty();
    for (java.util.Map.Entry<SegmentId, ArrayList<Inscription>> e : bySegment.entrySet()) {
      ArrayList<Inscription> places = e.getValue();
      places.sort(BY_PLACE);
      order = order.put(e.getKey(), List.ofAll(places));
    }
    return order;
  }

  private static final Comparator<Inscription> BY_PLACE = (a, b) -> a.place().compareTo(b.place());

  /** The segment's list in order, with everyone still on it. */
  public SpeakersList list(Segment segment) {
    ArrayList<ListEntry> entries = new ArrayList<>();
    Procedure procedure = plenary().procedure();
    for (Inscription i : order().get(segment.id()).getOrElse(List::empty)) {
      entries.add(
          new ListEntry(
              entries.size() + 1,
              i.registration(),
              i.status(),
              Standing.of(i, procedure),
              allotted(i)));
    }
    return new SpeakersList(segment, List.ofAll(entries), isClosed(segment.id()));
  }

  /**
   * The time an inscription is given: its kind's limit, or the plenary's; a reply's by how many
   * replies its participant made before it on the same item (the first, the second…).
   */
  public Duration allotted(Inscription inscription) {
    Registration r = inscription.registration();
    int ordinal =
        r.kind() == InterventionKind.RIGHT_OF_REPLY
            ? replies(r.participant().key(), r.segment())
                    .count(i -> i.id().value() < inscription.id().value())
                + 1
            : 1;
    return plenary().procedure().limit(r.kind(), ordinal, plenary().slot().limit());
  }

  /**
   * RR1: the replies a participant holds on an item (the segment's list, where replies are taken),
   * in intake order: those still on it or given, not those withdrawn, dropped or annulled.
   */
  public Seq<Inscription> replies(ParticipantKey participant, SegmentId segment) {
    return inscriptions()
        .filter(
            i ->
                i.registration().kind() == InterventionKind.RIGHT_OF_REPLY
                    && i.holdsPlace()
                    && i.segment().equals(segment)
                    && i.registration().participant().key().equals(participant));
  }

  /** Every segment's list, in the plenary's order. */
  public List<SpeakersList> lists() {
    return plenary().segments().map(this::list);
  }

  /** R1: whether a request received at {@code receivedAt} is on time for the current deadline. */
  public boolean onTime(Instant receivedAt) {
    return org.rostrum.core.rules.RegistrationRules.onTime(receivedAt, closesAt()).isRight();
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
    return order()
        .get(segment)
        .flatMap(list -> list.find(i -> i.status() == RegistrationStatus.WAITING))
        .map(Inscription::id);
  }

  /**
   * The key under which a request holds its place (R5): its participant's for a statement, its
   * group's for a statement on behalf of a group (a group speaks once, whoever speaks for it); none
   * for points of order and replies, which one voice does not bound.
   */
  public Option<String> holderKey(
      InterventionKind kind, ParticipantKey participant, Option<String> group, SegmentId segment) {
    String scope =
        plenary().duplicatePolicy() == DuplicatePolicy.ONE_PER_SEGMENT ? "@" + segment.value() : "";
    return switch (kind) {
      case STATEMENT -> Option.some(participant.value() + scope);
      case GROUP_STATEMENT ->
          Option.some("group:" + group.map(PlenaryState::groupKey).getOrElse("") + scope);
      case POINT_OF_ORDER, RIGHT_OF_REPLY -> Option.none();
    };
  }

  /** The key under which a registration holds its place (R5), if one voice bounds its kind. */
  public Option<String> holderKey(Registration r) {
    return holderKey(r.kind(), r.participant().key(), r.onBehalfOf(), r.segment());
  }

  /** A group's name as one voice compares it: "The African Group" is "african group". */
  private static String groupKey(String group) {
    String g =
        java.text.Normalizer.normalize(group, java.text.Normalizer.Form.NFKC)
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[\\s\\p{Z}]+", " ")
            .trim();
    return g.replaceFirst("^(the|le|la|les|el|los|las|o|a|os|as) ", "");
  }
}
