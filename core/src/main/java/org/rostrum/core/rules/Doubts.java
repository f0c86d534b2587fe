package org.rostrum.core.rules;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Roster;

/**
 * Why a mail is held for review, as people read it, in English or French: the adapter that reads
 * mails names its doubts by code ({@code BOTH_SEGMENTS}…), and every desk says them the same way.
 */
public final class Doubts {

  private Doubts() {}

  /** Why a mail waits, in one line: each doubt's sentence, separated by semicolons. */
  public static String sentences(
      io.vavr.collection.Seq<String> codes,
      Language language,
      io.vavr.control.Option<String> seen) {
    return codes.map(code -> explain(code, language, seen.getOrElse(""))).mkString("; ");
  }

  /** The sentence for a doubt's code ("BOTH_SEGMENTS"), with what was seen when it matters. */
  public static String explain(String code, Language language, String seen) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.rostrum.core.rules.doubts",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return bundle.containsKey(code)
        ? new MessageFormat(bundle.getString(code), language.locale()).format(new Object[] {seen})
        : code;
  }

  private static final String SEPARATOR = "\u001F";

  /**
   * One piece of evidence read in a mail, as the record keeps it: its source ({@code SENDER},
   * {@code TEXT}…, or {@code IGNORED_STAMP}), what was seen, and whom it designates (a
   * participant's key; for a stamp, its date).
   */
  public static String evidence(String source, String seen, String designates) {
    return source + SEPARATOR + seen.replace(SEPARATOR, " ") + SEPARATOR + designates;
  }

  /**
   * A piece of evidence in the reader's language: "sender: «…» → Chile", "texte : «…» → Chili"; a
   * participant's name from the roster; a line kept before the format existed is said as it is.
   */
  public static String explainEvidence(String encoded, Language language, Roster roster) {
    String[] parts = encoded.split(SEPARATOR, -1);
    if (parts.length != 3) {
      return encoded;
    }
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.rostrum.core.rules.doubts",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String key = "evidence." + parts[0];
    String who = roster.name(parts[2], language);
    return bundle.containsKey(key)
        ? new MessageFormat(bundle.getString(key), language.locale())
            .format(new Object[] {parts[1], who})
        : encoded.replace(SEPARATOR, " ");
  }
}
