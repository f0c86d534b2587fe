package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.TestServer.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document says what the server takes: every body it shows (its examples) and the least body
 * each operation's schema allows (its required fields, each with its example) are sent to the
 * server, which must not refuse them as malformed (400, 413, 415) nor fail (500); and the bodies
 * the server refuses as malformed, the document does not allow.
 */
@Timeout(120)
class OpenApiExamplesTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @TempDir Path dir;

  /** Each documented operation that takes a body, by method and path template, with its schema. */
  static List<Map.Entry<String, JsonNode>> bodies() {
    List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : OpenApiContract.DOCUMENT.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        JsonNode schema = op.getValue().at("/requestBody/content/application~1json/schema");
        if (!schema.isMissingNode()) {
          all.add(
              Map.entry(
                  op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                  OpenApiContract.resolve(schema)));
        }
      }
    }
    return all;
  }

  /** A value for a property: its first example, else the first the schema allows. */
  static JsonNode value(JsonNode schema) {
    schema = OpenApiContract.resolve(schema);
    if (schema.has("examples")) {
      return schema.get("examples").get(0);
    }
    if (schema.has("const")) {
      return schema.get("const");
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    for (String choice : List.of("oneOf", "anyOf")) {
      if (schema.has(choice)) {
        return value(schema.get(choice).get(0));
      }
    }
    JsonNode type = schema.path("type");
    String t = type.isArray() ? type.get(0).asText() : type.asText();
    return switch (t) {
      case "integer", "number" -> NODES.numberNode(schema.path("minimum").asLong(1));
      case "boolean" -> NODES.booleanNode(false);
      case "array" -> NODES.arrayNode();
      case "object" -> minimal(schema);
      default ->
          NODES.textNode(
              schema.path("format").asText().equals("date-time")
                  ? "2024-12-02T10:00:00+01:00"
                  : "Kenya");
    };
  }

  /**
   * The least body a schema allows: its required fields, and those required unless something else
   * is said ({@code if: {not: {required}}}).
   */
  static ObjectNode minimal(JsonNode schema) {
    ObjectNode body = NODES.objectNode();
    List<JsonNode> required = new ArrayList<>();
    schema.path("required").forEach(required::add);
    schema.path("if").path("not").path("required").forEach(required::add);
    for (JsonNode field : required) {
      body.set(field.asText(), value(schema.get("properties").get(field.asText())));
    }
    return body;
  }

  /** The body with every field the document gives an example for, and the required ones. */
  static ObjectNode exemplary(JsonNode schema) {
    ObjectNode body = minimal(schema);
    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
      if (OpenApiContract.resolve(p.getValue()).has("examples")) {
        body.set(p.getKey(), value(p.getValue()));
      }
    }
    return body;
  }

  @Test
  void every_documented_example_and_the_least_body_of_every_operation_is_taken() {
    try (TestServer api = new TestServer(dir)) {
      String[] states = {"Kenya", "Chile", "Peru", "Japan", "France", "Brazil", "Mexico", "Ghana"};
      for (int i = 0; i < states.length; i++) {
        api.register("I", states[i], "2024-12-02T1" + i + ":00:00+01:00");
      }
      // a registrant's token bound to a participant may leave the participant out
      String kenya = api.token(org.rostrum.core.port.out.AccessTokens.Role.REGISTRANT, "Kenya");
      List<String> sent = new ArrayList<>();
      for (Map.Entry<String, JsonNode> operation : bodies()) {
        JsonNode schema = operation.getValue();
        List<JsonNode> examples = new ArrayList<>();
        examples.add(minimal(schema));
        examples.add(exemplary(schema));
        schema.path("examples").forEach(examples::add);
        String method = operation.getKey().replaceFirst(" .*", "");
        String path =
            operation
                .getKey()
                .replaceFirst("^\\S+ ", "")
                .replace("{id}", "asp23-cooperation")
                .replace("{rid}", "1");
        for (JsonNode body : examples) {
          assertThat(OpenApiContract.problems(schema, body)).as(operation + " " + body).isEmpty();
          TestServer.Response r =
              api.call(
                  method,
                  path,
                  path.endsWith("/registrations") && !body.has("participant")
                      ? kenya
                      : api.secretariat,
                  body.toString(),
                  "If-Match",
                  "\"" + api.version() + "\"");
          assertThat(r.status())
              .as(operation.getKey() + " " + body + " → " + r.body())
              .isNotIn(400, 413, 415, 500);
          sent.add(operation.getKey());
        }
      }
      assertThat(sent).anyMatch(s -> s.endsWith("/commands/stop"));
      assertThat(sent).anyMatch(s -> s.endsWith("/registrations"));
    }
  }

  @Test
  void what_the_server_refuses_as_malformed_the_document_does_not_allow() {
    JsonNode paths = OpenApiContract.DOCUMENT.get("paths");
    JsonNode registration =
        OpenApiContract.resolve(
            paths
                .at("/~1api~1plenaries~1{id}~1registrations/post/requestBody/content")
                .at("/application~1json/schema"));
    JsonNode stop =
        OpenApiContract.resolve(
            paths
                .at("/~1api~1plenaries~1{id}~1commands~1stop/post/requestBody/content")
                .at("/application~1json/schema"));
    JsonNode close =
        OpenApiContract.resolve(
            paths
                .at("/~1api~1plenaries~1{id}~1commands~1close-list/post/requestBody/content")
                .at("/application~1json/schema"));
    for (String[] refused :
        new String[][] {
          {"{}", "registration"},
          {"{\"participant\":\"Kenya\"}", "registration"},
          {"{\"segment\":null,\"participant\":\"Kenya\"}", "registration"},
          {"{\"segment\":\"I\",\"participant\":\"Kenya\",\"senderClock\":true}", "registration"},
          {"{\"segment\":\"\"}", "stop"},
          {"{\"segment\":\"\"}", "close"},
          {"{\"segment\":\" \"}", "close"},
          {"{}", "close"}
        }) {
      JsonNode schema =
          switch (refused[1]) {
            case "registration" -> registration;
            case "stop" -> stop;
            default -> close;
          };
      assertThat(OpenApiContract.problems(schema, OpenApiContract.read(refused[0])))
          .as(refused[1] + " " + refused[0])
          .isNotEmpty();
    }
    try (TestServer api = new TestServer(dir)) {
      assertThat(api.post(BASE + "/registrations", api.secretariat, "{}").status()).isEqualTo(400);
      assertThat(api.post(BASE + "/commands/stop", api.chair, "{\"segment\":\"\"}").status())
          .isEqualTo(400);
      assertThat(
              api.post(
                      BASE + "/registrations",
                      api.secretariat,
                      "{\"segment\":\"I\",\"participant\":\"Kenya\",\"senderClock\":true}")
                  .status())
          .isEqualTo(400);
    }
  }
}
