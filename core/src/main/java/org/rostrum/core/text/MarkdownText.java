package org.rostrum.core.text;

import org.rostrum.core.model.ControlCharacters;

/**
 * Text inside a Markdown table cell, heading or list item, shown as typed: HTML's {@code <}, {@code
 * >} and {@code &} written as entities (no tag, script or image reaches the page), Markdown's marks
 * of emphasis, code, links and tables ({@code \ ` * _ [ ] | ~}) escaped with a backslash, and so
 * are a leading {@code #}, {@code +}, {@code -}, {@code =} or number and dot, which would start a
 * heading or a list item; each line break (which would end the row) a space, and the control and
 * invisible characters an old record may hold left out.
 */
public final class MarkdownText {

  private MarkdownText() {}

  /** {@code text} as inline Markdown that renders exactly as {@code text}. */
  public static String inline(String text) {
    String plain = ControlCharacters.replace(text, " ");
    StringBuilder out = new StringBuilder(plain.length() + 8);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
        case '#', '+', '-', '=' -> out.append(i == 0 ? "\\" : "").append(c);
        case '.' -> out.append(leadingNumber(plain, i) ? "\\" : "").append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the dot at {@code i} ends a number that starts the text: "1." would start a list. */
  private static boolean leadingNumber(String text, int i) {
    return i > 0 && text.substring(0, i).chars().allMatch(Character::isDigit);
  }
}
