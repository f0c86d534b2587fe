package org.rostrum.adapters.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationRequest;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.rules.Rejection;

/**
 * Events as canonical JSON: object keys sorted, no white space, instants in UTC, absent options
 * left out. Events and refusals are records; each is written as an object of its components, with
 * its type named by its simple class name. Changing a component's name or type changes the
 * journal's format: bump {@link #VERSION} and teach {@link #decode} the old one.
 */
final class EventCodec {

  /** The version of the format written. */
  static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EventCodec() {}

  /** The event's type as the journal names it. */
  static String type(Event event) {
    return event.getClass().getSimpleName();
  }

  /** The event's canonical JSON text. */
  static String encode(Event event) {
    return canonical(record((Record) event, false));
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

  /** The event of a journal entry, or why it cannot be read. */
  static Event decode(String type, int version, String json) {
    if (version != VERSION) {
      throw new IllegalArgumentException("event format version " + version + " is unknown");
    }
    Class<?> kind =
        List.of(Event.class.getPermittedSubclasses())
            .find(c -> c.getSimpleName().equals(type))
            .getOrElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
    return (Event) fromRecord(kind, parse(json));
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

  private static ObjectNode record(Record value, boolean typed) {
    ObjectNode node = NODES.objectNode();
    if (typed) {
      node.put("type", value.getClass().getSimpleName());
    }
    for (RecordComponent component : value.getClass().getRecordComponents()) {
      Object field;
      try {
        field = component.getAccessor().invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
      if (field instanceof Option<?> option) {
        if (option.isDefined()) {
          node.set(component.getName(), value(option.get()));
        }
      } else {
        node.set(component.getName(), value(field));
      }
    }
    return node;
  }

  private static JsonNode value(Object v) {
    if (v instanceof String s) {
      return NODES.textNode(s);
    } else if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (v instanceof Integer i) {
      return NODES.numberNode(i);
    } else if (v instanceof Long l) {
      return NODES.numberNode(l);
    } else if (v instanceof Instant i) {
      return NODES.textNode(i.toString());
    } else if (v instanceof Duration d) {
      return NODES.textNode(d.toString());
    } else if (v instanceof RegistrationId id) {
      return NODES.numberNode(id.value());
    } else if (v instanceof SegmentId id) {
      return NODES.textNode(id.value());
    } else if (v instanceof Enum<?> e) {
      return NODES.textNode(e.name());
    } else if (v instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(x -> array.add(value(x)));
      return array;
    } else if (v instanceof Rejection rejection) {
      return record((Record) rejection, true);
    } else if (v instanceof Participant p) {
      ObjectNode node = NODES.objectNode();
      node.put("key", p.key().value());
      node.put("category", p.category().name());
      node.set("name", localized(p.names()));
      return node;
    } else if (v instanceof Registration r) {
      ObjectNode node = NODES.objectNode();
      node.put("id", r.id().value());
      node.set("participant", value(r.participant()));
      node.put("segment", r.segment().value());
      r.speaker().forEach(s -> node.put("speaker", s));
      r.language().forEach(s -> node.put("language", s));
      node.put("receivedAt", r.receivedAt().toString());
      if (r.senderClock()) {
        node.put("senderClock", true); // absent when false: older records keep their hashes
      }
      r.sourceRef().forEach(s -> node.put("sourceRef", s));
      r.onBehalfOf().forEach(g -> node.put("onBehalfOf", g)); // absent when none: hashes kept
      return node;
    } else if (v instanceof RegistrationRequest r) {
      ObjectNode node = NODES.objectNode();
      node.put("segment", r.segment());
      node.put("participant", r.participant());
      r.category().forEach(c -> node.put("category", c.name()));
      r.speaker().forEach(s -> node.put("speaker", s));
      r.language().forEach(s -> node.put("language", s));
      node.put("receivedAt", r.receivedAt().toString());
      if (r.senderClock()) {
        node.put("senderClock", true); // absent when false: older records keep their hashes
      }
      r.sourceRef().forEach(s -> node.put("sourceRef", s));
      r.onBehalfOf().forEach(g -> node.put("onBehalfOf", g)); // absent when none: hashes kept
      return node;
    }
    throw new IllegalArgumentException("no JSON form for " + v.getClass());
  }

  private static ObjectNode localized(LocalizedText text) {
    ObjectNode node = NODES.objectNode();
    node.put("en", text.en());
    node.put("fr", text.fr());
    return node;
  }

  private static Object fromRecord(Class<?> kind, JsonNode node) {
    RecordComponent[] components = kind.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      JsonNode field = node.get(components[i].getName());
      args[i] = fromJson(components[i].getGenericType(), field, components[i].getName());
    }
    try {
      Constructor<?> constructor = kind.getDeclaredConstructor(types);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          kind.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + kind, e);
    }
  }

  private static Object fromJson(Type type, JsonNode node, String name) {
    if (type instanceof ParameterizedType p && p.getRawType() == Option.class) {
      return node == null || node.isNull()
          ? Option.none()
          : Option.some(fromJson(p.getActualTypeArguments()[0], node, name));
    }
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException("missing " + name);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      List<Object> list = List.empty();
      for (JsonNode item : node) {
        list = list.append(fromJson(p.getActualTypeArguments()[0], item, name));
      }
      return list;
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return text(node, name);
    } else if (c == boolean.class) {
      return node.asBoolean();
    } else if (c == int.class) {
      return node.asInt();
    } else if (c == long.class) {
      return node.asLong();
    } else if (c == Instant.class) {
      return Instant.parse(text(node, name));
    } else if (c == Duration.class) {
      return Duration.parse(text(node, name));
    } else if (c == RegistrationId.class) {
      return RegistrationId.of(node.asLong());
    } else if (c == SegmentId.class) {
      return SegmentId.of(text(node, name));
    } else if (c.isEnum()) {
      return enumValue(c, text(node, name));
    } else if (c == Rejection.class) {
      String type2 = text(node.get("type"), "type");
      Class<?> kind =
          List.of(Rejection.class.getPermittedSubclasses())
              .find(k -> k.getSimpleName().equals(type2))
              .getOrElseThrow(() -> new IllegalArgumentException("unknown refusal " + type2));
      return fromRecord(kind, node);
    } else if (c == Participant.class) {
      return participant(node);
    } else if (c == Registration.class) {
      return Registration.builder()
          .id(RegistrationId.of(node.get("id").asLong()))
          .participant(participant(node.get("participant")))
          .segment(SegmentId.of(text(node.get("segment"), "segment")))
          .speaker(optionalText(node, "speaker"))
          .language(optionalText(node, "language"))
          .receivedAt(Instant.parse(text(node.get("receivedAt"), "receivedAt")))
          .senderClock(node.path("senderClock").asBoolean(false))
          .sourceRef(optionalText(node, "sourceRef"))
          .onBehalfOf(optionalText(node, "onBehalfOf"))
          .build();
    } else if (c == RegistrationRequest.class) {
      return RegistrationRequest.builder()
          .segment(text(node.get("segment"), "segment"))
          .participant(text(node.get("participant"), "participant"))
          .category(optionalText(node, "category").map(ParticipantCategory::valueOf))
          .speaker(optionalText(node, "speaker"))
          .language(optionalText(node, "language"))
          .receivedAt(Instant.parse(text(node.get("receivedAt"), "receivedAt")))
          .senderClock(node.path("senderClock").asBoolean(false))
          .sourceRef(optionalText(node, "sourceRef"))
          .onBehalfOf(optionalText(node, "onBehalfOf"))
          .build();
    }
    throw new IllegalArgumentException("no JSON form for " + type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> c, String name) {
    return Enum.valueOf((Class<? extends Enum>) c, name);
  }

  private static Participant participant(JsonNode node) {
    JsonNode name = node.get("name");
    return Participant.of(
        ParticipantKey.of(text(node.get("key"), "key")),
        LocalizedText.of(text(name.get("en"), "name.en"), text(name.get("fr"), "name.fr")),
        ParticipantCategory.valueOf(text(node.get("category"), "category")));
  }

  private static Option<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Option.none() : Option.some(value.asText());
  }

  private static String text(JsonNode node, String name) {
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException(name + " is not text");
    }
    return node.asText();
  }
}
