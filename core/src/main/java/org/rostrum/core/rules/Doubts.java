package org.rostrum.core.rules;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.rostrum.core.model.Language;

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
}
