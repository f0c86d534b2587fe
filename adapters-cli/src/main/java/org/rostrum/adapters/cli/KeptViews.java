package org.rostrum.adapters.cli;

import java.io.File;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.rostrum.adapters.storage.Snapshots;
import org.rostrum.adapters.storage.StoreException;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.PlenaryId;

/**
 * The views the one-shot commands print — the list, the report, the held mails — rendered once per
 * version of the plenary's journal (and of its held mails) and kept in the store beside it (ADR
 * 0025). A command that only prints reads the kept text on the light path ({@link Snapshots#read})
 * and prints it: no pool, no Flyway, no definition to parse, no journal to replay. When the text is
 * missing or older than the journal's head, the command renders it on the full path as before,
 * prints it and keeps it. A command that changes the journal renders again, as it closes, the views
 * kept for that plenary, so that the next {@code list} is instant too.
 */
final class KeptViews {

  private KeptViews() {}

  /**
   * One view as a command prints it: which view, in which format and language, for which segment
   * (null: all).
   */
  record View(String name, String format, Language language, String segment) {

    /** Its key in the store; it names the build too, since another build may print otherwise. */
    String key() {
      return String.join(
          "|", BUILD, name, format, language.name(), segment == null ? "*" : "=" + segment);
    }

    /** The view kept under {@code key}, if this build kept it. */
    static Optional<View> of(String key) {
      String[] parts = key.split("\\|", 5);
      if (parts.length != 5 || !parts[0].equals(BUILD)) {
        return Optional.empty();
      }
      Language language;
      try {
        language = Language.valueOf(parts[3]);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      String segment = parts[4].equals("*") ? null : parts[4].substring(1);
      return Optional.of(new View(parts[1], parts[2], language, segment));
    }
  }

  /**
   * What was printed, the version of the plenary it shows and, for a view of the held mails, how
   * many were held and resolved (null for the others).
   */
  record Rendered(
      PlenaryId plenary, long version, String reviews, String text, Instant steadyUntil) {

    Rendered(PlenaryId plenary, long version, String text) {
      this(plenary, version, null, text, null);
    }

    Rendered(PlenaryId plenary, long version, String reviews, String text) {
      this(plenary, version, reviews, text, null);
    }

    /** What is kept: the text, after the instant it stops holding if its times move (T4). */
    String kept() {
      return steadyUntil == null ? text : UNTIL + steadyUntil.toEpochMilli() + "\n" + text;
    }
  }

  /**
   * The mark of a kept text whose projected times hold only until an instant on the same version:
   * the meeting runs, and the times move with the clock.
   */
  private static final String UNTIL = "\u0000until=";

  /** The kept text if it still holds at {@code now}: not kept, or kept until a later instant. */
  static Optional<String> current(Optional<String> kept, Instant now) {
    if (kept.isEmpty() || !kept.get().startsWith(UNTIL)) {
      return kept;
    }
    String text = kept.get();
    int line = text.indexOf('\n');
    try {
      long until = Long.parseLong(text.substring(UNTIL.length(), line));
      return now.toEpochMilli() < until ? Optional.of(text.substring(line + 1)) : Optional.empty();
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /**
   * This build: its version and its jar's size and time, so that a store used by another build
   * renders anew rather than printing what the other build printed.
   */
  static final String BUILD = build();

  private static String build() {
    String version = Rostrum.version();
    try {
      File jar =
          new File(Rostrum.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return String.format(
          Locale.ROOT, "%s/%d/%d", version.replace(' ', '-'), jar.length(), jar.lastModified());
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return version.replace(' ', '-');
    }
  }

  /** Prints {@code view}: the text kept for it when it is current, or as rendered now. */
  static int print(Rostrum root, View view) {
    Optional<String> kept =
        current(Snapshots.read(root.db, root.plenary, view.key()), root.clock.instant());
    if (kept.isPresent()) {
      root.out.print(kept.get());
      return Exit.DONE;
    }
    try (Session session = Session.open(root)) {
      Rendered rendered = render(session, view);
      session.out.print(rendered.text());
      keep(session, view, rendered);
      return Exit.DONE;
    }
  }

  /** The view rendered from the plenary's state as the journal now has it. */
  static Rendered render(Session session, View view) {
    return switch (view.name()) {
      case "list" -> ListCommand.render(session, view);
      case "report" -> ReportCommand.render(session, view);
      case "review" -> ReviewCommand.render(session, view);
      default -> throw new IllegalArgumentException("no view " + view.name());
    };
  }

  /**
   * Renders again every view kept for {@code plenary} that its journal has left behind (a command
   * has just changed it); forgets those another build kept.
   */
  static void refresh(Session session, PlenaryId plenary) {
    Snapshots snapshots = session.store.snapshots();
    for (String key : snapshots.stale(plenary)) {
      Optional<View> view = View.of(key);
      if (view.isEmpty()) {
        snapshots.forget(plenary, key);
      } else {
        keep(session, view.get(), render(session, view.get()));
      }
    }
  }

  static void keep(Session session, View view, Rendered rendered) {
    try {
      session
          .store
          .snapshots()
          .keep(
              rendered.plenary(),
              view.key(),
              rendered.version(),
              rendered.reviews(),
              rendered.kept());
    } catch (StoreException e) {
      // a store that cannot be written now (read-only, busy): the view is rendered again next time
    }
  }
}
