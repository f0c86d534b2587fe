package org.rostrum.adapters.storage;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.rostrum.core.model.Language;

/**
 * One mistake in a plenary definition file: where (line and the key's path), what kind, and the
 * values that explain it. {@link #describe} says it in English or French.
 */
public record DefinitionProblem(int line, String path, Kind kind, List<String> values) {

  public DefinitionProblem {
    requireNonNull(path, "path");
    requireNonNull(kind, "kind");
    requireNonNull(values, "values");
  }

  /** The kinds of mistakes a definition can hold. */
  public enum Kind {
    SYNTAX,
    NOT_A_MAP,
    UNKNOWN_KEY,
    DUPLICATE_KEY,
    MISSING,
    NOT_TEXT,
    NOT_A_LIST,
    BAD_ID,
    BAD_ZONE,
    BAD_DATE,
    BAD_TIME,
    BAD_DATE_TIME,
    BAD_DURATION,
    BAD_CHOICE,
    BAD_NUMBER,
    END_NOT_AFTER_START,
    OUTSIDE_MEETING,
    OVERLAP,
    DUPLICATE_SEGMENT,
    NO_SEGMENTS,
    DEADLINE_AFTER_MEETING,
    LIMIT_NOT_POSITIVE,
    WARNING_NOT_BEFORE_LIMIT,
    NEGATIVE_CHANGEOVER,
    PROGRAMME_TOO_LONG,
    BAD_ADDRESS,
    UNKNOWN_ROSTER,
    TIERS_NEEDED,
    TIERS_UNUSED,
    IN_TWO_TIERS,
    NOT_AT_LEAST_ONE
  }

  /** "line 12, segments[2].end: …" in the language asked. */
  public String describe(Language language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.rostrum.adapters.storage.definitions",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String where =
        path.isEmpty()
            ? MessageFormat.format(bundle.getString("where.document"), Integer.toString(line))
            : MessageFormat.format(bundle.getString("where"), Integer.toString(line), path);
    return where
        + new MessageFormat(bundle.getString(kind.name()), language.locale())
            .format(values.toJavaArray());
  }
}
