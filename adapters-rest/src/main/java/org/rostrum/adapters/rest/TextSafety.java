package org.rostrum.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.Map;
import org.rostrum.core.model.ControlCharacters;

/**
 * No text of a request carries a line break, another control character, an invisible character that
 * changes how text is shown (a bidirectional override, a zero-width character) or half a character
 * (a lone surrogate): such a request is refused (400 {@code INVALID}) naming the field, before
 * anything is decided or recorded.
 */
final class TextSafety {

  private TextSafety() {}

  /** Refuses {@code body} if one of its texts, however deep, carries such a character. */
  static void check(Context ctx, JsonNode body) {
    check(ctx, body, "");
  }

  private static void check(Context ctx, JsonNode node, String field) {
    if (node.isTextual()) {
      Option<Integer> found = ControlCharacters.first(node.textValue());
      if (found.isDefined()) {
        int c = found.get();
        String key =
            ControlCharacters.invisible(c)
                ? "invisible.character"
                : c <= 0xFFFF && Character.isSurrogate((char) c)
                    ? "lone.surrogate"
                    : "control.character";
        String named =
            ControlCharacters.invisible(c)
                ? ControlCharacters.described(c)
                : ControlCharacters.name(c);
        throw new Problem(400, "INVALID", Http.text(ctx, key, field, named));
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String name = field.isEmpty() ? member.getKey() : field + "." + member.getKey();
        check(ctx, member.getValue(), name);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(ctx, node.get(i), field + "[" + i + "]");
      }
    }
  }
}
