package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * A place on the list as the meeting stands: its status, its time — actual once the speech has
 * started, projected from the meeting's progress before (T1, T3) — whether it lies past the
 * segment's window (T2), and the swap that put it where it stands, if one did.
 *
 * @param projectedStart the actual start once the speech started, else the projected one
 * @param projectedEnd the actual end once the speech ended, else the projected one
 * @param actual the speech as given so far, once it started
 * @param swapped the last swap of this place, if the chair swapped it
 */
public record ScheduledSpeaker(
    ListEntry entry,
    Instant projectedStart,
    Instant projectedEnd,
    boolean timePermitting,
    Option<Actual> actual,
    Option<Swap> swapped) {

  /**
   * A speech as given: when it started, when it ended (none while it runs), and how long it has
   * been spoken, pauses not counted.
   */
  public record Actual(Instant start, Option<Instant> end, Duration spoken) {
    public Actual {
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      requireNonNull(spoken, "spoken");
    }
  }

  public ScheduledSpeaker {
    requireNonNull(entry, "entry");
    requireNonNull(projectedStart, "projectedStart");
    requireNonNull(projectedEnd, "projectedEnd");
    requireNonNull(actual, "actual");
    requireNonNull(swapped, "swapped");
  }

  /** A place as planned: no speech given, no swap known. */
  public ScheduledSpeaker(
      ListEntry entry, Instant projectedStart, Instant projectedEnd, boolean timePermitting) {
    this(entry, projectedStart, projectedEnd, timePermitting, Option.none(), Option.none());
  }

  public RegistrationStatus status() {
    return entry.status();
  }

  /**
   * Whether its time means something: it has spoken or speaks, or is still to speak. A place not
   * reached has no time.
   */
  public boolean timed() {
    return actual.isDefined() || entry.status().waiting();
  }

  /** The same place with its swap. */
  public ScheduledSpeaker withSwap(Option<Swap> swap) {
    return new ScheduledSpeaker(entry, projectedStart, projectedEnd, timePermitting, actual, swap);
  }
}
