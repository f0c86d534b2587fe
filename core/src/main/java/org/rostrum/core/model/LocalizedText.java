package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

/** A text that exists in English and in French. */
public record LocalizedText(String en, String fr) {

  public LocalizedText {
    requireNonNull(en, "en");
    requireNonNull(fr, "fr");
  }

  public static LocalizedText of(String en, String fr) {
    return new LocalizedText(en, fr);
  }

  public String in(Language language) {
    return language == Language.FR ? fr : en;
  }
}
