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

    String screen =
        run(fixed, "next\nstart\nstop\ny\nn\na\ny\nstart\nfly\nquit\n", "session", "--line");

    assertThat(screen)
        .contains(
            "Commands: next, start, stop, absent, pause, resume, more, end, resume segment, help,"
                + " quit")
        .contains("Nobody at the rostrum.")
        .contains("Next: #1 Senegal · #2 France")
        .contains("At the rostrum: #1 Senegal (called, not started)")
        .contains("Speaking: #1 Senegal — 2:00 left")
        .contains("#1 Senegal spoke for 0:00.")
        .contains("#2 France is not in the room: goes to the end of the list once.")
        .doesNotContain("SpeechEnded")
        .doesNotContain("SpeakerAbsent")
        .contains("Not done: Nobody has been called; call the next speaker first.")
        .contains("Unknown command: fly — type ? for help.");
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
    String screen = run(fixed, "n\ns\nt\no\ne\no\nq\n", "--lang", "fr", "session", "--line");
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

    assertThat(run(fixed, "resume segment\nquit\n", "session", "--line"))
        .contains("No segment has ended; there is nothing to resume.");
    String screen =
        run(
            fixed,
            "end\ny\nresume segment\nx\nr\ny\nend\nyes\nnext\nresume-segment\ny\nquit\n",
            "session",
            "--line");
    assertThat(screen)
        .contains("Segment I has ended; not reached: #1 Senegal, #2 France.")
        .contains(
            "Resume segment I? Its speakers not reached will wait again, and segment II waits"
                + " until it ends. Type y to resume it; anything else leaves it ended.")
        .contains("Cancelled: segment left ended.")
        .doesNotContain("Unknown command")
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
    String screen = run(fixed, "e\no\ne\noui\nr\no\nq\n", "--lang", "fr", "session", "--line");
    assertThat(screen)
        .contains(
            "Commandes\u00a0: next, start, stop, absent, pause, resume, more, end, resume segment,"
                + " help, quit")
        .contains("Tous les segments sont terminés.")
        .contains(
            "Reprendre le segment II\u00a0? Ses orateurs non atteints attendront de nouveau."
                + " Tapez o (oui) pour le reprendre\u00a0; toute autre réponse le laisse terminé.")
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
    run(clock, "t\ny\n", "session", "--line");
    assertThat(run(clock, "", "report")).contains("2:20  overran by 0:20");
  }

  static final Clock AT_1500 = Clock.fixed(Instant.parse("2024-12-05T14:00:00Z"), ZoneOffset.UTC);

  /** The plenary on cooperation (no points of order), Senegal then France waiting in segment I. */
  void cooperationWithTwoWaiting(Clock clock) {
    run(clock, "", "init");
    run(
        clock,
        "",
        "register",
        "--segment",
        "I",
        "--participant",
        "Senegal",
        "--received-at",
        "2024-12-02T10:00");
    run(
        clock,
        "",
        "register",
        "--segment",
        "I",
        "--participant",
        "France",
        "--received-at",
        "2024-12-02T11:00");
  }

  /** The store as the full screen's console opens it. */
  Session open(Clock clock) {
    Rostrum root = new Rostrum();
    root.db = dir.resolve("rostrum.db").toString();
    root.lang = "en";
    root.clock = clock;
    root.out = new PrintWriter(new StringWriter());
    return Session.open(root);
  }

  static SessionCommand.Console console(Session session) {
    return new SessionCommand.Console(session, session.plenary(), session.service());
  }

  @Test
  void on_the_full_screen_a_name_typed_is_a_line_never_keys_and_a_key_with_no_meaning_says_so() {
    cooperationWithTwoWaiting(AT_1500);
    try (Session session = open(AT_1500)) {
      SessionCommand.Console console = console(session);
      SessionCommand.FullScreen screen =
          new SessionCommand.FullScreen(console, java.time.Duration.ZERO);

      assertThat(screen.take("o")).isEqualTo("This plenary has no points of order.");
      assertThat(screen.footer(200)).contains("[n]\u00a0next"); // still one key an action
      // typed fast, the word arrives at once: one line, not six keys (G r e e c e: "e e" ended I)
      assertThat(screen.take("Greece\r")).isEqualTo("Unknown command: Greece — type ? for help.");
      // typed slowly, a key that is no command begins a line: the rest is typed into it
      for (String key : new String[] {"G", "r", "e", "e", "c", "e"}) {
        assertThat(screen.take(key)).isEmpty();
      }
      assertThat(screen.footer(200)).contains("Command: Greece▌");
      assertThat(screen.take("\r")).isEqualTo("Unknown command: Greece — type ? for help.");
      assertThat(screen.take("\r")).as("Enter alone").isEmpty();
      assertThat(screen.take("greece")).isEmpty();
      assertThat(screen.take("\u001b")).isEqualTo("Nothing done.");
      assertThat(screen.take("next\rstart\r"))
          .contains("#1 Senegal is called to the rostrum")
          .contains("#1 Senegal has the floor");
      assertThat(console.render(false))
          .contains("segment I: 1:00:00 left · 1 waiting")
          .contains("Speaking: #1 Senegal");

      // every key that cannot be undone asks; anything but y (or o, oui) cancels
      assertThat(screen.take("t")).startsWith("Stop the speech of #1 Senegal? ");
      assertThat(screen.take("s")).isEqualTo("Cancelled: the speech goes on.");
      assertThat(screen.take("e")).startsWith("End segment I? ");
      assertThat(screen.take("Greece\r")).isEqualTo("Cancelled: segment kept open.");
      assertThat(screen.take("e")).startsWith("End segment I? ");
      assertThat(screen.take("\r")).isEqualTo("Cancelled: segment kept open.");
      assertThat(console.render(false)).contains("Speaking: #1 Senegal");
      assertThat(screen.take("t")).startsWith("Stop the speech of #1 Senegal? ");
      assertThat(screen.take("y")).startsWith("#1 Senegal spoke for 0:00.");
      assertThat(screen.take("n")).contains("#2 France is called");
      assertThat(screen.take("a")).startsWith("Mark #2 France absent? ");
      assertThat(screen.take("x")).isEqualTo("Cancelled: nobody marked absent.");
      assertThat(screen.take("e")).startsWith("End segment I? ");
      assertThat(screen.take("o")).startsWith("Segment I has ended");
    }
  }

  @Test
  void a_key_pressed_before_the_question_could_be_read_does_not_answer_it() {
    cooperationWithTwoWaiting(AT_1500);
    try (Session session = open(AT_1500)) {
      SessionCommand.FullScreen screen =
          new SessionCommand.FullScreen(console(session), java.time.Duration.ofMinutes(1));
      assertThat(screen.take("e")).startsWith("End segment I? ");
      assertThat(screen.take("y")).isEqualTo("Cancelled: segment kept open.");
    }
    assertThat(run(AT_1500, "", "report"))
        .contains("Not reached (0)")
        .contains("Still waiting (2)");
  }

  @Test
  void in_line_mode_an_empty_line_does_nothing_and_a_word_that_is_no_command_says_so() {
    cooperationWithTwoWaiting(AT_1500);
    String screen = run(AT_1500, "\n  \r\nGreece\no\norder Greece\nquit\n", "session", "--line");
    assertThat(screen)
        .contains("Unknown command: Greece — type ? for help.")
        .contains("This plenary has no points of order.")
        .contains("15:00:00 · segment I: 1:00:00 left · 2 waiting");
    assertThat(screen.split("Unknown command", -1)).hasSize(2);
    assertThat(screen.split("This plenary has no points of order", -1)).hasSize(3);
    assertThat(run(AT_1500, "", "report"))
        .contains("Not reached (0)")
        .contains("Still waiting (2)");
  }

  @Test
  void in_line_mode_every_action_that_cannot_be_undone_asks_first_and_anything_but_yes_cancels() {
    cooperationWithTwoWaiting(AT_1500);
    String screen =
        run(AT_1500, "next\nabsent\nno\nstart\nstop\nGreece\nend\n\nquit\n", "session", "--line");
    assertThat(screen)
        .contains(
            "Mark #1 Senegal absent? Not in the room: to the end of the list once, then dropped."
                + " Type y to mark it; anything else keeps its place.")
        .contains("Cancelled: nobody marked absent.")
        .contains("Stop the speech of #1 Senegal? It cannot be started again.")
        .contains("Cancelled: the speech goes on.")
        .contains("End segment I? Its waiting speakers will not be reached. Type y to end it;")
        .contains("Cancelled: segment kept open.")
        .doesNotContain("Unknown command");
    assertThat(run(AT_1500, "", "session", "--line")).contains("Speaking: #1 Senegal");
    String french = run(AT_1500, "t\noui\nn\na\no\nq\n", "--lang", "fr", "session", "--line");
    assertThat(french)
        .contains("Terminer l’intervention de #1 Sénégal\u00a0?".replace('’', '\''))
        .contains("Noter #2 France absent\u00a0?")
        .contains("#1 Sénégal a parlé");
    assertThat(run(AT_1500, "", "report")).contains("Spoke (1)").contains("#2  France  absent 1×");
  }

  @Test
  void in_line_mode_resume_resumes_the_paused_speech_and_resume_segment_the_segment() {
    cooperationWithTwoWaiting(AT_1500);
    String screen =
        run(
            AT_1500,
            "next\nstart\nmore\ngrant time\npause\nresume\nresume segment\nquit\n",
            "session",
            "--line");
    assertThat(screen.split("is granted 0:30 more", -1)).hasSize(3);
    assertThat(screen)
        .contains("Paused: #1 Senegal")
        .contains("#1 Senegal resumes")
        .contains("No segment has ended; there is nothing to resume.");
  }

  @Test
  void the_help_lists_every_command_this_plenary_allows_in_english_and_french() {
    cooperationWithTwoWaiting(AT_1500);
    assertThat(run(AT_1500, "help\nquit\n", "session", "--line"))
        .contains(
            """
            Commands (a word and Enter; on the full screen, the key alone):
              next (n): call the next speaker
              start (s): start the speech of the speaker called
              stop (t): end the speech; it cannot be started again (asks first)
            """)
        .contains("  pause (p): pause the speech, its clock stands still; again to resume it\n")
        .contains("  resume: resume the paused speech with the time it had left\n")
        .contains("  more (+): grant the speaker 30 seconds more\n")
        .contains("  end (e): end the segment")
        .contains("  resume segment (r): resume the segment that ended last (asks first)\n")
        .contains("  help (?): this list\n")
        .contains("  quit (q): leave the console")
        .doesNotContain("order NAME")
        .doesNotContain("order (o)");
    assertThat(run(AT_1500, "?\nq\n", "--lang", "fr", "session", "--line"))
        .contains("  pause (p)\u00a0: suspendre l'intervention")
        .contains("  resume\u00a0: reprendre l'intervention suspendue")
        .contains("  more (+)\u00a0: accorder 30 secondes de plus")
        .contains("  resume segment (r)\u00a0: reprendre le segment clos en dernier")
        .contains("15:00:00 · segment I\u00a0: reste 1:00:00 · 2 en attente")
        .doesNotContain("order NOM");
  }

  @Test
  void where_the_plenary_takes_points_of_order_the_help_and_the_key_o_offer_them() {
    run(AT_1500, "", "init", "--bundled", "asp23-general-debate");
    assertThat(run(AT_1500, "help\nquit\n", "session", "--line"))
        .contains("resume segment, order NAME, help, quit")
        .contains("  order NAME (o): a point of order raised by NAME");
    try (Session session = open(AT_1500)) {
      SessionCommand.FullScreen screen =
          new SessionCommand.FullScreen(console(session), java.time.Duration.ZERO);
      assertThat(screen.footer(200)).contains("[o]\u00a0point\u00a0of\u00a0order");
      assertThat(screen.take("o")).isEmpty();
      assertThat(screen.footer(200)).contains("Point of order raised by: ▌");
      assertThat(screen.take("\u001b")).isEqualTo("No point of order recorded.");
    }
  }

  @Test
  void the_head_shows_the_time_left_in_the_segment_and_when_it_is_up() {
    Ticking clock = new Ticking(Instant.parse("2024-12-05T14:59:30Z"));
    cooperationWithTwoWaiting(clock);
    assertThat(run(clock, "", "session", "--line"))
        .contains("15:59:30 · segment I: 0:30 left · 2 waiting");
    clock.now = clock.now.plusSeconds(45);
    assertThat(run(clock, "", "session", "--line"))
        .contains("16:00:15 · segment I: time is up · 2 waiting");
  }
}
