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
          && !status.equals("SUPERSEDED");
    }
  }

  private static final Comparator<Entry> ORDER =
      Comparator.<Entry>comparingInt(e -> e.round)
          .thenComparing(e -> e.at)
          .thenComparingLong(e -> e.seq);

  final List<String> segments = List.of("I", "II");
  final Map<Long, Entry> entries = new HashMap<>();
  final Map<String, Long> holders = new HashMap<>();
  final Set<String> closed = new HashSet<>();
  final Set<String> ended = new HashSet<>();
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
    String segment = segmentWritten.trim().toUpperCase(Locale.ROOT);
    if (!segments.contains(segment)) {
      return "UNKNOWN_SEGMENT";
    }
    if (receivedAt.isAfter(now)) {
      return "INVALID";
    }
    if (!receivedAt.isBefore(closesAt)) {
      return "LATE";
    }
    if (closed.contains(segment) || ended.contains(segment)) {
      return "LIST_CLOSED";
    }
    Long held = holders.get(participant);
    if (held != null) {
      Entry h = entries.get(held);
      if (receivedAt.isBefore(h.receivedAt) && h.status.equals("WAITING")) {
        h.status = "SUPERSEDED";
      } else {
        return "DUPLICATE";
      }
    }
    entries.put(id, new Entry(id, participant, segment, receivedAt));
    holders.put(participant, id);
    return "INSCRIBED";
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
    return closed.add(segment);
  }

  boolean reopen(String segment) {
    return !ended.contains(segment) && closed.remove(segment);
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
}
