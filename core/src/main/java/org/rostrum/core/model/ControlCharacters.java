package org.rostrum.core.model;

import io.vavr.control.Option;
import java.util.Locale;

/**
 * The characters no name or note of a plenary carries. Two families:
 *
 * <ul>
 *   <li><b>control characters</b>: the C0 controls (line breaks, tab, NUL, ESC…), DEL, the C1
 *       controls (U+0080–U+009F), the line and paragraph separators (U+2028, U+2029), and lone
 *       surrogates (half a character: text that is not Unicode);
 *   <li><b>invisible characters</b>: the bidirectional embeddings, overrides and isolates
 *       (U+202A–U+202E, U+2066–U+2069), the marks and zero-width characters (U+061C, U+200B–U+200F,
 *       U+2060–U+2064, U+180E, U+FEFF), the interlinear annotation marks (U+FFF9–U+FFFB) and the
 *       tag characters (U+E0000–U+E007F): they change how the text around them is shown — "Mr.
 *       U+202E evil U+202C Smith" shows as "Mr. live Smith" — or hide text, without being seen.
 * </ul>
 *
 * Requests carrying one are refused (R10); a writer of the record, which may hold one from before
 * they were, writes line breaks as its format allows and drops the rest, so that no old record
 * reorders or hides what a reader sees.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** The first such character of {@code text}, as its code point (a lone surrogate as itself). */
  public static Option<Integer> first(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      if (control(c) || invisible(c) || lone(c)) {
        return Option.some(c);
      }
      i += Character.charCount(c);
    }
    return Option.none();
  }

  /**
   * Whether {@code codePoint} is one of the invisible characters, which change how text is shown
   * (bidirectional controls, zero-width characters, tags), rather than a control character.
   */
  public static boolean invisible(int codePoint) {
    return (codePoint >= 0x200B && codePoint <= 0x200F)
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2060 && codePoint <= 0x2064)
        || (codePoint >= 0x2066 && codePoint <= 0x2069)
        || (codePoint >= 0xFFF9 && codePoint <= 0xFFFB)
        || (codePoint >= 0xE0000 && codePoint <= 0xE007F)
        || codePoint == 0x061C
        || codePoint == 0x180E
        || codePoint == 0xFEFF;
  }

  /** How people name a character: {@code U+000D}. */
  public static String name(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  /**
   * How people name a character, with Unicode's name where it has one: {@code U+202E RIGHT-TO-LEFT
   * OVERRIDE}.
   */
  public static String described(int codePoint) {
    String unicode = Character.isValidCodePoint(codePoint) ? Character.getName(codePoint) : null;
    return unicode == null ? name(codePoint) : name(codePoint) + " " + unicode;
  }

  /**
   * {@code text} with each line break (CR LF, CR, LF, U+2028 or U+2029) written as {@code
   * lineBreak}, and every other such character, control or invisible, left out.
   */
  public static String replace(String text, String lineBreak) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c == '\r' || c == '\n' || c == 0x2028 || c == 0x2029) {
        out.append(lineBreak);
        if (c == '\r' && next < text.length() && text.charAt(next) == '\n') {
          next++;
        }
      } else if (!control(c) && !invisible(c) && !lone(c)) {
        out.appendCodePoint(c);
      }
      i = next;
    }
    return out.toString();
  }

  /** Half a character: a surrogate that {@link String#codePointAt} found without its other half. */
  private static boolean lone(int c) {
    return c <= 0xFFFF && Character.isSurrogate((char) c);
  }

  private static boolean control(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
  }
}
