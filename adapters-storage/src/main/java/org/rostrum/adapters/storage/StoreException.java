package org.rostrum.adapters.storage;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rostrum.core.model.Language;

/**
 * The store cannot be used: missing, not a Rostrum store, locked, unreachable, read-only or
 * corrupt. It names the store and says what to do, for a person: {@link #describe} in English or
 * French; {@link #getMessage()} is the English, for logs.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong; each has a sentence in {@code store_en/fr.properties}. */
  public enum Problem {
    /** {0} store. */
    MISSING,
    /** {0} store. */
    DIRECTORY,
    /** {0} store. */
    NOT_SQLITE,
    /** {0} store. */
    LOCKED,
    /** {0} store. */
    READ_ONLY,
    /** {0} store. */
    FOREIGN_TABLES,
    /** {0} store. */
    UNREACHABLE,
    /** {0} store. */
    LOGIN,
    /** {0} store, {1} what the database said. */
    UNUSABLE,
    /** {0} store, {1} plenary. */
    NO_PLENARY,
    /** {0} store, {1} plenary, {2} entry, {3} what is wrong with it. */
    ENTRY_UNREADABLE,
    /** {0} store. */
    HOLD_FAILED,
    /** {0} store, {1} plenary. */
    OTHER_DEFINITION,
    /** {0} store, {1} plenary. */
    DEFINITION_UNREADABLE
  }

  private final Problem problem;
  private final Object[] values;

  StoreException(Problem problem, Throwable cause, Object... values) {
    super(sentence(problem, Language.EN, values), cause);
    this.problem = problem;
    this.values = values.clone();
  }

  StoreException(Problem problem, Object... values) {
    this(problem, null, values);
  }

  public Problem problem() {
    return problem;
  }

  /** The sentence for a person who reads {@code language}. */
  public String describe(Language language) {
    return sentence(problem, language, values);
  }

  private static String sentence(Problem problem, Language language, Object... values) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.rostrum.adapters.storage.store",
            language == Language.FR ? Locale.FRENCH : Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] shown = values.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof StoreName name) {
        shown[i] = name.in(language);
      }
    }
    String sentence =
        new MessageFormat(bundle.getString(problem.name()), bundle.getLocale()).format(shown);
    return sentence.substring(0, 1).toUpperCase(bundle.getLocale()) + sentence.substring(1);
  }
}
