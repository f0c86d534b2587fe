package org.rostrum.adapters.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.time.Instant;
import java.time.ZoneId;
import org.rostrum.core.model.ControlCharacters;
import org.rostrum.core.model.Forecast;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.Standing;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.Refusal;

/**
 * The speakers' list in the shapes programs read, the same from the API and the command line: JSON
 * in the contract's shape (DESIGN.md §5, {@code docs/schema/list.schema.json}) and CSV (RFC 4180).
 */
public final class SpeakersFormats {

  private SpeakersFormats() {}

  /** The first and last instants RFC 3339 can write: years 0000 to 9999. */
  private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");

  private static final Instant LAST = Instant.parse("9999-12-30T00:00:00Z");

  /**
   * ISO-8601 with the offset of the plenary's zone (RFC 3339). A time an older record may hold that
   * RFC 3339 cannot write — a year before 0000 or after 9999, refused at the door since R10 — is
   * {@code null}, which the JSON writes as such and the CSV as an empty field; an offset of the
   * zone with seconds (local mean time, before 1900) is written in UTC.
   */
  public static String offset(Instant instant, ZoneId zone) {
    if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
      return null;
    }
    java.time.OffsetDateTime local = instant.atZone(zone).toOffsetDateTime();
    return local.getOffset().getTotalSeconds() % 60 == 0
        ? local.toString()
        : instant.atOffset(java.time.ZoneOffset.UTC).toString();
  }

  /**
   * The list as one JSON object: segments with their speakers, and the refused requests. Each
   * speaker says its kind of intervention, the time it is given and why it stands where it does, in
   * {@code language}.
   */
  public static ObjectNode json(ListView list, Language language) {
    Plenary plenary = list.plenary();
    ZoneId zone = plenary.zone();
    Messages messages = Messages.in(language, zone, plenary.roster());
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("plenary", plenary.id().value());
    root.put("version", list.version());
    root.put("at", offset(list.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), zone));
    ArrayNode segments = root.putArray("segments");
    for (Schedule schedule : list.schedules()) {
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
      Forecast forecast = schedule.forecast();
      ObjectNode f = s.putObject("forecast");
      if (forecast.endsAt().isDefined()) {
        f.put("endsAt", offset(forecast.endsAt().get(), zone));
      } else {
        f.putNull("endsAt");
      }
      f.put("notReached", forecast.notReached());
      f.put("text", messages.forecast(forecast));
      ArrayNode speakers = s.putArray("speakers");
      for (ScheduledSpeaker sp : schedule.speakers()) {
        ObjectNode o = speakers.addObject();
        o.put("position", sp.entry().position());
        o.put("registrationId", sp.entry().id().value());
        Participant p = sp.entry().registration().participant();
        ObjectNode participant = o.putObject("participant");
        participant.put("key", p.key().value());
        participant.put("name", shown(p.name(language)));
        participant.put("category", p.category().name());
        if (sp.entry().registration().speaker().isDefined()) {
          o.put("speaker", shown(sp.entry().registration().speaker().get()));
        } else {
          o.putNull("speaker");
        }
        if (sp.entry().registration().onBehalfOf().isDefined()) {
          o.put("onBehalfOf", shown(sp.entry().registration().onBehalfOf().get()));
        }
        o.put("receivedAt", offset(sp.entry().registration().receivedAt(), zone));
        o.put("senderClock", sp.entry().registration().senderClock());
        o.put("projectedStart", offset(sp.projectedStart(), zone));
        o.put("projectedEnd", offset(sp.projectedEnd(), zone));
        o.put("timePermitting", sp.timePermitting());
        o.put("status", sp.status().name());
        o.put("statusText", messages.status(sp.status()));
        o.put("waiting", sp.status().waiting());
        sp.actual()
            .forEach(
                a -> {
                  o.put("actualStart", offset(a.start(), zone));
                  a.end().forEach(end -> o.put("actualEnd", offset(end, zone)));
                  o.put("spoken", a.spoken().toString());
                });
        sp.swapped()
            .forEach(
                swap -> {
                  ObjectNode w = o.putObject("swapped");
                  w.put("with", swap.with().value());
                  if (swap.by().isDefined()) {
                    w.put("by", swap.by().get().describe());
                  } else {
                    w.putNull("by");
                  }
                  w.put("at", offset(swap.at(), zone));
                  w.put("text", messages.swap(swap));
                });
        o.put("kind", sp.entry().registration().kind().name());
        o.put("allotted", sp.entry().allotted().toString());
        o.set("standing", standing(sp.entry().standing(), messages));
      }
    }
    ArrayNode rejected = root.putArray("rejected");
    for (Refusal r : list.refused()) {
      ObjectNode o = rejected.addObject();
      o.put("registrationId", r.id().value());
      o.put("participant", shown(r.participantName(language)));
      o.put("segment", r.request().segment());
      o.put("receivedAt", offset(r.request().receivedAt(), zone));
      o.put("senderClock", r.request().senderClock());
      o.put("reason", r.rejection().reason().name());
      o.put("kind", r.request().kind().name());
    }
    return root;
  }

  /**
   * A name as the list shows it: without the control and invisible characters an old record may
   * hold (new requests carrying them are refused, R10), so that no reader of the list — a page, a
   * spreadsheet, another program — shows a name reordered by a bidirectional override. The journal
   * keeps the record as it was.
   */
  private static String shown(String name) {
    return ControlCharacters.replace(name, " ");
  }

  /**
   * Why a place stands where it does, as the core says it: its kind, its round (sent to the end
   * after an absence), its tier of precedence when the plenary has tiers, and the core's phrase.
   */
  static ObjectNode standing(Standing standing, Messages messages) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("kind", standing.kind().name());
    o.put("round", standing.round());
    for (Standing.Tier tier : standing.tier()) {
      ObjectNode t = o.putObject("tier");
      t.put("number", tier.number());
      t.put("group", tier.group());
      tier.category().forEach(c -> t.put("category", c.name()));
      tier.level().forEach(l -> t.put("level", l.name()));
    }
    o.put("why", messages.standing(standing));
    return o;
  }

  /** The list as indented JSON text, ending with a new line. */
  public static String jsonText(ListView list, Language language) {
    try {
      return new ObjectMapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(json(list, language))
          + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  /** RFC 4180: a header row, CRLF line ends, fields quoted when they need it; UTF-8 with BOM. */
  public static String csv(ListView list, Language language) {
    ZoneId zone = list.plenary().zone();
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
                "timePermitting",
                "senderClock",
                "status",
                "actualStart",
                "actualEnd",
                "swappedWith")));
    for (Schedule schedule : list.schedules()) {
      for (ScheduledSpeaker s : schedule.speakers()) {
        out.append(
            csvRow(
                List.of(
                    schedule.segment().id().value(),
                    Integer.toString(s.entry().position()),
                    Long.toString(s.entry().id().value()),
                    s.entry().registration().participant().name(language),
                    s.entry().registration().participant().category().name(),
                    s.entry().registration().speaker().getOrElse(""),
                    offset(s.entry().registration().receivedAt(), zone),
                    offset(s.projectedStart(), zone),
                    Boolean.toString(s.timePermitting()),
                    Boolean.toString(s.entry().registration().senderClock()),
                    s.status().name(),
                    s.actual().map(a -> offset(a.start(), zone)).getOrElse(""),
                    s.actual().flatMap(a -> a.end()).map(e -> offset(e, zone)).getOrElse(""),
                    s.swapped().map(w -> Long.toString(w.with().value())).getOrElse(""))));
      }
    }
    return out.toString();
  }

  private static String csvRow(List<String> fields) {
    return Csv.row(fields.map(f -> f == null ? "" : f));
  }
}
