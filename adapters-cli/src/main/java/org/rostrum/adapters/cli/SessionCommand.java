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
import org.rostrum.core.text.TerminalText;
import org.rostrum.core.view.RoomView;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "session",
    description = {
      "The chair's console: the current speaker with a live two-minute countdown (amber at 0:30,",
      "red and counting up past the limit), the next speakers, and keys to call the next speaker,",
      "start, stop, mark absent, end the segment and resume one ended by mistake; what cannot be",
      "undone asks first (y or n), and ? lists every command. Every action is recorded. In a",
      "terminal it takes the whole screen, a key acting only alone (typed text is a line, run with",
      "Enter); otherwise (or with --line) it reads one command a line."
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
    console.out().println(console.commands());
    console.out().print(console.render(false));
    console.out().flush();
    try {
      for (String l = reader.readLine(); l != null; l = reader.readLine()) {
        String said = console.line(l);
        if (console.quitting()) {
          break;
        }
        if (said.isEmpty()) {
          continue; // an empty line does nothing
        }
        console.out().println(said);
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

    /** The action that cannot be undone (t, a, e, r) the chair was asked to confirm. */
    private Option<String> confirming = Option.none();

    private boolean quit;

    /** Whether the chair asked to leave the console. */
    boolean quitting() {
      return quit;
    }

    /** Whether the chair is asked to confirm an action: the next answer says yes or no. */
    boolean confirming() {
      return confirming.isDefined();
    }

    /** The answers that confirm, in English and French: y, yes, o, oui. */
    private static final java.util.Set<String> YES = java.util.Set.of("y", "yes", "o", "oui");

    private static final java.util.regex.Pattern ORDER =
        java.util.regex.Pattern.compile("(?i)(?:order|o)\\s+(.+)");

    /**
     * A line the chair typed: a command word (or its key), {@code order NAME}, or the answer to the
     * question asked. An empty line does nothing (says nothing); a line that is no command says so.
     */
    String line(String typed) {
      String l = typed.strip();
      if (confirming.isDefined()) {
        return answer(l);
      }
      if (l.isEmpty()) {
        return "";
      }
      java.util.regex.Matcher order = ORDER.matcher(l);
      if (order.matches()) {
        return pointOfOrder(order.group(1).strip());
      }
      String command = l.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
      switch (command) {
        case "quit", "exit" -> {
          return key("q");
        }
        case "resume" -> {
          return perform("resume speech");
        }
        case "resume segment" -> {
          return key("r");
        }
        case "stop" -> {
          return key("t");
        }
        case "next", "start", "absent", "end", "pause", "order" -> {
          return key(command.substring(0, 1));
        }
        case "end segment" -> {
          return key("e");
        }
        case "more", "grant time" -> {
          return key("+");
        }
        case "help" -> {
          return key("?");
        }
        default -> {
          return command.length() == 1 ? key(command) : unknown(l);
        }
      }
    }

    /**
     * One key pressed alone: its action, or the question before an action that cannot be undone;
     * while a question is asked, the answer to it. A key that means nothing here says so.
     */
    String key(String key) {
      if (confirming.isDefined()) {
        return answer(key);
      }
      switch (key) {
        case "n", "s", "p", "+" -> {
          return perform(key);
        }
        case "t", "a", "e", "r" -> {
          return ask(key);
        }
        case "?", "h" -> {
          return help();
        }
        case "o" -> {
          return takesPointsOfOrder()
              ? text().get("session.order.who")
              : text().get("session.order.not.taken");
        }
        case "q" -> {
          quit = true;
          return "";
        }
        default -> {
          return unknown(key);
        }
      }
    }

    private String unknown(String typed) {
      return text().get("session.unknown", TerminalText.line(typed));
    }

    /**
     * The question before an action that cannot be undone, when there is something to do it to;
     * otherwise the action itself, for the rules to say why not.
     */
    private String ask(String key) {
      RoomView room = service.room(plenary.id());
      Option<String> question;
      switch (key) {
        case "t" ->
            question =
                room.current()
                    .filter(RoomView.AtRostrum::speaking)
                    .map(c -> text().get("session.stop.confirm", named(c.entry().id())));
        case "a" ->
            question =
                room.current()
                    .filter(c -> !c.speaking())
                    .map(c -> text().get("session.absent.confirm", named(c.entry().id())));
        case "e" -> question = room.segment().map(s -> text().get("session.end.confirm", s.id()));
        default ->
            question =
                endedLast()
                    .map(
                        ended ->
                            room.segment()
                                .map(
                                    open ->
                                        text().get("session.resume.confirm", ended.id(), open.id()))
                                .getOrElse(
                                    () -> text().get("session.resume.confirm.last", ended.id())));
      }
      if (question.isEmpty()) {
        return perform(key);
      }
      confirming = Option.some(key);
      return question.get();
    }

    /** The answer to the question asked: y or o (oui) does it, anything else cancels. */
    private String answer(String answer) {
      String key = confirming.get();
      confirming = Option.none();
      if (YES.contains(answer.strip().toLowerCase(Locale.ROOT))) {
        return perform(key);
      }
      String kept;
      switch (key) {
        case "t" -> kept = "session.stop.kept";
        case "a" -> kept = "session.absent.kept";
        case "e" -> kept = "session.end.kept";
        default -> kept = "session.resume.kept";
      }
      return text().get(kept);
    }

    /** Performs an action; says what happened, or why not. */
    private String perform(String key) {
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
        case "resume speech" -> result = service.resumeSpeech(plenary.id());
        case "+" -> result = service.grantTime(plenary.id(), MORE);
        case "n" -> result = service.callNext(plenary.id());
        case "s" -> result = service.startSpeech(plenary.id());
        case "t" -> result = service.stopSpeech(plenary.id());
        case "a" -> result = service.markAbsent(plenary.id());
        case "e" -> result = service.endSegment(plenary.id());
        default -> {
          Option<Segment> ended = endedLast();
          if (ended.isEmpty()) {
            return text().get("session.resume.none");
          }
          result = service.resumeSegment(plenary.id(), ended.get().id());
        }
      }
      return result.fold(
          r -> text().get("not.done", session.messages(plenary).explain(r)),
          c -> text().get("session.done", describe(c)));
    }

    /** The commands in a line, the point of order among them when the plenary takes it. */
    String commands() {
      return text()
          .get("session.lines", takesPointsOfOrder() ? text().get("session.lines.order") : "");
    }

    /** Every command this plenary allows, one a line, with its key. */
    String help() {
      return text().get("session.help")
          + List.of(
                  "next", "start", "stop", "absent", "pause", "resume", "more", "order", "end",
                  "segment", "help", "quit")
              .filter(k -> takesPointsOfOrder() || !k.equals("order"))
              .map(k -> "\n" + text().get("session.help." + k))
              .mkString();
    }

    /** What {@code +} grants the speaker at the rostrum. */
    static final java.time.Duration MORE = java.time.Duration.ofSeconds(30);

    /** Whether the plenary takes points of order (its procedure says so). */
    boolean takesPointsOfOrder() {
      return plenary.procedure().allows(InterventionKind.POINT_OF_ORDER);
    }

    /** The keys for the chair's time, and the point of order when the plenary takes them. */
    String moreKeys() {
      return text().get("session.keys.time")
          + (takesPointsOfOrder() ? text().get("session.keys.order") : "")
          + text().get("session.keys.help");
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

    /**
     * The head of the screen: the clock in the plenary's zone and, while a segment is open, the
     * time left in its window and how many places are still to speak, as the room's view says.
     */
    String header(RoomView room) {
      String clock =
          room.at()
              .atZone(plenary.zone())
              .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT));
      String header = text().get("session.header.clock", clock);
      if (room.segment().isEmpty()) {
        return header;
      }
      java.time.Duration left = room.timeLeft();
      String time =
          left.isZero()
              ? text().get("session.header.up")
              : text().get("session.header.left", hours(left));
      return header
          + text()
              .get("session.header.segment", room.segment().get().id(), time, room.placesLeft());
    }

    /** A duration as 0:45 or, from an hour, 1:00:00. */
    static String hours(java.time.Duration d) {
      long s = d.toSeconds();
      return s < 3600
          ? ReportCommand.minutes(d)
          : String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
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
      out.append(Wrap.lines(header(room), columns)).append('\n');
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

  /**
   * The whole terminal: redrawn four times a second. A key acts only when it comes alone: what
   * arrives together (a word typed fast, a paste) or any key that is no command begins a line, run
   * as a command when Enter ends it; typed text never acts key by key.
   */
  static final class FullScreen {
    private final Console console;
    private final long readTime;

    FullScreen(Console console) {
      this(console, READ_TIME);
    }

    /**
     * The screen over {@code console}; a question is answered by a key that comes at least {@code
     * readTime} after it (sooner, it was typed on without reading: the question is cancelled).
     */
    FullScreen(Console console, java.time.Duration readTime) {
      this.console = console;
      this.readTime = readTime.toNanos();
    }

    /** How long a chair takes at least to read a question before answering it. */
    static final java.time.Duration READ_TIME = java.time.Duration.ofMillis(300);

    /** The keys that act alone. */
    private static final String KEYS = "nstaerp+oq?";

    int run() {
      stty("-icanon -echo min 0");
      String said = "";
      int columns = columns();
      try {
        for (int round = 1; !console.quitting(); round++) {
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
                      + footer(columns)
                      + "\n");
          console.out().flush();
          String chunk = readChunk();
          if (!chunk.isEmpty()) {
            said = take(chunk);
          }
        }
        return Exit.DONE;
      } finally {
        stty("sane");
        console.out().println();
      }
    }

    /** The keys, or the line being typed. */
    String footer(int columns) {
      if (typing == null) {
        return Wrap.lines(console.text().get("session.keys"), columns)
            + "\n"
            + Wrap.lines(console.moreKeys(), columns);
      }
      return Wrap.lines(
          console
              .text()
              .get(
                  typingOrder ? "session.order.typing" : "session.line.typing",
                  TerminalText.line(typing.toString()) + "▌"),
          columns);
    }

    /** The line typed so far; none when keys act alone. */
    private StringBuilder typing;

    /** Whether the line typed is the name of who raises a point of order (after o). */
    private boolean typingOrder;

    /** When the question being asked was shown ({@link System#nanoTime()}). */
    private long askedAt;

    /**
     * What arrived from the keyboard at once: a key alone acts (or answers the question asked);
     * anything else is typed text. Says what happened (nothing for Enter alone).
     */
    String take(String chunk) {
      boolean asked = console.confirming();
      String said = typing != null ? type(chunk) : keyOrText(chunk, asked);
      if (!asked && console.confirming()) {
        askedAt = System.nanoTime();
      }
      return said;
    }

    private String keyOrText(String chunk, boolean asked) {
      if (chunk.isEmpty()) {
        return "";
      }
      int first = chunk.codePointAt(0);
      if (chunk.codePointCount(0, chunk.length()) == 1) {
        if (asked) {
          // y or o answers yes only when the chair could read the question first
          boolean read = System.nanoTime() - askedAt >= readTime;
          return console.key(read && first != '\r' && first != '\n' ? chunk : "");
        }
        if (first == 4) {
          return console.key("q");
        }
        if (first == 'o' && console.takesPointsOfOrder()) {
          typing = new StringBuilder();
          typingOrder = true;
          return "";
        }
        if (KEYS.indexOf(first) >= 0) {
          return console.key(chunk);
        }
        if (first == '\r' || first == '\n' || Character.isISOControl(first)) {
          return ""; // Enter alone, Backspace, Tab: nothing to do
        }
      }
      if (first == 27) {
        // Escape, or a key that sends a sequence (an arrow): no command, and no to a question
        return asked ? console.line("") : "";
      }
      typing = new StringBuilder();
      typingOrder = false;
      return type(chunk);
    }

    /**
     * Text typed: Enter runs the line (or records the point of order), Escape gives up, Backspace
     * deletes; a line run, what follows begins the next one.
     */
    private String type(String chunk) {
      java.util.List<String> said = new java.util.ArrayList<>();
      for (int i = 0; i < chunk.length() && !console.quitting(); ) {
        int c = chunk.codePointAt(i);
        i += Character.charCount(c);
        boolean enter = c == '\r' || c == '\n';
        if (typing == null) {
          if (enter) {
            continue;
          }
          typing = new StringBuilder();
          typingOrder = false;
        }
        if (enter) {
          String l = typing.toString().strip();
          boolean order = typingOrder;
          typing = null;
          said.add(order ? (l.isEmpty() ? "" : console.pointOfOrder(l)) : console.line(l));
        } else if (c == 27) {
          said.add(
              console
                  .text()
                  .get(typingOrder ? "session.order.cancelled" : "session.line.cancelled"));
          typing = null;
          break; // the rest is the sequence of a key (an arrow), not text
        } else if (c == 127 || c == 8) {
          if (typing.length() > 0) {
            typing.setLength(typing.offsetByCodePoints(typing.length(), -1));
          }
        } else if (!Character.isISOControl(c)) {
          typing.appendCodePoint(c);
        }
      }
      return String.join(" ", said.stream().filter(s -> !s.isEmpty()).toList());
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

    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

    /**
     * What the keyboard sent within a quarter of a second, read together: the bytes that arrive
     * together are one chunk (a word typed fast or pasted is never a run of keys); a character
     * whose UTF-8 bytes are not all there yet waits for the next chunk.
     */
    private String readChunk() {
      try {
        long until = System.nanoTime() + 250_000_000L;
        while (System.in.available() == 0 && System.nanoTime() < until) {
          Thread.sleep(20);
        }
        while (System.in.available() > 0) {
          pending.write(System.in.readNBytes(System.in.available()));
          Thread.sleep(30); // the rest of what was sent together
        }
        byte[] bytes = pending.toByteArray();
        int whole = whole(bytes);
        pending.reset();
        pending.write(bytes, whole, bytes.length - whole);
        return new String(bytes, 0, whole, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "q";
      }
    }

    /** How many of {@code bytes} make whole UTF-8 characters (a cut one at the end is left). */
    static int whole(byte[] bytes) {
      for (int i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
        int b = bytes[i] & 0xff;
        if (b < 0x80) {
          return bytes.length;
        }
        if (b >= 0xC0) {
          int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
          return bytes.length - i < length ? i : bytes.length;
        }
      }
      return bytes.length;
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
