package org.rostrum.core.text;

import org.rostrum.core.model.ControlCharacters;

/**
 * Text for a terminal: no escape sequence (ESC, CSI), other control character or invisible
 * character an old record may hold reaches the screen, where it could move the cursor, clear the
 * screen, change the window's title or reorder the line; a line break in a name becomes a space.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code text} as one line of a terminal. */
  public static String line(String text) {
    return ControlCharacters.replace(text, " ");
  }

  /** {@code text} as lines of a terminal, its own line breaks kept as {@code \n}. */
  public static String lines(String text) {
    return ControlCharacters.replace(text, "\n");
  }
}
