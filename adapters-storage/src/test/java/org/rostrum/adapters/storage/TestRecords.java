package org.rostrum.adapters.storage;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;

/**
 * One fixed example of every event and every refusal the journal stores, each with every field it
 * can hold present, so that its golden file shows every stored name. Change an example only with
 * its golden file, and never to make a changed format pass.
 */
final class TestRecords {

  private TestRecords() {}

  static final Instant DEADLINE = Instant.parse("2024-12-04T23:00:00Z");
  static final Instant RECEIVED = Instant.parse("2024-12-03T09:15:02.417Z");
  static final Instant CALLED = Instant.parse("2024-12-05T14:00:01.125Z");
  static final Instant STARTED = Instant.parse("2024-12-05T14:00:20Z");
  static final Instant ENDED = Instant.parse("2024-12-05T14:02:50.750Z");

  static RegistrationId id(long value) {
    return RegistrationId.of(value);
  }

  static SegmentId segment(String value) {
    return SegmentId.of(value);
  }

  static Participant state(String key, String en, String fr) {
    return Participant.of(
        ParticipantKey.of(key), LocalizedText.of(en, fr), ParticipantCategory.STATE_PARTY);
  }

  /** An inscription with every optional field given. */
  static final Registration SENEGAL =
      Registration.builder()
          .id(id(3))
          .participant(state("SEN", "Senegal", "Sénégal"))
          .segment(segment("I"))
          .speaker(Option.some("S.E. M. Diop"))
          .language(Option.some("fr"))
          .receivedAt(RECEIVED)
          .senderClock(true)
          .sourceRef(Option.some("<3@diplomatie.gouv.sn>"))
          .onBehalfOf(Option.some("the African Group"))
          .build();

  /** A request as sent, with every optional field given. */
  static final RegistrationRequest IVORY_COAST_ASKS =
      RegistrationRequest.builder()
          .segment("ii")
          .participant("la délégation de la Côte d’Ivoire")
          .category(Option.some(ParticipantCategory.STATE_PARTY))
          .speaker(Option.some("S.E. M. Kouassi"))
          .language(Option.some("fr"))
          .receivedAt(RECEIVED)
          .senderClock(true)
          .sourceRef(Option.some("<7@diplomatie.gouv.ci>"))
          .onBehalfOf(Option.some("the African Group"))
          .build();

  /** The request that every refusal's example refuses: as little as a request holds. */
  static final RegistrationRequest CHILE_ASKS =
      RegistrationRequest.builder().segment("I").participant("Chile").receivedAt(RECEIVED).build();

  /** One example of every event type. */
  static List<Event> events() {
    return List.of(
        new Event.RegistrationInscribed(SENEGAL),
        new Event.RegistrationRejected(
            id(7),
            IVORY_COAST_ASKS,
            Option.some(state("CIV", "Côte d'Ivoire", "Côte d’Ivoire")),
            new Rejection.Duplicate(id(4), segment("I"))),
        new Event.RegistrationSuperseded(id(9), id(10)),
        new Event.RegistrationWithdrawn(id(2)),
        new Event.PlacesSwapped(id(1), id(3)),
        new Event.ListClosed(segment("II")),
        new Event.ListReopened(segment("II")),
        new Event.DeadlineExtended(DEADLINE, Instant.parse("2024-12-05T12:00:00Z")),
        new Event.SpeakerCalled(id(10), segment("I"), CALLED),
        new Event.SpeechStarted(id(10), STARTED),
        new Event.SpeechEnded(
            id(10),
            STARTED,
            ENDED,
            Duration.between(STARTED, ENDED),
            Option.some(Duration.ofMillis(30_750))),
        new Event.SpeakerAbsent(id(3), CALLED, true),
        new Event.SegmentEnded(segment("I"), ENDED, List.of(id(4), id(3))),
        new Event.RequestAmended(
            id(5),
            Either.right(Registration.builder().from(SENEGAL).id(id(5)).build()),
            "mail from Dakar typed as « Sénégale »",
            Option.none()),
        new Event.RequestAmended(
            id(8),
            Either.left(
                new Event.RegistrationRejected(
                    id(8), CHILE_ASKS, Option.none(), new Rejection.ListClosed(segment("I")))),
            "",
            Option.some(id(5))),
        new Event.RequestAnnulled(id(6), "test entry made during training"),
        new Event.SegmentResumed(segment("I"), List.of(id(4), id(3))),
        new Event.ParticipantAdded(
            new org.rostrum.core.model.RosterEntry(
                org.rostrum.core.model.ParticipantKey.of("cs:global-justice-network"),
                org.rostrum.core.model.LocalizedText.of(
                    "Global Justice Network",
                    "Réseau pour la justice mondiale",
                    "Red de Justicia Global"),
                Option.some(ParticipantCategory.CIVIL_SOCIETY),
                Option.none(),
                List.of("GJN", "RJM"),
                List.of("gjn.example.org"),
                List.empty())),
        new Event.SpeechPaused(id(10), STARTED.plusSeconds(42)),
        new Event.SpeechResumed(id(10), STARTED.plusSeconds(101)),
        new Event.TimeGranted(id(10), Duration.ofSeconds(45), STARTED.plusSeconds(110)));
  }

  /** One example of every kind of refusal. */
  static List<Rejection> refusals() {
    return List.of(
        new Rejection.Late(Instant.parse("2024-12-05T00:00:03Z"), DEADLINE),
        new Rejection.Duplicate(id(1), segment("I")),
        new Rejection.ListClosed(segment("II")),
        new Rejection.UnknownSegment("iii", List.of(segment("I"), segment("II"))),
        new Rejection.Invalid(Rejection.Invalid.Problem.CATEGORY_MISMATCH, "Observer", "State"),
        new Rejection.NotFound(id(99)),
        new Rejection.NotWaiting(id(10), RegistrationStatus.SPOKE),
        new Rejection.DifferentSegments(id(1), id(2)),
        new Rejection.AlreadyClosed(segment("II")),
        new Rejection.NotClosed(segment("I")),
        new Rejection.DeadlineNotLater(DEADLINE, Instant.parse("2024-12-04T22:00:00Z")),
        new Rejection.SpeechRunning(id(10)),
        new Rejection.NoSpeechRunning(),
        new Rejection.SpeakerAtRostrum(id(3)),
        new Rejection.NoSpeakerCalled(),
        new Rejection.NoWaitingSpeaker(segment("II")),
        new Rejection.NoOpenSegment(),
        new Rejection.Stale(12, 14),
        new Rejection.NotResumable(segment("I")),
        new Rejection.AlreadyOnRoster(org.rostrum.core.model.ParticipantKey.of("DEU"), "Allemagne"),
        new Rejection.TooManyReplies(2, List.of(id(4), id(9))),
        new Rejection.SpeechOnPause(id(10)),
        new Rejection.NotPaused(id(10)));
  }

  /** The refusal as the journal holds it: inside the refusal of a request. */
  static Event refused(Rejection rejection) {
    return new Event.RegistrationRejected(id(8), CHILE_ASKS, Option.none(), rejection);
  }
}
