package org.rostrum.core.text;

import org.rostrum.core.model.ControlCharacters;

/**
 * A TEXT value of an iCalendar file (RFC 5545 §3.3.11): backslash, semicolon and comma escaped,
 * each line break written {@code \n}, and the control and invisible characters an old record may
 * hold left out.
 */
public final class CalendarText {

  private CalendarText() {}

  /** {@code text} as a TEXT value. */
  public static String value(String text) {
    return ControlCharacters.replace(
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,"), "\\n");
  }

  /** A content line, folded at 75 octets as RFC 5545 asks, each part ending with CRLF. */
  public static String line(String content) {
    StringBuilder out = new StringBuilder();
    byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int start = 0;
    boolean first = true;
    while (start < bytes.length) {
      int limit = first ? 75 : 74;
      int end = Math.min(bytes.length, start + limit);
      while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
        end--; // never cut inside a UTF-8 character
      }
      if (!first) {
        out.append(' ');
      }
      out.append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8))
          .append("\r\n");
      start = end;
      first = false;
    }
    return out.toString();
  }
}
