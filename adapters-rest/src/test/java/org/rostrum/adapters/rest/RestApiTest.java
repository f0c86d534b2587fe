package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.TestServer.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;
import org.rostrum.core.port.out.AccessTokens.Role;

/** The API over a real HTTP server on 127.0.0.1 and a real SQLite file. */
@Timeout(120)
class RestApiTest {

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

  static void problem(Response r, int status, String reason) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    JsonNode body = r.json();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("reason").asText()).isEqualTo(reason);
    assertThat(body.get("detail").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void a_token_says_who_it_is_for_and_a_revoked_one_is_refused() {
    String chile = api.token(Role.REGISTRANT, "Chile");
    Response who = api.get("/api/whoami", chile);
    assertThat(who.status()).as(who.body()).isEqualTo(200);
    assertThat(who.json().get("role").asText()).isEqualTo("registrant");
    assertThat(who.json().get("participant").asText()).isEqualTo("Chile");
    assertThat(who.json().get("plenary").asText()).isEqualTo("asp23-cooperation");
    problem(api.get("/api/whoami"), 401, "UNAUTHORIZED");
    problem(api.get("/api/whoami", "rst_forged"), 401, "UNAUTHORIZED");
    String id =
        api.store.tokens().issued().find(t -> t.grant().participant().contains("Chile")).get().id();
    assertThat(api.store.tokens().revoke(id, java.time.Instant.parse("2024-12-05T09:00:00Z")))
        .isTrue();
    problem(api.get("/api/whoami", chile), 401, "UNAUTHORIZED");
    problem(
        api.post(
            BASE + "/registrations", chile, "{\"segment\": \"I\", \"participant\": \"Chile\"}"),
        401,
        "UNAUTHORIZED");
  }

  @Test
  void the_roster_is_public_and_names_each_participant_in_the_readers_language() {
    Response en = api.get(BASE + "/roster");
    assertThat(en.status()).as(en.body()).isEqualTo(200);
    assertThat(en.json().get("roster").asText()).isEqualTo("asp-2024");
    JsonNode chile = participant(en.json(), "CHL");
    assertThat(chile.get("name").asText()).isEqualTo("Chile");
    assertThat(chile.get("category").asText()).isEqualTo("STATE_PARTY");
    assertThat(en.json().get("participants").size()).isGreaterThan(120);
    assertThat(en.body())
        .as("no mail identity is given")
        .doesNotContain("@")
        .doesNotContain(".int");

    Response fr = api.call("GET", BASE + "/roster", null, null, "Accept-Language", "fr");
    assertThat(participant(fr.json(), "CHL").get("name").asText()).isEqualTo("Chili");
    assertThat(participant(fr.json(), "DEU").get("name").asText()).isEqualTo("Allemagne");
    List<String> names = new ArrayList<>();
    fr.json().get("participants").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names.indexOf("Équateur"))
        .as("in French alphabetical order: an accent does not send a name to the end")
        .isLessThan(names.indexOf("Espagne"));
  }

  @Test
  void the_roster_of_an_unknown_plenary_is_a_problem() {
    problem(api.get("/api/plenaries/asp99/roster"), 404, "NOT_FOUND");
  }

  static JsonNode participant(JsonNode roster, String key) {
    for (JsonNode p : roster.get("participants")) {
      if (p.get("key").asText().equals(key)) {
        return p;
      }
    }
    throw new AssertionError("no " + key + " in the roster");
  }

  @Test
  void plenaries_are_public_and_an_unknown_one_or_path_is_a_problem() {
    Response all = api.get("/api/plenaries");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().get(0).get("id").asText()).isEqualTo("asp23-cooperation");
    assertThat(all.json().get(0).get("segments")).hasSize(2);
    Response one = api.get(BASE);
    assertThat(one.json().get("deadline").asText()).isEqualTo("2024-12-05T00:00+01:00");
    assertThat(one.header("ETag")).isEqualTo("\"0\"");
    problem(api.get("/api/plenaries/asp99"), 404, "NOT_FOUND");
    assertThat(api.get("/api/plenaries/asp99").json().get("detail").asText())
        .contains("asp99")
        .contains("asp23-cooperation");
    problem(api.get("/api/nothing"), 404, "NOT_FOUND");
  }

  @Test
  void writes_need_a_known_token_of_the_right_role() {
    String body = "{\"segment\":\"I\",\"participant\":\"Kenya\"}";
    Response none = api.post(BASE + "/registrations", null, body);
    problem(none, 401, "UNAUTHORIZED");
    assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
    problem(api.post(BASE + "/registrations", "rst_nonsense", body), 401, "UNAUTHORIZED");
    problem(api.post(BASE + "/registrations", api.chair, body), 403, "FORBIDDEN");
    String registrant = api.token(Role.REGISTRANT, null);
    problem(api.post(BASE + "/commands/call-next", registrant, null), 403, "FORBIDDEN");
    problem(api.get(BASE + "/journal", api.chair), 403, "FORBIDDEN");
    problem(api.get(BASE + "/journal"), 401, "UNAUTHORIZED");
    assertThat(api.store.journal().read(TestServer.ASP23, 0)).isEmpty();
  }

  @Test
  void a_registrant_acts_for_its_participant_only_and_the_server_clock_decides() {
    String kenya = api.token(Role.REGISTRANT, "Kenya");
    Response inscribed =
        api.post(BASE + "/registrations", kenya, "{\"segment\":\"I\",\"speaker\":\"Ms. Wanjiru\"}");
    assertThat(inscribed.status()).as(inscribed.body()).isEqualTo(201);
    JsonNode ack = inscribed.json();
    assertThat(ack.get("participant").get("name").asText()).isEqualTo("Kenya");
    assertThat(ack.get("position").asInt()).isEqualTo(1);
    assertThat(ack.get("projectedStart").asText()).isEqualTo("2024-12-05T15:00+01:00");
    assertThat(ack.get("receivedAt").asText()).isEqualTo("2024-12-04T13:00+01:00");
    assertThat(ack.get("receipt").asText()).hasSize(64);
    assertThat(inscribed.header("Location")).endsWith("/registrations/1");

    problem(
        api.post(BASE + "/registrations", kenya, "{\"segment\":\"I\",\"participant\":\"Chile\"}"),
        403,
        "FORBIDDEN");
    problem(
        api.post(
            BASE + "/registrations",
            kenya,
            "{\"segment\":\"II\",\"receivedAt\":\"2024-12-01T10:00:00Z\"}"),
        403,
        "FORBIDDEN");
    // Its own name spelt otherwise, as an object: accepted as itself, then refused by R5.
    problem(
        api.post(
            BASE + "/registrations",
            kenya,
            "{\"segment\":\"II\",\"participant\":{\"name\":\"KENYA\",\"category\":\"STATE_PARTY\"}}"),
        422,
        "DUPLICATE");

    assertThat(api.get(BASE + "/registrations/1", kenya).status()).isEqualTo(200);
    problem(
        api.get(BASE + "/registrations/1", api.token(Role.REGISTRANT, "Chile")), 403, "FORBIDDEN");
    assertThat(api.get(BASE + "/registrations/1", api.secretariat).json().get("status").asText())
        .isEqualTo("WAITING");
    problem(api.get(BASE + "/registrations/99", api.secretariat), 404, "NOT_FOUND");
  }

  @Test
  void a_refused_request_is_recorded_answered_422_in_the_asked_language_and_readable_later() {
    api.clock.now = java.time.Instant.parse("2024-12-05T09:00:00Z");
    Response late = api.register("I", "Chile", "2024-12-05T00:00:00+01:00");
    problem(late, 422, "LATE");
    assertThat(late.json().get("registrationId").asInt()).isEqualTo(1);
    assertThat(late.json().get("receipt").asText()).hasSize(64);
    Response tard =
        api.post(
            BASE + "/registrations",
            api.secretariat,
            "{\"segment\":\"III\",\"participant\":\"Peru\"}",
            "Accept-Language",
            "fr-CH, fr;q=0.9, en;q=0.8");
    problem(tard, 422, "UNKNOWN_SEGMENT");
    assertThat(tard.json().get("detail").asText()).contains("III").contains("segment");
    assertThat(tard.json().get("detail").asText()).doesNotContain("There is");
    Response later = api.get(BASE + "/registrations/1", api.secretariat);
    assertThat(later.json().get("status").asText()).isEqualTo("REFUSED");
    assertThat(later.json().get("reason").asText()).isEqualTo("LATE");
    JsonNode list = api.get(BASE + "/speakers").json();
    assertThat(list.get("rejected")).hasSize(2);
    assertThat(api.store.journal().read(TestServer.ASP23, 0)).hasSize(2);
  }

  @Test
  void the_same_source_ref_is_answered_again_200_and_recorded_once() {
    String body =
        "{\"segment\":\"II\",\"participant\":\"Chile\",\"receivedAt\":\"2024-12-04T11:02:00+01:00\","
            + "\"sourceRef\":\"<CAB123@minrel.gob.cl>\"}";
    Response first = api.post(BASE + "/registrations", api.secretariat, body);
    assertThat(first.status()).isEqualTo(201);
    Response again = api.post(BASE + "/registrations", api.secretariat, body);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("replay").asBoolean()).isTrue();
    assertThat(again.json().get("receipt")).isEqualTo(first.json().get("receipt"));
    assertThat(api.store.journal().read(TestServer.ASP23, 0)).hasSize(1);
  }

  @Test
  void a_mail_dated_only_by_its_senders_clock_is_flagged_in_the_answer_the_list_and_the_csv() {
    String path = BASE + "/registrations";
    Response dated =
        api.post(
            path,
            api.secretariat,
            "{\"segment\":\"II\",\"participant\":\"Mexico\","
                + "\"receivedAt\":\"2024-12-03T16:30:00+01:00\",\"senderClock\":true}");
    assertThat(dated.status()).isEqualTo(201);
    assertThat(dated.json().get("senderClock").asBoolean()).isTrue();
    Response stamped =
        api.post(
            path,
            api.secretariat,
            "{\"segment\":\"II\",\"participant\":\"Peru\","
                + "\"receivedAt\":\"2024-12-03T17:00:00+01:00\"}");
    assertThat(stamped.json().get("senderClock").asBoolean()).isFalse();
    JsonNode speakers = api.get(BASE + "/speakers?segment=II").json().at("/segments/0/speakers");
    assertThat(io.vavr.collection.List.ofAll(speakers).map(s -> s.get("senderClock").asBoolean()))
        .containsExactly(true, false);
    Response csv = api.call("GET", BASE + "/speakers", null, null, "Accept", "text/csv");
    assertThat(csv.body())
        .contains("timePermitting,senderClock,status,actualStart,actualEnd,swappedWith\r\n")
        .containsPattern("Mexico,STATE_PARTY,,[^,]+,[^,]+,false,true,WAITING,,,\r\n")
        .containsPattern("Peru,STATE_PARTY,,[^,]+,[^,]+,false,false,WAITING,,,\r\n");

    Response alone =
        api.post(
            path,
            api.secretariat,
            "{\"segment\":\"I\",\"participant\":\"Chile\",\"senderClock\":true}");
    problem(alone, 400, "INVALID");
    assertThat(alone.json().get("detail").asText()).contains("receivedAt");
    problem(
        api.post(
            path,
            api.secretariat,
            "{\"segment\":\"I\",\"participant\":\"Chile\","
                + "\"receivedAt\":\"2024-12-03T17:00:00+01:00\",\"senderClock\":\"yes\"}"),
        400,
        "INVALID");
    assertThat(api.store.journal().read(TestServer.ASP23, 0)).hasSize(2);
  }

  @Test
  void malformed_requests_are_refused_saying_what_is_wrong_and_write_nothing() {
    String path = BASE + "/registrations";
    problem(
        api.post(path, api.secretariat, "segment=I", "Content-Type", "text/plain"),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    problem(api.post(path, api.secretariat, "{\"segment\":"), 400, "BAD_JSON");
    problem(api.post(path, api.secretariat, "[1,2]"), 400, "BAD_JSON");
    Response unknown =
        api.post(
            path, api.secretariat, "{\"segment\":\"I\",\"participant\":\"Peru\",\"priority\":1}");
    problem(unknown, 400, "UNKNOWN_FIELDS");
    assertThat(unknown.json().get("detail").asText()).contains("priority");
    problem(api.post(path, api.secretariat, "{\"participant\":\"Peru\"}"), 400, "INVALID");
    problem(
        api.post(
            path,
            api.secretariat,
            "{\"segment\":\"I\",\"participant\":\"Peru\",\"receivedAt\":\"tomorrow\"}"),
        400,
        "INVALID");
    String big = "{\"segment\":\"I\",\"participant\":\"" + "x".repeat(RestApi.MAX_BODY) + "\"}";
    problem(api.post(path, api.secretariat, big), 413, "TOO_LARGE");
    problem(api.post(BASE + "/commands/fly", api.chair, null), 404, "NOT_FOUND");
    assertThat(api.store.journal().read(TestServer.ASP23, 0)).isEmpty();
  }

  @Test
  void changes_to_the_list_need_the_version_seen_and_a_stale_one_gets_409_with_the_list() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    api.register("I", "Peru", "2024-12-02T12:00:00+01:00");
    Response list = api.get(BASE + "/speakers");
    String seen = list.header("ETag");
    assertThat(seen).isEqualTo("\"3\"");

    problem(
        api.post(BASE + "/commands/swap", api.chair, "{\"first\":1,\"second\":3}"),
        428,
        "PRECONDITION_REQUIRED");
    Response swapped =
        api.post(
            BASE + "/commands/swap", api.chair, "{\"first\":1,\"second\":3}", "If-Match", seen);
    assertThat(swapped.status()).as(swapped.body()).isEqualTo(200);
    assertThat(swapped.header("ETag")).isEqualTo("\"4\"");
    assertThat(swapped.json().get("recorded").get(0).get("type").asText())
        .isEqualTo("PlacesSwapped");

    Response stale =
        api.call("DELETE", BASE + "/registrations/1", api.secretariat, null, "If-Match", seen);
    problem(stale, 409, "STALE");
    assertThat(stale.json().get("version").asLong()).isEqualTo(4);
    assertThat(
            stale
                .json()
                .get("list")
                .get("segments")
                .get(0)
                .get("speakers")
                .get(0)
                .get("participant")
                .get("name")
                .asText())
        .isEqualTo("Peru");
    problem(
        api.call(
            "DELETE", BASE + "/registrations/1", api.secretariat, null, "If-Match", "yesterday"),
        400,
        "BAD_IF_MATCH");
    problem(
        api.call("DELETE", BASE + "/registrations/1", api.chair, null, "If-Match", "\"4\""),
        403,
        "FORBIDDEN");
    Response withdrawn =
        api.call("DELETE", BASE + "/registrations/1", api.secretariat, null, "If-Match", "\"4\"");
    assertThat(withdrawn.status()).isEqualTo(200);
    problem(
        api.call("DELETE", BASE + "/registrations/9", api.secretariat, null, "If-Match", "\"5\""),
        404,
        "NOT_FOUND");
  }

  @Test
  void two_consoles_on_the_same_version_never_undo_each_other_silently() throws Exception {
    for (String p : List.of("Kenya", "Chile", "Peru", "Japan")) {
      api.register("I", p, "2024-12-02T10:00:00+01:00");
    }
    String seen = api.get(BASE + "/speakers").header("ETag");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> both = new ArrayList<>();
      both.add(
          pool.submit(
              () -> {
                go.await();
                return api.post(
                    BASE + "/commands/swap",
                    api.chair,
                    "{\"first\":1,\"second\":2}",
                    "If-Match",
                    seen);
              }));
      both.add(
          pool.submit(
              () -> {
                go.await();
                return api.call(
                    "DELETE", BASE + "/registrations/1", api.secretariat, null, "If-Match", seen);
              }));
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Response> f : both) {
        statuses.add(f.get().status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_chair_runs_the_session_through_every_command() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    api.register("II", "Peru", "2024-12-02T11:00:00+01:00");
    api.clock.now = java.time.Instant.parse("2024-12-05T14:00:00Z");
    String c = api.chair;
    problem(api.post(BASE + "/commands/stop", c, null), 422, "NO_SPEECH_RUNNING");
    assertThat(api.post(BASE + "/commands/call-next", c, null).status()).isEqualTo(200);
    JsonNode session = api.get(BASE + "/session").json();
    assertThat(session.get("current").get("participant").asText()).isEqualTo("Kenya");
    assertThat(session.get("current").get("phase").asText()).isEqualTo("CALLED");
    assertThat(session.get("next").get(0).get("participant").asText()).isEqualTo("Chile");
    assertThat(api.post(BASE + "/commands/start", c, null).status()).isEqualTo(200);
    assertThat(api.get(BASE + "/session").json().get("current").get("startedAt").asText())
        .isEqualTo("2024-12-05T14:00:00Z");
    api.clock.now = api.clock.now.plusSeconds(95);
    assertThat(api.post(BASE + "/commands/stop", c, null).status()).isEqualTo(200);
    assertThat(api.post(BASE + "/commands/call-next", c, null).status()).isEqualTo(200);
    assertThat(api.post(BASE + "/commands/mark-absent", c, null).status()).isEqualTo(200);
    assertThat(api.post(BASE + "/commands/end-segment", c, null).status()).isEqualTo(200);
    assertThat(api.get(BASE + "/session").json().get("segment").get("id").asText()).isEqualTo("II");
    long v = api.version();
    Response closed =
        api.post(
            BASE + "/commands/close-list", c, "{\"segment\":\"II\"}", "If-Match", "\"" + v + "\"");
    assertThat(closed.status()).isEqualTo(200);
    problem(
        api.post(
            BASE + "/commands/close-list",
            c,
            "{\"segment\":\"II\"}",
            "If-Match",
            "\"" + (v + 1) + "\""),
        422,
        "ALREADY_CLOSED");
    assertThat(
            api.post(
                    BASE + "/commands/reopen-list",
                    c,
                    "{\"segment\":\"II\"}",
                    "If-Match",
                    "\"" + (v + 1) + "\"")
                .status())
        .isEqualTo(200);
    Response extended =
        api.post(
            BASE + "/commands/extend-deadline",
            api.secretariat,
            "{\"closesAt\":\"2024-12-05T16:00:00+01:00\"}",
            "If-Match",
            "\"" + (v + 2) + "\"");
    assertThat(extended.status()).as(extended.body()).isEqualTo(200);
    assertThat(api.get(BASE).json().get("deadline").asText()).isEqualTo("2024-12-05T16:00+01:00");
  }

  @Test
  void the_list_is_public_in_json_and_csv_and_by_segment() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("II", "Côte d'Ivoire", "2024-12-02T11:00:00+01:00");
    JsonNode list = api.get(BASE + "/speakers").json();
    assertThat(list.get("segments")).hasSize(2);
    assertThat(api.get(BASE + "/speakers").header("ETag")).isEqualTo("\"2\"");
    JsonNode two = api.get(BASE + "/speakers?segment=II").json();
    assertThat(two.get("segments")).hasSize(1);
    Response csv = api.call("GET", BASE + "/speakers", null, null, "Accept", "text/csv");
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFsegment,position").contains("Côte d'Ivoire");
    problem(api.get(BASE + "/speakers?segment=IX"), 404, "UNKNOWN_SEGMENT");
  }

  @Test
  void the_secretariat_reads_the_record_and_its_proof() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    Response journal = api.get(BASE + "/journal", api.secretariat);
    assertThat(journal.status()).isEqualTo(200);
    JsonNode first = journal.json().get(0);
    assertThat(first.get("seq").asInt()).isEqualTo(1);
    assertThat(first.get("type").asText()).isEqualTo("RegistrationInscribed");
    assertThat(first.get("hash").asText()).hasSize(64);
    JsonNode proof = api.get(BASE + "/journal/verify", api.secretariat).json();
    assertThat(proof.get("intact").asBoolean()).isTrue();
    assertThat(proof.get("entries").asInt()).isEqualTo(1);
    assertThat(proof.get("headHash")).isEqualTo(first.get("hash"));
  }

  @Test
  void every_request_is_logged_with_its_id_and_a_failure_shows_no_stack_trace() {
    Response r = api.call("GET", BASE, null, null, "X-Request-Id", "desk-42");
    assertThat(r.header("X-Request-Id")).isEqualTo("desk-42");
    assertThat(api.log).anyMatch(l -> l.startsWith("desk-42 GET " + BASE + " 200"));
    api.store.close(); // the database goes away under the server
    Response failed = api.get(BASE + "/speakers");
    problem(failed, 500, "INTERNAL");
    String id = failed.header("X-Request-Id");
    assertThat(failed.json().get("detail").asText()).contains(id);
    assertThat(api.log).anyMatch(l -> l.startsWith(id + " failed: "));
  }
}
