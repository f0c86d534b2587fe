package org.rostrum.adapters.cli;

import java.util.Map;

/** A countdown in digits five lines high, for the chair's full screen. */
final class BigDigits {

  private static final int HEIGHT = 5;

  /** Each glyph as five rows of the same width. */
  private static final Map<Character, String[]> GLYPHS =
      Map.ofEntries(
          Map.entry('0', new String[] {"█████", "█   █", "█   █", "█   █", "█████"}),
          Map.entry('1', new String[] {"  █  ", " ██  ", "  █  ", "  █  ", " ███ "}),
          Map.entry('2', new String[] {"█████", "    █", "█████", "█    ", "█████"}),
          Map.entry('3', new String[] {"█████", "    █", " ████", "    █", "█████"}),
          Map.entry('4', new String[] {"█   █", "█   █", "█████", "    █", "    █"}),
          Map.entry('5', new String[] {"█████", "█    ", "█████", "    █", "█████"}),
          Map.entry('6', new String[] {"█████", "█    ", "█████", "█   █", "█████"}),
          Map.entry('7', new String[] {"█████", "    █", "   █ ", "  █  ", "  █  "}),
          Map.entry('8', new String[] {"█████", "█   █", "█████", "█   █", "█████"}),
          Map.entry('9', new String[] {"█████", "█   █", "█████", "    █", "█████"}),
          Map.entry(':', new String[] {"   ", " █ ", "   ", " █ ", "   "}),
          Map.entry('+', new String[] {"     ", "  █  ", "█████", "  █  ", "     "}));

  private BigDigits() {}

  /**
   * {@code text} ("1:45", "+0:12") in large digits: five lines, each ending with a line break;
   * characters without a glyph are left out.
   */
  static String render(String text) {
    StringBuilder out = new StringBuilder();
    for (int row = 0; row < HEIGHT; row++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        String[] glyph = GLYPHS.get(text.charAt(i));
        if (glyph != null) {
          line.append(glyph[row]).append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
