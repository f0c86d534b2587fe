package org.rostrum.core.model;

import java.util.Locale;

/**
 * A language in which Rostrum speaks: English and French everywhere; Spanish in the replies to
 * mails (the Assembly's third working language).
 */
public enum Language {
  EN(Locale.ENGLISH),
  FR(Locale.FRENCH),
  ES(Locale.forLanguageTag("es"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** French for a tag that starts with {@code fr}, English for anything else. */
  public static Language fromTag(String tag) {
    return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("fr") ? FR : EN;
  }
}
