package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.TestServer.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;

/**
 * The lists follow the room, and a delegation finds its place by its receipt — over a real HTTP
 * server on 127.0.0.1 and a real SQLite file, the chair's commands sent as the console sends them.
 */
@Timeout(120)
class MeetingAsItHappensApiTest {

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

  private Response register(String participant) {
    return api.post(
        BASE + "/registrations",
        api.secretariat,
        "{\"segment\": \"I\", \"participant\": \"" + participant + "\"}");
  }

  private void chair(String command) {
    Response r =
        api.post(
            BASE + "/commands/" + command,
            api.chair,
            null,
            "If-Match",
            "\"" + api.version() + "\"");
    assertThat(r.status()).as(command + ": " + r.body()).isBetween(200, 299);
  }

  private static JsonNode speaker(JsonNode list, String participant) {
    return List.ofAll(list.at("/segments/0/speakers"))
        .find(s -> s.at("/participant/name").asText().equals(participant))
        .getOrElseThrow(() -> new AssertionError(participant + " is not on " + list));
  }

  @Test
  void after_a_speech_the_list_says_who_spoke_and_projects_the_rest_from_the_room() {
    register("Kenya");
    register("France");
    register("Japan");
    JsonNode plan = api.get(BASE + "/speakers").json();
    String franceAsPlanned = speaker(plan, "France").get("projectedStart").asText();
    assertThat(speaker(plan, "Kenya").get("status").asText()).isEqualTo("WAITING");

    // the meeting: Kenya called at 15:00 in The Hague, speaks 2 min 30 s (30 s over)
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    chair("call-next");
    chair("start");
    api.clock.now = Instant.parse("2024-12-05T14:02:30Z");
    chair("stop");

    Response answered = api.get(BASE + "/speakers");
    assertThat(answered.status()).isEqualTo(200);
    JsonNode list = answered.json();
    JsonNode kenya = speaker(list, "Kenya");
    assertThat(kenya.get("status").asText()).isEqualTo("SPOKE");
    assertThat(kenya.get("statusText").asText()).isEqualTo("spoke");
    assertThat(kenya.get("actualStart").asText()).isEqualTo("2024-12-05T15:00+01:00");
    assertThat(kenya.get("actualEnd").asText()).isEqualTo("2024-12-05T15:02:30+01:00");
    assertThat(kenya.get("spoken").asText()).isEqualTo("PT2M30S");
    JsonNode france = speaker(list, "France");
    assertThat(france.get("status").asText()).isEqualTo("WAITING");
    assertThat(france.has("actualStart")).isFalse();
    // projected from Kenya's real end, 30 s after the plan
    assertThat(Instant.parse(offsetToInstant(france.get("projectedStart").asText())))
        .isEqualTo(Instant.parse(offsetToInstant(franceAsPlanned)).plusSeconds(30));
    assertThat(list.at("/segments/0/forecast/text").asText()).startsWith("At this pace");

    // twenty minutes later nobody has been called: the next places are projected from now
    api.clock.now = Instant.parse("2024-12-05T14:22:30Z");
    Response lateAnswer = api.get(BASE + "/speakers");
    assertThat(speaker(lateAnswer.json(), "France").get("status").asText()).isEqualTo("WAITING");
    assertThat(speaker(lateAnswer.json(), "France").get("projectedStart").asText())
        .isEqualTo("2024-12-05T15:22:30+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:23:30Z"); // a minute on
    // its times move with the clock: a reader holding this version is sent the list, not 304
    assertThat(
            api.call(
                    "GET",
                    BASE + "/speakers",
                    null,
                    null,
                    "If-None-Match",
                    lateAnswer.header("ETag"))
                .status())
        .isEqualTo(200);
    assertThat(lateAnswer.header("ETag")).matches("\"[0-9]+-[0-9]+\"");
    // and the same tag serves as If-Match: it names the version
    Response swap =
        api.post(
            BASE + "/commands/swap",
            api.chair,
            "{\"first\": 2, \"second\": 3}",
            "If-Match",
            lateAnswer.header("ETag"));
    assertThat(swap.status()).as(swap.body()).isEqualTo(200);
    api.post(
        BASE + "/commands/swap",
        api.chair,
        "{\"first\": 2, \"second\": 3}",
        "If-Match",
        "\"" + api.version() + "\"");
    JsonNode late = api.get(BASE + "/speakers").json();
    assertThat(speaker(late, "France").get("projectedStart").asText())
        .isEqualTo("2024-12-05T15:23:30+01:00");

    // in French too, and in CSV
    JsonNode french = api.get(BASE + "/speakers?lang=fr").json();
    assertThat(speaker(french, "Kenya").get("statusText").asText()).isEqualTo("a parlé");
    Response csv = api.call("GET", BASE + "/speakers", null, null, "Accept", "text/csv");
    assertThat(csv.body()).contains("status").contains("SPOKE").contains("WAITING");
  }

  @Test
  void a_swap_says_who_swapped_and_when() {
    register("France");
    register("Kenya");
    register("Japan");
    api.clock.now = Instant.parse("2024-12-05T14:20:00Z");
    Response swapped =
        api.post(
            BASE + "/commands/swap",
            api.chair,
            "{\"first\": 1, \"second\": 3}",
            "If-Match",
            "\"" + api.version() + "\"");
    assertThat(swapped.status()).as(swapped.body()).isBetween(200, 299);
    JsonNode france = speaker(api.get(BASE + "/speakers").json(), "France");
    assertThat(france.get("position").asInt()).isEqualTo(3);
    assertThat(france.at("/swapped/with").asInt()).isEqualTo(3);
    assertThat(france.at("/swapped/text").asText())
        .isEqualTo("swapped with #3 by the chair at 15:20");
  }

  @Test
  void a_delegation_finds_its_place_by_its_receipt_and_can_check_the_proof_offline()
      throws Exception {
    register("Kenya");
    String receipt = register("France").json().get("receipt").asText();
    register("Japan");
    Response found = api.get(BASE + "/receipts/" + receipt);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    JsonNode body = found.json();
    assertThat(body.get("registrationId").asInt()).isEqualTo(2);
    assertThat(body.at("/participant/name").asText()).isEqualTo("France");
    assertThat(body.get("status").asText()).isEqualTo("WAITING");
    assertThat(body.get("position").asInt()).isEqualTo(2);
    assertThat(body.get("text").asText()).startsWith("Request #2 stands at position 2 on the list");
    assertThat(api.get(BASE + "/receipts/" + receipt + "?lang=es").json().get("text").asText())
        .startsWith("La solicitud n.º 2 ocupa el puesto 2");

    // the proof: SHA-256(previous ‖ text) gives each link's hash, from the receipt to the head
    JsonNode proof = body.get("proof");
    String hash = proof.get("previous").asText();
    for (JsonNode link : proof.get("links")) {
      hash = sha256(hash + link.get("text").asText());
      assertThat(link.get("hash").asText()).isEqualTo(hash);
    }
    assertThat(proof.at("/links/0/hash").asText()).isEqualTo(receipt);
    assertThat(hash).isEqualTo(proof.get("head").asText());
    assertThat(proof.get("links")).hasSize(2);
    assertThat(proof.at("/links/0/text").asText()).contains("France");

    Response calendar = api.get(BASE + "/receipts/" + receipt + "/calendar");
    assertThat(calendar.status()).isEqualTo(200);
    assertThat(calendar.header("Content-Type")).startsWith("text/calendar");
    assertThat(calendar.body())
        .contains("BEGIN:VEVENT\r\n")
        .contains("UID:asp23-cooperation-" + receipt.substring(0, 20))
        .contains("DTSTART:20241205T140")
        .contains("SUMMARY:France");

    Response unknown = api.get(BASE + "/receipts/" + "0".repeat(64));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asText()).contains("has this receipt");
    assertThat(api.get(BASE + "/receipts/not-a-receipt").status()).isEqualTo(404);
  }

  @Test
  void a_participant_holding_a_place_that_asks_again_after_the_deadline_is_told_its_place() {
    register("Kenya");
    register("France");
    api.clock.now = Instant.parse("2024-12-05T08:00:00Z"); // after the deadline
    Response again = register("France");
    assertThat(again.status()).isEqualTo(422);
    JsonNode problem = again.json();
    assertThat(problem.get("reason").asText()).isEqualTo("DUPLICATE");
    assertThat(problem.at("/holds/position").asInt()).isEqualTo(2);
    assertThat(problem.at("/holds/registrationId").asInt()).isEqualTo(2);
    assertThat(problem.get("detail").asText())
        .contains("Request #2 stands at position 2 on the list, projected at 15:0");
    // and one that holds nothing is late
    Response late = register("Japan");
    assertThat(late.json().get("reason").asText()).isEqualTo("LATE");
  }

  private static String offsetToInstant(String offset) {
    return java.time.OffsetDateTime.parse(offset).toInstant().toString();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
