package org.rostrum.core.view;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Speech;

/**
 * What happened in the room, at one version: who is at the rostrum, the speeches given with their
 * lengths and overruns (L4), who was absent when called (L3), who was not reached (L5) and who
 * still waits.
 *
 * @param called the speaker called to the rostrum who has not started, if any
 * @param speaking the running speech, if any
 * @param speeches the speeches given, in order
 * @param absent everyone absent at least once when called, in intake order
 * @param notReached those whose segment ended before they were called (L5)
 * @param waiting those still waiting or called, in intake order
 * @param statistics speaking time per participant, category, kind and segment
 */
public record ReportView(
    long version,
    Plenary plenary,
    Option<Inscription> called,
    Option<Speaking> speaking,
    Seq<Spoken> speeches,
    Seq<Inscription> absent,
    Seq<Inscription> notReached,
    Seq<Inscription> waiting,
    Statistics statistics) {

  public ReportView {
    requireNonNull(plenary, "plenary");
    requireNonNull(called, "called");
    requireNonNull(speaking, "speaking");
    requireNonNull(speeches, "speeches");
    requireNonNull(absent, "absent");
    requireNonNull(notReached, "notReached");
    requireNonNull(waiting, "waiting");
    requireNonNull(statistics, "statistics");
  }

  /** The speech running now and since when. */
  public record Speaking(Inscription inscription, Instant since) {
    public Speaking {
      requireNonNull(inscription, "inscription");
      requireNonNull(since, "since");
    }
  }

  /**
   * A speech given: its length and, when it exceeded the limit, by how much (L4).
   *
   * @param overrun how far past the limit, if it was
   */
  public record Spoken(
      Inscription inscription,
      Speech speech,
      Instant endedAt,
      Duration length,
      Option<Duration> overrun) {
    public Spoken {
      requireNonNull(inscription, "inscription");
      requireNonNull(speech, "speech");
      requireNonNull(endedAt, "endedAt");
      requireNonNull(length, "length");
      requireNonNull(overrun, "overrun");
    }
  }

  /** The time spoken in all. */
  public Duration total() {
    return speeches.map(Spoken::length).foldLeft(Duration.ZERO, Duration::plus);
  }

  /** How many speeches exceeded the limit. */
  public int overruns() {
    return speeches.count(s -> s.overrun().isDefined());
  }
}
