package org.rostrum.adapters.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body read as JSON, strictly: UTF-8 only (an invalid byte is refused, never read as
 * U+FFFD and recorded), each field once, one value and nothing after it. Anything else is a 400
 * problem that says what and where.
 */
final class JsonBodies {

  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonBodies() {}

  /** The body of {@code ctx} as a JSON value. */
  static JsonNode read(Context ctx) {
    String text = utf8(ctx, ctx.bodyAsBytes());
    try {
      return STRICT.readTree(text);
    } catch (JsonParseException e) {
      if (e.getOriginalMessage().startsWith("Duplicate field") && e.getProcessor() != null) {
        throw new Problem(
            400, "DUPLICATE_FIELD", Http.text(ctx, "duplicate.field", path(e.getProcessor())));
      }
      throw badJson(ctx, e);
    } catch (JsonProcessingException e) {
      throw badJson(ctx, e);
    }
  }

  private static String utf8(Context ctx, byte[] body) {
    ByteBuffer in = ByteBuffer.wrap(body);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (CharacterCodingException e) {
      throw new Problem(
          400, "BAD_JSON", Http.text(ctx, "bad.utf8", Integer.toString(in.position())));
    }
  }

  /** The field being read, with the objects around it: {@code participant.name}. */
  private static String path(JsonParser parser) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      if (c.getCurrentName() != null) {
        path.insert(0, path.length() == 0 ? c.getCurrentName() : c.getCurrentName() + ".");
      }
    }
    return path.toString();
  }

  private static Problem badJson(Context ctx, JsonProcessingException e) {
    return new Problem(400, "BAD_JSON", Http.text(ctx, "bad.json", e.getOriginalMessage()));
  }
}
