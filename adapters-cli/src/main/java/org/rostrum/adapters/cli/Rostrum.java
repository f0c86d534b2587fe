package org.rostrum.adapters.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.rostrum.adapters.storage.DefinitionException;
import org.rostrum.adapters.storage.StoreException;
import org.rostrum.core.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code rostrum} command: the Secretariat's and the chair's tool, and the composition root
 * that wires the core to the store. Every outcome is mapped to an exit code here, in one place.
 */
@Command(
    name = "rostrum",
    mixinStandardHelpOptions = true,
    versionProvider = Rostrum.Version.class,
    description =
        "The speakers' list of a plenary: requests, deadline, segments, the live session.",
    footer = {
      "",
      "Exit codes: 0 done, 1 unexpected failure, 2 usage error, 3 refused by a rule,",
      "4 store or input unreadable.",
      "",
      "Example: rostrum init && rostrum register --segment II --participant Chile && rostrum list"
    })
public final class Rostrum implements Callable<Integer> {

  @Option(
      names = "--db",
      scope = ScopeType.INHERIT,
      defaultValue = DEFAULT_STORE,
      paramLabel = "STORE",
      description =
          "The store: a SQLite file, or a jdbc:postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(
      names = "--plenary",
      scope = ScopeType.INHERIT,
      paramLabel = "ID",
      description = "The plenary (default: the only one in the store).")
  String plenary;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "en|fr",
      description = "The language people read (default: the system's, French or English).")
  String lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The store when none is named. */
  static final String DEFAULT_STORE = "./rostrum.db";

  /** The subcommands, in the order the help lists them. */
  static java.util.List<Class<?>> subcommands() {
    // made when needed: the quick path (QuickPath) loads no picocli class
    return java.util.List.of(
        InitCommand.class,
        RegisterCommand.class,
        ListCommand.class,
        ChangeCommands.Withdraw.class,
        ChangeCommands.Swap.class,
        ChangeCommands.CloseList.class,
        ChangeCommands.ReopenList.class,
        ChangeCommands.ExtendDeadline.class,
        ChangeCommands.Amend.class,
        ChangeCommands.Annul.class,
        ChangeCommands.ResumeSegment.class,
        SessionCommand.class,
        ReportCommand.class,
        VerifyCommand.class,
        TokenCommand.class,
        RosterCommand.class,
        ServeCommand.class,
        ImportMailCommand.class,
        ReviewCommand.class,
        WatchCommand.class,
        OutboxCommand.class,
        DemoCommand.class,
        CommandLine.HelpCommand.class,
        picocli.AutoComplete.GenerateCompletion.class);
  }

  /** The options of {@code rostrum} itself that take a value. */
  private static final java.util.Set<String> VALUED =
      java.util.Set.of("--db", "--plenary", "--lang");

  /**
   * The subcommands this command line needs: the one it names, or all of them (for the help, an
   * unknown name, or none). Building picocli's model of every subcommand costs more than most
   * commands do; a one-shot command pays for its own only.
   */
  static java.util.List<Class<?>> needed(String[] args) {
    String named = null;
    for (int i = 0; i < args.length && named == null; i++) {
      if (args[i].equals("--")) {
        break;
      } else if (VALUED.contains(args[i])) {
        i++;
      } else if (!args[i].startsWith("-")) {
        named = args[i];
      }
    }
    java.util.List<Class<?>> all = subcommands();
    for (Class<?> c : all) {
      String name = c.getAnnotation(Command.class).name();
      if (name.equals(named) && !name.equals("help") && !name.equals("generate-completion")) {
        return java.util.List.of(c);
      }
    }
    return all;
  }

  Clock clock = Clock.systemUTC();
  java.io.InputStream in = System.in;
  PrintWriter out;
  PrintWriter err;

  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return Exit.USAGE;
  }

  /** The French usage help; English is in the annotations. */
  static final String HELP = "org.rostrum.adapters.cli.help";

  Language language() {
    String tag = lang != null ? lang : Locale.getDefault().getLanguage();
    return Language.fromTag(tag);
  }

  /** The language asked with --lang, read before parsing (the help and parse errors need it). */
  static Language languageOf(String[] args) {
    String tag = Locale.getDefault().getLanguage();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        tag = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        tag = args[i].substring(7);
      }
    }
    return Language.fromTag(tag);
  }

  Text text() {
    return new Text(language());
  }

  /** Runs the command line; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    return run(args, System.in, out, err, clock);
  }

  /** Runs the command line reading commands (for {@code session}) from {@code in}. */
  public static int run(
      String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err, Clock clock) {
    java.util.OptionalInt quick = QuickPath.answer(args, out, clock.instant());
    if (quick.isPresent()) {
      out.flush();
      return quick.getAsInt();
    }
    Rostrum root = new Rostrum();
    root.clock = clock;
    root.in = in;
    root.out = out;
    root.err = err;
    CommandLine cli = commandLine(root, args);
    cli.setOut(out);
    cli.setErr(err);
    Text text = new Text(languageOf(args));
    if (text.language() == Language.FR) {
      // The usage help is English in the annotations; French comes from this bundle.
      cli.setResourceBundle(ResourceBundle.getBundle(HELP, Locale.FRENCH));
    }
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println(UsageErrors.explain(e, text));
          String name = commandName(e.getCommandLine());
          err.println(text.get("usage.see", name.isEmpty() ? "" : name + " "));
          err.flush();
          return Exit.USAGE;
        });
    cli.setExecutionExceptionHandler((e, c, p) -> failure(e, root, err, commandName(c)));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command line for {@code args}: {@code rostrum} and the subcommands they need. */
  static CommandLine commandLine(Rostrum root, String... args) {
    CommandLine cli = new CommandLine(root);
    needed(args).forEach(cli::addSubcommand);
    return cli;
  }

  /** The command as typed after "rostrum", subcommands included ("review accept"). */
  private static String commandName(CommandLine c) {
    String name = c.getCommandSpec().qualifiedName(" ");
    return name.startsWith("rostrum") ? name.substring("rostrum".length()).strip() : name;
  }

  /**
   * A technical failure or a usage mistake found late, as one sentence and an exit code; a usage
   * mistake points to the help of {@code command}, as one found by parsing does.
   */
  static int failure(Exception e, Rostrum root, PrintWriter err, String command) {
    Text text = root.text();
    int code;
    if (e instanceof StoreException s) {
      err.println(s.describe(text.language()));
      code = Exit.UNREADABLE;
    } else if (e instanceof UnreadableInput) {
      err.println(e.getMessage());
      code = Exit.UNREADABLE;
    } else if (e instanceof DefinitionException d) {
      err.println(d.describe(text.language()));
      code = Exit.UNREADABLE;
    } else if (e instanceof UsageException) {
      err.println(e.getMessage());
      err.println(text.get("usage.see", command.isEmpty() ? "" : command + " "));
      code = Exit.USAGE;
    } else {
      err.println(text.get("unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
      if (System.getenv("ROSTRUM_DEBUG") != null) {
        e.printStackTrace(err);
      }
      code = Exit.FAILURE;
    }
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, Clock.systemUTC()));
  }

  /** The version of the jar, or of the build when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {version()};
    }
  }

  /** "rostrum" and the version of the jar, or of the build when run from classes. */
  static String version() {
    String version = Rostrum.class.getPackage().getImplementationVersion();
    return "rostrum " + (version == null ? "0.1.0-SNAPSHOT" : version);
  }
}
