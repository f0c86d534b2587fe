package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document itself, and the checker every API test goes through. */
class OpenApiContractTest {

  @TempDir Path dir;

  /** Where the build leaves the served document for .ci/lint-openapi, which builds nothing. */
  static final Path SERVED = Path.of("target", "openapi.json");

  @Test
  void the_server_serves_the_document_it_is_checked_against() throws Exception {
    try (TestServer api = new TestServer(dir)) {
      TestServer.Response doc = api.get("/openapi.json");
      assertThat(doc.status()).isEqualTo(200);
      assertThat(doc.json()).isEqualTo(OpenApiContract.DOCUMENT);
      assertThat(doc.json().get("openapi").asText()).isEqualTo("3.1.0");
      Files.createDirectories(SERVED.getParent());
      Files.writeString(SERVED, doc.body());
    }
    assertThat(OpenApiContract.operations()).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void an_exchange_the_document_does_not_allow_is_caught() {
    String ack =
        "{\"registrationId\":1,\"replay\":false,\"status\":\"WAITING\",\"segment\":\"I\","
            + "\"participant\":{\"key\":\"KEN\",\"name\":\"Kenya\",\"category\":\"STATE_PARTY\"},"
            + "\"receivedAt\":\"2024-12-02T10:00+01:00\"}";
    String path = TestServer.BASE + "/registrations";
    assertThatThrownBy(
            () -> OpenApiContract.check("POST", path, null, 201, "application/json", ack))
        .hasMessageContaining("receipt");
    assertThatThrownBy(
            () -> OpenApiContract.check("POST", path, null, 204, "application/json", "{}"))
        .hasMessageContaining("status not documented");
    assertThatThrownBy(
            () ->
                OpenApiContract.check(
                    "POST", path, "{\"segment\":\"I\",\"colour\":1}", 201, null, null))
        .hasMessageContaining("colour");
    assertThatThrownBy(
            () -> OpenApiContract.check("GET", "/api/x", null, 200, "application/json", "{}"))
        .hasMessageContaining("not a documented path");
  }

  /**
   * What the linters of .ci/lint-openapi ask, checked here too: each operation says who may call it
   * ({@code security: []} when anyone may), what it does, under a declared tag, and how it fails.
   */
  @Test
  void every_operation_says_who_may_call_it_what_it_does_and_how_it_fails() {
    java.util.Set<String> tags = new java.util.HashSet<>();
    OpenApiContract.DOCUMENT.get("tags").forEach(t -> tags.add(t.get("name").asText()));
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (java.util.Map.Entry<String, JsonNode> path :
        OpenApiContract.DOCUMENT.get("paths").properties()) {
      for (java.util.Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (op.getKey().equals("parameters")) {
          continue;
        }
        String name = op.getKey() + " " + path.getKey();
        JsonNode operation = op.getValue();
        assertThat(ids.add(operation.path("operationId").asText())).as(name).isTrue();
        assertThat(operation.path("description").asText()).as(name).isNotBlank();
        assertThat(operation.path("tags")).as(name).isNotEmpty();
        operation.get("tags").forEach(t -> assertThat(tags).as(name).contains(t.asText()));
        assertThat(operation.get("security")).as(name + " states its security").isNotNull();
        assertThat(operation.get("responses").properties())
            .as(name + " has a 4xx")
            .anyMatch(r -> r.getKey().startsWith("4"));
      }
    }
  }

  /** An operation the document calls public answers without a token; any other asks for one. */
  @Test
  void the_document_says_which_operations_need_a_token_as_the_server_does() {
    try (TestServer api = new TestServer(dir)) {
      for (java.util.Map.Entry<String, JsonNode> path :
          OpenApiContract.DOCUMENT.get("paths").properties()) {
        if (path.getKey().endsWith("/live")) {
          continue; // a stream that does not end: HardEdgesTest reads it without a token
        }
        String concrete =
            path.getKey()
                .replace("{id}", "asp23-cooperation")
                .replace("{rid}", "1")
                .replace("{name}", "call-next")
                .replace("{receipt}", "0".repeat(64));
        for (java.util.Map.Entry<String, JsonNode> op : path.getValue().properties()) {
          if (op.getKey().equals("parameters")) {
            continue;
          }
          String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
          TestServer.Response r = api.call(method, concrete, null, null);
          boolean isPublic = op.getValue().get("security").isEmpty();
          assertThat(r.status() == 401).as(method + " " + concrete).isEqualTo(!isPublic);
        }
      }
    }
  }

  @Test
  void the_headers_clients_rely_on_are_declared_where_they_are_sent() {
    JsonNode paths = OpenApiContract.DOCUMENT.get("paths");
    String list = "/api/plenaries/{id}/speakers";
    for (String method : java.util.List.of("get", "head")) {
      assertThat(header(paths.at("/" + escape(list) + "/" + method + "/responses/200"), "ETag"))
          .as(method)
          .isTrue();
    }
    assertThat(header(paths.at("/~1api~1plenaries~1{id}/get/responses/200"), "ETag")).isTrue();
    for (String status : java.util.List.of("201", "200", "422")) {
      assertThat(
              header(
                  paths.at("/~1api~1plenaries~1{id}~1registrations/post/responses/" + status),
                  "Location"))
          .as(status)
          .isTrue();
    }
    for (JsonNode item : paths) {
      for (JsonNode operation : item) {
        if (operation.has("responses") && operation.get("responses").has("401")) {
          assertThat(header(operation.get("responses").get("401"), "WWW-Authenticate")).isTrue();
        }
      }
    }
    JsonNode etag = OpenApiContract.DOCUMENT.at("/components/headers/ETag");
    assertThat(etag.get("schema").get("pattern").asText()).isEqualTo("^\"[0-9]+(-[0-9]+)?\"$");
    assertThat(Http.etag(12)).matches("\"[0-9]+\"");
  }

  @Test
  void a_header_sent_where_it_is_not_documented_is_caught() {
    java.net.http.HttpHeaders etag =
        java.net.http.HttpHeaders.of(
            java.util.Map.of("ETag", java.util.List.of("\"3\"")), (n, v) -> true);
    assertThatThrownBy(
            () ->
                OpenApiContract.check(
                    "GET", "/api/plenaries", null, 200, etag, "application/json", "[]"))
        .hasMessageContaining("ETag was sent but is not documented");
    java.net.http.HttpHeaders none =
        java.net.http.HttpHeaders.of(java.util.Map.of(), (n, v) -> true);
    assertThatThrownBy(
            () ->
                OpenApiContract.check(
                    "HEAD", TestServer.BASE + "/speakers", null, 200, none, null, null))
        .hasMessageContaining("documented header ETag was not sent");
  }

  private static boolean header(JsonNode response, String name) {
    JsonNode h = response.path("headers").path(name);
    return !h.isMissingNode() && OpenApiContract.resolve(h).path("required").asBoolean(false);
  }

  private static String escape(String path) {
    return path.replace("~", "~0").replace("/", "~1");
  }

  /** The list's schema is kept twice (docs/schema for the command line); they must not drift. */
  @Test
  void the_list_in_the_document_is_the_list_of_the_command_line() throws Exception {
    JsonNode cli =
        OpenApiContract.read(Files.readString(Path.of("../docs/schema/list.schema.json")));
    ObjectNode expected = cli.deepCopy();
    expected.remove(java.util.List.of("$schema", "$id", "$defs"));
    String rewritten =
        expected
            .toString()
            .replace("#/$defs/instant", "#/components/schemas/Instant")
            .replace("#/$defs/receipt", "#/components/schemas/Receipt")
            .replace("#/$defs/category", "#/components/schemas/Category");
    JsonNode api = OpenApiContract.DOCUMENT.at("/components/schemas/SpeakersList");
    assertThat(api).isEqualTo(OpenApiContract.read(rewritten));
    assertThat(OpenApiContract.DOCUMENT.at("/components/schemas/Instant"))
        .isEqualTo(cli.at("/$defs/instant"));
    assertThat(OpenApiContract.DOCUMENT.at("/components/schemas/Receipt").toString())
        .isEqualTo(
            cli.at("/$defs/receipt")
                .toString()
                .replace("#/$defs/instant", "#/components/schemas/Instant"));
  }
}
