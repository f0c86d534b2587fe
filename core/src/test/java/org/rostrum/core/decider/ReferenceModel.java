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
 */
final class ReferenceModel {

  /** An inscribed request in the model. */
  static final class Entry {
    final long id;
    final String participant;
    final String segment;
    final Instant receivedAt;
    String status = "WAITING";
    int absences;
    int round;
    Instant at;
    long seq;

    Entry(long id, String participant, String segment, Instant receivedAt) {
      this.id = id;
      this.participant = participant;
      this.segment = segment;
      this.receivedAt = receivedAt;
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
    String refusal;

    Request(long id, String participant, String segment, Instant receivedAt) {
      this.id = id;
      this.participant = participant;
      this.segment = segment;
      this.receivedAt = receivedAt;
    }
  }

  private static final Comparator<Entry> ORDER =
      Comparator.<Entry>comparingInt(e -> e.round)
          .thenComparing(e -> e.at)
          .thenComparingLong(e -> e.seq);

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
  Long speaking;
  Instant speakingSince;

  ReferenceModel(Instant closesAt) {
    this.closesAt = closesAt;
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
      String participant, String segmentWritten, Instant receivedAt, String ref, Instant now) {
    if (ref != null && sources.contains(ref)) {
      return "REPLAY";
    }
    if (ref != null) {
      sources.add(ref);
    }
    long id = ++intake;
    Request request = new Request(id, participant, segmentWritten, receivedAt);
    requests.put(id, request);
    return decide(request, now, false, null);
  }

  /**
   * Decides a request: R10, R1, R9, then R5 by first come, first served ({@code (receivedAt, id)}).
   * A correction finds a list closed only if it was closed before the request was first recorded;
   * {@code was} is the place it held, kept when it still waits on the same list.
   */
  private String decide(Request r, Instant now, boolean correction, Entry was) {
    r.refusal = null;
    String segment = r.segment.trim().toUpperCase(Locale.ROOT);
    String refusal = null;
    if (!segments.contains(segment)) {
      refusal = "UNKNOWN_SEGMENT";
    } else if (r.receivedAt.isAfter(now)) {
      refusal = "INVALID";
    } else if (r.participant.startsWith("other:guest-") && !added.contains(r.participant)) {
      refusal = "INVALID";
    } else if (!r.receivedAt.isBefore(closesAt)) {
      refusal = "LATE";
    } else if (correction
        ? ended.contains(segment)
            || (closed.containsKey(segment) && r.id > closed.get(segment))
            || reopened.getOrDefault(segment, List.of()).stream()
                .anyMatch(span -> r.id > span[0] && r.id <= span[1])
        : closed.containsKey(segment) || ended.contains(segment)) {
      refusal = "LIST_CLOSED";
    } else {
      Long held = holders.get(r.participant);
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
    Entry e = new Entry(r.id, r.participant, segment, r.receivedAt);
    if (was != null && was.status.equals("WAITING") && was.segment.equals(segment)) {
      e.round = was.round;
      e.at = was.at;
      e.seq = was.seq;
      e.absences = was.absences;
    }
    entries.put(r.id, e);
    holders.put(r.participant, r.id);
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
    String freed = was != null && was.onList() ? was.participant : null;
    if (was != null) {
      entries.remove(id);
      holders.remove(was.participant, id);
    }
    if (participant != null) {
      r.participant = participant;
    }
    if (segment != null) {
      r.segment = segment;
    }
    String outcome = decide(r, now, true, was);
    freed(freed, id, now);
    return outcome;
  }

  boolean annul(long id, Instant now) {
    if (!correctable(id, Set.of("WAITING", "SUPERSEDED", "WITHDRAWN"))) {
      return false;
    }
    annulled.add(id);
    Entry e = entries.get(id);
    String freed = e != null && e.onList() ? e.participant : null;
    if (e != null) {
      e.status = "ANNULLED";
      holders.remove(e.participant, id);
    }
    freed(freed, id, now);
    return true;
  }

  /** C3: a participant left without a place by a correction: its held-back requests, again. */
  private void freed(String participant, long corrected, Instant now) {
    if (participant == null || holders.containsKey(participant)) {
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
          && r.participant.equals(participant)
          && (superseded || duplicate)) {
        heldBack.add(j);
      }
    }
    for (long j : heldBack) {
      entries.remove(j);
      decide(requests.get(j), now, true, null);
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
    holders.remove(e.participant, id);
    return true;
  }

  boolean swap(long a, long b) {
    Entry x = waiting(a);
    Entry y = waiting(b);
    if (x == null || y == null || !x.segment.equals(y.segment)) {
      return false;
    }
    int round = x.round;
    Instant at = x.at;
    long seq = x.seq;
    x.round = y.round;
    x.at = y.at;
    x.seq = y.seq;
    y.round = round;
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

  boolean callNext() {
    String open = open();
    if (speaking != null || atRostrum != null || open == null) {
      return false;
    }
    for (Entry e : list(open)) {
      if (e.status.equals("WAITING")) {
        e.status = "CALLED";
        atRostrum = e.id;
        begun.add(open);
        return true;
      }
    }
    return false;
  }

  boolean start(Instant now) {
    if (speaking != null || atRostrum == null) {
      return false;
    }
    entries.get(atRostrum).status = "SPEAKING";
    speaking = atRostrum;
    speakingSince = now;
    atRostrum = null;
    return true;
  }

  Duration stop(Instant now) {
    if (speaking == null) {
      return null;
    }
    entries.get(speaking).status = "SPOKE";
    speaking = null;
    Duration d = Duration.between(speakingSince, now);
    return d.isNegative() ? Duration.ZERO : d;
  }

  boolean absent(Instant now) {
    if (speaking != null || atRostrum == null) {
      return false;
    }
    Entry e = entries.get(atRostrum);
    atRostrum = null;
    if (e.absences < 1) {
      e.absences++;
      e.status = "WAITING";
      e.round = e.absences;
      e.at = now;
    } else {
      e.absences++;
      e.status = "DROPPED";
      holders.remove(e.participant, e.id);
    }
    return true;
  }

  boolean endSegment() {
    String open = open();
    if (speaking != null || open == null) {
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
