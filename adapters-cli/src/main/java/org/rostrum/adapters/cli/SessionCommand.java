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
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.Signals;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.RegistrationOutcome;
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
    console.out().println(console.moreLines());
    console.out().print(console.render(false));
    console.out().flush();
    try {
      for (String l = reader.readLine(); l != null; l = reader.readLine()) {
        String command = l.trim().toLowerCase(Locale.ROOT);
        if (command.isEmpty()) {
          continue;
        }
        java.util.regex.Matcher order =
            java.util.regex.Pattern.compile("(?i)(?:order|o)\\s+(.+)").matcher(l.trim());
        if (order.matches()) {
          console.out().println(console.pointOfOrder(order.group(1).strip()));
          console.out().print(console.render(false));
          console.out().flush();
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
              case "pause" -> "p";
              case "more" -> "+";
              case "order" -> "o";
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
        case "p" ->
            result =
                service
                        .room(plenary.id())
                        .current()
                        .flatMap(RoomView.AtRostrum::speech)
                        .exists(Signals::paused)
                    ? service.resumeSpeech(plenary.id())
                    : service.pauseSpeech(plenary.id());
        case "+" -> result = service.grantTime(plenary.id(), MORE);
        case "o" -> {
          return text().get("session.order.who");
        }
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

    /** What {@code +} grants the speaker at the rostrum. */
    static final java.time.Duration MORE = java.time.Duration.ofSeconds(30);

    /** Whether the plenary takes points of order (its procedure says so). */
    boolean takesPointsOfOrder() {
      return plenary.procedure().allows(InterventionKind.POINT_OF_ORDER);
    }

    /** The commands for the chair's time, and the point of order when the plenary takes them. */
    String moreLines() {
      return text().get("session.lines.time")
          + (takesPointsOfOrder() ? text().get("session.lines.order") : "");
    }

    /** The keys for the chair's time, and the point of order when the plenary takes them. */
    String moreKeys() {
      return text().get("session.keys.time")
          + (takesPointsOfOrder() ? text().get("session.keys.order") : "");
    }

    /**
     * A point of order raised in the room by {@code name}: recorded now for the segment being run;
     * it goes before everyone waiting, and a running speech is paused until it is over (PO1, PO2).
     */
    String pointOfOrder(String name) {
      if (!takesPointsOfOrder()) {
        return text().get("session.order.not.taken");
      }
      if (name.isBlank()) {
        return text().get("session.order.who");
      }
      RegistrationOutcome outcome;
      try {
        outcome =
            service.register(
                org.rostrum.core.port.in.RegisterCommand.of(plenary.id(), "", name)
                    .kind(InterventionKind.POINT_OF_ORDER));
      } catch (org.rostrum.core.port.in.RefusedAtTheDoor e) {
        // R10: this clock's time cannot be a time of this plenary; the console says so and goes on
        return text().get("not.done", session.messages(plenary).explain(e.rejection()));
      }
      if (outcome instanceof RegistrationOutcome.Refused refused) {
        return text().get("not.done", session.messages(plenary).explain(refused.rejection()));
      }
      Option<RoomView.AtRostrum> paused =
          service.room(plenary.id()).current().filter(c -> c.speech().exists(Signals::paused));
      return text().get("session.order.raised", named(outcome.id()))
          + paused
              .map(c -> " " + text().get("session.order.paused", named(c.entry().id())))
              .getOrElse("");
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
      if (current.isDefined()
          && current.get().speaking()
          && current.get().speech().get().paused()) {
        Signals signals = current.get().speech().get();
        ListEntry speaker = current.get().entry();
        String line =
            text()
                .get(
                    "session.paused",
                    speaker.id(),
                    name(speaker),
                    ReportCommand.minutes(signals.left().abs()),
                    signals.overrun() ? text().get("session.paused.over") : "");
        String folded = Wrap.lines(line, columns);
        out.append(colours ? "\u001b[1;36m" + folded + "\u001b[0m" : folded).append('\n');
      } else if (current.isDefined() && current.get().speaking()) {
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
      for (RoomView.AtRostrum waiting : room.interrupted()) {
        out.append(
                Wrap.lines(
                    text()
                        .get(
                            "session.interrupted",
                            waiting.entry().id(),
                            name(waiting.entry()),
                            ReportCommand.minutes(waiting.speech().get().left().abs())),
                    columns))
            .append('\n');
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
                      + (typing == null
                          ? Wrap.lines(console.text().get("session.keys"), columns)
                              + "\n"
                              + Wrap.lines(console.moreKeys(), columns)
                          : Wrap.lines(
                              console.text().get("session.order.typing", typing + "▌"), columns))
                      + "\n");
          console.out().flush();
          int key = readKey();
          if (typing != null) {
            said = type(key);
            continue;
          }
          if (key == 'q' || key == 'Q' || key == 4) {
            return Exit.DONE;
          }
          if ((key == 'o' || key == 'O') && console.takesPointsOfOrder()) {
            typing = new StringBuilder();
            said = "";
            continue;
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

    /** The name of who raises a point of order, as typed so far; none when not typing one. */
    private StringBuilder typing;

    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

    /**
     * One key while a name is typed: Enter records the point of order, Escape gives up, Backspace
     * deletes; the name's bytes are read as UTF-8 (accents arrive as two keys).
     */
    private String type(int key) {
      if (key <= 0) {
        return "";
      }
      if (key == '\r' || key == '\n') {
        String name = typing.toString().strip();
        typing = null;
        return name.isEmpty() ? "" : console.pointOfOrder(name);
      }
      if (key == 27) {
        typing = null;
        pending.reset();
        return console.text().get("session.order.cancelled");
      }
      if (key == 127 || key == 8) {
        if (typing.length() > 0) {
          typing.setLength(typing.length() - 1);
        }
        return "";
      }
      pending.write(key);
      String decoded = pending.toString(StandardCharsets.UTF_8);
      if (!decoded.endsWith("\uFFFD")) {
        typing.append(decoded);
        pending.reset();
      }
      return "";
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
