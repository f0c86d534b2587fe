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
}
