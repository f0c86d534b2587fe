package org.rostrum.adapters.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.RegistrationId;

/**
 * Each kind of recorded event said as a sentence in the reader's language: what the chair's screen
 * says after an action, and what the report's record of changes lists.
 */
final class Sentences implements Event.Visitor<String> {

  private final Text text;
  private final Function<RegistrationId, String> named;
  private final ZoneId zone;

  /** Sentences in {@code text}'s language; {@code named} says who a request is ("#7 Chile"). */
  Sentences(Text text, Function<RegistrationId, String> named, ZoneId zone) {
    this.text = text;
    this.named = named;
    this.zone = zone;
  }

  private String time(Instant at) {
    return DateTimeFormatter.ofPattern("HH:mm:ss").format(at.atZone(zone));
  }

  private String named(RegistrationId id) {
    return named.apply(id);
  }

  /** The reason given, as one sentence (its own final stop dropped: the sentence ends it). */
  private String reason(String given) {
    return text.get("said.reason", given.strip().replaceFirst("[.!]+$", ""));
  }

  @Override
  public String registrationInscribed(Event.RegistrationInscribed e) {
    return text.get("said.inscribed", named(e.registration().id()), e.registration().segment());
  }

  @Override
  public String registrationRejected(Event.RegistrationRejected e) {
    return text.get(
        "said.rejected", e.id(), e.request().participant(), e.rejection().reason().name());
  }

  @Override
  public String registrationSuperseded(Event.RegistrationSuperseded e) {
    return text.get("said.superseded", named(e.superseded()), named(e.by()));
  }

  @Override
  public String registrationWithdrawn(Event.RegistrationWithdrawn e) {
    return text.get("said.withdrawn", named(e.id()));
  }

  @Override
  public String placesSwapped(Event.PlacesSwapped e) {
    return text.get("said.swapped", named(e.first()), named(e.second()));
  }

  @Override
  public String listClosed(Event.ListClosed e) {
    return text.get("said.closed", e.segment());
  }

  @Override
  public String listReopened(Event.ListReopened e) {
    return text.get("said.reopened", e.segment());
  }

  @Override
  public String deadlineExtended(Event.DeadlineExtended e) {
    return text.get(
        "said.extended",
        ListRenderer.RECEIVED.format(e.from().atZone(zone)),
        ListRenderer.RECEIVED.format(e.to().atZone(zone)));
  }

  @Override
  public String speakerCalled(Event.SpeakerCalled e) {
    return text.get("said.called", named(e.id()), time(e.at()));
  }

  @Override
  public String speechStarted(Event.SpeechStarted e) {
    return text.get("said.started", named(e.id()), time(e.at()));
  }

  @Override
  public String speechEnded(Event.SpeechEnded e) {
    String length = ReportCommand.minutes(e.length());
    return e.overrun().isDefined()
        ? text.get(
            "said.ended.over", named(e.id()), length, ReportCommand.minutes(e.overrun().get()))
        : text.get("said.ended", named(e.id()), length);
  }

  @Override
  public String speakerAbsent(Event.SpeakerAbsent e) {
    return text.get(e.requeued() ? "said.absent.requeued" : "said.absent.dropped", named(e.id()));
  }

  @Override
  public String segmentEnded(Event.SegmentEnded e) {
    return e.notReached().isEmpty()
        ? text.get("said.segment.ended", e.segment())
        : text.get(
            "said.segment.ended.not.reached",
            e.segment(),
            e.notReached().map(this::named).mkString(", "));
  }

  @Override
  public String requestAmended(Event.RequestAmended e) {
    String sentence =
        e.after().isDefined()
            ? text.get("said.amended.after", e.id(), e.after().get())
            : text.get("said.amended", e.id());
    return e.reason().isBlank() ? sentence : sentence + " " + reason(e.reason());
  }

  @Override
  public String requestAnnulled(Event.RequestAnnulled e) {
    return text.get("said.annulled", e.id()) + " " + reason(e.reason());
  }

  @Override
  public String participantAdded(Event.ParticipantAdded e) {
    return text.get(
        "said.participant.added", e.entry().names().in(text.language()), e.entry().key());
  }

  @Override
  public String segmentResumed(Event.SegmentResumed e) {
    return e.waitingAgain().isEmpty()
        ? text.get("said.segment.resumed", e.segment())
        : text.get(
            "said.segment.resumed.waiting",
            e.segment(),
            e.waitingAgain().map(this::named).mkString(", "));
  }

  @Override
  public String speechPaused(Event.SpeechPaused e) {
    return text.get("said.paused", named(e.id()), time(e.at()));
  }

  @Override
  public String speechResumed(Event.SpeechResumed e) {
    return text.get("said.resumed", named(e.id()), time(e.at()));
  }

  @Override
  public String timeGranted(Event.TimeGranted e) {
    return text.get("said.granted", named(e.id()), ReportCommand.minutes(e.extra()));
  }
}
