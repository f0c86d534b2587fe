package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command as a shell runs it: {@code java -jar rostrum.jar} on the shaded jar built by this
 * module, against a real SQLite file — outputs, exit codes, and the store afterwards.
 */
class CommandsAsProcessesIT {

  static final Path JAR = Path.of(System.getProperty("rostrum.jar", "target/rostrum.jar"));
  static final List<String> COMMANDS =
      List.of(
          "init",
          "register",
          "list",
          "withdraw",
          "swap",
          "close-list",
          "reopen-list",
          "extend-deadline",
          "amend",
          "annul",
          "resume-segment",
          "report",
          "verify",
          "token",
          "session",
          "demo",
          "serve",
          "import-mail",
          "review",
          "watch",
          "outbox",
          "generate-completion");

  @TempDir Path dir;

  record Run(int code, String out, String err) {
    Run shown() {
      assertThat(err).as("standard error").doesNotContain("Exception").doesNotContain("\tat ");
      return this;
    }
  }

  Path db() {
    return dir.resolve("rostrum.db");
  }

  List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    List<String> given = List.of(args);
    if (!given.contains("--db") && !given.contains("demo")) {
      command.addAll(List.of("--db", db().toString()));
    }
    if (!given.contains("--lang")) {
      command.addAll(List.of("--lang", "en"));
    }
    return command;
  }

  Run rostrumWithInput(String input, String... args) throws IOException, InterruptedException {
    return rostrumWith(java.util.Map.of(), input, args);
  }

  Run rostrumWith(java.util.Map<String, String> environment, String input, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(args));
    builder.environment().remove(MailOptions.IMAP_PASSWORD);
    builder.environment().putAll(environment);
    Process p = builder.start();
    try (OutputStream stdin = p.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errors = new Thread(() -> copy(p.getErrorStream(), err));
    errors.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    errors.join();
    return new Run(
            p.exitValue(),
            new String(out, StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8))
        .shown();
  }

  Run rostrum(String... args) throws IOException, InterruptedException {
    return rostrumWithInput("", args);
  }

  static void copy(InputStream in, OutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Run register(String segment, String participant, String receivedAt)
      throws IOException, InterruptedException {
    return rostrum(
        "register",
        "--segment",
        segment,
        "--participant",
        participant,
        "--received-at",
        receivedAt);
  }

  /** Rows in a table of the store, read with plain JDBC: what the commands left behind. */
  long rows(String table) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void every_command_has_help_with_an_example_and_the_jar_says_its_version() throws Exception {
    assertThat(JAR).as("the shaded jar, built by package").exists();
    Run version = rostrum("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("rostrum 0.");
    for (String command : COMMANDS) {
      Run help = rostrum(command, "--help");
      assertThat(help.code()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: rostrum " + command);
      if (!command.equals("generate-completion")) { // picocli's own, whose help shows its use
        assertThat(help.out()).as(command).contains("Example");
      }
    }
    Run tokenAdd = rostrum("token", "add", "--help");
    assertThat(tokenAdd.out()).contains("--role").contains("Example");
    assertThat(Files.exists(db())).as("help writes no store").isFalse();
  }

  @Test
  void a_secretariat_day_from_init_to_verify() throws Exception {
    assertThat(rostrum("init").code()).isZero();
    assertThat(rows("plenary")).isEqualTo(1);
    Run first =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Kenya",
            "--speaker",
            "H.E. Ms. Wanjiru",
            "--received-at",
            "2024-12-02T10:00",
            "--ref",
            "mail-1");
    assertThat(first.code()).isZero();
    assertThat(first.out()).startsWith("Inscribed #1: Kenya");
    assertThat(register("I", "France", "2024-12-02T11:00").code()).isZero();
    assertThat(register("I", "Chile", "2024-12-02T12:00").code()).isZero();
    assertThat(register("II", "Cour pénale internationale", "2024-12-03T09:00").code()).isZero();
    long afterFour = rows("journal");
    Run replay =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Kenya",
            "--received-at",
            "2024-12-02T10:00",
            "--ref",
            "mail-1");
    assertThat(replay.code()).isZero();
    assertThat(rows("journal")).as("a replayed reference writes nothing").isEqualTo(afterFour);

    assertThat(rostrum("swap", "1", "#3").out())
        .contains("Swapped #1 and #3")
        .contains("#1: Kenya (H.E. Ms. Wanjiru), segment I");
    assertThat(rostrum("withdraw", "#2").out()).contains("Withdrew #2: ");
    assertThat(rostrum("close-list", "I").out()).contains("Closed the list of segment I.");
    Run closed = register("I", "Peru", "2024-12-04T09:00");
    assertThat(closed.code()).isEqualTo(3);
    assertThat(closed.out()).contains("LIST_CLOSED");
    assertThat(rostrum("reopen-list", "I").out()).contains("Reopened the list of segment I.");
    assertThat(rostrum("extend-deadline", "2024-12-05T12:00").out())
        .contains("The list now closes at 2024-12-05 12:00:00 (Europe/Amsterdam).");
    Run token = rostrum("token", "add", "--role", "chair");
    assertThat(token.code()).isZero();
    assertThat(rows("api_token")).isEqualTo(1);

    String text = rostrum("list").out();
    assertThat(text.indexOf("Chile")).isLessThan(text.indexOf("Kenya"));
    assertThat(text).doesNotContain("France").contains("Peru").contains("LIST_CLOSED");
    JsonNode json = new ObjectMapper().readTree(rostrum("list", "--format", "json").out());
    assertThat(schema().validate(json)).isEmpty();
    assertThat(json.at("/segments/0/speakers/0/participant/name").asText()).isEqualTo("Chile");
    assertThat(json.at("/segments/0/speakers/1/participant/name").asText()).isEqualTo("Kenya");
    assertThat(json.at("/rejected/0/reason").asText()).isEqualTo("LIST_CLOSED");
    assertThat(rostrum("list", "--format", "csv", "--lang", "fr").out())
        .startsWith("\uFEFF")
        .contains("Cour pénale internationale");
    assertThat(rostrum("list", "--format", "markdown").out()).contains("| 1 |");
    assertThat(rostrum("list", "--format", "ics").out())
        .startsWith("BEGIN:VCALENDAR")
        .contains("BEGIN:VTIMEZONE")
        .contains("SUMMARY:1. Chile");
    assertThat(rostrum("report", "--format", "markdown", "--lang", "fr").out())
        .contains("# Compte rendu");
    assertThat(rostrum("report", "--format", "json").out()).contains("\"waiting\"");
    assertThat(rostrum("report").out()).contains("Still waiting (3)");

    Run intact = rostrum("verify");
    assertThat(intact.code()).isZero();
    assertThat(intact.out()).contains("chain is intact");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE journal SET event = replace(event, 'Chile', 'Chili') WHERE seq = 3");
    }
    Run broken = rostrum("verify");
    assertThat(broken.code()).isEqualTo(4);
    assertThat(broken.out()).contains("is broken at entry 3");
  }

  /** Journal entries whose recorded event contains {@code text}. */
  long entriesWith(String text) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
        java.sql.PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM journal WHERE event LIKE ?")) {
      s.setString(1, "%" + text + "%");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void a_clerks_day_with_typos_corrected() throws Exception {
    assertThat(rostrum("init").code()).isZero();
    assertThat(register("I", "Kenya", "2024-12-03T10:00").out()).startsWith("Inscribed #1: Kenya");
    Run germny =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Germny",
            "--received-at",
            "2024-12-02T09:15",
            "--ref",
            "<g1@diplo.de>");
    assertThat(germny.code()).isEqualTo(3);
    assertThat(germny.out())
        .startsWith("Refused #2 (INVALID): “Germny” is not a State")
        .contains("Did you mean Germany?");
    Run three =
        rostrum(
            "register",
            "--segment",
            "3",
            "--participant",
            "Chile",
            "--speaker",
            "Ms. Rojas",
            "--received-at",
            "2024-12-02T11:00");
    assertThat(three.code()).isEqualTo(3);
    assertThat(three.out()).contains("Refused #3 (UNKNOWN_SEGMENT)");
    assertThat(register("I", "France", "2024-12-02T12:00").out()).startsWith("Inscribed #4");
    assertThat(register("II", "Peur", "2024-12-02T15:00").out())
        .contains("Refused #5 (INVALID)")
        .contains("Did you mean Peru?");

    // The mail about Germany is typed in again: nothing is recorded, and the clerk is told how to
    // correct it.
    long before = rows("journal");
    Run replay =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Germny",
            "--received-at",
            "2024-12-02T09:15",
            "--ref",
            "<g1@diplo.de>");
    assertThat(replay.out())
        .startsWith("Already recorded as #2 (same reference <g1@diplo.de>); nothing changed.")
        .contains(
            "To correct it: rostrum amend 2 --participant \"Germany\" (decided again at its time"
                + " of receipt).");
    assertThat(rows("journal")).isEqualTo(before);

    Run germany = rostrum("amend", "2", "--participant", "Germany", "--reason", "typed Germny");
    assertThat(germany.code()).isZero();
    assertThat(germany.out())
        .startsWith(
            "Request #2 corrected (typed Germny) and decided again at its original time of"
                + " receipt, 2024-12-02 09:15:00.\n"
                + "Inscribed #2: Germany, segment I, position 1, projected to speak at 2024-12-05"
                + " 15:00:00");
    Run chile = rostrum("amend", "#3", "--segment", "II");
    assertThat(chile.out()).contains("Inscribed #3: Chile, segment II, position 1");

    Run annulled = rostrum("annul", "4", "--reason", "test entry");
    assertThat(annulled.code()).isZero();
    assertThat(annulled.out()).isEqualTo("Request #4 (France) annulled: test entry.\n");
    assertThat(rostrum("annul", "5", "--reason", " ").code()).isEqualTo(2);
    Run amendNotANumber = rostrum("amend", "five", "--participant", "Peru");
    assertThat(amendNotANumber.code()).isEqualTo(2);
    assertThat(amendNotANumber.err()).endsWith("See: rostrum amend --help\n");

    assertThat(rostrum("close-list", "II").out()).contains("Closed the list of segment II.");
    Run mexico = register("II", "Mexico", "2024-12-03T09:00");
    assertThat(mexico.out()).contains("Refused #6 (LIST_CLOSED)");
    Run peru = rostrum("amend", "5", "--participant", "Peru");
    assertThat(peru.code()).as("recorded before the list closed").isZero();
    assertThat(peru.out()).contains("Inscribed #5: Peru, segment II, position 2");
    Run stillClosed = rostrum("amend", "6");
    assertThat(stillClosed.code()).as("recorded after it closed").isEqualTo(3);
    assertThat(stillClosed.out()).contains("Refused #6 (LIST_CLOSED)");

    String list = rostrum("list").out();
    assertThat(list.indexOf("Germany")).isLessThan(list.indexOf("Kenya"));
    assertThat(list.indexOf("Chile")).isLessThan(list.indexOf("Peru"));
    assertThat(list)
        .contains("Ms. Rojas")
        .contains("LIST_CLOSED")
        .doesNotContain("France")
        .doesNotContain("Germny")
        .doesNotContain("Peur")
        .doesNotContain("UNKNOWN_SEGMENT");
    JsonNode json = new ObjectMapper().readTree(rostrum("list", "--format", "json").out());
    assertThat(schema().validate(json)).isEmpty();
    assertThat(json.at("/rejected").size()).isEqualTo(1);
    assertThat(json.at("/segments/0/speakers/0/registrationId").asLong()).isEqualTo(2);

    // The chair ends segment I by mistake, and resumes it before anyone is called in II.
    Run ended = rostrumWithInput("end\ny\nquit\n", "session");
    assertThat(ended.out()).contains("Segment I has ended; not reached: #2 Germany, #1 Kenya.");
    assertThat(rostrum("resume-segment", "II").code()).isEqualTo(3);
    Run resumed = rostrum("resume-segment", "I");
    assertThat(resumed.code()).isZero();
    assertThat(resumed.out()).isEqualTo("Resumed segment I: 2 speakers wait again.\n");
    assertThat(rostrum("report").out()).contains("Still waiting (4)");

    // Nothing was erased: the annulled entry and every correction are in the proven record.
    assertThat(entriesWith("France")).isEqualTo(1);
    assertThat(entriesWith("test entry")).isEqualTo(1);
    assertThat(entriesWith("Germny")).isEqualTo(2);
    Run intact = rostrum("verify");
    assertThat(intact.code()).isZero();
    assertThat(intact.out()).contains("holds " + rows("journal") + " entries").contains("intact");
  }

  @Test
  void bad_input_gets_the_right_exit_code_a_sentence_and_writes_nothing() throws Exception {
    Run missing = rostrum("list");
    assertThat(missing.code()).isEqualTo(4);
    assertThat(missing.err()).contains("does not exist").contains("rostrum init");
    assertThat(Files.exists(db())).as("a missing store is not created by list").isFalse();

    Path unreadable = dir.resolve("plenary.yaml");
    Files.writeString(unreadable, "id: x\nsegments: [\n");
    Run badDefinition = rostrum("init", "--definition", unreadable.toString());
    assertThat(badDefinition.code()).isEqualTo(4);
    assertThat(badDefinition.err()).contains("plenary.yaml:3: this is not valid YAML");
    Run noDefinition = rostrum("init", "--definition", dir.resolve("none.yaml").toString());
    assertThat(noDefinition.code()).isEqualTo(4);
    assertThat(noDefinition.err()).contains("none.yaml");

    assertThat(rostrum("init").code()).isZero();
    long journal = rows("journal");
    Run instant = register("I", "Chile", "5 December, noon");
    assertThat(instant.code()).isEqualTo(2);
    assertThat(instant.err()).contains("5 December, noon");
    Run unknownCommand = rostrum("regster");
    assertThat(unknownCommand.code()).isEqualTo(2);
    assertThat(unknownCommand.err()).contains("register");
    Run unknownOption = rostrum("list", "--colour", "red");
    assertThat(unknownOption.code()).isEqualTo(2);
    Run badFormat = rostrum("list", "--format", "pdf");
    assertThat(badFormat.code()).isEqualTo(2);
    assertThat(badFormat.err()).contains("pdf");
    Run badSegmentFilter = rostrum("list", "--segment", "IX");
    assertThat(badSegmentFilter.code()).isEqualTo(2);
    assertThat(badSegmentFilter.err()).contains("IX");
    assertThat(rows("journal")).as("usage errors write nothing").isEqualTo(journal);

    // A request refused by a rule is recorded as refused (nothing is lost), never inscribed.
    Run unknownSegment = register("III", "Chile", "2024-12-02T10:00");
    assertThat(unknownSegment.code()).isEqualTo(3);
    assertThat(unknownSegment.out()).contains("III");
    Run unknownParticipant = register("I", "Atlantis", "2024-12-02T10:00");
    assertThat(unknownParticipant.code()).isEqualTo(3);
    assertThat(unknownParticipant.out()).contains("Atlantis");
    Run late = register("I", "Chile", "2024-12-05T00:00:00+01:00");
    assertThat(late.code()).isEqualTo(3);
    assertThat(late.out()).contains("LATE");
    assertThat(rows("journal")).isEqualTo(journal + 3);
    JsonNode list = new ObjectMapper().readTree(rostrum("list", "--format", "json").out());
    assertThat(list.at("/segments/0/speakers").size()).isZero();
    assertThat(list.at("/rejected").size()).isEqualTo(3);

    Run notWaiting = rostrum("withdraw", "7");
    assertThat(notWaiting.code()).isEqualTo(3);
    assertThat(rows("journal")).as("a refused chair action is not recorded").isEqualTo(journal + 3);
  }

  @Test
  void demo_and_completion_run_as_a_user_would_run_them() throws Exception {
    Run demo = rostrum("demo");
    assertThat(demo.code()).isZero();
    assertThat(demo.out())
        .contains("LATE")
        .contains("Next, you might type:")
        .contains("rostrum verify --db ");
    Run completion = rostrum("generate-completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete -F").contains("extend-deadline");
  }

  /**
   * The general debate, as a Secretariat and a chair would run it from the command line: statements
   * ordered by level after the group statements, a point of order that pauses a speech, time
   * granted, replies after the day's list, and the speaking time in the report and its CSV.
   */
  @Test
  void a_general_debate_with_levels_groups_a_point_of_order_and_replies() throws Exception {
    assertThat(rostrum("init", "--bundled", "asp23-general-debate").code()).isZero();
    String debate = "--plenary=asp23-general-debate";
    assertThat(
            rostrum(
                    "register",
                    "--segment",
                    "AM",
                    "--participant",
                    "Chile",
                    "--received-at",
                    "2024-11-26T10:00")
                .code())
        .isZero();
    rostrum(
        "register",
        "--segment",
        "AM",
        "--participant",
        "France",
        "--level",
        "minister",
        "--received-at",
        "2024-11-28T09:00");
    rostrum(
        "register",
        "--segment",
        "AM",
        "--participant",
        "Uganda",
        "--kind",
        "group-statement",
        "--on-behalf-of",
        "the African Group",
        "--received-at",
        "2024-11-28T12:00");
    Run again =
        rostrum(
            "register",
            "--segment",
            "PM",
            "--participant",
            "Nigeria",
            "--kind",
            "group-statement",
            "--on-behalf-of",
            "African Group",
            "--received-at",
            "2024-11-29T09:00");
    assertThat(again.code()).isEqualTo(3);
    assertThat(again.out()).contains("“the African Group” already has place #3");
    Run typo = rostrum("register", "--segment", "AM", "--participant", "Peru", "--kind", "speech");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("Invalid value for --kind: “speech”");

    Run list = rostrum("list", "--segment", "AM", debate).shown();
    assertThat(list.out())
        .containsSubsequence(
            "Uganda (on behalf of the African Group)",
            "tier 1 — statement on behalf of a group",
            "time given: 5:00",
            "France",
            "tier 3 — Minister",
            "Chile",
            "tier 6 — other representative");
    assertThat(rostrum("list", "--lang", "fr").out()).contains("rang 3 — ministre");

    Run session =
        rostrumWithInput(
            "next\nstart\norder Venezuela\nnext\nstart\nmore\nstop\ny\nnext\npause\nstop\ny\nquit\n",
            "session");
    assertThat(session.code()).isZero();
    assertThat(session.out())
        .contains("resume segment, order NAME, help, quit")
        .contains("#5 Venezuela (Bolivarian Republic of) — point of order goes before everyone")
        .contains("#3 Uganda (on behalf of the African Group) is paused until the point of order")
        .contains("Paused for the point of order: #3 Uganda")
        .contains("is granted 0:30 more")
        .contains("Not done: The speech of request #3 is paused")
        .contains("#3 Uganda (on behalf of the African Group) resumes");

    rostrum("register", "--segment", "AM", "--participant", "Kenya", "--kind", "right-of-reply");
    Run replies = rostrum("list", "--segment", "PM");
    assertThat(replies.out())
        .contains("Kenya — right of reply")
        .contains("right of reply: after the list");

    Run report = rostrum("report").shown();
    assertThat(report.out())
        .contains("Speaking time")
        .contains("By kind of intervention:")
        .contains("point of order  1 speech")
        .contains("Segment AM: 2 speeches");
    Run csv = rostrum("report", "--format", "csv");
    assertThat(csv.out())
        .startsWith("\uFEFFtable,key,name,speeches,seconds")
        .contains("kind,POINT_OF_ORDER,point of order,1,")
        .contains("segment,AM,Morning meeting,2,");
  }

  @Test
  void the_chair_runs_a_session_from_a_pipe_in_line_mode() throws Exception {
    rostrum("init");
    register("I", "Senegal", "2024-12-02T10:00");
    register("I", "France", "2024-12-02T11:00");
    Run session = rostrumWithInput("next\nstart\nstop\ny\nnext\nabsent\ny\nquit\n", "session");
    assertThat(session.code()).isZero();
    assertThat(session.out())
        .contains(
            "Commands: next, start, stop, absent, pause, resume, more, end, resume segment, help,"
                + " quit")
        .contains("#1 Senegal has the floor")
        .contains("#1 Senegal spoke for")
        .contains("#2 France is not in the room")
        .doesNotContain("SpeechStarted")
        .doesNotContain("SpeakerAbsent");
    assertThat(rostrum("report").out()).contains("Spoke (1)").contains("#2  France  absent 1×");
  }

  /**
   * The full-screen console in a real terminal: {@code script} gives the command a pseudo-terminal,
   * the test types single keys once the screen shows what a chair would wait for.
   */
  @Test
  void the_chair_runs_a_session_full_screen_in_a_terminal() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(
        Files.isExecutable(script) || System.getenv("CI") != null,
        "util-linux's script(1) is not installed, so no pseudo-terminal can be made");
    rostrum("init");
    register("I", "Kenya", "2024-12-02T10:00");
    register("I", "France", "2024-12-02T11:00");
    // a narrow terminal, as on a laptop beside the chair: sentences fold between words
    String line =
        "stty cols 44 rows 30; "
            + String.join(" ", command("session").stream().map(a -> "'" + a + "'").toList());
    Process p =
        new ProcessBuilder(script.toString(), "-q", "-e", "-c", line, "/dev/null")
            .redirectErrorStream(true)
            .start();
    Screen screen = new Screen(p.getInputStream());
    try (OutputStream keys = p.getOutputStream()) {
      screen.await("[n]\u00a0next");
      assertThat(screen.text()).contains("Nobody at the rostrum.").contains("\u001b[2J");
      keys.write('n');
      keys.flush();
      screen.await("started)");
      keys.write('s');
      keys.flush();
      screen.await("Speaking: #1 Kenya");
      assertThat(screen.text()).contains("\u001b[1;32mSpeaking: #1 Kenya");
      // the last screen drawn, after the sequence that clears it (which takes no column)
      String last = screen.text().substring(screen.text().lastIndexOf("\u001b[2J") + 4);
      assertThat(List.of(last.replace("\r", "").split("\n", -1)))
          .as("every line of the screen within the terminal's 44 columns")
          .allSatisfy(l -> assertThat(Wrap.width(l)).isLessThanOrEqualTo(44));
      // the countdown five lines high, in block digits ("2:00" or "1:59" by now)
      assertThat(screen.text()).contains("█████  █████");
      keys.write('t');
      keys.flush();
      screen.await("Stop the speech of #1 Kenya?");
      Thread.sleep(SessionCommand.FullScreen.READ_TIME.toMillis() + 100); // the chair reads it
      keys.write('y');
      keys.flush();
      screen.await("#1 Kenya spoke for");
      keys.write('q');
      keys.flush();
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(screen.text()).doesNotContain("Exception");
    assertThat(rostrum("report").out()).contains("Spoke (1)").contains("#1  Kenya");
  }

  /** A point of order raised full screen: o, the name typed with an accent, Enter; then p. */
  @Test
  void the_chair_records_a_point_of_order_full_screen_and_the_speech_waits_for_it()
      throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(
        Files.isExecutable(script) || System.getenv("CI") != null,
        "util-linux's script(1) is not installed, so no pseudo-terminal can be made");
    rostrum("init", "--bundled", "asp23-general-debate");
    rostrum(
        "register",
        "--segment",
        "AM",
        "--participant",
        "Kenya",
        "--received-at",
        "2024-11-28T10:00");
    String line =
        "stty cols 80 rows 30; "
            + String.join(" ", command("session").stream().map(a -> "'" + a + "'").toList());
    Process p =
        new ProcessBuilder(script.toString(), "-q", "-e", "-c", line, "/dev/null")
            .redirectErrorStream(true)
            .start();
    Screen screen = new Screen(p.getInputStream());
    try (OutputStream keys = p.getOutputStream()) {
      screen.await("[o]\u00a0point\u00a0of\u00a0order");
      keys.write('n');
      keys.flush();
      screen.await("started)");
      keys.write('s');
      keys.flush();
      screen.await("Speaking: #1 Kenya");
      keys.write('o');
      keys.flush();
      screen.await("Point of order raised by:");
      keys.write("Côte d'Ivoire\r".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      screen.await("point of order goes before everyone waiting");
      assertThat(screen.text()).contains("#2 Côte d'Ivoire — point of order");
      keys.write('n');
      keys.flush();
      screen.await("Paused for the point of order: #1 Kenya");
      keys.write('q');
      keys.flush();
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(screen.text()).doesNotContain("Exception");
  }

  /** A console in a pseudo-terminal of 80 columns, as the chair's laptop gives it. */
  Process terminal() throws IOException {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(
        Files.isExecutable(script) || System.getenv("CI") != null,
        "util-linux's script(1) is not installed, so no pseudo-terminal can be made");
    String line =
        "stty cols 80 rows 40; "
            + String.join(" ", command("session").stream().map(a -> "'" + a + "'").toList());
    return new ProcessBuilder(script.toString(), "-q", "-e", "-c", line, "/dev/null")
        .redirectErrorStream(true)
        .start();
  }

  /**
   * On a plenary without points of order the chair presses o, then types a name and Enter (as
   * reported: "Greece" was read as keys, and its two e's ended segment I). The name is a line, the
   * key o says what it cannot do, and the segment stays open; ending it asks first.
   */
  @Test
  void a_name_typed_full_screen_is_never_read_as_keys_and_ending_a_segment_asks_first()
      throws Exception {
    rostrum("init");
    register("I", "Kenya", "2024-12-02T10:00");
    register("I", "France", "2024-12-02T11:00");
    Process p = terminal();
    Screen screen = new Screen(p.getInputStream());
    try (OutputStream keys = p.getOutputStream()) {
      screen.await("[n]\u00a0next");
      int from = screen.text().length();
      keys.write('o');
      keys.flush();
      screen.awaitRedraws(from, 2); // the key read and the screen drawn after it
      keys.write("Greece\r".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      from = screen.text().length();
      screen.awaitRedraws(from, 3);
      keys.write('q');
      keys.flush();
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(rostrum("report").out())
        .as("segment I still open, nobody left unreached")
        .contains("Not reached (0)")
        .contains("Still waiting (2)");
    assertThat(screen.text())
        .contains("This plenary has no points of order.")
        .contains("Unknown command: Greece — type ? for help.")
        .doesNotContain("Who raises the point of order")
        .doesNotContain("Exception");

    Process again = terminal();
    Screen second = new Screen(again.getInputStream());
    try (OutputStream keys = again.getOutputStream()) {
      second.await("[n]\u00a0next");
      keys.write('e');
      keys.flush();
      second.await("End segment I? Its waiting speakers will not be reached.");
      Thread.sleep(SessionCommand.FullScreen.READ_TIME.toMillis() + 100); // the chair reads it
      keys.write('x');
      keys.flush();
      second.await("Cancelled: segment kept open.");
      int from = second.text().length();
      keys.write('e');
      keys.flush();
      second.await(from, "End segment I?");
      Thread.sleep(SessionCommand.FullScreen.READ_TIME.toMillis() + 100);
      keys.write('y');
      keys.flush();
      second.await("Segment I has ended; not reached: #1 Kenya, #2 France.");
      keys.write('q');
      keys.flush();
    }
    assertThat(again.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).isZero();
    assertThat(rostrum("report").out()).contains("Not reached (2)");
  }

  @Test
  void the_mailbox_is_imported_from_files_and_from_imap_and_the_held_mails_resolved()
      throws Exception {
    Path corpus = Path.of("../adapters-mail/src/test/resources/corpus");
    Path outbox = dir.resolve("outbox");
    rostrum("init");
    Run files = rostrum("import-mail", corpus.toString(), "--outbox", outbox.toString());
    assertThat(files.code()).isEqualTo(3);
    assertThat(files.out()).contains("Read 33 mails: ").contains("held for review");
    try (java.util.stream.Stream<Path> replies = Files.list(outbox)) {
      assertThat(replies.filter(r -> r.toString().endsWith(".eml")).count())
          .isEqualTo(32); // 33 mails, one (33) the same as 32: no reply
    }
    Run held = rostrum("review");
    assertThat(held.out()).contains("#1  received").contains("it names both segments");
    int japan =
        Integer.parseInt(
            held.out().replaceAll("(?s).*?#(\\d+)  received 2024-12-03 11:30:10.*", "$1"));
    Run accepted =
        rostrum(
            "review",
            "accept",
            Integer.toString(japan),
            "--participant",
            "Japan",
            "--segment",
            "II");
    assertThat(accepted.code()).as(accepted.err()).isZero();
    assertThat(accepted.out()).contains("Mail #" + japan + " accepted");
    assertThat(rostrum("review", "dismiss", Integer.toString(japan), "--reason", "x").code())
        .isEqualTo(3);
    assertThat(rostrum("list").out()).contains("Japan").contains("Mexico").contains("†");
    assertThat(rostrum("verify").code()).isZero();

    // The same Secretariat reads its IMAP folder: the password from the environment.
    com.icegreen.greenmail.util.GreenMail imap =
        new com.icegreen.greenmail.util.GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "imap").dynamicPort());
    imap.start();
    try {
      imap.setUser("asp@icc-cpi.int", "asp", "pw-ASP23");
      try (jakarta.mail.Store client =
          jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap")) {
        client.connect("127.0.0.1", imap.getImap().getPort(), "asp", "pw-ASP23");
        jakarta.mail.Folder inbox = client.getFolder("INBOX");
        inbox.open(jakarta.mail.Folder.READ_WRITE);
        for (String f : List.of("02-france-fr-thunderbird.eml", "01-kenya-en-outlook.eml")) {
          inbox.appendMessages(
              new jakarta.mail.Message[] {
                new jakarta.mail.internet.MimeMessage(
                    jakarta.mail.Session.getInstance(new java.util.Properties()),
                    Files.newInputStream(corpus.resolve(f)))
              });
        }
        inbox.close(false);
      }
      Path fresh = dir.resolve("imap.db");
      String folder = "imap://asp@127.0.0.1:" + imap.getImap().getPort() + "/INBOX";
      rostrum("init", "--db", fresh.toString());
      Run fromImap =
          rostrumWith(
              java.util.Map.of(MailOptions.IMAP_PASSWORD, "pw-ASP23"),
              "",
              "import-mail",
              folder,
              "--db",
              fresh.toString(),
              "--outbox",
              dir.resolve("imap-outbox").toString());
      assertThat(fromImap.code()).as(fromImap.err()).isZero();
      assertThat(fromImap.out())
          .contains(folder + " UID ")
          .contains("Read 2 mails: 2 inscribed, 0 refused, 0 held for review, 0 imported before.");
      Run noPassword = rostrum("import-mail", folder, "--db", fresh.toString());
      assertThat(noPassword.code()).isEqualTo(2);
      assertThat(noPassword.err()).contains("ROSTRUM_IMAP_PASSWORD");
      Run wrong =
          rostrumWith(
              java.util.Map.of(MailOptions.IMAP_PASSWORD, "guess"),
              "",
              "import-mail",
              folder,
              "--db",
              fresh.toString());
      assertThat(wrong.code()).isEqualTo(4);
      assertThat(wrong.err()).contains("refused the user and password");
    } finally {
      imap.stop();
    }
  }

  @Test
  void a_report_during_the_meeting_names_who_is_at_the_rostrum() throws Exception {
    rostrum("init");
    register("I", "Kenya", "2024-12-02T10:00");
    register("I", "France", "2024-12-02T11:00");
    rostrumWithInput("next\nstart\nquit\n", "session");
    assertThat(rostrum("report").out())
        .contains("At the rostrum now: #1  Kenya  speaking since")
        .contains("Still waiting (1)");
    assertThat(rostrum("report", "--lang", "fr").out()).contains("À la tribune : n° 1  Kenya");
    JsonNode json = new ObjectMapper().readTree(rostrum("report", "--format", "json").out());
    assertThat(json.at("/speaking/participant").asText()).isEqualTo("Kenya");
    assertThat(json.at("/waiting/0/participant").asText()).isEqualTo("France");
  }

  /** The replies written whole to a folder (none while it does not exist). */
  static List<Path> emls(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".eml")).toList();
    }
  }

  @Test
  void serve_listens_on_loopback_answers_and_stops_cleanly_with_a_display_attached()
      throws Exception {
    rostrum("init");
    rostrum(
        "import-mail",
        "../adapters-mail/src/test/resources/corpus",
        "--outbox",
        dir.resolve("o").toString());
    String token =
        rostrum("token", "add", "--role", "secretariat").out().strip().lines().toList().get(1);
    Path outbox = dir.resolve("served-outbox");
    Process p =
        new ProcessBuilder(command("serve", "--port", "0", "--outbox", outbox.toString())).start();
    try {
      Screen out = new Screen(p.getInputStream());
      Screen err = new Screen(p.getErrorStream());
      out.await("Listening on http://127.0.0.1:");
      String base = out.text().strip().replace("Listening on ", "");
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.net.http.HttpResponse<String> plenaries =
          http.send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/plenaries"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(plenaries.statusCode()).isEqualTo(200);
      assertThat(plenaries.body()).contains("asp23-cooperation");
      java.net.http.HttpResponse<InputStream> live =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(base + "/api/plenaries/asp23-cooperation/live"))
                  .header("Accept", "text/event-stream")
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofInputStream());
      assertThat(live.statusCode()).isEqualTo(200);
      err.await(" GET /api/plenaries 200 ");

      // a held mail accepted at the desk's browser gets its reply, as at the command line
      java.net.http.HttpResponse<String> accepted =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(
                          base + "/api/plenaries/asp23-cooperation/reviews/1/accept"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "{\"participant\":\"Japan\",\"segment\":\"II\"}"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
      // the reply is recorded with the acceptance; the server's sender writes it within a second
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (System.nanoTime() < until && emls(outbox).isEmpty()) {
        Thread.sleep(50);
      }
      {
        List<Path> written = emls(outbox);
        assertThat(written).hasSize(1);
        assertThat(Files.readString(written.get(0)))
            .contains("In-Reply-To:")
            .contains("Auto-Submitted: auto-replied");
      }
      p.destroy(); // SIGTERM, as Ctrl-C or a service manager would stop it
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
      live.body().close();
    } finally {
      p.destroyForcibly();
    }
  }

  /** What a terminal received, read as it comes. */
  static final class Screen {
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    Screen(InputStream in) {
      Thread reader =
          new Thread(
              () -> {
                byte[] buffer = new byte[4096];
                try {
                  for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (seen) {
                      seen.write(buffer, 0, n);
                    }
                  }
                } catch (IOException e) {
                  // the terminal closed
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    String text() {
      synchronized (seen) {
        return seen.toString(StandardCharsets.UTF_8);
      }
    }

    void await(String expected) throws InterruptedException {
      await(0, expected);
    }

    /** Waits for {@code expected} among what was shown from character {@code from} on. */
    void await(int from, String expected) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!text().substring(from).contains(expected)) {
        assertThat(System.nanoTime())
            .as("waited for “%s” in:%n%s", expected, text())
            .isLessThan(deadline);
        Thread.sleep(50);
      }
    }

    /** Waits until the screen was drawn {@code times} times from character {@code from} on. */
    void awaitRedraws(int from, int times) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (text().substring(from).split("\u001b\\[2J", -1).length <= times) {
        assertThat(System.nanoTime()).as("waited for %d screens", times).isLessThan(deadline);
        Thread.sleep(50);
      }
    }
  }

  static JsonSchema schema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(
            new ObjectMapper().readTree(Path.of("../docs/schema/list.schema.json").toFile()));
  }
}
