package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;
import org.rostrum.core.port.out.AccessTokens.Role;

/**
 * The procedure kinds over HTTP, with the bundled general debate: precedence by level after the
 * group statements, each place saying why; points of order that pause the speech at the rostrum;
 * the chair's pause, resume and extra time; the right of reply after the list.
 */
@Timeout(120)
class ProcedureApiTest {

  static final String DEBATE = "/api/plenaries/asp23-general-debate";

  @TempDir Path dir;
  TestServer api;

  @BeforeEach
  void start() {
    api = TestServer.generalDebate(dir);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** A request the Secretariat transcribes: {@code extra} are more JSON members, or empty. */
  Response request(String segment, String participant, String receivedAt, String extra) {
    return api.post(
        DEBATE + "/registrations",
        api.secretariat,
        "{\"segment\":\""
            + segment
            + "\",\"participant\":\""
            + participant
            + "\",\"receivedAt\":\""
            + receivedAt
            + "\""
            + (extra.isEmpty() ? "" : "," + extra)
            + "}");
  }

  /** The morning's list of the core's example: a group, a Head of State, a Minister… */
  void theMorningListIsInscribed() {
    request("AM", "Chile", "2024-11-26T10:00:00+01:00", "");
    request("AM", "Kenya", "2024-11-27T10:00:00+01:00", "\"level\":\"HEAD_OF_DELEGATION\"");
    request("AM", "France", "2024-11-28T09:00:00+01:00", "\"level\":\"MINISTER\"");
    Response uganda =
        request(
            "AM",
            "Uganda",
            "2024-11-28T12:00:00+01:00",
            "\"kind\":\"GROUP_STATEMENT\",\"onBehalfOf\":\"the African Group\"");
    assertThat(uganda.status()).as(uganda.body()).isEqualTo(201);
    assertThat(uganda.json().get("kind").asText()).isEqualTo("GROUP_STATEMENT");
    assertThat(uganda.json().get("onBehalfOf").asText()).isEqualTo("the African Group");
    request(
        "AM", "Ghana", "2024-11-29T17:00:00+01:00", "\"level\":\"HEAD_OF_STATE_OR_GOVERNMENT\"");
  }

  Response chair(String command, String body) {
    return api.post(DEBATE + "/commands/" + command, api.chair, body);
  }

  long version() {
    return api.get(DEBATE).json().get("version").asLong();
  }

  JsonNode session() {
    return api.get(DEBATE + "/session").json();
  }

  /** 2 December 2024 at this time in The Hague (UTC+1). */
  void at(String time) {
    api.clock.now = Instant.parse("2024-12-02T" + time + "+01:00");
  }

  static List<String> names(JsonNode speakers) {
    List<String> names = new ArrayList<>();
    speakers.forEach(s -> names.add(s.at("/participant/name").asText()));
    return names;
  }

  @Test
  void the_plenary_says_the_kinds_it_takes_their_limits_and_its_precedence() {
    JsonNode procedure = api.get(DEBATE).json().get("procedure");
    assertThat(procedure.get("kinds").findValuesAsText("kind"))
        .containsExactly("STATEMENT", "POINT_OF_ORDER", "RIGHT_OF_REPLY", "GROUP_STATEMENT");
    JsonNode pointOfOrder = procedure.get("kinds").get(1);
    assertThat(pointOfOrder.get("name").asText()).isEqualTo("point of order");
    assertThat(pointOfOrder.get("limitSeconds").asInt()).isEqualTo(120);
    assertThat(pointOfOrder.get("fromTheList").asBoolean()).isFalse();
    assertThat(procedure.at("/kinds/3/limitSeconds").asInt()).isEqualTo(300);
    assertThat(procedure.at("/kinds/3/fromTheList").asBoolean()).isTrue();
    assertThat(procedure.at("/rightOfReply/limitsSeconds").toString()).isEqualTo("[300,180]");
    assertThat(procedure.at("/rightOfReply/perParticipant").asInt()).isEqualTo(2);
    assertThat(procedure.at("/rightOfReply/after").asText()).isEqualTo("PLENARY");
    assertThat(procedure.at("/groupStatements/first").asBoolean()).isTrue();
    assertThat(procedure.at("/precedence/order").asText()).isEqualTo("BY_LEVEL");
    assertThat(procedure.at("/precedence/tiers/1/0/code").asText()).isEqualTo("MINISTER");
    assertThat(procedure.at("/precedence/tiers/1/0/name").asText()).isEqualTo("Minister");

    JsonNode french = api.call("GET", DEBATE, null, null, "Accept-Language", "fr").json();
    assertThat(french.at("/procedure/kinds/1/name").asText()).isEqualTo("motion d'ordre");
    assertThat(french.at("/procedure/precedence/tiers/1/0/name").asText()).isEqualTo("ministre");
    assertThat(api.get("/api/plenaries").json().get(0).at("/procedure/precedence/order").asText())
        .isEqualTo("BY_LEVEL");
  }

  @Test
  void the_plenary_on_cooperation_says_it_takes_statements_only_first_come() throws Exception {
    try (TestServer asp23 =
        new TestServer(java.nio.file.Files.createDirectories(dir.resolve("asp23")))) {
      JsonNode procedure = asp23.get(TestServer.BASE).json().get("procedure");
      assertThat(procedure.get("kinds").findValuesAsText("kind")).containsExactly("STATEMENT");
      assertThat(procedure.at("/kinds/0/limitSeconds").asInt()).isEqualTo(120);
      assertThat(procedure.at("/precedence/order").asText()).isEqualTo("FIRST_COME");
      assertThat(procedure.has("rightOfReply")).isFalse();
      assertThat(procedure.at("/precedence").has("tiers")).isFalse();
    }
  }

  @Test
  void statements_stand_by_level_after_the_group_and_each_place_says_why() {
    theMorningListIsInscribed();

    JsonNode morning = api.get(DEBATE + "/speakers?segment=AM").json().at("/segments/0/speakers");
    assertThat(names(morning)).containsExactly("Uganda", "Ghana", "France", "Kenya", "Chile");
    JsonNode uganda = morning.get(0);
    assertThat(uganda.get("kind").asText()).isEqualTo("GROUP_STATEMENT");
    assertThat(uganda.get("onBehalfOf").asText()).isEqualTo("the African Group");
    assertThat(uganda.get("allotted").asText()).isEqualTo("PT5M");
    assertThat(uganda.at("/standing/tier/group").asBoolean()).isTrue();
    JsonNode france = morning.get(2);
    assertThat(france.get("kind").asText()).isEqualTo("STATEMENT");
    assertThat(france.get("allotted").asText()).isEqualTo("PT3M");
    assertThat(france.at("/standing/kind").asText()).isEqualTo("STATEMENT");
    assertThat(france.at("/standing/round").asInt()).isZero();
    assertThat(france.at("/standing/tier/number").asInt()).isEqualTo(3);
    assertThat(france.at("/standing/tier/level").asText()).isEqualTo("MINISTER");
    assertThat(france.at("/standing/tier").has("category")).isFalse();
    assertThat(france.at("/standing/why").asText())
        .isEqualTo("tier 3 — Minister; received 2024-11-28 09:00:00 (Europe/Amsterdam)");
    assertThat(morning.get(4).at("/standing/tier/level").asText()).isEqualTo("OTHER");
    assertThat(morning.get(1).get("projectedStart").asText()).isEqualTo("2024-12-02T10:05+01:00");

    JsonNode french =
        api.call("GET", DEBATE + "/speakers", null, null, "Accept-Language", "fr").json();
    assertThat(french.at("/segments/0/speakers/0/standing/why").asText())
        .isEqualTo(
            "rang 1 — déclaration au nom d'un groupe ; reçue le 28/11/2024 à 12:00:00"
                + " (Europe/Amsterdam)");
  }

  @Test
  void an_unknown_kind_or_level_is_a_400_naming_the_values_and_nothing_is_recorded() {
    Response kind = request("AM", "Chile", "2024-11-26T10:00:00+01:00", "\"kind\":\"MOTION\"");
    problem(kind, 400, "INVALID");
    assertThat(kind.json().get("detail").asText())
        .contains("kind")
        .contains("“MOTION”")
        .contains("POINT_OF_ORDER");
    Response level = request("AM", "Chile", "2024-11-26T10:00:00+01:00", "\"level\":\"Minister\"");
    problem(level, 400, "INVALID");
    assertThat(level.json().get("detail").asText()).contains("level").contains("VICE_MINISTER");
    problem(request("AM", "Chile", "2024-11-26T10:00:00+01:00", "\"kind\":1"), 400, "INVALID");
    problem(
        request("AM", "Chile", "2024-11-26T10:00:00+01:00", "\"onBehalfOf\":[\"EU\"]"),
        400,
        "INVALID");
    Response french =
        api.post(
            DEBATE + "/registrations",
            api.secretariat,
            "{\"segment\":\"AM\",\"participant\":\"Chile\",\"kind\":\"REPLY\"}",
            "Accept-Language",
            "fr");
    assertThat(french.json().get("detail").asText()).startsWith("Le champ « kind » doit être");
    // A statement still names its segment.
    problem(
        api.post(
            DEBATE + "/registrations",
            api.secretariat,
            "{\"participant\":\"Chile\",\"kind\":\"STATEMENT\"}"),
        400,
        "INVALID");
    assertThat(api.store.journal().read(api.plenary, 0)).isEmpty();
  }

  @Test
  void a_kind_the_plenary_does_not_take_is_the_rules_refusal_recorded_with_its_kind()
      throws Exception {
    try (TestServer asp23 =
        new TestServer(java.nio.file.Files.createDirectories(dir.resolve("asp23")))) {
      Response reply =
          asp23.post(
              TestServer.BASE + "/registrations",
              asp23.secretariat,
              "{\"segment\":\"I\",\"participant\":\"Kenya\",\"kind\":\"RIGHT_OF_REPLY\"}");
      problem(reply, 422, "INVALID");
      assertThat(reply.json().get("detail").asText())
          .isEqualTo(
              "This plenary does not take a right of reply (rule R10); its procedure takes:"
                  + " statement.");
      assertThat(reply.json().get("receipt").asText()).hasSize(64);
      JsonNode refused = asp23.get(TestServer.BASE + "/speakers").json().at("/rejected/0");
      assertThat(refused.get("reason").asText()).isEqualTo("INVALID");
      assertThat(refused.get("kind").asText()).isEqualTo("RIGHT_OF_REPLY");
    }
  }

  @Test
  void a_point_of_order_pauses_the_speech_and_the_room_shows_who_was_interrupted() {
    theMorningListIsInscribed();
    at("10:00:00");
    chair("call-next", null);
    chair("start", null);
    at("10:02:00"); // Uganda has spoken two of its five minutes

    Response raised =
        api.post(
            DEBATE + "/registrations",
            api.chair,
            "{\"participant\":\"Venezuela\",\"kind\":\"POINT_OF_ORDER\"}");
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    assertThat(raised.json().get("kind").asText()).isEqualTo("POINT_OF_ORDER");
    assertThat(raised.json().get("segment").asText()).isEqualTo("AM");
    assertThat(raised.json().get("position").asInt()).isEqualTo(1);

    JsonNode paused = session();
    assertThat(paused.at("/current/participant").asText()).isEqualTo("Uganda");
    assertThat(paused.at("/current/onBehalfOf").asText()).isEqualTo("the African Group");
    assertThat(paused.at("/current/kind").asText()).isEqualTo("GROUP_STATEMENT");
    assertThat(paused.at("/current/signals/paused").asBoolean()).isTrue();
    assertThat(paused.at("/current/signals/leftSeconds").asInt()).isEqualTo(180);
    assertThat(paused.at("/current/signals/limitSeconds").asInt()).isEqualTo(300);
    assertThat(paused.at("/next/0/kind").asText()).isEqualTo("POINT_OF_ORDER");
    assertThat(paused.at("/next/0/kindName").asText()).isEqualTo("point of order");
    assertThat(paused.at("/next/0/allottedSeconds").asInt()).isEqualTo(120);
    assertThat(paused.get("interrupted").isNull()).isTrue();
  }

  @Test
  void the_paused_speaker_waits_through_the_point_of_order_and_the_chair_resumes_it() {
    theMorningListIsInscribed();
    at("10:00:00");
    chair("call-next", null);
    chair("start", null);
    at("10:02:00");
    api.post(
        DEBATE + "/registrations",
        api.chair,
        "{\"participant\":\"Venezuela\",\"kind\":\"POINT_OF_ORDER\"}");

    assertThat(chair("call-next", null).status()).isEqualTo(200);
    JsonNode called = session();
    assertThat(called.at("/current/participant").asText())
        .isEqualTo("Venezuela (Bolivarian Republic of)");
    assertThat(called.at("/current/phase").asText()).isEqualTo("CALLED");
    assertThat(called.at("/current/allottedSeconds").asInt()).isEqualTo(120);
    assertThat(called.at("/interrupted/participant").asText()).isEqualTo("Uganda");
    assertThat(called.at("/interrupted/signals/paused").asBoolean()).isTrue();
    assertThat(called.at("/interrupted/signals/leftSeconds").asInt()).isEqualTo(180);
    JsonNode french =
        api.call("GET", DEBATE + "/session", null, null, "Accept-Language", "fr").json();
    assertThat(french.at("/current/kindName").asText()).isEqualTo("motion d'ordre");

    at("10:02:30");
    chair("start", null);
    assertThat(session().at("/current/signals/limitSeconds").asInt()).isEqualTo(120);
    at("10:03:30");
    chair("stop", null);

    JsonNode back = session();
    assertThat(back.at("/current/participant").asText()).isEqualTo("Uganda");
    assertThat(back.at("/current/signals/paused").asBoolean()).isTrue();
    assertThat(back.get("interrupted").isNull()).isTrue();
    problem(chair("call-next", null), 422, "SPEECH_PAUSED");
    problem(chair("pause-speech", null), 422, "SPEECH_PAUSED");

    at("10:04:00");
    Response resumed = chair("resume-speech", null);
    assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
    assertThat(resumed.json().at("/recorded/0/kind").asText()).isEqualTo("speech-resumed");
    problem(chair("resume-speech", null), 422, "NOT_PAUSED");
    at("10:06:59");
    JsonNode running = session();
    assertThat(running.at("/current/signals/paused").asBoolean()).isFalse();
    assertThat(running.at("/current/signals/leftSeconds").asInt()).isEqualTo(1);

    Response pause = chair("pause-speech", "");
    assertThat(pause.status()).as(pause.body()).isEqualTo(200);
    assertThat(pause.json().at("/recorded/0/kind").asText()).isEqualTo("speech-paused");
    assertThat(session().at("/current/signals/paused").asBoolean()).isTrue();
    problem(
        api.post(DEBATE + "/commands/pause-speech", api.chair, "{\"extra\":\"PT30S\"}"),
        400,
        "UNKNOWN_FIELDS");
  }

  @Test
  void the_chair_grants_extra_time_in_iso_8601_and_an_amount_out_of_bounds_is_a_400() {
    theMorningListIsInscribed();
    at("10:00:00");
    chair("call-next", null);
    problem(chair("grant-time", "{\"extra\":\"PT30S\"}"), 422, "NO_SPEECH_RUNNING");
    chair("start", null);

    Response granted = chair("grant-time", "{\"extra\":\"PT30S\"}");
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    assertThat(granted.json().at("/recorded/0/kind").asText()).isEqualTo("time-granted");
    assertThat(granted.json().at("/recorded/0/extra").asText()).isEqualTo("PT30S");
    assertThat(session().at("/current/signals/limitSeconds").asInt()).isEqualTo(330);
    chair("grant-time", "{\"extra\":\"PT1M\"}");
    assertThat(session().at("/current/signals/limitSeconds").asInt()).isEqualTo(390);

    long version = version();
    for (String bad :
        new String[] {
          "{\"extra\":30}",
          "{\"extra\":\"30\"}",
          "{\"extra\":\"PT0S\"}",
          "{\"extra\":\"-PT30S\"}",
          "{\"extra\":\"PT0.5S\"}",
          "{\"extra\":\"PT30M\"}",
          "{\"extra\":null}",
          "{}"
        }) {
      Response r = chair("grant-time", bad);
      problem(r, 400, "INVALID");
      assertThat(r.json().get("detail").asText()).as(bad).contains("extra");
    }
    assertThat(chair("grant-time", "{\"extra\":\"PT30M\"}").json().get("detail").asText())
        .isEqualTo(
            "The field “extra” must be an ISO-8601 duration of whole seconds from PT1S to PT15M,"
                + " such as PT30S; it was \"PT30M\".");
    problem(chair("grant-time", null), 415, "UNSUPPORTED_MEDIA_TYPE");
    problem(chair("grant-time", "{\"extra\":\"PT30S\",\"why\":\"x\"}"), 400, "UNKNOWN_FIELDS");
    problem(
        api.post(
            DEBATE + "/commands/grant-time",
            api.token(Role.REGISTRANT, "Chile"),
            "{\"extra\":\"PT30S\"}"),
        403,
        "FORBIDDEN");
    assertThat(version()).isEqualTo(version);
  }

  @Test
  void a_chair_notes_points_of_order_and_replies_not_statements() {
    theMorningListIsInscribed();
    at("10:00:00");
    Response statement =
        api.post(
            DEBATE + "/registrations",
            api.chair,
            "{\"segment\":\"AM\",\"participant\":\"Peru\",\"kind\":\"STATEMENT\"}");
    problem(statement, 403, "FORBIDDEN");
    assertThat(statement.json().get("detail").asText()).contains("statement");
    problem(
        api.post(
            DEBATE + "/registrations", api.chair, "{\"segment\":\"AM\",\"participant\":\"Peru\"}"),
        403,
        "FORBIDDEN");
    Response reply =
        api.post(
            DEBATE + "/registrations",
            api.chair,
            "{\"participant\":\"Peru\",\"kind\":\"RIGHT_OF_REPLY\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  @Test
  void replies_come_after_the_last_list_two_per_participant_and_a_third_is_refused_recorded() {
    theMorningListIsInscribed();
    request("PM", "Japan", "2024-11-29T09:00:00+01:00", "");
    at("11:00:00");
    String reply = "{\"participant\":\"Kenya\",\"kind\":\"RIGHT_OF_REPLY\"}";
    assertThat(api.post(DEBATE + "/registrations", api.chair, reply).status()).isEqualTo(201);
    Response second = api.post(DEBATE + "/registrations", api.chair, reply);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("segment").asText()).isEqualTo("PM");
    Response third = api.post(DEBATE + "/registrations", api.chair, reply);
    problem(third, 422, "TOO_MANY_REPLIES");
    assertThat(third.json().get("detail").asText())
        .startsWith("This participant has already asked for 2 right(s) of reply");

    JsonNode list = api.get(DEBATE + "/speakers").json();
    JsonNode afternoon = list.at("/segments/1/speakers");
    assertThat(names(afternoon)).containsExactly("Japan", "Kenya", "Kenya");
    assertThat(afternoon.get(1).get("kind").asText()).isEqualTo("RIGHT_OF_REPLY");
    assertThat(afternoon.get(1).get("allotted").asText()).isEqualTo("PT5M");
    assertThat(afternoon.get(2).get("allotted").asText()).isEqualTo("PT3M");
    assertThat(afternoon.get(1).at("/standing/why").asText())
        .startsWith("right of reply: after the list; received 2024-12-02 11:00:00");
    assertThat(afternoon.get(1).at("/standing").has("tier")).isFalse();
    JsonNode refused = list.at("/rejected/0");
    assertThat(refused.get("reason").asText()).isEqualTo("TOO_MANY_REPLIES");
    assertThat(refused.get("kind").asText()).isEqualTo("RIGHT_OF_REPLY");
  }
}
