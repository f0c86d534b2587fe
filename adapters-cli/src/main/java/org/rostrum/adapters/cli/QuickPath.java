package org.rostrum.adapters.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.rostrum.adapters.storage.Snapshots;
import org.rostrum.core.model.Language;

/**
 * {@code rostrum list}, {@code report} and {@code review} answered before anything else is loaded,
 * when their view is kept and current (ADR 0025). Only a plain command line is read here — the
 * options these commands take, each once, with a value they accept; anything else (help, a mistake,
 * a calendar) is left to picocli, as is every view that is missing or stale. Picocli's classes are
 * too old for the class archive and cost more to load than the rest of such a command.
 */
final class QuickPath {

  private QuickPath() {}

  private static final Set<String> ROOT = Set.of("--db", "--plenary", "--lang");

  /** The options each quick command takes, with the values it accepts (null: any). */
  private static final Map<String, Map<String, Set<String>>> COMMANDS =
      Map.of(
          "list",
          Map.of(
              "--segment",
              Set.of(),
              "--format",
              names(
                  java.util.Arrays.stream(ListCommand.Format.values())
                      .filter(ListCommand.Format::kept))),
          "report",
          Map.of("--format", names(java.util.Arrays.stream(ReportCommand.Format.values()))),
          "review",
          Map.of());

  /** The formats a command prints from a kept view, as they are typed. */
  private static Set<String> names(java.util.stream.Stream<? extends Enum<?>> formats) {
    return formats.map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The exit code of the command, if it was answered here. */
  static OptionalInt answer(String[] args, PrintWriter out, java.time.Instant now) {
    Map<String, String> given = new HashMap<>();
    String command = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      String value;
      if (equals > 0 && arg.startsWith("--")) {
        value = arg.substring(equals + 1);
      } else if (arg.startsWith("-")) {
        if (i + 1 >= args.length) {
          return OptionalInt.empty();
        }
        value = args[++i];
      } else if (command == null && COMMANDS.containsKey(arg)) {
        command = arg;
        continue;
      } else {
        return OptionalInt.empty();
      }
      boolean known =
          ROOT.contains(name) || (command != null && COMMANDS.get(command).containsKey(name));
      if (!known || given.put(name, value) != null || value.isEmpty() || value.startsWith("-")) {
        return OptionalInt.empty();
      }
    }
    if (command == null) {
      return OptionalInt.empty();
    }
    for (Map.Entry<String, Set<String>> option : COMMANDS.get(command).entrySet()) {
      String value = given.get(option.getKey());
      if (value != null && !option.getValue().isEmpty() && !option.getValue().contains(value)) {
        return OptionalInt.empty();
      }
    }
    String tag = given.getOrDefault("--lang", Locale.getDefault().getLanguage());
    KeptViews.View view =
        new KeptViews.View(
            command,
            given.getOrDefault("--format", "text"),
            Language.fromTag(tag),
            given.get("--segment"));
    Optional<String> kept =
        KeptViews.current(
            Snapshots.read(
                given.getOrDefault("--db", Rostrum.DEFAULT_STORE),
                given.get("--plenary"),
                view.key()),
            now);
    if (kept.isEmpty()) {
      return OptionalInt.empty();
    }
    out.print(kept.get());
    return OptionalInt.of(Exit.DONE);
  }
}
