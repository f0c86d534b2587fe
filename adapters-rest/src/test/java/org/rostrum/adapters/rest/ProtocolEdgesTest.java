package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;
import static org.rostrum.adapters.rest.TestServer.BASE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;
import org.rostrum.core.port.out.AccessTokens.Role;

/**
 * What a fuzzer and a security review found at the protocol's edges (issue 22): a blank segment, a
 * wrong method, HEAD, whether a plenary exists told before who asks, the referrer, and tokens
 * guessed. Over real HTTP on 127.0.0.1.
 */
@Timeout(120)
class ProtocolEdgesTest {

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
  void a_blank_segment_asked_of_the_list_is_a_400_naming_the_segments_in_english_and_french() {
    for (String blank : List.of("", "%20", "%20%20", "%09")) {
      Response r = api.get(BASE + "/speakers?segment=" + blank);
      problem(r, 400, "UNKNOWN_SEGMENT");
      assertThat(r.json().get("detail").asText()).as(blank).contains("I, II");
      Response head = api.call("HEAD", BASE + "/speakers?segment=" + blank, null, null);
      assertThat(head.status()).isEqualTo(400);
    }
    Response fr = api.call("GET", BASE + "/speakers?segment=", null, null, "Accept-Language", "fr");
    problem(fr, 400, "UNKNOWN_SEGMENT");
    assertThat(fr.json().get("detail").asText()).contains("segment").contains("I, II");
    assertThat(fr.json().get("detail").asText())
        .isNotEqualTo(api.get(BASE + "/speakers?segment=").json().get("detail").asText());
  }

  @Test
  void a_blank_segment_in_a_command_or_a_registration_is_refused_never_a_failure() {
    for (String command : List.of("close-list", "reopen-list", "resume-segment")) {
      for (String blank : List.of("\"\"", "\" \"")) {
        Response r =
            api.post(
                BASE + "/commands/" + command,
                api.chair,
                "{\"segment\":" + blank + "}",
                "If-Match",
                "\"0\"");
        assertThat(r.status()).as(command + " " + blank).isEqualTo(400);
      }
    }
    Response registration =
        api.post(
            BASE + "/registrations",
            api.secretariat,
            "{\"segment\":\" \",\"participant\":\"Kenya\"}");
    assertThat(registration.status()).isIn(400, 422);
    assertThat(registration.json().get("reason").asText()).isEqualTo("UNKNOWN_SEGMENT");
  }

  /** Every route that asks for a token, on a plenary that is not there. */
  static final List<String[]> PROTECTED =
      List.of(
          new String[] {"GET", "/journal", null},
          new String[] {"GET", "/journal/verify", null},
          new String[] {"GET", "/reviews", null},
          new String[] {"GET", "/registrations/1", null},
          new String[] {"DELETE", "/registrations/1", null},
          new String[] {"POST", "/registrations", "{\"segment\":\"I\",\"participant\":\"Kenya\"}"},
          new String[] {"POST", "/commands/stop", null},
          new String[] {
            "POST", "/reviews/1/accept", "{\"participant\":\"Kenya\",\"segment\":\"I\"}"
          },
          new String[] {"POST", "/reviews/1/dismiss", "{\"reason\":\"spam\"}"});

  @Test
  void every_protected_route_asks_who_is_asking_before_saying_whether_the_plenary_exists()
      throws Exception {
    String registrant = api.token(Role.REGISTRANT, null);
    for (String plenary : List.of("0", "nope", "asp23-cooperation-x")) {
      for (String[] route : PROTECTED) {
        String path = "/api/plenaries/" + plenary + route[1];
        Response anonymous = api.call(route[0], path, null, route[2]);
        problem(anonymous, 401, "UNAUTHORIZED");
        assertThat(anonymous.body()).as(path).doesNotContain("asp23-cooperation");
        if (plenary.equals("0")) {
          problem(api.call(route[0], path, "not-a-token", route[2]), 401, "UNAUTHORIZED");
        }
      }
      // a name that is not a command is no documented path: asked without the contract's check
      java.net.http.HttpResponse<String> command =
          api.http.send(
              java.net.http.HttpRequest.newBuilder(
                      api.uri("/api/plenaries/" + plenary + "/commands/no-such-command"))
                  .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(command.statusCode()).isEqualTo(401);
      assertThat(command.body()).doesNotContain("asp23-cooperation");
      // a token for another plenary, or without the role, learns nothing of this one either
      Response journal = api.get("/api/plenaries/" + plenary + "/journal", registrant);
      problem(journal, 403, "FORBIDDEN");
      Response foreign = api.get("/api/plenaries/" + plenary + "/journal", api.secretariat);
      problem(foreign, 403, "FORBIDDEN");
      assertThat(foreign.body()).doesNotContain("plenaries are");
    }
  }

  @Test
  void a_wrong_method_is_a_405_whose_allow_names_the_methods_of_the_path() {
    Response put = api.call("PUT", BASE + "/speakers", null, "{}");
    problem(put, 405, "METHOD_NOT_ALLOWED");
    assertThat(put.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(put.json().get("detail").asText()).contains("PUT").contains("GET, HEAD");
    Response trace = api.call("TRACE", "/api/plenaries", null, null);
    problem(trace, 405, "METHOD_NOT_ALLOWED");
    assertThat(trace.header("Allow")).isEqualTo("GET, HEAD");
    Response get = api.call("GET", BASE + "/commands/stop", api.chair, null);
    problem(get, 405, "METHOD_NOT_ALLOWED");
    assertThat(get.header("Allow")).isEqualTo("POST");
    Response patch =
        api.call("PATCH", BASE + "/registrations/1", null, null, "Accept-Language", "fr");
    problem(patch, 405, "METHOD_NOT_ALLOWED");
    assertThat(patch.header("Allow")).isEqualTo("GET, HEAD, DELETE");
    assertThat(patch.json().get("detail").asText()).contains("PATCH").contains("méthode");
    // a path that is nowhere stays a 404
    problem(api.call("PUT", "/api/nothing", null, null), 404, "NOT_FOUND");
  }

  /** Every GET route, with and without what it asks for. */
  List<String[]> gets() {
    return List.of(
        new String[] {"/openapi.json", null},
        new String[] {"/plenaries/asp23-cooperation/display", null},
        new String[] {"/plenaries/asp23-cooperation/console", null},
        new String[] {"/plenaries/asp23-cooperation/register", null},
        new String[] {"/plenaries/asp23-cooperation/list", null},
        new String[] {"/plenaries/asp23-cooperation/receipt", null},
        new String[] {"/assets/list.js", null},
        new String[] {"/plenaries/XXX/display", null},
        new String[] {"/assets/rostrum.js", null},
        new String[] {"/assets/nothing.js", null},
        new String[] {"/api/whoami", null},
        new String[] {"/api/whoami", api.chair},
        new String[] {"/api/plenaries", null},
        new String[] {BASE, null},
        new String[] {"/api/plenaries/XXX", null},
        new String[] {BASE + "/speakers", null},
        new String[] {BASE + "/session", null},
        new String[] {BASE + "/roster", null},
        new String[] {BASE + "/registrations/1", null},
        new String[] {BASE + "/registrations/1", api.secretariat},
        new String[] {BASE + "/reviews", null},
        new String[] {BASE + "/reviews", api.secretariat},
        new String[] {BASE + "/journal", null},
        new String[] {BASE + "/journal", api.chair},
        new String[] {BASE + "/journal", api.secretariat},
        new String[] {BASE + "/journal/verify", api.secretariat});
  }

  @Test
  void head_is_answered_as_get_would_be_without_a_body_on_every_route() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    for (String[] route : gets()) {
      Response get = api.call("GET", route[0], route[1], null);
      Response head = api.call("HEAD", route[0], route[1], null);
      String what = "HEAD " + route[0] + (route[1] == null ? "" : " (token)");
      assertThat(head.status()).as(what).isEqualTo(get.status());
      assertThat(head.body()).as(what).isEmpty();
      for (String header :
          List.of(
              "Content-Type",
              "Content-Security-Policy",
              "Cache-Control",
              "ETag",
              "WWW-Authenticate",
              "Referrer-Policy")) {
        assertThat(head.header(header)).as(what + " " + header).isEqualTo(get.header(header));
      }
      assertThat(head.header("Content-Length"))
          .as(what + " Content-Length")
          .isEqualTo(
              Integer.toString(
                  get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }
    Response live = api.call("HEAD", BASE + "/live", null, null);
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.header("Content-Type")).startsWith("text/event-stream");
    assertThat(live.body()).isEmpty();
    assertThat(api.call("HEAD", "/api/plenaries/XXX/live", null, null).status()).isEqualTo(404);
  }

  @Test
  void every_answer_says_no_referrer() {
    for (String[] route : gets()) {
      assertThat(api.call("GET", route[0], route[1], null).header("Referrer-Policy"))
          .as(route[0])
          .isEqualTo("no-referrer");
    }
    for (Response r :
        List.of(
            api.call("PUT", BASE + "/speakers", null, null),
            api.call("GET", "/nowhere", null, null),
            api.post(BASE + "/registrations", api.secretariat, "{"),
            api.call("HEAD", BASE + "/speakers", null, null))) {
      assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
  }

  @Test
  void wrong_tokens_past_twenty_a_minute_from_one_address_are_answered_429_until_time_passes() {
    for (int i = 0; i < 20; i++) {
      problem(api.get("/api/whoami", "guess-" + i), 401, "UNAUTHORIZED");
    }
    Response throttled = api.get(BASE + "/journal", "guess-20");
    problem(throttled, 429, "TOO_MANY_FAILED_TOKENS");
    long retry = Long.parseLong(throttled.header("Retry-After"));
    assertThat(retry).isBetween(1L, 60L);
    // while it lasts, even a right token waits: guessing must not tell which guess was right
    problem(api.get("/api/whoami", api.chair), 429, "TOO_MANY_FAILED_TOKENS");
    Response fr = api.call("GET", "/api/whoami", "guess", null, "Accept-Language", "fr");
    problem(fr, 429, "TOO_MANY_FAILED_TOKENS");
    assertThat(fr.json().get("detail").asText()).contains("secondes");
    // public routes are not throttled
    assertThat(api.get(BASE + "/speakers").status()).isEqualTo(200);
    api.clock.now = api.clock.now.plus(Duration.ofSeconds(retry));
    assertThat(api.get("/api/whoami", api.chair).status()).isEqualTo(200);
    problem(api.get("/api/whoami", "guess-again"), 401, "UNAUTHORIZED");
  }
}
