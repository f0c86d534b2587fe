package org.rostrum.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rostrum.adapters.rest.Csv;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.service.PlenaryService;
import org.rostrum.core.text.MarkdownText;
import org.rostrum.core.text.TerminalText;
import org.rostrum.core.view.ReportView;
import org.rostrum.core.view.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    mixinStandardHelpOptions = true,
    name = "report",
    description =
        "What happened, during or after the meeting: who spoke and for how long, overruns, who was"
            + " absent, who was not reached.",
    footer = {"", "Example: rostrum report --format markdown --lang fr > compte-rendu.md"})
final class ReportCommand implements Callable<Integer> {

  /** The formats of the report. */
  enum Format {
    text,
    markdown,
    json,
    csv
  }

  @ParentCommand Rostrum root;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    return KeptViews.print(
        root, new KeptViews.View("report", format.name(), root.language(), null));
  }

  /** The report as {@code report} prints it, rendered from the plenary's record as it is now. */
  static KeptViews.Rendered render(Session session, KeptViews.View view) {
    Plenary plenary = session.plenary();
    PlenaryService service = session.service();
    ReportView report = service.report(plenary.id());
    Text text = new Text(view.language());
    Format format = Format.valueOf(view.format());
    Seq<Change> changes = changes(service, plenary, text);
    String printed =
        switch (format) {
          case json -> json(report, changes);
          case csv -> csv(report, text);
          case text, markdown -> text(report, changes, text, format == Format.markdown);
        };
    return new KeptViews.Rendered(plenary.id(), report.version(), printed);
  }

  /** A change to the lists: when it was recorded, who asked for it, and what it did. */
  record Change(long seq, Instant recordedAt, String actor, String sentence) {}

  /**
   * The record's changes to the lists, each with who asked for it: everything but the requests
   * themselves and the room's calls and speeches, which the report tells already.
   */
  static Seq<Change> changes(PlenaryService service, Plenary plenary, Text text) {
    Sentences said =
        new Sentences(
            text, id -> Session.numbered(service, plenary, id, text.language()), plenary.zone());
    return service
        .record(plenary.id())
        .filter(e -> !TOLD_ELSEWHERE.contains(e.event().getClass()))
        .map(
            e ->
                new Change(
                    e.seq(),
                    e.recordedAt(),
                    e.actor().map(Actor::describe).getOrElse(text.get("report.actor.unknown")),
                    e.event().accept(said)));
  }

  private static final io.vavr.collection.Set<Class<?>> TOLD_ELSEWHERE =
      io.vavr.collection.HashSet.of(
          Event.RegistrationInscribed.class,
          Event.RegistrationRejected.class,
          Event.RegistrationSuperseded.class,
          Event.SpeakerCalled.class,
          Event.SpeechStarted.class,
          Event.SpeechEnded.class,
          Event.SpeakerAbsent.class);

  static String minutes(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private static String name(Inscription i, Text text) {
    return Session.label(i.registration(), text.language());
  }

  static String text(ReportView report, Seq<Change> changes, Text text, boolean markdown) {
    Plenary plenary = report.plenary();
    DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm:ss");
    String h1 = markdown ? "# " : "";
    String h2 = markdown ? "\n## " : "\n";
    String item = markdown ? "- " : "  ";
    // every text a participant or an officer typed is made safe for the format once, here
    java.util.function.UnaryOperator<String> safe =
        markdown ? MarkdownText::inline : TerminalText::line;
    StringBuilder out =
        new StringBuilder(h1)
            .append(text.get("report.title", safe.apply(plenary.title().in(text.language()))));
    out.append('\n');
    for (ReportView.Speaking now : report.speaking()) {
      Inscription i = now.inscription();
      out.append('\n')
          .append(
              text.get(
                  "report.rostrum",
                  i.id(),
                  safe.apply(name(i, text)),
                  text.get(
                      "report.rostrum.since", hours.format(now.since().atZone(plenary.zone())))))
          .append('\n');
    }
    for (Inscription i : report.called()) {
      out.append('\n')
          .append(
              text.get(
                  "report.rostrum",
                  i.id(),
                  safe.apply(name(i, text)),
                  text.get("report.rostrum.called")))
          .append('\n');
    }
    Seq<ReportView.Spoken> speeches = report.speeches();
    out.append(h2).append(text.get("report.spoke", speeches.size())).append('\n');
    for (ReportView.Spoken s : speeches) {
      Inscription i = s.inscription();
      out.append(item)
          .append(
              text.get(
                  "report.spoke.line",
                  i.id(),
                  safe.apply(name(i, text)),
                  "",
                  hours.format(s.speech().startedAt().atZone(plenary.zone())),
                  hours.format(s.endedAt().atZone(plenary.zone())),
                  minutes(s.length()),
                  s.overrun().map(o -> text.get("report.overrun", minutes(o))).getOrElse("")))
          .append('\n');
    }
    out.append(h2).append(text.get("report.absent", report.absent().size())).append('\n');
    for (Inscription i : report.absent()) {
      out.append(item)
          .append(
              text.get(
                  "report.absent.line",
                  i.id(),
                  safe.apply(name(i, text)),
                  i.absences(),
                  i.status() == RegistrationStatus.DROPPED ? text.get("report.dropped") : ""))
          .append('\n');
    }
    out.append(h2).append(text.get("report.not.reached", report.notReached().size())).append('\n');
    for (Inscription i : report.notReached()) {
      out.append(item)
          .append(
              text.get("report.not.reached.line", i.id(), safe.apply(name(i, text)), i.segment()))
          .append('\n');
    }
    out.append(h2).append(text.get("report.waiting", report.waiting().size())).append('\n');
    for (Inscription i : report.waiting()) {
      out.append(item)
          .append(
              text.get("report.not.reached.line", i.id(), safe.apply(name(i, text)), i.segment()))
          .append('\n');
    }
    out.append(h2).append(text.get("report.changes", changes.size())).append('\n');
    DateTimeFormatter when = ListRenderer.RECEIVED;
    for (Change c : changes) {
      out.append(item)
          .append(
              text.get(
                  "report.changes.line",
                  when.format(c.recordedAt().atZone(plenary.zone())),
                  safe.apply(c.actor()),
                  safe.apply(c.sentence())))
          .append('\n');
    }
    statistics(out, report.statistics(), text, markdown, safe);
    out.append('\n')
        .append(
            text.get("report.total", speeches.size(), minutes(report.total()), report.overruns()))
        .append('\n');
    return out.toString();
  }

  /** The speaking time per participant, category, kind and segment, as the core counts it. */
  private static void statistics(
      StringBuilder out,
      Statistics statistics,
      Text text,
      boolean markdown,
      java.util.function.UnaryOperator<String> safe) {
    String h2 = markdown ? "\n## " : "\n";
    String item = markdown ? "- " : "  ";
    Messages messages = Messages.in(text.language(), java.time.ZoneOffset.UTC);
    out.append(h2).append(text.get("report.statistics")).append('\n');
    out.append(item).append(text.get("report.by.participant")).append('\n');
    for (Statistics.Line<Participant> l : statistics.byParticipant()) {
      out.append(item)
          .append("  ")
          .append(line(l, safe.apply(l.key().name(text.language())), text))
          .append('\n');
    }
    out.append(item).append(text.get("report.by.category")).append('\n');
    for (Statistics.Line<ParticipantCategory> l : statistics.byCategory()) {
      out.append(item).append("  ").append(line(l, messages.category(l.key()), text)).append('\n');
    }
    out.append(item).append(text.get("report.by.kind")).append('\n');
    for (Statistics.Line<InterventionKind> l : statistics.byKind()) {
      out.append(item).append("  ").append(line(l, messages.kind(l.key()), text)).append('\n');
    }
    out.append(item).append(text.get("report.by.segment")).append('\n');
    for (Statistics.SegmentTime t : statistics.bySegment()) {
      out.append(item)
          .append("  ")
          .append(
              text.get(
                  t.left().isNegative() ? "report.segment.over" : "report.segment.line",
                  t.segment().id(),
                  t.speeches(),
                  minutes(t.used()),
                  minutes(t.planned()),
                  minutes(t.left().abs())))
          .append('\n');
    }
  }

  /** "Kenya 2 speeches 4:05 1 overrun (0:05 in all) 0:30 granted 1:00 paused". */
  private static String line(Statistics.Line<?> l, String name, Text text) {
    return text.get("report.statistics.line", name, l.speeches(), minutes(l.spoken()))
        + (l.overruns() > 0
            ? text.get("report.statistics.overruns", l.overruns(), minutes(l.overrunTime()))
            : "")
        + (l.granted().isZero() ? "" : text.get("report.statistics.granted", minutes(l.granted())))
        + (l.paused().isZero() ? "" : text.get("report.statistics.paused", minutes(l.paused())));
  }

  /**
   * The statistics as one CSV table, a row per participant, category, kind and segment (column
   * {@code table} says which): RFC 4180, UTF-8 with a byte order mark, as the list's CSV.
   */
  static String csv(ReportView report, Text text) {
    Messages messages = Messages.in(text.language(), java.time.ZoneOffset.UTC);
    Statistics statistics = report.statistics();
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(
        Csv.row(
            io.vavr.collection.List.of(
                "table",
                "key",
                "name",
                "speeches",
                "seconds",
                "overruns",
                "overrun_seconds",
                "granted_seconds",
                "paused_seconds",
                "planned_seconds")));
    for (Statistics.Line<Participant> l : statistics.byParticipant()) {
      out.append(csvLine("participant", l.key().key().value(), l.key().name(text.language()), l));
    }
    for (Statistics.Line<ParticipantCategory> l : statistics.byCategory()) {
      out.append(csvLine("category", l.key().name(), messages.category(l.key()), l));
    }
    for (Statistics.Line<InterventionKind> l : statistics.byKind()) {
      out.append(csvLine("kind", l.key().name(), messages.kind(l.key()), l));
    }
    for (Statistics.SegmentTime t : statistics.bySegment()) {
      out.append(
          Csv.row(
              io.vavr.collection.List.of(
                  "segment",
                  t.segment().id().value(),
                  t.segment().title().in(text.language()),
                  Integer.toString(t.speeches()),
                  Long.toString(t.used().toSeconds()),
                  "",
                  "",
                  "",
                  "",
                  Long.toString(t.planned().toSeconds()))));
    }
    return out.toString();
  }

  private static String csvLine(String table, String key, String name, Statistics.Line<?> l) {
    return Csv.row(
        io.vavr.collection.List.of(
            table,
            key,
            name,
            Integer.toString(l.speeches()),
            Long.toString(l.spoken().toSeconds()),
            Integer.toString(l.overruns()),
            Long.toString(l.overrunTime().toSeconds()),
            Long.toString(l.granted().toSeconds()),
            Long.toString(l.paused().toSeconds()),
            ""));
  }

  private static void statistics(ObjectNode o, Statistics statistics) {
    ArrayNode participants = o.putArray("byParticipant");
    for (Statistics.Line<Participant> l : statistics.byParticipant()) {
      ObjectNode p = line(participants.addObject(), l);
      p.put("key", l.key().key().value());
      p.put("participant", l.key().name());
    }
    ArrayNode categories = o.putArray("byCategory");
    for (Statistics.Line<ParticipantCategory> l : statistics.byCategory()) {
      line(categories.addObject(), l).put("category", l.key().name());
    }
    ArrayNode kinds = o.putArray("byKind");
    for (Statistics.Line<InterventionKind> l : statistics.byKind()) {
      line(kinds.addObject(), l).put("kind", l.key().name());
    }
    ArrayNode segments = o.putArray("bySegment");
    for (Statistics.SegmentTime t : statistics.bySegment()) {
      ObjectNode s = segments.addObject();
      s.put("segment", t.segment().id().value());
      s.put("speeches", t.speeches());
      s.put("usedSeconds", t.used().toSeconds());
      s.put("plannedSeconds", t.planned().toSeconds());
    }
  }

  private static ObjectNode line(ObjectNode o, Statistics.Line<?> l) {
    o.put("speeches", l.speeches());
    o.put("seconds", l.spoken().toSeconds());
    o.put("overruns", l.overruns());
    o.put("overrunSeconds", l.overrunTime().toSeconds());
    o.put("grantedSeconds", l.granted().toSeconds());
    o.put("pausedSeconds", l.paused().toSeconds());
    return o;
  }

  static String json(ReportView report, Seq<Change> changes) {
    ZoneId zone = report.plenary().zone();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("plenary", report.plenary().id().value());
    ArrayNode spoke = root.putArray("speeches");
    for (ReportView.Spoken s : report.speeches()) {
      Inscription i = s.inscription();
      ObjectNode o = spoke.addObject();
      o.put("registrationId", i.id().value());
      o.put("participant", i.registration().participant().name());
      o.put("segment", i.segment().value());
      o.put("startedAt", s.speech().startedAt().atZone(zone).toOffsetDateTime().toString());
      o.put("endedAt", s.endedAt().atZone(zone).toOffsetDateTime().toString());
      o.put("seconds", s.length().toSeconds());
      o.put("overrunSeconds", s.overrun().map(Duration::toSeconds).getOrElse(0L));
      o.put("kind", i.registration().kind().name());
      i.registration().onBehalfOf().forEach(g -> o.put("onBehalfOf", g));
      o.put("limitSeconds", s.speech().limit().toSeconds());
      o.put("grantedSeconds", s.speech().granted().toSeconds());
      o.put("pausedSeconds", s.speech().pausedFor(s.endedAt()).toSeconds());
    }
    statistics(root.putObject("statistics"), report.statistics());
    ArrayNode absent = root.putArray("absent");
    for (Inscription i : report.absent()) {
      ObjectNode o = absent.addObject();
      o.put("registrationId", i.id().value());
      o.put("participant", i.registration().participant().name());
      o.put("times", i.absences());
      o.put("dropped", i.status() == RegistrationStatus.DROPPED);
    }
    ArrayNode notReached = root.putArray("notReached");
    for (Inscription i : report.notReached()) {
      ObjectNode o = notReached.addObject();
      o.put("registrationId", i.id().value());
      o.put("participant", i.registration().participant().name());
      o.put("segment", i.segment().value());
    }
    ArrayNode waiting = root.putArray("waiting");
    for (Inscription i : report.waiting()) {
      ObjectNode o = waiting.addObject();
      o.put("registrationId", i.id().value());
      o.put("participant", i.registration().participant().name());
      o.put("segment", i.segment().value());
    }
    ArrayNode changed = root.putArray("changes");
    for (Change c : changes) {
      ObjectNode o = changed.addObject();
      o.put("seq", c.seq());
      o.put("recordedAt", c.recordedAt().atZone(zone).toOffsetDateTime().toString());
      o.put("actor", c.actor());
      o.put("change", c.sentence());
    }
    for (ReportView.Speaking now : report.speaking()) {
      ObjectNode o = root.putObject("speaking");
      o.put("registrationId", now.inscription().id().value());
      o.put("participant", now.inscription().registration().participant().name());
      o.put("startedAt", now.since().atZone(zone).toOffsetDateTime().toString());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }
}
