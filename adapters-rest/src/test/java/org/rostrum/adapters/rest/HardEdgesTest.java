package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;
import static org.rostrum.adapters.rest.TestServer.BASE;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;

/**
 * What independent clients sent to find the API's edges: control characters, bytes that are not
 * UTF-8, fields sent twice, a stream asked for without its media type, HEAD. Over real HTTP.
 */
@Timeout(120)
class HardEdgesTest {

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

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

  /** A registration by the Secretariat whose JSON members are {@code members}. */
  Response register(String members, String... headers) {
    return api.post(BASE + "/registrations", api.secretariat, "{" + members + "}", headers);
  }

  static void names(Response r, String field, String character) {
    problem(r, 400, "INVALID");
    assertThat(r.json().get("detail").asText()).contains("“" + field + "”").contains(character);
  }

  @Test
  void a_text_with_a_control_character_is_refused_400_naming_the_field_and_nothing_is_recorded() {
    String received = "\"receivedAt\":\"2024-12-02T10:00:00+01:00\"";
    names(
        register("\"segment\":\"I\",\"participant\":\"Kenya\",\"speaker\":\"Ms. Dupont\\r\\n\""),
        "speaker",
        "U+000D");
    names(register("\"segment\":\"I\",\"participant\":\"Ken\\u0000ya\""), "participant", "U+0000");
    names(
        register(
            "\"segment\":\"I\",\"participant\":{\"name\":\"Kenya\\u0085\",\"category\":\"STATE_PARTY\"}"),
        "participant.name",
        "U+0085");
    names(
        register(
            "\"segment\":\"I\",\"participant\":\"Kenya\",\"sourceRef\":\"<a@b>\\n\"," + received),
        "sourceRef",
        "U+000A");
    names(register("\"segment\":\"I\\t\",\"participant\":\"Kenya\""), "segment", "U+0009");
    names(
        register("\"segment\":\"I\",\"participant\":\"Kenya\",\"language\":\"fr\\u009F\""),
        "language",
        "U+009F");
    names(
        register("\"segment\":\"I\",\"participant\":\"Kenya\",\"speaker\":\"\\u001B[31mRed\""),
        "speaker",
        "U+001B");
    Response half =
        register("\"segment\":\"I\",\"participant\":\"Kenya\",\"speaker\":\"Ms. \\uD83C\"");
    problem(half, 400, "INVALID");
    assertThat(half.json().get("detail").asText()).contains("speaker").contains("U+D83C");

    Response fr =
        register(
            "\"segment\":\"I\",\"participant\":\"Kenya\",\"speaker\":\"Ms. Dupont\\r\\n\"",
            "Accept-Language",
            "fr");
    problem(fr, 400, "INVALID");
    assertThat(fr.json().get("detail").asText())
        .contains("« speaker »")
        .contains("caractère de contrôle (U+000D)");
    assertThat(half.json().get("detail").asText()).doesNotContain("caractère");

    // the same for the Secretariat's and the chair's other texts
    names(
        api.post(BASE + "/reviews/1/dismiss", api.secretariat, "{\"reason\":\"spam\\u0007\"}"),
        "reason",
        "U+0007");
    names(
        api.post(
            BASE + "/commands/close-list",
            api.chair,
            "{\"segment\":\"I\\r\"}",
            "If-Match",
            "\"0\""),
        "segment",
        "U+000D");
    assertThat(api.store.journal().read(TestServer.ASP23, 0)).isEmpty();

    // an ordinary name from anywhere in the world still goes through
    Response ivoire =
        register(
            "\"segment\":\"I\",\"participant\":\"Côte d’Ivoire\",\"speaker\":\"M. Koné 🌍\","
                + received);
    assertThat(ivoire.status()).as(ivoire.body()).isEqualTo(201);
  }

  @Test
  void a_body_that_is_not_utf8_is_refused_not_read_as_replacement_characters() {
    byte[] start = "{\"segment\":\"I\",\"participant\":\"Kenya\",\"speaker\":\"Ren".getBytes(UTF8);
    byte[] body = new byte[start.length + 4];
    System.arraycopy(start, 0, body, 0, start.length);
    body[start.length] = (byte) 0xC3; // starts a two-byte character…
    body[start.length + 1] = (byte) 0x28; // …that does not follow
    body[start.length + 2] = '"';
    body[start.length + 3] = '}';
    Response r = api.callBytes("POST", BASE + "/registrations", api.secretariat, body);
    problem(r, 400, "BAD_JSON");
    assertThat(r.json().get("detail").asText())
        .contains("UTF-8")
        .contains(Integer.toString(start.length));
    Response fr =
        api.callBytes(
            "POST", BASE + "/registrations", api.secretariat, body, "Accept-Language", "fr");
    problem(fr, 400, "BAD_JSON");
    assertThat(fr.json().get("detail").asText()).contains("n’est pas en UTF-8");
    // UTF-8 written as a surrogate (CESU-8) is not UTF-8 either
    byte[] cesu = body.clone();
    cesu[start.length] = (byte) 0xED;
    cesu[start.length + 1] = (byte) 0xA0;
    cesu[start.length + 2] = (byte) 0x80;
    cesu[start.length + 3] = '"';
    byte[] closed = java.util.Arrays.copyOf(cesu, cesu.length + 1);
    closed[cesu.length] = '}';
    problem(
        api.callBytes("POST", BASE + "/registrations", api.secretariat, closed), 400, "BAD_JSON");
    assertThat(api.store.journal().read(TestServer.ASP23, 0)).isEmpty();

    byte[] good =
        "{\"segment\":\"I\",\"participant\":\"Kenya\",\"speaker\":\"Renée\"}".getBytes(UTF8);
    Response inscribed = api.callBytes("POST", BASE + "/registrations", api.secretariat, good);
    assertThat(inscribed.status()).as(inscribed.body()).isEqualTo(201);
    assertThat(api.get(BASE + "/speakers").json().at("/segments/0/speakers/0/speaker").asText())
        .isEqualTo("Renée");
  }

  @Test
  void a_field_sent_twice_is_refused_naming_it() {
    Response twice = register("\"segment\":\"I\",\"participant\":\"Kenya\",\"segment\":\"II\"");
    problem(twice, 400, "DUPLICATE_FIELD");
    assertThat(twice.json().get("detail").asText()).contains("“segment”");
    Response nested =
        register(
            "\"segment\":\"I\",\"participant\":{\"name\":\"Kenya\",\"name\":\"Chile\"}",
            "Accept-Language",
            "fr");
    problem(nested, 400, "DUPLICATE_FIELD");
    assertThat(nested.json().get("detail").asText())
        .contains("« participant.name »")
        .contains("deux fois");
    problem(
        api.post(
            BASE + "/reviews/1/dismiss", api.secretariat, "{\"reason\":\"a\",\"reason\":\"b\"}"),
        400,
        "DUPLICATE_FIELD");
    assertThat(api.store.journal().read(TestServer.ASP23, 0)).isEmpty();
  }

  @Test
  void a_command_that_takes_no_field_never_lists_an_empty_set_of_fields() {
    for (String lang : new String[] {"en", "fr"}) {
      Response r =
          api.post(
              BASE + "/commands/call-next", api.chair, "{\"speaker\":1}", "Accept-Language", lang);
      problem(r, 400, "UNKNOWN_FIELDS");
      String detail = r.json().get("detail").asText();
      assertThat(detail).contains("speaker").doesNotContainPattern(":\\s*\\.");
      assertThat(detail).contains(lang.equals("en") ? "no field" : "aucun champ");
    }
    Response some =
        api.post(
            BASE + "/commands/close-list", api.chair, "{\"segmnt\":\"I\"}", "If-Match", "\"0\"");
    problem(some, 400, "UNKNOWN_FIELDS");
    assertThat(some.json().get("detail").asText()).contains("segmnt").endsWith("segment.");
  }

  @Test
  void with_no_plenary_defined_an_unknown_one_is_named_without_an_empty_list(@TempDir Path empty) {
    try (TestServer none = new TestServer(empty, false)) {
      for (String lang : new String[] {"en", "fr"}) {
        Response r =
            none.call(
                "GET", "/api/plenaries/asp23-cooperation", null, null, "Accept-Language", lang);
        problem(r, 404, "NOT_FOUND");
        assertThat(r.json().get("detail").asText())
            .contains("asp23-cooperation")
            .contains("rostrum init")
            .doesNotContainPattern(":\\s*\\.");
      }
    }
  }

  @Test
  void the_live_stream_is_served_whatever_accept_says_and_an_unknown_plenary_is_a_404_first()
      throws Exception {
    for (String accept : new String[] {null, "application/json", "text/event-stream", "*/*"}) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(api.uri(BASE + "/live")).timeout(Duration.ofSeconds(20));
      if (accept != null) {
        request.header("Accept", accept);
      }
      HttpResponse<InputStream> response =
          api.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        assertThat(response.statusCode()).as("Accept: %s", accept).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
            .startsWith("text/event-stream");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, UTF8));
        assertThat(lines.readLine()).as("Accept: %s", accept).isEqualTo(": connected");
      }
    }
    for (String accept : new String[] {"text/event-stream", "*/*"}) {
      Response unknown = api.call("GET", "/api/plenaries/asp99/live", null, null, "Accept", accept);
      problem(unknown, 404, "NOT_FOUND");
      assertThat(unknown.json().get("detail").asText()).contains("asp99");
    }
  }

  @Test
  void head_on_the_list_answers_the_headers_of_get_and_no_body() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    for (String accept : new String[] {"application/json", "text/csv"}) {
      Response get = api.call("GET", BASE + "/speakers", null, null, "Accept", accept);
      Response head = api.call("HEAD", BASE + "/speakers", null, null, "Accept", accept);
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(head.header("ETag")).isEqualTo(get.header("ETag")).isEqualTo("\"1\"");
      for (String name : new String[] {"Content-Type", "Cache-Control", "X-Content-Type-Options"}) {
        assertThat(head.headers().allValues(name))
            .as(name)
            .isEqualTo(get.headers().allValues(name));
      }
    }
    Response unknown = api.call("HEAD", BASE + "/speakers?segment=IX", null, null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).isEmpty();
  }

  @Test
  void a_body_that_stops_arriving_is_a_408_within_the_idle_timeout_logged_in_one_line(
      @TempDir Path other) throws Exception {
    try (TestServer slow = TestServer.withIdleTimeout(other, Duration.ofSeconds(1));
        java.net.Socket socket =
            new java.net.Socket(
                java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), slow.server.port())) {
      socket.setSoTimeout(15_000);
      String head =
          "POST "
              + BASE
              + "/registrations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + slow.secretariat
              + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
              + "{\"segment\":\"I\",";
      long started = System.nanoTime();
      socket.getOutputStream().write(head.getBytes(UTF8));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readNBytes(2048), UTF8);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(answer).startsWith("HTTP/1.1 408").contains("\"reason\":\"TIMEOUT\"");
      assertThat(took).isLessThan(Duration.ofSeconds(10));
      Thread.sleep(200); // the request's line is written once its answer is
      String log = String.join("\n", slow.log);
      assertThat(log).contains(" 408 ").doesNotContain("\tat ").doesNotContain("Exception\n");
      assertThat(slow.get(BASE + "/speakers").status()).isEqualTo(200);
    }
  }

  @Test
  void a_body_abandoned_half_way_is_a_client_error_logged_in_one_line(@TempDir Path other)
      throws Exception {
    try (TestServer slow = TestServer.withIdleTimeout(other, Duration.ofSeconds(5))) {
      try (java.net.Socket socket =
          new java.net.Socket(
              java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), slow.server.port())) {
        String head =
            "POST "
                + BASE
                + "/registrations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + slow.secretariat
                + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{";
        socket.getOutputStream().write(head.getBytes(UTF8));
        socket.getOutputStream().flush();
        Thread.sleep(300);
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
      while (slow.log.stream().noneMatch(l -> l.contains(" POST "))
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      String log = String.join("\n", slow.log);
      assertThat(log).contains(" POST ").doesNotContain(" 500 ").doesNotContain("\tat ");
    }
  }

  @Test
  void every_answer_has_one_cache_control() {
    // TestServer refuses an answer with two; these are the ones that had two, or could.
    assertThat(api.get("/openapi.json").headers().allValues("Cache-Control")).hasSize(1);
    assertThat(api.get(BASE + "/speakers").headers().allValues("Cache-Control")).hasSize(1);
    assertThat(api.get("/plenaries/asp23-cooperation/display").header("Cache-Control"))
        .isEqualTo("no-cache");
    assertThat(api.get("/assets/rostrum.js").headers().allValues("Cache-Control")).hasSize(1);
    assertThat(api.get("/api/nothing").headers().allValues("Cache-Control")).hasSize(1);
  }

  @Test
  void a_body_over_the_limit_is_refused_413_even_where_none_is_expected() {
    String big = "{\"x\":\"" + "y".repeat(RestApi.MAX_BODY) + "\"}";
    problem(api.call("GET", "/api/plenaries", null, big), 413, "TOO_LARGE");
    problem(api.call("GET", "/openapi.json", null, big), 413, "TOO_LARGE");
  }
}
