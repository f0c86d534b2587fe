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

  @Test
  void the_server_serves_the_document_it_is_checked_against() {
    try (TestServer api = new TestServer(dir)) {
      TestServer.Response doc = api.get("/openapi.json");
      assertThat(doc.status()).isEqualTo(200);
      assertThat(doc.json()).isEqualTo(OpenApiContract.DOCUMENT);
      assertThat(doc.json().get("openapi").asText()).isEqualTo("3.1.0");
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
            .replace("#/$defs/category", "#/components/schemas/Category");
    JsonNode api = OpenApiContract.DOCUMENT.at("/components/schemas/SpeakersList");
    assertThat(api).isEqualTo(OpenApiContract.read(rewritten));
    assertThat(OpenApiContract.DOCUMENT.at("/components/schemas/Instant"))
        .isEqualTo(cli.at("/$defs/instant"));
  }
}
