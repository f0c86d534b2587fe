package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;

/**
 * A segment's list with projected times and its capacity.
 *
 * @param steadyUntil until when these times hold as the clock runs on the same record: none when
 *     they do not depend on the clock (a plan, a segment over); the instant they were projected at
 *     when they move with it (the meeting runs late, a speech is paused or overruns)
 */
public record Schedule(
    SpeakersList list,
    int capacity,
    List<ScheduledSpeaker> speakers,
    io.vavr.control.Option<java.time.Instant> steadyUntil) {

  public Schedule {
    requireNonNull(list, "list");
    requireNonNull(speakers, "speakers");
    requireNonNull(steadyUntil, "steadyUntil");
  }

  /** A plan: its times do not depend on the clock. */
  public Schedule(SpeakersList list, int capacity, List<ScheduledSpeaker> speakers) {
    this(list, capacity, speakers, io.vavr.control.Option.none());
  }

  public Segment segment() {
    return list.segment();
  }

  /**
   * T4: when the list ends at the pace these times were projected, and how many places still to
   * speak lie past the segment's window.
   */
  public Forecast forecast() {
    List<ScheduledSpeaker> toSpeak =
        speakers.filter(
            s ->
                s.status().waiting()
                    || s.status() == RegistrationStatus.SPEAKING
                    || s.status() == RegistrationStatus.PAUSED);
    return new Forecast(
        toSpeak.map(ScheduledSpeaker::projectedEnd).maxBy(java.util.Comparator.naturalOrder()),
        toSpeak.count(s -> s.timePermitting() && s.status().waiting()),
        segment().window().end());
  }

  /** The places still to speak: waiting, called, or sent to the end after an absence. */
  public List<ScheduledSpeaker> waiting() {
    return speakers.filter(s -> s.status().waiting());
  }
}
