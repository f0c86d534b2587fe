package org.rostrum.core.decider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately plain model of a plenary's lists and live session, written from DESIGN.md's rules
 * with mutable Java collections, against which the decider is checked step by step.
 *
 * <p>With {@code procedure}, the plenary also takes points of order (one minute), statements on
 * behalf of a group (three minutes, first), two replies per participant per segment (three minutes,
 * then two), and orders its statements in tiers by category: States, then organisations and the
 * Court, then civil society, then anyone else.
 */
final class ReferenceModel {

  /** An inscribed request in the model. */
  static final class Entry {
    final long id;
    final String participant;
    final String segment;
    final Instant receivedAt;
    final String kind;
    final String group;
    String status = "WAITING";
    int absences;
    int band;
    int round;
    int tier;
    Instant at;
    long seq;

    Entry(
        long id,
        String participant,
        String segment,
        Instant receivedAt,
        String kind,
        String group) {
      this.id = id;
      this.participant = participant;
      this.segment = segment;
      this.receivedAt = receivedAt;
      this.kind = kind;
      this.group = group;
      this.at = receivedAt;
      this.seq = id;
    }

    boolean onList() {
      return !status.equals("WITHDRAWN")
          && !status.equals("DROPPED")
          && !status.equals("SUPERSEDED")
          && !status.equals("ANNULLED");
    }
  }

  /** Every request as it was written, and the refusal that stands for it, if any. */
  static final class Request {
    final long id;
    String participant;
    String segment;
    final Instant receivedAt;
    final String kind;
    final String group;
    String refusal;

    Request(
        long id,
        String participant,
        String segment,
        Instant receivedAt,
        String kind,
        String group) {
      this.id = id;
      this.participant = participant;
      this.segment = segment;
      this.receivedAt = receivedAt;
      this.kind = kind;
      this.group = group;
    }
  }

  /** A speech at the rostrum, or one a point of order interrupted. */
  static final class Speaking {
    final long id;
    final Instant since;
    Instant pausedSince;
    Duration paused = Duration.ZERO;
    Duration granted = Duration.ZERO;

    Speaking(long id, Instant since) {
      this.id = id;
      this.since = since;
    }
  }

  private static final Comparator<Entry> ORDER =
      Comparator.<Entry>comparingInt(e -> e.band)
          .thenComparingInt(e -> e.round)
          .thenComparingInt(e -> e.tier)
          .thenComparing(e -> e.at)
          .thenComparingLong(e -> e.seq);

  final boolean procedure;

  final List<String> segments = List.of("I", "II");
  final Map<Long, Entry> entries = new HashMap<>();
  final Map<Long, Request> requests = new HashMap<>();
  final Map<String, Long> holders = new HashMap<>();

  /** Closed lists, with how many requests had been recorded when each closed. */
  final Map<String, Long> closed = new HashMap<>();

  /** Closures the chair ended by reopening: the requests recorded in each, as [after, until]. */
  final Map<String, List<long[]>> reopened = new HashMap<>();

  final Set<String> ended = new HashSet<>();
  final Set<String> begun = new HashSet<>();
  final Set<Long> annulled = new HashSet<>();

  /** Guest speakers the Secretariat added to the roster, by key. */
  final Set<String> added = new HashSet<>();

  final Set<String> sources = new HashSet<>();
  Instant closesAt;
  long intake;
  Long atRostrum;
  Speaking speaking;

  /** The speeches points of order interrupted, the latest first. */
  final java.util.Deque<Speaking> interrupted = new java.util.ArrayDeque<>();

  ReferenceModel(Instant closesAt) {
    this(closesAt, false);
  }

  ReferenceModel(Instant closesAt, boolean procedure) {
    this.closesAt = closesAt;
    this.procedure = procedure;
  }

  static boolean fromTheList(String kind) {
    return kind.equals("STATEMENT") || kind.equals("GROUP_STATEMENT");
  }

  /** Who holds a place, by one voice: the participant, or the group; none for the others. */
  static String holderKey(String kind, String participant, String group) {
    return switch (kind) {
      case "STATEMENT" -> participant;
      case "GROUP_STATEMENT" -> "group:" + group.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
      default -> null;
    };
  }

  static String holderKey(Entry e) {
    return holderKey(e.kind, e.participant, e.group);
  }

  static int band(String kind) {
    return switch (kind) {
      case "POINT_OF_ORDER" -> 0;
      case "RIGHT_OF_REPLY" -> 2;
      default -> 1;
    };
  }

  /** The tier of a statement under the procedure: groups, States, bodies, civil society, others. */
  int tier(String kind, String participant) {
    if (!procedure || !fromTheList(kind)) {
      return 0;
    }
    if (kind.equals("GROUP_STATEMENT")) {
      return 0;
    }
    if (!participant.contains(":")) {
      return 1;
    }
    if (participant.startsWith("igo:") || participant.startsWith("court:")) {
      return 2;
    }
    return participant.startsWith("cs:") ? 3 : 4;
  }

  /** The time an entry is given: its kind's, a reply's by how many came before it. */
  Duration allotted(Entry e) {
    return switch (e.kind) {
      case "POINT_OF_ORDER" -> Duration.ofMinutes(1);
      case "GROUP_STATEMENT" -> Duration.ofMinutes(3);
      case "RIGHT_OF_REPLY" ->
          replies(e.participant, e.segment, e.id).stream().anyMatch(o -> o.id < e.id)
              ? Duration.ofMinutes(2)
              : Duration.ofMinutes(3);
      default -> Duration.ofMinutes(2);
    };
  }

  /** The replies a participant holds on a segment's list, but {@code except}. */
  List<Entry> replies(String participant, String segment, long except) {
    List<Entry> replies = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.kind.equals("RIGHT_OF_REPLY")
          && e.onList()
          && e.id != except
          && e.segment.equals(segment)
          && e.participant.equals(participant)) {
        replies.add(e);
      }
    }
    return replies;
  }

  List<Entry> list(String segment) {
    List<Entry> list = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.segment.equals(segment) && e.onList()) {
        list.add(e);
      }
    }
    list.sort(ORDER);
    return list;
  }

  String open() {
    for (String s : segments) {
      if (!ended.contains(s)) {
        return s;
      }
    }
    return null;
  }

  /** A request from a participant known by its key; returns the outcome's code. */
  String register(
      String participant,
      String segmentWritten,
      Instant receivedAt,
      String ref,
      Instant now,
      String kind,
      String group) {
    if (ref != null && sources.contains(ref)) {
      return "REPLAY";
    }
    // R10: a stated time after now, or outside the year around the meeting: refused, nothing
    // recorded (the server's clock, the moment of processing itself, is always possible)
    boolean impossible =
        receivedAt.isAfter(now)
            || receivedAt.isBefore(Instant.parse("2023-12-05T14:00:00Z"))
            || receivedAt.isAfter(Instant.parse("2025-12-06T16:00:00Z"));
    if (impossible && !receivedAt.equals(now)) {
      return "AT_THE_DOOR";
    }
    if (ref != null) {
      sources.add(ref);
    }
    long id = ++intake;
    Request request = new Request(id, participant, segmentWritten, receivedAt, kind, group);
    requests.put(id, request);
    String outcome = decide(request, false, null);
    // PO2: a point of order pauses the statement that runs.
    if (outcome.equals("INSCRIBED")
        && kind.equals("POINT_OF_ORDER")
        && speaking != null
        && speaking.pausedSince == null
        && !entries.get(speaking.id).kind.equals("POINT_OF_ORDER")) {
      speaking.pausedSince = now;
    }
    return outcome;
  }

  /**
   * Decides a request: R10, R1, R9, then R5 by first come, first served ({@code (receivedAt, id)}).
   * A correction finds a list closed only if it was closed before the request was first recorded;
   * {@code was} is the place it held, kept when it still waits on the same list.
   */
  /** Whether the request's participant holds a place it would not replace (R5). */
  private boolean holdsAnother(Request r) {
    String key = holderKey(r.kind, r.participant, r.group);
    Long held = key == null ? null : holders.get(key);
    if (held == null) {
      return false;
    }
    Entry h = entries.get(held);
    boolean first =
        r.receivedAt.isBefore(h.receivedAt) || (r.receivedAt.equals(h.receivedAt) && r.id < h.id);
    return !(first && h.status.equals("WAITING"));
  }

  private String decide(Request r, boolean correction, Entry was) {
    r.refusal = null;
    String segment = r.segment.trim().toUpperCase(Locale.ROOT);
    if (!fromTheList(r.kind) && segment.isEmpty() && open() != null) {
      segment = open();
    }
    boolean fromList = fromTheList(r.kind);
    String refusal = null;
    if (!procedure && !r.kind.equals("STATEMENT")) {
      refusal = "INVALID";
    } else if (!segments.contains(segment)) {
      refusal = "UNKNOWN_SEGMENT";
    } else if (r.participant.startsWith("other:guest-") && !added.contains(r.participant)) {
      refusal = "INVALID";
    } else if (holdsAnother(r)) {
      // R5 before R1 and R9: a participant holding a place is told so, whenever it asks
      refusal = "DUPLICATE";
    } else if (fromList && !r.receivedAt.isBefore(closesAt)) {
      refusal = "LATE";
    } else if (!fromList
        ? ended.contains(segment)
        : correction
            ? ended.contains(segment)
                || (closed.containsKey(segment) && r.id > closed.get(segment))
                || reopened.getOrDefault(segment, List.of()).stream()
                    .anyMatch(span -> r.id > span[0] && r.id <= span[1])
            : closed.containsKey(segment) || ended.contains(segment)) {
      refusal = "LIST_CLOSED";
    } else if (r.kind.equals("RIGHT_OF_REPLY")
        && replies(r.participant, segment, r.id).size() >= 2) {
      refusal = "TOO_MANY_REPLIES";
    } else {
      String key = holderKey(r.kind, r.participant, r.group);
      Long held = key == null ? null : holders.get(key);
      if (held != null) {
        Entry h = entries.get(held);
        boolean first =
            r.receivedAt.isBefore(h.receivedAt)
                || (r.receivedAt.equals(h.receivedAt) && r.id < h.id);
        if (first && h.status.equals("WAITING")) {
          h.status = "SUPERSEDED";
        } else {
          refusal = "DUPLICATE";
        }
      }
    }
    if (refusal != null) {
      r.refusal = refusal;
      entries.remove(r.id);
      return refusal;
    }
    // Once inscribed, a request names its segment as the list holds it (a point of order raised
    // with none names the segment that ran).
    r.segment = segment;
    Entry e = new Entry(r.id, r.participant, segment, r.receivedAt, r.kind, r.group);
    e.band = band(r.kind);
    e.tier = tier(r.kind, r.participant);
    if (was != null
        && was.status.equals("WAITING")
        && was.segment.equals(segment)
        && tier(was.kind, was.participant) == e.tier) {
      e.band = was.band;
      e.round = was.round;
      e.tier = was.tier;
      e.at = was.at;
      e.seq = was.seq;
      e.absences = was.absences;
    }
    entries.put(r.id, e);
    if (holderKey(e) != null) {
      holders.put(holderKey(e), r.id);
    }
    return "INSCRIBED";
  }

  /** Whether request {@code id} may be corrected: recorded, not annulled, not yet in the room. */
  private boolean correctable(long id, Set<String> statuses) {
    if (id < 1 || id > intake || annulled.contains(id)) {
      return false;
    }
    Entry e = entries.get(id);
    return e == null || statuses.contains(e.status);
  }

  /** C2: the request corrected and decided again at its time of receipt; returns its outcome. */
  String amend(long id, String participant, String segment, Instant now) {
    if (!correctable(id, Set.of("WAITING", "SUPERSEDED"))) {
      return null;
    }
    Request r = requests.get(id);
    Entry was = entries.get(id);
    String freed = was != null && was.onList() ? holderKey(was) : null;
    if (was != null) {
      entries.remove(id);
      if (holderKey(was) != null) {
        holders.remove(holderKey(was), id);
      }
    }
    if (participant != null) {
      r.participant = participant;
    }
    if (segment != null) {
      r.segment = segment;
    }
    String outcome = decide(r, true, was);
    freed(freed, id);
    return outcome;
  }

  boolean annul(long id, Instant now) {
    if (!correctable(id, Set.of("WAITING", "SUPERSEDED", "WITHDRAWN"))) {
      return false;
    }
    annulled.add(id);
    Entry e = entries.get(id);
    String freed = e != null && e.onList() ? holderKey(e) : null;
    if (e != null) {
      e.status = "ANNULLED";
      if (holderKey(e) != null) {
        holders.remove(holderKey(e), id);
      }
    }
    freed(freed, id);
    return true;
  }

  /** C3: a participant left without a place by a correction: its held-back requests, again. */
  private void freed(String key, long corrected) {
    if (key == null || holders.containsKey(key)) {
      return;
    }
    List<Long> heldBack = new ArrayList<>();
    for (long j = 1; j <= intake; j++) {
      Request r = requests.get(j);
      Entry e = entries.get(j);
      boolean superseded = e != null && e.status.equals("SUPERSEDED");
      boolean duplicate = e == null && "DUPLICATE".equals(r.refusal);
      if (j != corrected
          && !annulled.contains(j)
          && key.equals(holderKey(r.kind, r.participant, r.group))
          && (superseded || duplicate)) {
        heldBack.add(j);
      }
    }
    for (long j : heldBack) {
      entries.remove(j);
      decide(requests.get(j), true, null);
    }
  }

  /** The refused requests the list shows: every refusal that stands, not annulled. */
  List<Long> refused() {
    List<Long> refused = new ArrayList<>();
    for (long j = 1; j <= intake; j++) {
      if (requests.get(j).refusal != null && !annulled.contains(j)) {
        refused.add(j);
      }
    }
    return refused;
  }

  private Entry waiting(long id) {
    Entry e = entries.get(id);
    return e != null && e.status.equals("WAITING") ? e : null;
  }

  boolean waitingId(long id) {
    return waiting(id) != null;
  }

  boolean withdraw(long id) {
    Entry e = waiting(id);
    if (e == null) {
      return false;
    }
    e.status = "WITHDRAWN";
    if (holderKey(e) != null) {
      holders.remove(holderKey(e), id);
    }
    return true;
  }

  boolean swap(long a, long b) {
    Entry x = waiting(a);
    Entry y = waiting(b);
    if (x == null || y == null || !x.segment.equals(y.segment)) {
      return false;
    }
    int band = x.band;
    int round = x.round;
    int tier = x.tier;
    Instant at = x.at;
    long seq = x.seq;
    x.band = y.band;
    x.round = y.round;
    x.tier = y.tier;
    x.at = y.at;
    x.seq = y.seq;
    y.band = band;
    y.round = round;
    y.tier = tier;
    y.at = at;
    y.seq = seq;
    return true;
  }

  boolean close(String segment) {
    return closed.putIfAbsent(segment, intake) == null;
  }

  boolean reopen(String segment) {
    if (ended.contains(segment) || !closed.containsKey(segment)) {
      return false;
    }
    reopened
        .computeIfAbsent(segment, s -> new ArrayList<>())
        .add(new long[] {closed.remove(segment), intake});
    return true;
  }

  boolean extend(Instant to) {
    if (!to.isAfter(closesAt)) {
      return false;
    }
    closesAt = to;
    return true;
  }

  private Entry firstWaiting(String open) {
    for (Entry e : list(open)) {
      if (e.status.equals("WAITING")) {
        return e;
      }
    }
    return null;
  }

  boolean callNext() {
    String open = open();
    Entry first = open == null ? null : firstWaiting(open);
    if (speaking != null && speaking.pausedSince != null) {
      // Only a point of order is called over a paused speech.
      if (first == null || !first.kind.equals("POINT_OF_ORDER")) {
        return false;
      }
    } else if (speaking != null) {
      return false;
    }
    if (atRostrum != null || open == null || first == null) {
      return false;
    }
    first.status = "CALLED";
    atRostrum = first.id;
    begun.add(open);
    if (speaking != null) {
      interrupted.push(speaking);
      speaking = null;
    }
    return true;
  }

  boolean start(Instant now) {
    if (speaking != null || atRostrum == null) {
      return false;
    }
    entries.get(atRostrum).status = "SPEAKING";
    speaking = new Speaking(atRostrum, now);
    atRostrum = null;
    return true;
  }

  Duration stop(Instant now) {
    if (speaking == null) {
      return null;
    }
    entries.get(speaking.id).status = "SPOKE";
    Duration paused =
        speaking.paused.plus(
            speaking.pausedSince == null
                ? Duration.ZERO
                : positive(Duration.between(speaking.pausedSince, now)));
    Duration d = positive(Duration.between(speaking.since, now).minus(paused));
    speaking = interrupted.poll();
    return d;
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** The time the speech at the rostrum has left at {@code now}. */
  Duration left(Speaking s, Instant now) {
    Instant until = s.pausedSince != null ? s.pausedSince : now;
    Duration spoken = positive(Duration.between(s.since, until).minus(s.paused));
    return allotted(entries.get(s.id)).plus(s.granted).minus(spoken);
  }

  boolean pause(Instant now) {
    if (speaking == null || speaking.pausedSince != null) {
      return false;
    }
    speaking.pausedSince = now;
    return true;
  }

  boolean resume(Instant now) {
    if (atRostrum != null || speaking == null || speaking.pausedSince == null) {
      return false;
    }
    speaking.paused = speaking.paused.plus(positive(Duration.between(speaking.pausedSince, now)));
    speaking.pausedSince = null;
    return true;
  }

  boolean grant(Duration extra) {
    if (speaking == null) {
      return false;
    }
    speaking.granted = speaking.granted.plus(extra);
    return true;
  }

  boolean absent(Instant now) {
    if (speaking != null || atRostrum == null) {
      return false;
    }
    Entry e = entries.get(atRostrum);
    atRostrum = null;
    speaking = interrupted.poll();
    if (e.absences < 1) {
      e.absences++;
      e.status = "WAITING";
      e.round = e.absences;
      e.at = now;
    } else {
      e.absences++;
      e.status = "DROPPED";
      if (holderKey(e) != null) {
        holders.remove(holderKey(e), e.id);
      }
    }
    return true;
  }

  boolean endSegment() {
    String open = open();
    if (speaking != null || !interrupted.isEmpty() || open == null) {
      return false;
    }
    for (Entry e : list(open)) {
      if (e.status.equals("WAITING") || e.status.equals("CALLED")) {
        e.status = "NOT_REACHED";
      }
    }
    atRostrum = null;
    ended.add(open);
    return true;
  }

  /** L6: the segment ended last, while nobody has been called in a later one. */
  boolean resumable(String segment) {
    if (!ended.contains(segment)) {
      return false;
    }
    for (String later : segments.subList(segments.indexOf(segment) + 1, segments.size())) {
      if (ended.contains(later) || begun.contains(later)) {
        return false;
      }
    }
    return true;
  }

  boolean resume(String segment) {
    if (!resumable(segment)) {
      return false;
    }
    for (Entry e : entries.values()) {
      if (e.segment.equals(segment) && e.status.equals("NOT_REACHED")) {
        e.status = "WAITING";
      }
    }
    ended.remove(segment);
    return true;
  }

  /** R11: a guest joins the roster once. */
  boolean addParticipant(String key) {
    return added.add(key);
  }
}
