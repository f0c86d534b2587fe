package org.rostrum.adapters.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "watch",
    description =
        "Watches IMAP folders until stopped (Ctrl-C, or SIGTERM from a service manager): each"
            + " mail that arrives is read as import-mail reads it, and its reply sent by SMTP"
            + " (--smtp) or written to the --outbox folder. One line per mail and per reply.",
    footer = {
      "",
      "The server tells of new mail at once where it offers IMAP IDLE; otherwise the folder is",
      "polled. After a network or server failure the watcher connects again (waiting 1 s, then",
      "longer, up to 5 minutes) and catches up from the last mail it took: the position is kept",
      "in the store, so a restart misses nothing and takes nothing twice. The folder is only read",
      "unless --move-to names a folder to move each mail taken into.",
      "",
      "Secrets: --password-file (IMAP, and SMTP unless --smtp-password-file), else",
      "ROSTRUM_IMAP_PASSWORD and ROSTRUM_SMTP_PASSWORD; or --oauth2-token-file for Gmail.",
      "",
      "Example: rostrum watch imaps://asp@imap.example.org/INBOX \\",
      "           --smtp smtp://asp@smtp.example.org:587 \\",
      "           --password-file /etc/rostrum/mail-password",
      "(Gmail: see the README, \"The mailbox loop\".)"
    })
final class WatchCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @Parameters(
      paramLabel = "SOURCE",
      descriptionKey = "sources",
      arity = "1..*",
      description = "IMAP folders: imap[s]://user@host[:port]/Folder.")
  java.util.List<String> sources;

  @Mixin MailOptions mail = new MailOptions();

  @Option(
      names = "--poll",
      defaultValue = "30s",
      paramLabel = "TIME",
      converter = Durations.class,
      description =
          "How often a server without IDLE is asked for new mail (default: ${DEFAULT-VALUE}).")
  Duration poll;

  @Option(
      names = "--heartbeat",
      defaultValue = "15m",
      paramLabel = "TIME",
      converter = Durations.class,
      description =
          "After how long without mail a line says the watcher is alive (default:"
              + " ${DEFAULT-VALUE}).")
  Duration heartbeat;

  @Option(
      names = "--move-to",
      paramLabel = "FOLDER",
      description = "Move each mail taken into this folder (it must exist); by default none moved.")
  String moveTo;

  @Override
  public Integer call() throws InterruptedException {
    try (Session session = Session.open(root)) {
      CountDownLatch stopped = new CountDownLatch(1);
      Watching watching =
          Watching.start(
              session,
              session.service(),
              sources,
              mail,
              new Watching.Settings(poll, heartbeat, io.vavr.control.Option.of(moveTo)));
      Thread hook =
          new Thread(
              () -> {
                watching.close();
                stopped.countDown();
              },
              "rostrum-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      stopped.await();
      Watching.print(session, session.text.get("watch.stopped"));
      return Exit.DONE;
    }
  }

  /** "30s", "2m", "1h", "500ms", or a number of seconds. */
  static final class Durations implements picocli.CommandLine.ITypeConverter<Duration> {
    private static final java.util.regex.Pattern TIME =
        java.util.regex.Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min|h)?");

    @Override
    public Duration convert(String value) {
      java.util.regex.Matcher m = TIME.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
      if (!m.matches()) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a time such as 30s, 2m or 1h");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      Duration d =
          switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
          };
      if (d.compareTo(Duration.ofMillis(100)) < 0) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is too short: at least 100ms");
      }
      return d;
    }
  }
}
