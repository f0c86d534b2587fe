package org.rostrum.adapters.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.rostrum.core.model.Language;

/** What the command line says to people, in English or French. */
final class Text {

  private final Language language;
  private final ResourceBundle bundle;

  Text(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            "org.rostrum.adapters.cli.cli",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Language language() {
    return language;
  }

  String get(String key, Object... values) {
    return new MessageFormat(bundle.getString(key), language.locale()).format(values);
  }
}
