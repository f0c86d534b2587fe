package org.rostrum.adapters.cli;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.text.CalendarText;

/**
 * The list as an iCalendar file (RFC 5545): one event per segment and one per speaker's slot, in
 * the plenary's zone, with the zone's rules around the meeting described in a VTIMEZONE.
 */
final class Calendar {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Plenary plenary;
  private final Seq<Schedule> schedules;
  private final Text text;
  private final Instant stamp;
  private final StringBuilder out = new StringBuilder();

  Calendar(Plenary plenary, Seq<Schedule> schedules, Text text, Instant stamp) {
    this.plenary = plenary;
    this.schedules = schedules;
    this.text = text;
    this.stamp = stamp;
  }

  String render() {
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Rostrum//Speakers list//" + text.language().name());
    line("CALSCALE:GREGORIAN");
    line("X-WR-CALNAME:" + CalendarText.value(plenary.title().in(text.language())));
    timezone();
    Language lang = text.language();
    for (Schedule schedule : schedules) {
      Segment segment = schedule.segment();
      event(
          "segment-" + segment.id(),
          segment.window().start(),
          segment.window().end(),
          "Segment " + segment.id() + " — " + segment.title().in(lang),
          plenary.title().in(lang));
      for (ScheduledSpeaker s : schedule.speakers()) {
        String who = s.entry().registration().participant().name(lang);
        String summary =
            s.entry().position()
                + ". "
                + who
                + (s.timePermitting() ? " (" + text.get("list.permitting") + ")" : "");
        event(
            "registration-" + s.entry().id(),
            s.projectedStart(),
            s.projectedEnd(),
            summary,
            "Segment "
                + segment.id()
                + s.entry().registration().speaker().map(n -> " — " + n).getOrElse("")
                + " — #"
                + s.entry().id());
      }
    }
    line("END:VCALENDAR");
    return out.toString();
  }

  private void event(String uid, Instant start, Instant end, String summary, String description) {
    ZoneId zone = plenary.zone();
    line("BEGIN:VEVENT");
    line("UID:" + plenary.id() + "-" + uid + "@rostrum");
    line("DTSTAMP:" + UTC.format(stamp));
    line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start.atZone(zone)));
    line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(end.atZone(zone)));
    line("SUMMARY:" + CalendarText.value(summary));
    line("DESCRIPTION:" + CalendarText.value(description));
    line("END:VEVENT");
  }

  /**
   * The zone's rules: its yearly transitions as RRULEs when it has them (as calendar programs write
   * them), else its fixed offset.
   */
  private void timezone() {
    ZoneId zone = plenary.zone();
    ZoneRules rules = zone.getRules();
    line("BEGIN:VTIMEZONE");
    line("TZID:" + zone.getId());
    java.util.List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
    if (yearly.isEmpty()) {
      ZoneOffset offset = rules.getOffset(plenary.window().start());
      component("STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, null);
    } else {
      for (ZoneOffsetTransitionRule rule : yearly) {
        ZoneOffsetTransition first = rule.createTransition(1970);
        boolean daylight =
            rule.getOffsetAfter().getTotalSeconds() > rule.getOffsetBefore().getTotalSeconds();
        component(
            daylight ? "DAYLIGHT" : "STANDARD",
            first.getDateTimeBefore(),
            rule.getOffsetBefore(),
            rule.getOffsetAfter(),
            rrule(rule));
      }
    }
    line("END:VTIMEZONE");
  }

  private static String rrule(ZoneOffsetTransitionRule rule) {
    String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
    if (rule.getDayOfWeek() == null) {
      return month + ";BYMONTHDAY=" + rule.getDayOfMonthIndicator();
    }
    String day = rule.getDayOfWeek().name().substring(0, 2);
    int indicator = rule.getDayOfMonthIndicator();
    if (indicator < 0) {
      return month + ";BYDAY=-1" + day;
    }
    if (indicator % 7 == 1) {
      return month + ";BYDAY=" + (indicator / 7 + 1) + day;
    }
    StringBuilder days = new StringBuilder();
    for (int d = indicator; d < indicator + 7; d++) {
      days.append(d == indicator ? "" : ",").append(d);
    }
    return month + ";BYMONTHDAY=" + days + ";BYDAY=" + day;
  }

  private void component(
      String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to, String rrule) {
    line("BEGIN:" + kind);
    line("DTSTART:" + LOCAL.format(start));
    if (rrule != null) {
      line("RRULE:" + rrule);
    }
    line("TZOFFSETFROM:" + offset(from));
    line("TZOFFSETTO:" + offset(to));
    line("END:" + kind);
  }

  private static String offset(ZoneOffset o) {
    int s = o.getTotalSeconds();
    return String.format(
        java.util.Locale.ROOT,
        "%s%02d%02d",
        s < 0 ? "-" : "+",
        Math.abs(s) / 3600,
        Math.abs(s) % 3600 / 60);
  }

  /** A content line, folded at 75 octets as RFC 5545 asks, ending with CRLF. */
  private void line(String content) {
    out.append(CalendarText.line(content));
  }
}
