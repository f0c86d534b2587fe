package org.rostrum.adapters.cli;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.Signals;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.service.PlenaryService;
import org.rostrum.core.view.RoomView;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "session",
    description = {
      "The chair's console: the current speaker with a live two-minute countdown (amber at 0:30,",
      "red and counting up past the limit), the next speakers, and keys to call the next speaker,",
      "start, stop, mark absent, end the segment and resume one ended by mistake. Every action is",
      "recorded. In a terminal it takes the whole screen; otherwise (or with --line) it reads one",
      "command a line."
    },
    footer = {"", "Example: rostrum session --lang fr"})
final class SessionCommand implements Callable<Integer> {

  @ParentCommand Rostrum root;

  @picocli.CommandLine.Option(names = "--line", description = "Line mode, even in a terminal.")
  boolean line;

  @Override
  public Integer call() {
    try (Session session = Session.open(root)) {
      Plenary plenary = session.plenary();
      Console console = new Console(session, plenary, session.service());
      boolean terminal = !line && root.in == System.in && standardInputIsATerminal();
      return terminal ? new FullScreen(console).run() : lineMode(console);
    }
  }

  /** Whether standard input is a terminal (so keys can be read one by one). */
  private static boolean standardInputIsATerminal() {
    try {
      return new ProcessBuilder("sh", "-c", "test -t 0")
              .redirectInput(ProcessBuilder.Redirect.INHERIT)
              .start()
              .waitFor()
          == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** One command a line: for scripts, pipes and terminals that cannot be driven. */
  private int lineMode(Console console) {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8));
    console.out().println(console.text().get("session.lines"));
    console.out().print(console.render(false));
    console.out().flush();
    try {
      for (String l = reader.readLine(); l != null; l = reader.readLine()) {
        String command = l.trim().toLowerCase(Locale.ROOT);
        if (command.isEmpty()) {
          continue;
        }
        if (command.equals("q") || command.equals("quit")) {
          break;
        }
        String key =
            switch (command) {
              case "next" -> "n";
              case "start" -> "s";
              case "stop" -> "t";
              case "absent" -> "a";
              case "end" -> "e";
              case "resume" -> "r";
              default -> command;
            };
        console.out().println(console.act(key, command));
        console.out().print(console.render(false));
        console.out().flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Exit.DONE;
  }

  /** What the chair sees, and the actions, apart from how keys arrive. */
  static final class Console {
    private final Session session;
    private final Plenary plenary;
    private final PlenaryService service;

    Console(Session session, Plenary plenary, PlenaryService service) {
      this.session = session;
      this.plenary = plenary;
      this.service = service;
    }

    Text text() {
      return session.text;
    }

    java.io.PrintWriter out() {
      return session.out;
    }

    /** The key that cannot be undone (e end, r resume) the chair pressed once, to confirm. */
    private Option<String> confirming = Option.none();

    /**
     * Performs the action of a key; says what happened, or why not. Ending a segment and resuming
     * one cannot be undone: each asks first, and only the same key again does it.
     */
    String act(String key, String typed) {
      Option<String> asked = confirming;
      confirming = Option.none();
      if (asked.isDefined() && !asked.get().equals(key)) {
        String kept = asked.get().equals("e") ? "session.end.kept" : "session.resume.kept";
        return text().get(kept) + " " + act(key, typed);
      }
      if (asked.isEmpty() && key.equals("e")) {
        Option<Segment> open = service.room(plenary.id()).segment();
        if (open.isDefined()) {
          confirming = Option.some(key);
          return text().get("session.end.confirm", open.get().id());
        }
      }
      if (key.equals("r")) {
        Option<Segment> ended = endedLast();
        if (ended.isEmpty()) {
          return text().get("session.resume.none");
        }
        if (asked.isEmpty()) {
          confirming = Option.some(key);
          Option<Segment> open = service.room(plenary.id()).segment();
          return open.isDefined()
              ? text().get("session.resume.confirm", ended.get().id(), open.get().id())
              : text().get("session.resume.confirm.last", ended.get().id());
        }
      }
      Either<Rejection, Change> result;
      switch (key) {
        case "n" -> result = service.callNext(plenary.id());
        case "s" -> result = service.startSpeech(plenary.id());
        case "t" -> result = service.stopSpeech(plenary.id());
        case "a" -> result = service.markAbsent(plenary.id());
        case "e" -> result = service.endSegment(plenary.id());
        case "r" -> result = service.resumeSegment(plenary.id(), endedLast().get().id());
        default -> {
          return text().get("session.unknown", typed) + " " + text().get("session.lines");
        }
      }
      return result.fold(
          r -> text().get("not.done", session.messages(plenary).explain(r)),
          c -> text().get("session.done", describe(c)));
    }

    /**
     * The segment that ended last, if any: segments end in their order, so it is the one before the
     * open one, or the last once all have ended. Whether it may be resumed is the core's to say
     * (L6).
     */
    private Option<Segment> endedLast() {
      List<Segment> segments = plenary.segments();
      return service
          .room(plenary.id())
          .segment()
          .fold(
              () -> segments.lastOption(),
              open -> segments.takeWhile(s -> !s.id().equals(open.id())).lastOption());
    }

    /** What was recorded, as sentences in the session's language. */
    private String describe(Change change) {
      Sentences said = new Sentences(text(), this::named, plenary.zone());
      return change.recorded().map(e -> e.event().accept(said)).mkString(" ");
    }

    private String named(RegistrationId id) {
      return Session.numbered(service, plenary, id, text().language());
    }

    private String name(ListEntry entry) {
      return Session.label(entry.registration(), text().language());
    }

    /** The screen, each sentence on as many lines as it needs (line mode: the terminal's own). */
    String render(boolean colours) {
      return render(colours, Integer.MAX_VALUE);
    }

    /**
     * The screen: segment, who has the floor and the countdown, who comes next; each sentence
     * folded between words to {@code columns}.
     */
    String render(boolean colours, int columns) {
      RoomView room = service.room(plenary.id());
      StringBuilder out = new StringBuilder();
      if (room.segment().isEmpty()) {
        return out.append(Wrap.lines(text().get("session.over"), columns)).append('\n').toString();
      }
      Segment segment = room.segment().get();
      out.append(
              Wrap.lines(
                  text()
                      .get(
                          "session.title",
                          plenary.title().in(text().language()),
                          segment.id(),
                          segment.title().in(text().language())),
                  columns))
          .append('\n');
      Option<RoomView.AtRostrum> current = room.current();
      if (current.isDefined() && current.get().speaking()) {
        Signals signals = current.get().speech().get();
        String clock =
            switch (signals.phase()) {
              case OVERRUN ->
                  text().get("session.overrun", ReportCommand.minutes(signals.left().negated()));
              case WARNING -> text().get("session.warning", ReportCommand.minutes(signals.left()));
              default -> text().get("session.left", ReportCommand.minutes(signals.left()));
            };
        String colour =
            switch (signals.phase()) {
              case OVERRUN -> "\u001b[1;31m";
              case WARNING -> "\u001b[1;33m";
              default -> "\u001b[1;32m";
            };
        ListEntry speaker = current.get().entry();
        String line = text().get("session.speaking", speaker.id(), name(speaker), clock);
        String folded = Wrap.lines(line, columns);
        out.append(colours ? colour + folded + "\u001b[0m" : folded).append('\n');
        if (colours) {
          // the full screen: the countdown in digits five lines high, in the phase's colour
          String digits =
              signals.overrun()
                  ? "+" + ReportCommand.minutes(signals.left().negated())
                  : ReportCommand.minutes(signals.left());
          out.append('\n').append(colour).append(BigDigits.render(digits)).append("\u001b[0m");
        }
      } else if (current.isDefined()) {
        ListEntry called = current.get().entry();
        out.append(Wrap.lines(text().get("session.called", called.id(), name(called)), columns))
            .append('\n');
      } else {
        out.append(Wrap.lines(text().get("session.idle"), columns)).append('\n');
      }
      List<String> next = List.ofAll(room.waiting()).take(3).map(e -> "#" + e.id() + " " + name(e));
      out.append(
              Wrap.lines(
                  text()
                      .get(
                          "session.next",
                          next.isEmpty() ? text().get("session.nobody") : next.mkString(" · ")),
                  columns))
          .append('\n');
      return out.toString();
    }
  }

  /** The whole terminal: redrawn four times a second, one key an action. */
  static final class FullScreen {
    private final Console console;

    FullScreen(Console console) {
      this.console = console;
    }

    int run() {
      stty("-icanon -echo min 0");
      String said = "";
      int columns = columns();
      try {
        for (int round = 1; ; round++) {
          if (round % 8 == 0) {
            columns = columns(); // a resized window, every two seconds
          }
          console
              .out()
              .print(
                  "\u001b[H\u001b[2J"
                      + console.render(true, columns)
                      + "\n"
                      + Wrap.lines(said, columns)
                      + "\n\n"
                      + Wrap.lines(console.text().get("session.keys"), columns)
                      + "\n");
          console.out().flush();
          int key = readKey();
          if (key == 'q' || key == 'Q' || key == 4) {
            return Exit.DONE;
          }
          if (key > 0) {
            String k = String.valueOf((char) Character.toLowerCase(key));
            said = console.act(k, k);
          }
        }
      } finally {
        stty("sane");
        console.out().println();
      }
    }

    /** The terminal's width in columns ({@code stty size}), or 80 when it cannot say. */
    static int columns() {
      try {
        Process p =
            new ProcessBuilder("sh", "-c", "stty size < /dev/tty")
                .redirectErrorStream(true)
                .start();
        String size = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        String[] parts = size.split("\\s+", -1);
        int columns = parts.length == 2 ? Integer.parseInt(parts[1]) : 80;
        return columns > 0 ? columns : 80;
      } catch (IOException | NumberFormatException e) {
        return 80;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 80;
      }
    }

    private static int readKey() {
      try {
        long until = System.nanoTime() + 250_000_000L;
        while (System.nanoTime() < until) {
          if (System.in.available() > 0) {
            return System.in.read();
          }
          Thread.sleep(20);
        }
        return 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 'q';
      }
    }

    private static void stty(String settings) {
      try {
        new ProcessBuilder("sh", "-c", "stty " + settings + " < /dev/tty")
            .inheritIO()
            .start()
            .waitFor();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
