package org.rostrum.core.model;

import io.vavr.control.Option;
import java.util.Locale;

/**
 * The characters no name or note of a plenary carries: the C0 controls (line breaks, tab, NUL…),
 * DEL, the C1 controls (U+0080–U+009F), and lone surrogates (half a character: text that is not
 * Unicode). Requests carrying one are refused; a writer of the record, which may hold one from
 * before they were, writes line breaks as its format allows and drops the rest.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** The first such character of {@code text}, as its code point (a lone surrogate as itself). */
  public static Option<Integer> first(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (pair(text, i)) {
        i++;
      } else if (control(c) || Character.isSurrogate(c)) {
        return Option.some((int) c);
      }
    }
    return Option.none();
  }

  /** How people name a character: {@code U+000D}. */
  public static String name(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /**
   * {@code text} with each line break (CR LF, CR or LF) written as {@code lineBreak}, and every
   * other such character left out.
   */
  public static String replace(String text, String lineBreak) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (pair(text, i)) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\r' || c == '\n') {
        out.append(lineBreak);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (!control(c) && !Character.isSurrogate(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean control(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** Whether a whole character of two halves starts at {@code i}. */
  private static boolean pair(CharSequence text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }
}
