package org.rostrum.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.rules.Messages;

/** The speakers' list as people and programs read it: text, JSON, CSV, Markdown. */
final class ListRenderer {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  private final Plenary plenary;
  private final PlenaryState state;
  private final Seq<Schedule> schedules;
  private final Text text;
  private final Messages messages;
  private final ZoneId zone;

  ListRenderer(PlenaryState state, Seq<Schedule> schedules, Text text) {
    this.plenary = state.plenary();
    this.state = state;
    this.schedules = schedules;
    this.text = text;
    this.messages = Messages.in(text.language(), plenary.zone());
    this.zone = plenary.zone();
  }

  private Language lang() {
    return text.language();
  }

  private String time(Instant instant) {
    return HOURS.format(instant.atZone(zone));
  }

  private String received(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(instant.atZone(zone));
  }

  private static String offset(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }

  /** The refused requests, in intake order. */
  private Seq<RegistrationRejected> refused() {
    return state.rejections();
  }

  private String participantOf(RegistrationRejected r) {
    return r.participant().map(p -> p.name(lang())).getOrElse(r.request().participant());
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
                messages.instant(state.closesAt())))
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
                          time(s.projectedStart()),
                          s.entry().registration().participant().name(lang()),
                          s.entry().registration().speaker().getOrElse(""),
                          received(s.entry().registration().receivedAt()),
                          "#" + s.entry().id()));
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
        if (!drawn && schedule.speakers().get(i).timePermitting()) {
          out.append("  ── ").append(text.get("list.permitting")).append(" ──\n");
          drawn = true;
        }
        out.append(row(rows.get(i), widths));
      }
    }
    if (!refused().isEmpty()) {
      out.append('\n').append(text.get("list.refused")).append('\n');
      for (RegistrationRejected r : refused()) {
        out.append("  ")
            .append(
                text.get(
                    "list.refused.line",
                    r.id(),
                    participantOf(r),
                    r.request().segment(),
                    received(r.request().receivedAt()),
                    r.rejection().reason()))
            .append('\n')
            .append("      ")
            .append(messages.explain(r.rejection()))
            .append('\n');
      }
    }
    return out.toString();
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
    ObjectNode root = JSON.createObjectNode();
    root.put("plenary", plenary.id().value());
    ArrayNode segments = root.putArray("segments");
    for (Schedule schedule : schedules) {
      Segment segment = schedule.segment();
      ObjectNode s = segments.addObject();
      s.put("id", segment.id().value());
      ObjectNode title = s.putObject("title");
      title.put("en", segment.title().en());
      title.put("fr", segment.title().fr());
      s.put("start", offset(segment.window().start(), zone));
      s.put("end", offset(segment.window().end(), zone));
      s.put("capacity", schedule.capacity());
      s.put("listClosed", schedule.list().closed());
      ArrayNode speakers = s.putArray("speakers");
      for (ScheduledSpeaker sp : schedule.speakers()) {
        ObjectNode o = speakers.addObject();
        o.put("position", sp.entry().position());
        o.put("registrationId", sp.entry().id().value());
        Participant p = sp.entry().registration().participant();
        ObjectNode participant = o.putObject("participant");
        participant.put("key", p.key().value());
        participant.put("name", p.name(lang()));
        participant.put("category", p.category().name());
        if (sp.entry().registration().speaker().isDefined()) {
          o.put("speaker", sp.entry().registration().speaker().get());
        } else {
          o.putNull("speaker");
        }
        o.put("receivedAt", offset(sp.entry().registration().receivedAt(), zone));
        o.put("projectedStart", offset(sp.projectedStart(), zone));
        o.put("projectedEnd", offset(sp.projectedEnd(), zone));
        o.put("timePermitting", sp.timePermitting());
      }
    }
    ArrayNode rejected = root.putArray("rejected");
    for (RegistrationRejected r : refused()) {
      ObjectNode o = rejected.addObject();
      o.put("registrationId", r.id().value());
      o.put("participant", participantOf(r));
      o.put("segment", r.request().segment());
      o.put("receivedAt", offset(r.request().receivedAt(), zone));
      o.put("reason", r.rejection().reason().name());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  /** RFC 4180: a header row, CRLF line ends, fields quoted when they need it; UTF-8 with BOM. */
  String csv() {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(
        csvRow(
            List.of(
                "segment",
                "position",
                "registrationId",
                "participant",
                "category",
                "speaker",
                "receivedAt",
                "projectedStart",
                "timePermitting")));
    for (Schedule schedule : schedules) {
      for (ScheduledSpeaker s : schedule.speakers()) {
        out.append(
            csvRow(
                List.of(
                    schedule.segment().id().value(),
                    Integer.toString(s.entry().position()),
                    Long.toString(s.entry().id().value()),
                    s.entry().registration().participant().name(lang()),
                    s.entry().registration().participant().category().name(),
                    s.entry().registration().speaker().getOrElse(""),
                    offset(s.entry().registration().receivedAt(), zone),
                    offset(s.projectedStart(), zone),
                    Boolean.toString(s.timePermitting()))));
      }
    }
    return out.toString();
  }

  private static String csvRow(List<String> fields) {
    return fields
            .map(
                f ->
                    f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
                        ? "\"" + f.replace("\"", "\"\"") + "\""
                        : f)
            .mkString(",")
        + "\r\n";
  }

  String markdown() {
    StringBuilder out = new StringBuilder("# ").append(plenary.title().in(lang())).append("\n");
    List<String> headings = List.of(text.get("list.columns").split("\\|"));
    for (Schedule schedule : schedules) {
      out.append("\n## ")
          .append(heading(schedule))
          .append("\n\n| ")
          .append(headings.mkString(" | "))
          .append(" |\n|")
          .append(headings.map(h -> "---").mkString("|"))
          .append("|\n");
      for (ScheduledSpeaker s : schedule.speakers()) {
        if (s.timePermitting() && s.entry().position() == schedule.capacity() + 1) {
          out.append("| | **").append(text.get("list.permitting")).append("** | | | | |\n");
        }
        out.append("| ")
            .append(
                List.of(
                        Integer.toString(s.entry().position()),
                        time(s.projectedStart()),
                        md(s.entry().registration().participant().name(lang())),
                        md(s.entry().registration().speaker().getOrElse("")),
                        received(s.entry().registration().receivedAt()),
                        "#" + s.entry().id())
                    .mkString(" | "))
            .append(" |\n");
      }
    }
    if (!refused().isEmpty()) {
      out.append("\n## ").append(text.get("list.refused")).append("\n\n");
      for (RegistrationRejected r : refused()) {
        out.append("- **#")
            .append(r.id())
            .append(" ")
            .append(md(participantOf(r)))
            .append("** — `")
            .append(r.rejection().reason())
            .append("`: ")
            .append(md(messages.explain(r.rejection())))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String md(String text) {
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }
}
