package org.rostrum.core.view;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.function.Function;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Segment;

/**
 * Speaking time, counted from the speeches given: per participant, per category and per kind, with
 * overruns, time granted and pauses; and per segment, the time used against the time planned.
 *
 * @param byParticipant in order of first speech
 * @param byCategory in the order of the categories
 * @param byKind in the order of the kinds
 * @param bySegment every segment, in the plenary's order
 */
public record Statistics(
    Seq<Line<Participant>> byParticipant,
    Seq<Line<ParticipantCategory>> byCategory,
    Seq<Line<InterventionKind>> byKind,
    Seq<SegmentTime> bySegment) {

  public Statistics {
    requireNonNull(byParticipant, "byParticipant");
    requireNonNull(byCategory, "byCategory");
    requireNonNull(byKind, "byKind");
    requireNonNull(bySegment, "bySegment");
  }

  /**
   * The speeches of one participant, category or kind: how many, the time spoken (pauses not
   * counted), how many overran and by how much in all, the time the chair granted and paused.
   */
  public record Line<K>(
      K key,
      int speeches,
      Duration spoken,
      int overruns,
      Duration overrunTime,
      Duration granted,
      Duration paused) {
    public Line {
      requireNonNull(key, "key");
      requireNonNull(spoken, "spoken");
      requireNonNull(overrunTime, "overrunTime");
      requireNonNull(granted, "granted");
      requireNonNull(paused, "paused");
    }
  }

  /**
   * A segment's time: {@code planned} for speakers (its window less its programme items), {@code
   * used} by the speeches given in it.
   */
  public record SegmentTime(Segment segment, Duration planned, Duration used, int speeches) {
    public SegmentTime {
      requireNonNull(segment, "segment");
      requireNonNull(planned, "planned");
      requireNonNull(used, "used");
    }

    /** The time planned and not used; negative when the segment ran over. */
    public Duration left() {
      return planned.minus(used);
    }
  }

  /** The statistics of these speeches, for these segments. */
  static Statistics of(Seq<ReportView.Spoken> speeches, Seq<Segment> segments) {
    return new Statistics(
        lines(speeches, s -> s.inscription().registration().participant()),
        lines(speeches, s -> s.inscription().registration().participant().category())
            .sortBy(Line::key),
        lines(speeches, s -> s.inscription().registration().kind()).sortBy(Line::key),
        segments.map(
            segment -> {
              Seq<ReportView.Spoken> in =
                  speeches.filter(s -> s.inscription().segment().equals(segment.id()));
              return new SegmentTime(
                  segment,
                  segment.window().length().minus(segment.programmeTime()),
                  sum(in, ReportView.Spoken::length),
                  in.size());
            }));
  }

  private static <K> Seq<Line<K>> lines(
      Seq<ReportView.Spoken> speeches, Function<ReportView.Spoken, K> key) {
    LinkedHashMap<K, Seq<ReportView.Spoken>> groups = LinkedHashMap.empty();
    for (ReportView.Spoken s : speeches) {
      K k = key.apply(s);
      groups = groups.put(k, groups.get(k).getOrElse(io.vavr.collection.List.empty()).append(s));
    }
    return groups
        .map(
            g ->
                new Line<>(
                    g._1,
                    g._2.size(),
                    sum(g._2, ReportView.Spoken::length),
                    g._2.count(s -> s.overrun().isDefined()),
                    sum(g._2, s -> s.overrun().getOrElse(Duration.ZERO)),
                    sum(g._2, s -> s.speech().granted()),
                    sum(g._2, s -> s.speech().pausedFor(s.endedAt()))))
        .toList();
  }

  private static Duration sum(
      Seq<ReportView.Spoken> speeches, Function<ReportView.Spoken, Duration> of) {
    return speeches.map(of).fold(Duration.ZERO, Duration::plus);
  }
}
