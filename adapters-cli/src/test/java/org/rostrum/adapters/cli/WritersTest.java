package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.LocalizedText;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.ParticipantKey;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RegistrationStatus;
import org.rostrum.core.model.Schedule;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SpeakersList;

/**
 * The calendar and Markdown writers given what a journal written before requests were checked may
 * hold: names with line breaks, NUL and other control characters.
 */
class WritersTest {

  static final Plenary ASP23 = PlenaryDefinitions.parse(PlenaryDefinitions.bundled(), "bundled");
  static final String SPEAKER = "Ms. Dupont\r\nMr. Martin\u0000; envoy, \\ deputy\rx\ny";

  /** Segment I with one speaker whose name and participant's name carry control characters. */
  static Schedule oldRecord() {
    Segment one = ASP23.segments().head();
    Registration registration =
        Registration.builder()
            .id(RegistrationId.of(1))
            .participant(
                Participant.of(
                    ParticipantKey.of("ORG-OLD"),
                    LocalizedText.of("Friends\nof the\u0085 Court\u001B[31m", "Amis de la Cour"),
                    ParticipantCategory.CIVIL_SOCIETY))
            .segment(one.id())
            .speaker(Option.some(SPEAKER))
            .receivedAt(Instant.parse("2024-12-02T09:00:00Z"))
            .build();
    ListEntry entry =
        new ListEntry(
            1,
            registration,
            RegistrationStatus.WAITING,
            new org.rostrum.core.model.Standing(
                org.rostrum.core.model.InterventionKind.STATEMENT,
                0,
                Option.none(),
                registration.receivedAt()),
            Duration.ofMinutes(2));
    Instant start = one.window().start();
    return new Schedule(
        new SpeakersList(one, List.of(entry), false),
        10,
        List.of(new ScheduledSpeaker(entry, start, start.plus(Duration.ofMinutes(2)), false)));
  }

  @Test
  void a_calendar_escapes_text_per_rfc_5545_and_carries_no_control_character() throws Exception {
    String ics =
        new Calendar(ASP23, List.of(oldRecord()), new Text(Language.EN), Instant.EPOCH).render();
    assertThat(ics).endsWith("\r\n");
    for (String line : ics.substring(0, ics.length() - 2).split("\r\n", -1)) {
      assertThat(line).doesNotContain("\r").doesNotContain("\n").doesNotContainPattern("\\p{Cc}");
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded)
        .contains("DESCRIPTION:Segment I — Ms. Dupont\\nMr. Martin\\; envoy\\, \\\\ deputy\\nx\\ny")
        .contains("SUMMARY:1. Friends\\nof the Court[31m\r\n");

    net.fortuna.ical4j.model.Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    java.util.List<VEvent> events = parsed.getComponents(Component.VEVENT);
    VEvent speaker =
        events.stream().filter(e -> e.getSummary().getValue().startsWith("1.")).findFirst().get();
    assertThat(speaker.getDescription().getValue())
        .isEqualTo("Segment I — Ms. Dupont\nMr. Martin; envoy, \\ deputy\nx\ny — #1");
  }

  @Test
  void text_values_escape_backslash_semicolon_comma_and_write_every_line_break_as_backslash_n() {
    assertThat(org.rostrum.core.text.CalendarText.value("a\\b;c,d")).isEqualTo("a\\\\b\\;c\\,d");
    assertThat(org.rostrum.core.text.CalendarText.value("1\r\n2\r3\n4")).isEqualTo("1\\n2\\n3\\n4");
    assertThat(org.rostrum.core.text.CalendarText.value("N\u0000U\u0007L\u009FL\t"))
        .isEqualTo("NULL");
  }

  @Test
  void a_markdown_cell_never_holds_a_line_break_or_a_control_character() {
    String cell = org.rostrum.core.text.MarkdownText.inline(SPEAKER);
    assertThat(cell).isEqualTo("Ms. Dupont Mr. Martin; envoy, \\\\ deputy x y");
    assertThat(org.rostrum.core.text.MarkdownText.inline("a|b*c_d\u001B[1m\u0085"))
        .isEqualTo("a\\|b\\*c\\_d\\[1m");
    assertThat(org.rostrum.core.text.MarkdownText.inline("ends with \\"))
        .isEqualTo("ends with \\\\");
  }
}
