package org.rostrum.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A text that exists in English and in French, and in Spanish where it was given (otherwise the
 * English text stands for it). Only English and French are part of the record's format.
 */
public record LocalizedText(String en, String fr, String es) {

  public LocalizedText {
    requireNonNull(en, "en");
    requireNonNull(fr, "fr");
    es = es == null || es.isBlank() ? en : es;
  }

  public static LocalizedText of(String en, String fr) {
    return new LocalizedText(en, fr, en);
  }

  public static LocalizedText of(String en, String fr, String es) {
    return new LocalizedText(en, fr, es);
  }

  public String in(Language language) {
    return switch (language) {
      case EN -> en;
      case FR -> fr;
      case ES -> es;
    };
  }
}
