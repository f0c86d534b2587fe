package org.rostrum.adapters.cli;

import java.util.regex.Pattern;

/**
 * Text folded to a terminal's width between words, never inside one: a line longer than the width
 * breaks at its last blank that fits. Colour codes take no width. A single word wider than the
 * screen is the only thing broken.
 */
final class Wrap {

  private static final Pattern COLOUR = Pattern.compile("\u001b\\[[0-9;]*m");

  private Wrap() {}

  /** How many columns {@code line} takes on screen. */
  static int width(String line) {
    String plain = COLOUR.matcher(line).replaceAll("");
    return plain.codePointCount(0, plain.length());
  }

  /** Every line of {@code text} folded to {@code columns}; the line breaks it had are kept. */
  static String lines(String text, int columns) {
    if (columns < 10) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      fold(lines[i], columns, out);
    }
    return out.toString();
  }

  private static void fold(String line, int columns, StringBuilder out) {
    String rest = line;
    while (width(rest) > columns) {
      int cut = cut(rest, columns);
      out.append(rest.substring(0, cut).stripTrailing()).append('\n');
      rest = rest.substring(cut).stripLeading();
    }
    out.append(rest);
  }

  /** Where to break {@code line}: after its last blank that leaves at most {@code columns}. */
  private static int cut(String line, int columns) {
    int visible = 0;
    int lastBlank = -1;
    int i = 0;
    while (i < line.length()) {
      java.util.regex.Matcher m = COLOUR.matcher(line).region(i, line.length());
      if (m.lookingAt()) {
        i = m.end();
        continue;
      }
      int cp = line.codePointAt(i);
      if (visible == columns) {
        break;
      }
      if (cp == ' ') {
        lastBlank = i;
      }
      visible++;
      i += Character.charCount(cp);
    }
    if (i < line.length() && line.charAt(i) == ' ') {
      return i; // the words before fit exactly
    }
    return lastBlank > 0 ? lastBlank + 1 : i;
  }
}
