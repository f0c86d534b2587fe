package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Http.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.SegmentId;

/** Request bodies and path parameters read strictly: every mistake a 400 (or 404) naming it. */
final class Bodies {

  private Bodies() {}

  /**
   * The JSON object sent, read strictly, refusing any field not in {@code fields} and any text with
   * a control character.
   */
  static JsonNode body(Context ctx, List<String> fields) {
    String type = Option.of(ctx.contentType()).getOrElse("");
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new Problem(415, "UNSUPPORTED_MEDIA_TYPE", Http.text(ctx, "media.type", type));
    }
    JsonNode body = JsonBodies.read(ctx);
    if (body == null || !body.isObject()) {
      throw new Problem(400, "BAD_JSON", Http.text(ctx, "not.object"));
    }
    List<String> unknown = List.ofAll(body::fieldNames).filter(f -> !fields.contains(f));
    if (!unknown.isEmpty()) {
      throw new Problem(
          400,
          "UNKNOWN_FIELDS",
          fields.isEmpty()
              ? Http.text(ctx, "unknown.fields.none", unknown.mkString(", "))
              : Http.text(ctx, "unknown.fields", unknown.mkString(", "), fields.mkString(", ")));
    }
    TextSafety.check(ctx, body);
    return body;
  }

  static Option<String> text(Context ctx, JsonNode body, String field, boolean required) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw new Problem(400, "INVALID", Http.text(ctx, "missing.field", field));
      }
      return Option.none();
    }
    if (!node.isTextual()) {
      throw new Problem(
          400,
          "INVALID",
          Http.text(ctx, "bad.field", field, Http.text(ctx, "expected.text"), node));
    }
    return Option.some(node.asText());
  }

  /** An optional true/false field; absent or null is false. */
  static boolean flag(Context ctx, JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new Problem(
          400,
          "INVALID",
          Http.text(ctx, "bad.field", field, Http.text(ctx, "expected.boolean"), node));
    }
    return node.booleanValue();
  }

  static String required(Context ctx, JsonNode body, String field) {
    return text(ctx, body, field, true).get();
  }

  static long number(Context ctx, JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      throw new Problem(400, "INVALID", Http.text(ctx, "missing.field", field));
    }
    if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 1) {
      throw new Problem(
          400,
          "INVALID",
          Http.text(ctx, "bad.field", field, Http.text(ctx, "expected.number"), node));
    }
    return node.asLong();
  }

  static Instant instant(Context ctx, String field, String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw new Problem(
          400,
          "INVALID",
          Http.text(
              ctx, "bad.field", field, Http.text(ctx, "expected.instant"), "“" + value + "”"));
    }
  }

  static ParticipantCategory category(Context ctx, String value) {
    return category(ctx, "participant.category", value);
  }

  static ParticipantCategory category(Context ctx, String field, String value) {
    try {
      return ParticipantCategory.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new Problem(
          400,
          "INVALID",
          Http.text(
              ctx,
              "bad.field",
              field,
              Http.text(
                  ctx, "expected.category", List.of(ParticipantCategory.values()).mkString(", ")),
              "“" + value + "”"));
    }
  }

  /** A value of an enumeration, by its upper-case name; anything else a 400 naming the values. */
  static <E extends Enum<E>> E oneOf(Context ctx, String field, Class<E> type, String value) {
    List<E> values = List.of(type.getEnumConstants());
    return values
        .find(v -> v.name().equals(value))
        .getOrElseThrow(
            () ->
                new Problem(
                    400,
                    "INVALID",
                    Http.text(
                        ctx,
                        "bad.field",
                        field,
                        Http.text(ctx, "expected.one.of", values.mkString(", ")),
                        "“" + value + "”")));
  }

  /**
   * The most extra time read from one command: a quarter of an hour. A bound on input, not a rule
   * of procedure: it catches a slip of the unit (PT30M for PT30S) before it is recorded.
   */
  static final Duration MAX_EXTRA = Duration.ofMinutes(15);

  /**
   * Extra time as an ISO-8601 duration of whole seconds ({@code "PT30S"}, {@code "PT1M"}), from one
   * second to {@link #MAX_EXTRA}.
   */
  static Duration extra(Context ctx, JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      throw new Problem(400, "INVALID", Http.text(ctx, "missing.field", field));
    }
    Option<Duration> extra = Option.none();
    if (node.isTextual()) {
      try {
        extra = Option.some(Duration.parse(node.asText().strip()));
      } catch (DateTimeException e) {
        extra = Option.none();
      }
    }
    if (extra.isEmpty()
        || !extra.get().equals(extra.get().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
        || extra.get().compareTo(Duration.ofSeconds(1)) < 0
        || extra.get().compareTo(MAX_EXTRA) > 0) {
      throw new Problem(
          400,
          "INVALID",
          Http.text(
              ctx,
              "bad.field",
              field,
              Http.text(ctx, "expected.duration", MAX_EXTRA.toString()),
              node));
    }
    return extra.get();
  }

  /** A segment's id: a text that is not blank. */
  static SegmentId segment(Context ctx, JsonNode body, String field) {
    String value = required(ctx, body, field);
    if (value.isBlank()) {
      throw new Problem(
          400,
          "INVALID",
          Http.text(
              ctx, "bad.field", field, Http.text(ctx, "expected.segment"), "“" + value + "”"));
    }
    return SegmentId.of(value);
  }

  /**
   * A request's number as the list gives it: a whole number ({@code 7}), or a text as the list
   * prints it ({@code "7"}, {@code "#7"}).
   */
  static RegistrationId requestId(Context ctx, JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      throw new Problem(400, "INVALID", Http.text(ctx, "missing.field", field));
    }
    String digits =
        node.isIntegralNumber()
            ? node.asText()
            : node.isTextual() ? node.asText().strip().replaceFirst("^#\\s*", "") : "";
    if (digits.matches("[1-9][0-9]{0,17}")) {
      return RegistrationId.of(Long.parseLong(digits));
    }
    throw new Problem(
        400,
        "INVALID",
        Http.text(ctx, "bad.field", field, Http.text(ctx, "expected.request"), node));
  }

  static RegistrationId registrationId(Context ctx, Plenary plenary) {
    String rid = ctx.pathParam("rid");
    try {
      return RegistrationId.of(Long.parseLong(rid));
    } catch (IllegalArgumentException e) {
      throw new Problem(
          404, "NOT_FOUND", Http.text(ctx, "not.found.registration", rid, plenary.id()));
    }
  }
}
