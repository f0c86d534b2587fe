package org.rostrum.core.text;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Texts as a hostile record may hold them, for the safe writers of each format. */
final class Generators {

  private Generators() {}

  /** The characters that make a format misread text: formula starts, marks, controls, bidi. */
  private static final String HOSTILE =
      "=+-@\t\r\n,\";'`*_[]()<>&|~#!\\.0123456789 \u001B\u0007\u0085\u202E\u202D\u2066\u2069"
          + "\u200B\u200F\uFEFF\u2028\uD83C\uDF0DaéZ";

  /** Strings of up to 12 characters, most of them ones a format gives a meaning to. */
  static Gen<String> hostileTexts() {
    Gen<Integer> hostile =
        integers().between(0, HOSTILE.length() - 1).map(i -> (int) HOSTILE.charAt(i));
    Gen<Integer> any = integers().between(0, 0x2FFF);
    Gen<Integer> character =
        Generate.frequency(
            org.quicktheories.api.Pair.of(4, hostile), org.quicktheories.api.Pair.of(1, any));
    return lists()
        .of(character)
        .ofSizeBetween(0, 12)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder();
              cs.forEach(c -> b.append((char) c.intValue()));
              return b.toString();
            });
  }
}
