package org.rostrum.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI 3.1 document served at {@code /openapi.json}, as a checker: an exchange must use a
 * documented path, method and status, its JSON body must validate against the documented schema,
 * and a request that succeeded must have sent a body the document allows. OpenAPI 3.1 schemas are
 * JSON Schema 2020-12, so a JSON Schema validator does it.
 */
final class OpenApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNode DOCUMENT = read(RestApi.OPENAPI);

  private OpenApiContract() {}

  static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON", e);
    }
  }

  /** The documented path template {@code path} falls under, or null. */
  static String template(String path) {
    String bare = path.replaceFirst("\\?.*$", "");
    for (Iterator<String> it = DOCUMENT.get("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      if (bare.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
        return template;
      }
    }
    return null;
  }

  /** The response headers a client relies on: each one sent must be documented where it is. */
  static final java.util.List<String> CONTRACT_HEADERS =
      java.util.List.of("ETag", "Location", "WWW-Authenticate", "Retry-After");

  /** An exchange whose headers are not known: its status and bodies are checked. */
  static void check(
      String method, String path, String requestBody, int status, String type, String body) {
    check(method, path, requestBody, status, null, type, body);
  }

  /** An exchange, its response headers (null when not known) included. */
  static void check(
      String method,
      String path,
      String requestBody,
      int status,
      HttpHeaders headers,
      String type,
      String body) {
    if (!path.startsWith("/api/") && !path.equals("/openapi.json")) {
      return; // the room's pages, not the API
    }
    String template = template(path);
    String exchange = method + " " + path + " → " + status;
    if (template == null) {
      require(status == 404, exchange + ": not a documented path");
      require(type != null && type.startsWith("application/problem+json"), exchange + ": " + type);
      return;
    }
    JsonNode operation = DOCUMENT.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
    if (operation == null) {
      require(status == 404 || status == 405, exchange + ": method not documented");
      return;
    }
    JsonNode response = operation.get("responses").get(Integer.toString(status));
    require(response != null, exchange + ": status not documented");
    if (headers != null) {
      checkHeaders(response, headers, exchange);
    }
    if (status / 100 == 2 && requestBody != null && !requestBody.isBlank()) {
      JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
      require(!schema.isMissingNode(), exchange + ": a body was sent where none is documented");
      validate(schema, read(requestBody), exchange + " (request)");
    }
    if (type == null || body == null || body.isEmpty()) {
      return;
    }
    String media = type.replaceFirst(";.*$", "").strip();
    JsonNode content = response.get("content");
    require(content != null && content.has(media), exchange + ": " + media + " not documented");
    if (media.endsWith("json")) {
      validate(content.get(media).get("schema"), read(body), exchange);
    }
  }

  /** Headers documented as required are sent; the contract's headers sent are documented. */
  private static void checkHeaders(JsonNode response, HttpHeaders headers, String exchange) {
    JsonNode declared = response.path("headers");
    for (Map.Entry<String, JsonNode> h : declared.properties()) {
      JsonNode header = resolve(h.getValue());
      if (header.path("required").asBoolean(false)) {
        require(
            headers.firstValue(h.getKey()).isPresent(),
            exchange + ": the documented header " + h.getKey() + " was not sent");
      }
    }
    for (String name : CONTRACT_HEADERS) {
      if (headers.firstValue(name).isPresent()) {
        require(
            declared.has(name), exchange + ": " + name + " was sent but is not documented here");
      }
    }
  }

  /** A component the document refers to by {@code $ref}, or the node itself. */
  static JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : DOCUMENT.at(ref.asText().substring(1));
  }

  private static void validate(JsonNode schema, JsonNode value, String what) {
    Set<ValidationMessage> problems = problems(schema, value);
    require(problems.isEmpty(), what + " does not match /openapi.json: " + problems + "\n" + value);
  }

  /** What in {@code value} the document's {@code schema} does not allow; empty if it allows it. */
  static Set<ValidationMessage> problems(JsonNode schema, JsonNode value) {
    ObjectNode root = schema.deepCopy();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", DOCUMENT.get("components"));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(root)
        .validate(value);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /** How many operations the document has, by path template and method. */
  static Map<String, Integer> operations() {
    Map<String, Integer> all = new java.util.TreeMap<>();
    for (Map.Entry<String, JsonNode> p : DOCUMENT.get("paths").properties()) {
      for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
        String method = m.next();
        if (!method.equals("parameters")) {
          all.merge(method.toUpperCase(Locale.ROOT) + " " + p.getKey(), 1, Integer::sum);
        }
      }
    }
    return all;
  }
}
