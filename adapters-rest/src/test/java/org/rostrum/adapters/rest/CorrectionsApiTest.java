package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;
import static org.rostrum.adapters.rest.TestServer.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;

/**
 * The Secretariat's corrections (amend, annul) and the chair's resumption of a segment ended by
 * mistake, over a real HTTP server on 127.0.0.1 and a real SQLite file.
 */
@Timeout(120)
class CorrectionsApiTest {

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

  Response command(String name, String token, String body) {
    return api.post(
        BASE + "/commands/" + name, token, body, "If-Match", "\"" + api.version() + "\"");
  }

  static List<String> names(JsonNode speakers) {
    return List.ofAll(speakers).map(s -> s.at("/participant/name").asText());
  }

  @Test
  void a_misspelt_participant_amended_takes_its_place_at_its_original_time_of_receipt() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    problem(api.register("I", "Germny", "2024-12-02T09:00:00+01:00"), 422, "INVALID");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    String amend =
        "{\"id\":\"#2\",\"participant\":\"Germany\",\"reason\":\"the mail says Germany\"}";

    problem(
        api.post(BASE + "/commands/amend", api.secretariat, amend), 428, "PRECONDITION_REQUIRED");
    problem(command("amend", api.chair, amend), 403, "FORBIDDEN");
    Response amended = command("amend", api.secretariat, amend);

    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    assertThat(amended.header("ETag")).isEqualTo("\"4\"");
    assertThat(amended.json().at("/recorded/0/type").asText()).isEqualTo("RequestAmended");
    JsonNode outcome = amended.json().get("outcome");
    assertThat(outcome.get("registrationId").asLong()).isEqualTo(2);
    assertThat(outcome.get("status").asText()).isEqualTo("WAITING");
    assertThat(outcome.at("/participant/name").asText()).isEqualTo("Germany");
    assertThat(outcome.get("receivedAt").asText()).isEqualTo("2024-12-02T09:00+01:00");
    assertThat(outcome.get("position").asInt()).isEqualTo(1);
    assertThat(outcome.get("projectedStart").asText()).isEqualTo("2024-12-05T15:00+01:00");

    JsonNode list = api.get(BASE + "/speakers").json();
    assertThat(names(list.at("/segments/0/speakers"))).containsExactly("Germany", "Kenya", "Chile");
    assertThat(list.get("rejected")).isEmpty();
  }

  @Test
  void an_amendment_that_is_refused_again_says_why_and_a_spoken_request_is_not_amended() {
    problem(api.register("I", "Germny", "2024-12-02T09:00:00+01:00"), 422, "INVALID");
    Response again = command("amend", api.secretariat, "{\"id\":1,\"segment\":\"III\"}");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().at("/outcome/status").asText()).isEqualTo("REFUSED");
    assertThat(again.json().at("/outcome/reason").asText()).isEqualTo("UNKNOWN_SEGMENT");
    assertThat(again.json().at("/outcome/detail").asText()).contains("III");

    problem(command("amend", api.secretariat, "{\"id\":9}"), 404, "NOT_FOUND");
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    api.post(BASE + "/commands/call-next", api.chair, null);
    problem(
        command("amend", api.secretariat, "{\"id\":2,\"speaker\":\"Ms. Wanjiru\"}"),
        422,
        "NOT_WAITING");
  }

  @Test
  void an_annulled_entry_leaves_the_list_and_the_refusals_and_stays_in_the_record() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    problem(api.register("I", "Test delegation", "2024-12-02T11:00:00+01:00"), 422, "INVALID");
    api.register("I", "Chile", "2024-12-02T12:00:00+01:00");

    Response refusal = command("annul", api.secretariat, "{\"id\":2,\"reason\":\"a test entry\"}");
    assertThat(refusal.status()).as(refusal.body()).isEqualTo(200);
    assertThat(refusal.json().at("/recorded/0/type").asText()).isEqualTo("RequestAnnulled");
    Response kenya = command("annul", api.secretariat, "{\"id\":\"1\",\"reason\":\"sent twice\"}");
    assertThat(kenya.status()).as(kenya.body()).isEqualTo(200);

    JsonNode list = api.get(BASE + "/speakers").json();
    assertThat(names(list.at("/segments/0/speakers"))).containsExactly("Chile");
    assertThat(list.get("rejected")).isEmpty();
    assertThat(api.get(BASE + "/registrations/1", api.secretariat).json().get("status").asText())
        .isEqualTo("ANNULLED");
    JsonNode annulledRefusal = api.get(BASE + "/registrations/2", api.secretariat).json();
    assertThat(annulledRefusal.get("status").asText()).isEqualTo("ANNULLED");
    assertThat(annulledRefusal.get("annulled").asText()).isEqualTo("a test entry");
    assertThat(annulledRefusal.get("reason").asText()).isEqualTo("INVALID");
    List<JsonNode> annulled =
        List.ofAll(api.get(BASE + "/journal", api.secretariat).json())
            .filter(e -> e.get("type").asText().equals("RequestAnnulled"));
    assertThat(annulled.map(e -> e.at("/event/reason").asText()))
        .containsExactly("a test entry", "sent twice");
    assertThat(annulled.map(e -> e.at("/event/id").asLong())).containsExactly(2L, 1L);

    problem(
        command("annul", api.secretariat, "{\"id\":2,\"reason\":\"again\"}"), 422, "NOT_WAITING");
  }

  @Test
  void an_annulment_needs_a_reason_and_a_request_number_and_nothing_else() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    Response missing = command("annul", api.secretariat, "{\"id\":1}");
    problem(missing, 400, "INVALID");
    assertThat(missing.json().get("detail").asText()).contains("reason");
    Response blank =
        api.post(
            BASE + "/commands/annul",
            api.secretariat,
            "{\"id\":1,\"reason\":\"  \"}",
            "If-Match",
            "\"1\"",
            "Accept-Language",
            "fr");
    problem(blank, 400, "INVALID");
    assertThat(blank.json().get("detail").asText()).contains("n° 1").contains("reason");
    problem(command("annul", api.secretariat, "{\"reason\":\"a test\"}"), 400, "INVALID");
    problem(command("annul", api.secretariat, "{\"id\":\"one\",\"reason\":\"x\"}"), 400, "INVALID");
    problem(command("annul", api.secretariat, "{\"id\":0,\"reason\":\"x\"}"), 400, "INVALID");
    problem(
        command("annul", api.secretariat, "{\"id\":1,\"reason\":\"a\\ntest\"}"), 400, "INVALID");
    Response unknown = command("annul", api.secretariat, "{\"id\":1,\"reason\":\"x\",\"why\":1}");
    problem(unknown, 400, "UNKNOWN_FIELDS");
    assertThat(unknown.json().get("detail").asText()).contains("why");
    problem(command("annul", api.chair, "{\"id\":1,\"reason\":\"a test\"}"), 403, "FORBIDDEN");
    assertThat(api.store.journal().read(TestServer.ASP23, 0)).hasSize(1);
  }

  @Test
  void the_chair_resumes_a_segment_ended_by_mistake_once() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    api.register("II", "Peru", "2024-12-02T11:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    String c = api.chair;
    api.post(BASE + "/commands/call-next", c, null);
    api.post(BASE + "/commands/start", c, null);
    api.clock.now = api.clock.now.plusSeconds(90);
    api.post(BASE + "/commands/stop", c, null);
    Response ended = api.post(BASE + "/commands/end-segment", c, null);
    assertThat(ended.json().at("/recorded/0/segment").asText()).isEqualTo("I");
    assertThat(api.get(BASE + "/session").json().at("/segment/id").asText()).isEqualTo("II");
    assertThat(api.get(BASE + "/session").json().get("resumable").asText()).isEqualTo("I");

    Response resumed = api.post(BASE + "/commands/resume-segment", c, "{\"segment\":\"I\"}");
    assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
    assertThat(resumed.json().at("/recorded/0/type").asText()).isEqualTo("SegmentResumed");
    assertThat(resumed.json().at("/recorded/0/kind").asText()).isEqualTo("segment-resumed");
    JsonNode session = api.get(BASE + "/session").json();
    assertThat(session.at("/segment/id").asText()).isEqualTo("I");
    assertThat(session.at("/next/0/participant").asText()).isEqualTo("Chile");
    assertThat(session.get("resumable").isNull()).isTrue();

    Response twice = api.post(BASE + "/commands/resume-segment", c, "{\"segment\":\"I\"}");
    problem(twice, 422, "NOT_RESUMABLE");
    assertThat(twice.json().get("detail").asText()).contains("I");
    problem(api.post(BASE + "/commands/resume-segment", c, "{}"), 400, "INVALID");
    problem(api.post(BASE + "/commands/resume-segment", c, "{\"segment\":\" \"}"), 400, "INVALID");
    problem(command("close-list", c, "{\"segment\":\"\"}"), 400, "INVALID");
    problem(
        api.post(BASE + "/commands/resume-segment", c, "{\"segment\":\"IX\"}"),
        422,
        "UNKNOWN_SEGMENT");
  }

  @Test
  void the_secretariat_adds_a_participant_to_the_roster_and_its_names_designate_it() {
    problem(api.register("I", "GJN", "2024-12-02T10:00:00+01:00"), 422, "INVALID");
    String gjn =
        "{\"name\":\"Global Justice Network\",\"nameFr\":\"Réseau pour la justice mondiale\","
            + "\"category\":\"CIVIL_SOCIETY\",\"variants\":[\"GJN\"],\"domains\":[\"gjn.example.org\"]}";
    problem(command("add-participant", api.chair, gjn), 403, "FORBIDDEN");
    problem(
        command(
            "add-participant",
            api.secretariat,
            "{\"name\":\"X\",\"category\":\"OTHER\",\"variants\":\"X\"}"),
        400,
        "INVALID");
    Response added = command("add-participant", api.secretariat, gjn);
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().at("/recorded/0/type").asText()).isEqualTo("ParticipantAdded");
    assertThat(added.json().at("/recorded/0/participantKey").asText())
        .isEqualTo("cs:global-justice-network");

    assertThat(api.register("I", "GJN", "2024-12-02T11:00:00+01:00").status()).isEqualTo(201);
    problem(command("add-participant", api.secretariat, gjn), 422, "ALREADY_ON_ROSTER");
    problem(
        command(
            "add-participant",
            api.secretariat,
            "{\"name\":\"Atlantis\",\"category\":\"STATE_PARTY\"}"),
        422,
        "INVALID");
    JsonNode journal = api.get(BASE + "/journal", api.secretariat).json();
    assertThat(
            List.ofAll(journal)
                .find(e -> e.get("type").asText().equals("ParticipantAdded"))
                .get()
                .at("/actor/role")
                .asText())
        .isEqualTo("SECRETARIAT");
  }
}
