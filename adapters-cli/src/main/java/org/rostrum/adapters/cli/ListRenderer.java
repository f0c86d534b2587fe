package org.rostrum.adapters.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.rostrum.adapters.rest.SpeakersFormats;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.text.MarkdownText;
import org.rostrum.core.text.TerminalText;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.Refusal;

/** The speakers' list as people and programs read it: text, JSON, CSV, Markdown. */
final class ListRenderer {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  /** A time of receipt, to the second, as lists and the review show it. */
  static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  /** Marks a time of receipt that came from the sender's clock. */
  private static final String SENDER_CLOCK = "†";

  private final Plenary plenary;
  private final ListView list;
  private final Seq<Schedule> schedules;
  private final Text text;
  private final Messages messages;
  private final ZoneId zone;

  ListRenderer(ListView list, Text text) {
    this.plenary = list.plenary();
    this.list = list;
    this.schedules = list.schedules();
    this.text = text;
    this.messages = Messages.in(text.language(), plenary.zone(), plenary.roster());
    this.zone = plenary.zone();
  }

  private Language lang() {
    return text.language();
  }

  private String time(Instant instant) {
    return HOURS.format(instant.atZone(zone));
  }

  /**
   * The participant, the group it speaks for when its request names one, and its kind when it is a
   * point of order or a reply.
   */
  private String who(org.rostrum.core.model.Registration r) {
    String name = r.participant().name(lang());
    String named =
        r.onBehalfOf().isDefined()
            ? name + " " + text.get("list.on.behalf", r.onBehalfOf().get())
            : name;
    return switch (r.kind()) {
      case POINT_OF_ORDER, RIGHT_OF_REPLY -> named + " — " + messages.kind(r.kind());
      case STATEMENT, GROUP_STATEMENT -> named;
    };
  }

  /**
   * Whether places need saying why they stand where they do: the plenary has tiers or kinds of its
   * own. With statements only, first come, first served, the time of receipt says it.
   */
  private boolean explained() {
    return !plenary.procedure().equals(org.rostrum.core.model.Procedure.statementsOnly());
  }

  /** The time of receipt, marked † when it came from the sender's clock. */
  private String received(Instant instant, boolean senderClock) {
    return RECEIVED.format(instant.atZone(zone)) + (senderClock ? " " + SENDER_CLOCK : "");
  }

  /** The note under a list where some time of receipt came from the sender's clock. */
  private String senderClockNote() {
    return list.anySenderClock()
        ? "\n" + SENDER_CLOCK + " " + text.get("list.sender.clock") + "\n"
        : "";
  }

  /** The refused requests, in intake order. */
  private Seq<Refusal> refused() {
    return list.refused();
  }

  /** The place's time: actual once it spoke, projected before; none for a place not reached. */
  private String shownTime(ScheduledSpeaker s) {
    return s.timed() ? time(s.projectedStart()) : "—";
  }

  private String participantOf(Refusal r) {
    return r.participantName(lang());
  }

  String text() {
    StringBuilder out = new StringBuilder();
    out.append(plenary.title().in(lang())).append('\n');
    out.append(
            text.get(
                "list.when",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(lang().locale())
                    .format(plenary.window().start().atZone(zone)),
                time(plenary.window().start()),
                time(plenary.window().end()),
                zone.getId(),
                messages.instant(list.closesAt())))
        .append("\n");
    List<String> headings = List.of(text.get("list.columns").split("\\|"));
    for (Schedule schedule : schedules) {
      out.append('\n').append(heading(schedule)).append('\n');
      if (schedule.speakers().isEmpty()) {
        out.append("  ").append(text.get("list.empty")).append('\n');
        continue;
      }
      List<List<String>> rows =
          List.ofAll(schedule.speakers())
              .map(
                  s ->
                      List.of(
                          Integer.toString(s.entry().position()),
                          shownTime(s),
                          who(s.entry().registration()),
                          s.entry().registration().speaker().getOrElse(""),
                          received(
                              s.entry().registration().receivedAt(),
                              s.entry().registration().senderClock()),
                          "#" + s.entry().id(),
                          messages.status(s.status())));
      List<Integer> widths =
          List.range(0, headings.size())
              .map(
                  c ->
                      Math.max(
                          headings.get(c).length(),
                          rows.map(r -> r.get(c).length()).max().getOrElse(0)));
      out.append(row(headings, widths));
      boolean drawn = false;
      for (int i = 0; i < rows.size(); i++) {
        ScheduledSpeaker s = schedule.speakers().get(i);
        if (!drawn && s.timePermitting()) {
          out.append("  ── ").append(text.get("list.permitting")).append(" ──\n");
          drawn = true;
        }
        out.append(row(rows.get(i), widths));
        for (org.rostrum.core.model.Swap swap : s.swapped()) {
          out.append("      ↔ ").append(messages.swap(swap)).append('\n');
        }
        if (explained()) {
          out.append("      ")
              .append(
                  text.get(
                      "list.standing",
                      messages.standing(s.entry().standing()),
                      ReportCommand.minutes(s.entry().allotted())))
              .append('\n');
        }
      }
      out.append("  ").append(messages.forecast(schedule.forecast())).append('\n');
    }
    if (!refused().isEmpty()) {
      out.append('\n').append(text.get("list.refused")).append('\n');
      for (Refusal r : refused()) {
        out.append("  ")
            .append(
                text.get(
                    "list.refused.line",
                    r.id(),
                    participantOf(r),
                    r.request().segment(),
                    received(r.request().receivedAt(), r.request().senderClock()),
                    r.rejection().reason()))
            .append('\n')
            .append("      ")
            .append(messages.explain(r.rejection()))
            .append('\n');
      }
    }
    out.append(senderClockNote());
    // no escape sequence or invisible character an old record may hold reaches the terminal
    return TerminalText.lines(out.toString());
  }

  /** "Segment I — Cooperation is vital for the Court 15:00–16:00 · 30 speakers fit". */
  private String heading(Schedule schedule) {
    Segment segment = schedule.segment();
    return text.get(
        "list.segment",
        segment.id(),
        segment.title().in(lang()),
        time(segment.window().start()),
        time(segment.window().end()),
        schedule.capacity(),
        schedule.list().closed() ? text.get("list.closed") : "");
  }

  private static String row(List<String> cells, List<Integer> widths) {
    StringBuilder line = new StringBuilder("  ");
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(cell);
      if (c < cells.size() - 1) {
        line.append(" ".repeat(widths.get(c) - cell.length() + 2));
      }
    }
    return line.toString().stripTrailing() + "\n";
  }

  String json() {
    return SpeakersFormats.jsonText(list, lang());
  }

  /** RFC 4180: a header row, CRLF line ends, fields quoted when they need it; UTF-8 with BOM. */
  String csv() {
    return SpeakersFormats.csv(list, lang());
  }

  String markdown() {
    StringBuilder out =
        new StringBuilder("# ")
            .append(MarkdownText.inline(plenary.title().in(lang())))
            .append("\n");
    List<String> headings = List.of(text.get("list.columns").split("\\|"));
    for (Schedule schedule : schedules) {
      out.append("\n## ")
          .append(MarkdownText.inline(heading(schedule)))
          .append("\n\n| ")
          .append(headings.mkString(" | "))
          .append(" |\n|")
          .append(headings.map(h -> "---").mkString("|"))
          .append("|\n");
      for (ScheduledSpeaker s : schedule.speakers()) {
        if (s.timePermitting() && s.entry().position() == schedule.capacity() + 1) {
          out.append("| | **").append(text.get("list.permitting")).append("** | | | | | |\n");
        }
        out.append("| ")
            .append(
                List.of(
                        Integer.toString(s.entry().position()),
                        time(s.projectedStart()),
                        MarkdownText.inline(who(s.entry().registration())),
                        MarkdownText.inline(s.entry().registration().speaker().getOrElse("")),
                        received(
                            s.entry().registration().receivedAt(),
                            s.entry().registration().senderClock()),
                        "#" + s.entry().id(),
                        MarkdownText.inline(
                            messages.status(s.status())
                                + s.swapped().map(w -> " — " + messages.swap(w)).getOrElse("")))
                    .mkString(" | "))
            .append(" |\n");
      }
      out.append('\n')
          .append(MarkdownText.inline(messages.forecast(schedule.forecast())))
          .append('\n');
    }
    if (!refused().isEmpty()) {
      out.append("\n## ").append(text.get("list.refused")).append("\n\n");
      for (Refusal r : refused()) {
        out.append("- **#")
            .append(r.id())
            .append(" ")
            .append(MarkdownText.inline(participantOf(r)))
            .append("** — `")
            .append(r.rejection().reason())
            .append("`: ")
            .append(MarkdownText.inline(messages.explain(r.rejection())))
            .append('\n');
      }
    }
    out.append(senderClockNote());
    return out.toString();
  }
}
