package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;
import static org.rostrum.adapters.rest.TestServer.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.out.Journal;

/**
 * Issue 22, over real HTTP on 127.0.0.1 and a real SQLite file: a time of receipt the plenary
 * cannot have is refused at the door and recorded nowhere (R10); a name with a bidirectional
 * override is refused naming it; a formula never reaches the Secretariat's spreadsheet; and a list
 * whose old record holds such values still answers, in every format, within its own schema.
 */
@Timeout(120)
class ReceiptWindowAndSafeTextTest {

  @TempDir Path dir;
  TestServer api;

  @BeforeEach
  void start() {
    api = new TestServer(dir);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_time_of_receipt_the_plenary_cannot_have_is_refused_400_and_nothing_is_recorded() {
    long before = api.version();
    for (String at :
        new String[] {
          "-0001-01-01T00:00:00Z",
          "+99999-01-01T00:00:00Z",
          "1970-01-01T00:00:00Z",
          "2099-01-01T00:00:00Z"
        }) {
      Response r = api.register("I", "Kenya", at);
      problem(r, 400, "INVALID");
      assertThat(r.json().get("detail").asText())
          .as(at)
          .contains("R10")
          .contains("Nothing was recorded");
    }
    Response fr =
        api.post(
            BASE + "/registrations",
            api.secretariat,
            "{\"segment\":\"I\",\"participant\":\"Kenya\",\"receivedAt\":\"-0001-01-01T00:00:00Z\"}",
            "Accept-Language",
            "fr");
    assertThat(fr.json().get("detail").asText()).contains("Rien n'a été enregistré");
    assertThat(api.version()).isEqualTo(before);
    JsonNode list = api.get(BASE + "/speakers").json();
    assertThat(list.get("rejected")).isEmpty();
    assertThat(list.get("segments").get(0).get("speakers")).isEmpty();
  }

  @Test
  void a_name_with_a_bidirectional_override_is_refused_naming_the_character() {
    Response r =
        api.post(
            BASE + "/registrations",
            api.secretariat,
            "{\"segment\":\"I\",\"participant\":\"Kenya\",\"speaker\":\"Mr. \\u202Eevil\\u202C Smith\","
                + "\"receivedAt\":\"2024-12-02T10:00:00+01:00\"}");
    problem(r, 400, "INVALID");
    assertThat(r.json().get("detail").asText())
        .contains("speaker")
        .contains("U+202E RIGHT-TO-LEFT OVERRIDE")
        .contains("invisible");
  }

  @Test
  void a_speaker_written_as_a_formula_reaches_the_csv_as_text() {
    Response r =
        api.post(
            BASE + "/registrations",
            api.secretariat,
            "{\"segment\":\"I\",\"participant\":\"Kenya\",\"speaker\":\"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\","
                + "\"receivedAt\":\"2024-12-02T10:00:00+01:00\"}");
    assertThat(r.status()).isEqualTo(201);
    String csv = api.call("GET", BASE + "/speakers", null, null, "Accept", "text/csv").body();
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    assertThat(csv).doesNotContain(",=").doesNotContain(",\"=");
  }

  @Test
  void a_list_whose_old_record_holds_an_impossible_time_and_an_override_still_answers_in_schema()
      throws Exception {
    Registration old =
        Registration.builder()
            .id(RegistrationId.of(1))
            .participant(
                Participant.of(
                    ParticipantKey.of("KEN"),
                    org.rostrum.core.model.LocalizedText.of("Kenya", "Kenya"),
                    ParticipantCategory.STATE_PARTY))
            .segment(SegmentId.of("I"))
            .receivedAt(Instant.parse("-0001-01-01T00:00:00Z"))
            .speaker(Option.some("Mr. \u202Eevil\u202C Smith\u001B[2J"))
            .build();
    assertThat(
            api.store
                .journal()
                .append(
                    api.plenary,
                    api.version(),
                    List.of(
                        new Journal.Attributed(
                            new Event.RegistrationInscribed(old), Actor.unnamed())),
                    Instant.parse("2024-12-02T10:00:00Z"))
                .isRight())
        .isTrue();
    Response json = api.get(BASE + "/speakers");
    assertThat(json.status()).isEqualTo(200);
    JsonNode speaker = json.json().get("segments").get(0).get("speakers").get(0);
    assertThat(speaker.get("receivedAt").isNull()).isTrue();
    assertThat(speaker.get("projectedStart").asText()).isEqualTo("2024-12-05T15:00+01:00");
    com.networknt.schema.JsonSchema schema =
        com.networknt.schema.JsonSchemaFactory.getInstance(
                com.networknt.schema.SpecVersion.VersionFlag.V202012)
            .getSchema(
                new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Path.of("../docs/schema/list.schema.json").toFile()));
    assertThat(schema.validate(json.json())).isEmpty();
    Response csv = api.call("GET", BASE + "/speakers", null, null, "Accept", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("Mr. evil Smith[2J").doesNotContain("\u202E", "\u001B");
  }
}
