package org.rostrum.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rostrum.core.decider.PlenaryState;
import org.rostrum.core.model.Inscription;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Speech;
import org.rostrum.core.rules.SessionRules;
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
    json
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
    try (Session session = Session.open(root)) {
      Plenary plenary = session.plenary();
      PlenaryState state = session.service().state(plenary.id());
      session.out.print(
          format == Format.json
              ? json(state, plenary)
              : text(state, plenary, session.text, format == Format.markdown));
      return Exit.DONE;
    }
  }

  static String minutes(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private static String name(Inscription i, Text text) {
    return i.registration().participant().name(text.language())
        + i.registration().speaker().map(s -> " (" + s + ")").getOrElse("");
  }

  static String text(PlenaryState state, Plenary plenary, Text text, boolean markdown) {
    DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm:ss");
    String h1 = markdown ? "# " : "";
    String h2 = markdown ? "\n## " : "\n";
    String item = markdown ? "- " : "  ";
    StringBuilder out =
        new StringBuilder(h1).append(text.get("report.title", plenary.title().in(text.language())));
    out.append('\n');
    for (Speech now : state.session().speech()) {
      Inscription i = state.inscription(now.registration()).get();
      out.append('\n')
          .append(
              text.get(
                  "report.rostrum",
                  i.id(),
                  name(i, text),
                  text.get(
                      "report.rostrum.since",
                      hours.format(now.startedAt().atZone(plenary.zone())))))
          .append('\n');
    }
    for (var called : state.session().atRostrum()) {
      Inscription i = state.inscription(called).get();
      out.append('\n')
          .append(
              text.get("report.rostrum", i.id(), name(i, text), text.get("report.rostrum.called")))
          .append('\n');
    }
    Seq<Speech> speeches = state.session().speeches();
    out.append(h2).append(text.get("report.spoke", speeches.size())).append('\n');
    Duration total = Duration.ZERO;
    int overruns = 0;
    for (Speech s : speeches) {
      Inscription i = state.inscription(s.registration()).get();
      Instant end = s.endedAt().get();
      Duration length = s.elapsed(end);
      total = total.plus(length);
      boolean over = SessionRules.overrun(length, plenary.slot()).isDefined();
      if (over) {
        overruns++;
      }
      out.append(item)
          .append(
              text.get(
                  "report.spoke.line",
                  i.id(),
                  name(i, text),
                  "",
                  hours.format(s.startedAt().atZone(plenary.zone())),
                  hours.format(end.atZone(plenary.zone())),
                  minutes(length),
                  over
                      ? text.get(
                          "report.overrun",
                          minutes(SessionRules.overrun(length, plenary.slot()).get()))
                      : ""))
          .append('\n');
    }
    Seq<Inscription> absent = state.inscriptions().filter(i -> i.absences() > 0);
    out.append(h2).append(text.get("report.absent", absent.size())).append('\n');
    for (Inscription i : absent) {
      out.append(item)
          .append(
              text.get(
                  "report.absent.line",
                  i.id(),
                  name(i, text),
                  i.absences(),
                  i.status() == RegistrationStatus.DROPPED ? text.get("report.dropped") : ""))
          .append('\n');
    }
    Seq<Inscription> notReached =
        state.inscriptions().filter(i -> i.status() == RegistrationStatus.NOT_REACHED);
    out.append(h2).append(text.get("report.not.reached", notReached.size())).append('\n');
    for (Inscription i : notReached) {
      out.append(item)
          .append(text.get("report.not.reached.line", i.id(), name(i, text), i.segment()))
          .append('\n');
    }
    Seq<Inscription> waiting =
        state
            .inscriptions()
            .filter(
                i ->
                    i.status() == RegistrationStatus.WAITING
                        || i.status() == RegistrationStatus.CALLED);
    out.append(h2).append(text.get("report.waiting", waiting.size())).append('\n');
    for (Inscription i : waiting) {
      out.append(item)
          .append(text.get("report.not.reached.line", i.id(), name(i, text), i.segment()))
          .append('\n');
    }
    out.append('\n')
        .append(text.get("report.total", speeches.size(), minutes(total), overruns))
        .append('\n');
    return out.toString();
  }

  static String json(PlenaryState state, Plenary plenary) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("plenary", plenary.id().value());
    ArrayNode spoke = root.putArray("speeches");
    for (Speech s : state.session().speeches()) {
      Inscription i = state.inscription(s.registration()).get();
      Duration length = s.elapsed(s.endedAt().get());
      ObjectNode o = spoke.addObject();
      o.put("registrationId", i.id().value());
      o.put("participant", i.registration().participant().name());
      o.put("segment", i.segment().value());
      o.put("startedAt", s.startedAt().atZone(plenary.zone()).toOffsetDateTime().toString());
      o.put("endedAt", s.endedAt().get().atZone(plenary.zone()).toOffsetDateTime().toString());
      o.put("seconds", length.toSeconds());
      o.put(
          "overrunSeconds",
          SessionRules.overrun(length, plenary.slot()).map(Duration::toSeconds).getOrElse(0L));
    }
    ArrayNode absent = root.putArray("absent");
    for (Inscription i : state.inscriptions().filter(i -> i.absences() > 0)) {
      ObjectNode o = absent.addObject();
      o.put("registrationId", i.id().value());
      o.put("participant", i.registration().participant().name());
      o.put("times", i.absences());
      o.put("dropped", i.status() == RegistrationStatus.DROPPED);
    }
    ArrayNode notReached = root.putArray("notReached");
    for (Inscription i :
        state.inscriptions().filter(i -> i.status() == RegistrationStatus.NOT_REACHED)) {
      ObjectNode o = notReached.addObject();
      o.put("registrationId", i.id().value());
      o.put("participant", i.registration().participant().name());
      o.put("segment", i.segment().value());
    }
    ArrayNode waiting = root.putArray("waiting");
    for (Inscription i :
        state
            .inscriptions()
            .filter(
                i ->
                    i.status() == RegistrationStatus.WAITING
                        || i.status() == RegistrationStatus.CALLED)) {
      ObjectNode o = waiting.addObject();
      o.put("registrationId", i.id().value());
      o.put("participant", i.registration().participant().name());
      o.put("segment", i.segment().value());
    }
    for (Speech now : state.session().speech()) {
      ObjectNode o = root.putObject("speaking");
      o.put("registrationId", now.registration().value());
      o.put(
          "participant",
          state.inscription(now.registration()).get().registration().participant().name());
      o.put("startedAt", now.startedAt().atZone(plenary.zone()).toOffsetDateTime().toString());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }
}
