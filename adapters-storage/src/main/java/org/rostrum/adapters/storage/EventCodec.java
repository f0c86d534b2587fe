package org.rostrum.adapters.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Actor;

/**
 * Events as canonical JSON: object keys sorted, no white space. What is written — each type's
 * stored name and version, each field's stored name and form — is declared in {@link RecordFormat},
 * never taken from a Java name; changing it is done as ADR 18 says.
 */
final class EventCodec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EventCodec() {}

  /** The event's type as the journal names it. */
  static String type(Event event) {
    return RecordFormat.JOURNAL.type(event);
  }

  /** The version of its type's format the event is written at. */
  static int version(Event event) {
    return RecordFormat.JOURNAL.version(event);
  }

  /** The event's canonical JSON text. */
  static String encode(Event event) {
    return canonical(RecordFormat.JOURNAL.write(event));
  }

  /** Who asked for an entry, as canonical JSON. */
  static String encode(Actor actor) {
    return canonical(RecordFormat.ACTOR.write(actor));
  }

  /** Who asked for an entry, read back. */
  static Actor actor(String json) {
    return RecordFormat.ACTOR.read(parse(json), "actor");
  }

  /** A JSON tree as canonical text. */
  static String canonical(JsonNode node) {
    try {
      return JSON.writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The event of a journal entry, whatever version of its type's format it was written at, or why
   * it cannot be read.
   */
  static Event decode(String type, int version, String json) {
    return RecordFormat.JOURNAL.read(type, version, parse(json));
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        fields.put(e.getKey(), sorted(e.getValue()));
      }
      ObjectNode out = NODES.objectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(n -> out.add(sorted(n)));
      return out;
    }
    return node;
  }
}
