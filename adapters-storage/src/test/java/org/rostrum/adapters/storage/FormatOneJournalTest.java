package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.storage.TestRecords.id;
import static org.rostrum.adapters.storage.TestRecords.segment;
import static org.rostrum.adapters.storage.TestRecords.state;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.rules.Rejection;

/**
 * A store written by an earlier build opens in this one: every entry reads as the event that build
 * recorded, written again gives the bytes stored, and the chain verifies with the head it was
 * written with.
 *
 * <p>{@code journals/asp23-format-1.db} is a SQLite store written at commit c402ae5, the last
 * before the record's format was declared (ADR 18), by the {@code PlenaryService} over the bundled
 * ASP 23 plenary with a clock set by hand: fourteen requests (inscribed, with a speaker, a
 * language, the sender's clock, a group spoken for, or refused as unknown, duplicate, for an
 * unknown segment, on a closed list and late; one superseded by an earlier mail read later), a
 * withdrawal, a swap, a list closed and reopened, the deadline extended, and segment I run to its
 * end with an overrun, an absence and speakers not reached. It is format 1 as the previous
 * reflective codec wrote it; there was never an earlier format.
 */
class FormatOneJournalTest {

  static final PlenaryId ASP23 = PlenaryId.of(PlenaryDefinitions.ASP23);
  static final String HEAD = "ccc265f9f8777c396cd4a0530321404c399e68e524bd2258bd6a0da9a55f64bf";

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open_a_copy_of_the_store() throws IOException {
    Path copy = dir.resolve("asp23-format-1.db");
    Files.copy(Path.of("src/test/resources/journals/asp23-format-1.db"), copy);
    store = Store.open(copy.toString(), false, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void every_entry_reads_as_the_event_that_was_recorded() {
    assertThat(store.journal().read(ASP23, 0).map(JournalEntry::event))
        .containsExactlyElementsOf(RECORDED);
  }

  @Test
  void every_entry_written_again_gives_the_bytes_stored() {
    List<StoreJournal.Row> rows = List.ofAll(((StoreJournal) store.journal()).rows(ASP23, 0));
    assertThat(rows).hasSize(RECORDED.size());
    for (StoreJournal.Row row : rows) {
      Event event = EventCodec.decode(row.type(), row.version(), row.event());
      assertThat(EventCodec.type(event)).as("type of entry %d", row.seq()).isEqualTo(row.type());
      assertThat(EventCodec.version(event))
          .as("version of entry %d", row.seq())
          .isEqualTo(row.version());
      assertThat(EventCodec.encode(event)).as("entry %d", row.seq()).isEqualTo(row.event());
    }
  }

  /** The types of event added after this journal was written; each has its golden file. */
  static final List<Class<?>> ADDED_SINCE =
      List.of(
          Event.RequestAmended.class,
          Event.RequestAnnulled.class,
          Event.SegmentResumed.class,
          Event.ParticipantAdded.class,
          Event.SpeechPaused.class,
          Event.SpeechResumed.class,
          Event.TimeGranted.class);

  @Test
  void every_type_of_event_is_in_it_but_those_added_since() {
    assertThat(RECORDED.map(Object::getClass).distinct().appendAll(ADDED_SINCE))
        .containsExactlyInAnyOrderElementsOf(GoldenRecordsTest.leaves(Event.class));
  }

  @Test
  void its_entries_were_recorded_before_actors_were_kept_and_read_as_such() {
    assertThat(store.journal().read(ASP23, 0).map(JournalEntry::actor))
        .allSatisfy(actor -> assertThat(actor.isEmpty()).isTrue());
  }

  @Test
  void its_chain_verifies_with_the_head_it_was_written_with() {
    Verification verification = store.verify(ASP23);
    assertThat(verification.firstBreak()).isEmpty();
    assertThat(verification.entries()).isEqualTo(29);
    assertThat(verification.headHash()).isEqualTo(HEAD);
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static Registration inscribed(long id, Participant who, String segment, String receivedAt) {
    return Registration.builder()
        .id(id(id))
        .participant(who)
        .segment(segment(segment))
        .receivedAt(at(receivedAt))
        .build();
  }

  static Event refused(
      long id,
      String participant,
      String segment,
      String receivedAt,
      Option<Participant> who,
      Rejection rejection) {
    return new Event.RegistrationRejected(
        id(id),
        RegistrationRequest.builder()
            .participant(participant)
            .segment(segment)
            .receivedAt(at(receivedAt))
            .build(),
        who,
        rejection);
  }

  static final Participant FRANCE = state("FRA", "France", "France");
  static final Participant MEXICO = state("MEX", "Mexico", "Mexique");

  /** The events the earlier build recorded, in order. */
  static final List<Event> RECORDED =
      List.of(
          new Event.RegistrationInscribed(
              Registration.builder()
                  .from(inscribed(1, FRANCE, "I", "2024-12-03T09:15:02.417Z"))
                  .speaker(Option.some("H.E. Mr. Dupont"))
                  .language(Option.some("fr"))
                  .sourceRef(Option.some("<1@diplomatie.gouv.fr>"))
                  .build()),
          new Event.RegistrationInscribed(
              Registration.builder()
                  .from(inscribed(2, state("CHL", "Chile", "Chili"), "II", "2024-12-03T09:40:00Z"))
                  .sourceRef(Option.some("<m1@gob.cl>"))
                  .build()),
          new Event.RegistrationInscribed(
              Registration.builder()
                  .from(
                      inscribed(
                          3, state("SEN", "Senegal", "Sénégal"), "I", "2024-12-03T10:05:31.500Z"))
                  .language(Option.some("fr"))
                  .onBehalfOf(Option.some("the African Group"))
                  .build()),
          new Event.RegistrationInscribed(
              Registration.builder()
                  .from(inscribed(4, state("KEN", "Kenya", "Kenya"), "I", "2024-12-03T10:58:12Z"))
                  .speaker(Option.some("Ms. Wanjiru"))
                  .language(Option.some("en"))
                  .senderClock(true)
                  .sourceRef(Option.some("<k1@mfa.go.ke>"))
                  .build()),
          refused(
              5,
              "Atlantis",
              "I",
              "2024-12-03T11:00:00Z",
              Option.none(),
              new Rejection.Invalid(Rejection.Invalid.Problem.PARTICIPANT_UNKNOWN, "Atlantis", "")),
          refused(
              6,
              "France",
              "II",
              "2024-12-03T11:00:00Z",
              Option.some(FRANCE),
              new Rejection.Duplicate(id(1), segment("I"))),
          refused(
              7,
              "Japan",
              "iii",
              "2024-12-03T11:00:00Z",
              Option.none(),
              new Rejection.UnknownSegment("iii", List.of(segment("I"), segment("II")))),
          new Event.RegistrationInscribed(
              inscribed(
                  8,
                  Participant.of(
                      ParticipantKey.of("cs:amnesty"),
                      LocalizedText.of("Amnesty International", "Amnesty International"),
                      ParticipantCategory.CIVIL_SOCIETY),
                  "II",
                  "2024-12-03T11:00:00Z")),
          new Event.RegistrationInscribed(
              Registration.builder()
                  .from(inscribed(9, MEXICO, "I", "2024-12-03T12:00:00Z"))
                  .sourceRef(Option.some("<m2@sre.gob.mx>"))
                  .build()),
          new Event.RegistrationInscribed(
              Registration.builder()
                  .from(inscribed(10, MEXICO, "I", "2024-12-03T09:00:00Z"))
                  .sourceRef(Option.some("<m1@sre.gob.mx>"))
                  .build()),
          new Event.RegistrationSuperseded(id(9), id(10)),
          new Event.RegistrationInscribed(
              Registration.builder()
                  .from(
                      inscribed(
                          11,
                          state("CIV", "Côte d'Ivoire", "Côte d'Ivoire"),
                          "II",
                          "2024-12-03T12:00:00Z"))
                  .speaker(Option.some("S.E. M. Kouassi"))
                  .build()),
          new Event.RegistrationInscribed(
              inscribed(12, state("BRA", "Brazil", "Brésil"), "II", "2024-12-03T12:00:00Z")),
          new Event.RegistrationWithdrawn(id(2)),
          new Event.PlacesSwapped(id(1), id(3)),
          new Event.ListClosed(segment("II")),
          refused(
              13,
              "Germany",
              "II",
              "2024-12-04T08:00:00Z",
              Option.some(state("DEU", "Germany", "Allemagne")),
              new Rejection.ListClosed(segment("II"))),
          new Event.ListReopened(segment("II")),
          new Event.DeadlineExtended(at("2024-12-04T23:00:00Z"), at("2024-12-05T12:00:00Z")),
          refused(
              14,
              "Argentina",
              "I",
              "2024-12-05T12:00:00Z",
              Option.some(state("ARG", "Argentina", "Argentine")),
              new Rejection.Late(at("2024-12-05T12:00:00Z"), at("2024-12-05T12:00:00Z"))),
          new Event.SpeakerCalled(id(10), segment("I"), at("2024-12-05T14:00:01.125Z")),
          new Event.SpeechStarted(id(10), at("2024-12-05T14:00:20Z")),
          new Event.SpeechEnded(
              id(10),
              at("2024-12-05T14:00:20Z"),
              at("2024-12-05T14:02:50.750Z"),
              Duration.parse("PT2M30.75S"),
              Option.some(Duration.parse("PT30.75S"))),
          new Event.SpeakerCalled(id(3), segment("I"), at("2024-12-05T14:03:00Z")),
          new Event.SpeakerAbsent(id(3), at("2024-12-05T14:04:00Z"), true),
          new Event.SpeakerCalled(id(1), segment("I"), at("2024-12-05T14:04:00Z")),
          new Event.SpeechStarted(id(1), at("2024-12-05T14:04:30Z")),
          new Event.SpeechEnded(
              id(1),
              at("2024-12-05T14:04:30Z"),
              at("2024-12-05T14:06:00Z"),
              Duration.parse("PT1M30S"),
              Option.none()),
          new Event.SegmentEnded(segment("I"), at("2024-12-05T15:00:00Z"), List.of(id(4), id(3))));
}
