package org.rostrum.core.model;

import java.util.Locale;

/** A language in which Rostrum speaks to participants and chairs. */
public enum Language {
  EN(Locale.ENGLISH),
  FR(Locale.FRENCH);

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
