package org.rostrum.adapters.storage;

import org.rostrum.core.model.Language;

/**
 * A store as people call it, in their language: "the SQLite store ./rostrum.db", "le registre
 * PostgreSQL jdbc:postgresql://…" (a password in the URL is never shown).
 */
public record StoreName(boolean postgres, String shown) {

  static StoreName of(String location) {
    return location.startsWith("jdbc:postgresql:")
        ? new StoreName(true, location.replaceAll("password=[^&]*", "password=…"))
        : new StoreName(false, location);
  }

  public String in(Language language) {
    String kind = postgres ? "PostgreSQL" : "SQLite";
    return (language == Language.FR ? "le registre " + kind : "the " + kind + " store")
        + " "
        + shown;
  }

  /** In English, for logs. */
  @Override
  public String toString() {
    return in(Language.EN);
  }
}
