package org.rostrum.adapters.mail;

import java.util.regex.Pattern;

/**
 * A reply's own text: without the quoted history that mail programs append, so that an earlier
 * mail's words (the Secretariat's invitation naming both segments, say) are not read as the
 * request. A forwarded mail is kept: its text is the request.
 */
final class Quotes {

  /** Lines where the quoted history begins; everything from there on is dropped. */
  private static final Pattern HISTORY =
      Pattern.compile(
          "(?im)^(?:"
              + "-{2,}\\s*(?:original message|message d'origine|message d’origine)\\s*-{2,}"
              + "|on .{5,200}wrote\\s*:\\s*"
              + "|le .{5,200}a écrit\\s*:\\s*"
              + "|_{10,}\\s*"
              + "|(?:from|de)\\s*:.*\\n(?:.*\\n)?\\s*(?:sent|envoyé|date)\\s*:.*"
              + ")$");

  private Quotes() {}

  static String strip(String text) {
    String unix = text.replace("\r\n", "\n").replace('\r', '\n');
    java.util.regex.Matcher m = HISTORY.matcher(unix);
    String own = m.find() && !forwarded(unix, m.start()) ? unix.substring(0, m.start()) : unix;
    StringBuilder out = new StringBuilder();
    for (String line : own.split("\n", -1)) {
      if (!line.stripLeading().startsWith(">")) {
        out.append(line).append('\n');
      }
    }
    return out.toString().strip();
  }

  /** Whether the header block at {@code at} introduces a forwarded mail (which is kept). */
  private static boolean forwarded(String text, int at) {
    String before = text.substring(0, at).toLowerCase(java.util.Locale.ROOT);
    return before.contains("forwarded message")
        || before.contains("message transféré")
        || before.strip().isEmpty();
  }
}
