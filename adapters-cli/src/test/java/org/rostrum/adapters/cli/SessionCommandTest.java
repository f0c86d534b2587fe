package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chair's console in line mode, driven as a script would drive it. */
class SessionCommandTest {

  @TempDir Path dir;

  /** A clock that moves when the test says so. */
  static final class Ticking extends Clock {
    Instant now;

    Ticking(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  String run(Clock clock, String input, String... args) {
    StringWriter out = new StringWriter();
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
    all.addAll(java.util.List.of("--db", dir.resolve("rostrum.db").toString()));
    if (!all.contains("--lang")) {
      all.addAll(java.util.List.of("--lang", "en"));
    }
    int code =
        Rostrum.run(
            all.toArray(String[]::new),
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            clock);
    assertThat(code).isEqualTo(0);
    return out.toString();
  }

  @Test
  void the_chair_calls_starts_stops_and_marks_absent_and_every_action_is_recorded() {
    Clock fixed = Clock.fixed(Instant.parse("2024-12-05T14:00:00Z"), ZoneOffset.UTC);
    run(fixed, "", "init");
    run(
        fixed,
        "",
        "register",
        "--segment",
        "I",
        "--participant",
        "Senegal",
        "--received-at",
        "2024-12-02T10:00");
    run(
        fixed,
        "",
        "register",
        "--segment",
        "I",
        "--participant",
        "France",
        "--received-at",
        "2024-12-02T11:00");

    String screen = run(fixed, "next\nstart\nstop\nn\na\nstart\nfly\nquit\n", "session", "--line");

    assertThat(screen)
        .contains("Commands: next, start, stop, absent, end, resume, quit")
        .contains("Nobody at the rostrum.")
        .contains("Next: #1 Senegal · #2 France")
        .contains("At the rostrum: #1 Senegal (called, not started)")
        .contains("Speaking: #1 Senegal — 2:00 left")
        .contains("#1 Senegal spoke for 0:00.")
        .contains("#2 France is not in the room: goes to the end of the list once.")
        .doesNotContain("SpeechEnded")
        .doesNotContain("SpeakerAbsent")
        .contains("Not done: Nobody has been called; call the next speaker first.")
        .contains("Unknown command “fly”");
    String report = run(fixed, "", "report");
    assertThat(report).contains("Spoke (1)").contains("#2  France  absent 1×");
  }

  @Test
  void in_french_the_chair_reads_sentences_with_their_accents_not_event_names() {
    Clock fixed = Clock.fixed(Instant.parse("2024-12-05T14:00:00Z"), ZoneOffset.UTC);
    run(fixed, "", "init");
    run(
        fixed,
        "",
        "register",
        "--segment",
        "I",
        "--participant",
        "Sénégal",
        "--received-at",
        "2024-12-02 10:00");
    String screen = run(fixed, "n\ns\nt\ne\ne\nq\n", "--lang", "fr", "session", "--line");
    assertThat(screen)
        .contains("À la parole : n° 1 Sénégal")
        .contains("#1 Sénégal est appelé à la tribune (15:00:00).")
        .contains("#1 Sénégal a parlé 0:00.")
        .contains("Clore le segment I ? Les orateurs en attente ne seront pas atteints.")
        .contains("Le segment I est terminé.")
        .doesNotContain("SpeechEnded")
        .doesNotContain("SegmentEnded")
        .doesNotContain("A la parole");
  }

  @Test
  void the_chair_resumes_a_segment_ended_by_mistake_after_confirming_until_the_next_one_begins() {
    Clock fixed = Clock.fixed(Instant.parse("2024-12-05T14:00:00Z"), ZoneOffset.UTC);
    run(fixed, "", "init");
    for (String[] r :
        new String[][] {
          {"I", "Senegal", "2024-12-02T10:00"},
          {"I", "France", "2024-12-02T11:00"},
          {"II", "Kenya", "2024-12-02T12:00"}
        }) {
      run(fixed, "", "register", "--segment", r[0], "--participant", r[1], "--received-at", r[2]);
    }

    assertThat(run(fixed, "resume\nquit\n", "session", "--line"))
        .contains("No segment has ended; there is nothing to resume.");
    String screen =
        run(
            fixed,
            "end\nend\nresume\nx\nr\nr\nend\nend\nnext\nresume\nresume\nquit\n",
            "session",
            "--line");
    assertThat(screen)
        .contains("Segment I has ended; not reached: #1 Senegal, #2 France.")
        .contains(
            "Resume segment I? Its speakers not reached will wait again, and segment II waits"
                + " until it ends. Press r again to resume it; any other key leaves it ended.")
        .contains("Segment left ended. Unknown command “x”.")
        .contains("Segment I is resumed; waiting again: #1 Senegal, #2 France.")
        .contains("#3 Kenya is called to the rostrum")
        .contains("Not done: Segment I cannot be resumed (rule L6)");
    assertThat(screen.indexOf("Segment I is resumed"))
        .isLessThan(screen.lastIndexOf("Segment I has ended"));
    assertThat(run(fixed, "", "report")).contains("Not reached (2)");
  }

  @Test
  void in_french_the_chair_is_asked_before_resuming_and_shown_the_key() {
    Clock fixed = Clock.fixed(Instant.parse("2024-12-05T14:00:00Z"), ZoneOffset.UTC);
    run(fixed, "", "init");
    run(
        fixed,
        "",
        "register",
        "--segment",
        "II",
        "--participant",
        "Sénégal",
        "--received-at",
        "2024-12-02 10:00");
    String screen = run(fixed, "e\ne\ne\ne\nr\nr\nq\n", "--lang", "fr", "session", "--line");
    assertThat(screen)
        .contains("Commandes\u00a0: next, start, stop, absent, end, resume, quit")
        .contains("Tous les segments sont terminés.")
        .contains(
            "Reprendre le segment II\u00a0? Ses orateurs non atteints attendront de nouveau."
                + " Appuyez de nouveau sur r pour le reprendre\u00a0; toute autre touche le laisse"
                + " terminé.")
        .contains("Le segment II est repris\u00a0; de nouveau en attente\u00a0: #1 Sénégal.");
    assertThat(new Text(org.rostrum.core.model.Language.FR).get("session.keys"))
        .contains("[r]\u00a0reprise\u00a0du\u00a0segment");
    assertThat(new Text(org.rostrum.core.model.Language.EN).get("session.keys"))
        .contains("[e]\u00a0end\u00a0segment  [r]\u00a0resume\u00a0segment  [q]\u00a0quit");
  }

  @Test
  void the_countdown_warns_at_thirty_seconds_left_and_counts_up_past_the_limit() {
    Ticking clock = new Ticking(Instant.parse("2024-12-05T14:00:00Z"));
    run(clock, "", "init");
    run(
        clock,
        "",
        "register",
        "--segment",
        "I",
        "--participant",
        "Kenya",
        "--received-at",
        "2024-12-02T10:00");
    run(clock, "", "session", "--line");
    run(clock, "n\ns\n", "session", "--line");
    clock.now = clock.now.plusSeconds(95);
    assertThat(run(clock, "", "session", "--line"))
        .contains("Speaking: #1 Kenya — 0:25 left — warning");
    clock.now = clock.now.plusSeconds(40);
    assertThat(run(clock, "", "session", "--line")).contains("over the limit by 0:15");
    clock.now = clock.now.plusSeconds(5);
    run(clock, "t\n", "session", "--line");
    assertThat(run(clock, "", "report")).contains("2:20  overran by 0:20");
  }
}
