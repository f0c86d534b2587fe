package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command run in-process against a real SQLite file: outputs, exit codes, the store. */
class CliTest {

  /** 5 December 2024, 15:00 in The Hague: the meeting opens; the list closed at midnight. */
  static final Clock OPENING = Clock.fixed(Instant.parse("2024-12-05T14:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  Path db;

  /** What one run printed, and how it ended. */
  record Run(int code, String out, String err) {}

  Run rostrum(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
    if (!all.contains("--db")) {
      all.add("--db");
      all.add(db.toString());
    }
    if (!all.contains("--lang")) {
      all.add("--lang");
      all.add("en");
    }
    int code =
        Rostrum.run(
            all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), OPENING);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void store() {
    db = dir.resolve("rostrum.db");
  }

  @Test
  void init_creates_the_store_with_the_bundled_plenary_and_again_changes_nothing() {
    Run first = rostrum("init");
    assertThat(first.code()).isEqualTo(0);
    assertThat(first.out()).contains("Created the SQLite store").contains("asp23-cooperation");
    assertThat(db).exists();
    Run again = rostrum("init");
    assertThat(again.code()).isEqualTo(0);
    assertThat(again.out()).contains("already");
  }

  @Test
  void a_request_on_time_is_inscribed_with_its_position_time_and_receipt() {
    rostrum("init");
    Run run =
        rostrum(
            "register",
            "--segment",
            "II",
            "--participant",
            "Chili",
            "--speaker",
            "Ms. Rojas",
            "--received-at",
            "2024-12-04T18:02",
            "--ref",
            "<a@minrel.gob.cl>");
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out())
        .startsWith(
            "Inscribed #1: Chile, segment II, position 1, projected to speak at 2024-12-05 16:00:00")
        .containsPattern("Receipt: [0-9a-f]{64}");
    Run replay =
        rostrum(
            "register",
            "--segment",
            "II",
            "--participant",
            "Chile",
            "--received-at",
            "2024-12-04T18:02",
            "--ref",
            "<a@minrel.gob.cl>");
    assertThat(replay.code()).isEqualTo(0);
    assertThat(replay.out()).contains("Already recorded as #1");
  }

  @Test
  void a_refusal_exits_3_explains_itself_and_is_recorded() {
    rostrum("init");
    Run late =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Chile",
            "--received-at",
            "2024-12-05T00:30");
    assertThat(late.code()).isEqualTo(3);
    assertThat(late.out())
        .contains("Refused #1 (LATE)")
        .contains("Received 2024-12-05 00:30:00 (Europe/Amsterdam), at or after the list closed");
    Run unknownSegment = rostrum("register", "--segment", "III", "--participant", "Chile");
    assertThat(unknownSegment.code()).isEqualTo(3);
    assertThat(unknownSegment.out()).contains("UNKNOWN_SEGMENT").contains("its segments are I, II");
    Run unknownParticipant = rostrum("register", "--segment", "I", "--participant", "Atlantis");
    assertThat(unknownParticipant.code()).isEqualTo(3);
    assertThat(unknownParticipant.out()).contains("INVALID").contains("“Atlantis” is not a State");
    assertThat(unknownParticipant.out()).doesNotContain("Did you mean");
    Run typo = rostrum("register", "--segment", "I", "--participant", "Germny");
    assertThat(typo.code()).isEqualTo(3);
    assertThat(typo.out()).contains("“Germny” is not a State").contains("Did you mean Germany?");
    assertThat(rostrum("--lang", "fr", "list").out()).contains("Vouliez-vous dire Allemagne ?");
    Run list = rostrum("list", "--format", "json");
    assertThat(list.out()).contains("\"reason\" : \"LATE\"").contains("\"reason\" : \"INVALID\"");
  }

  @Test
  void malformed_input_is_a_usage_error_and_writes_nothing() throws IOException {
    rostrum("init");
    long before = Files.size(db);
    Run instant =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Chile",
            "--received-at",
            "Wednesday evening");
    assertThat(instant.code()).isEqualTo(2);
    assertThat(instant.err()).contains("“Wednesday evening” is not a date and time");
    assertThat(rostrum("unknown-command").code()).isEqualTo(2);
    Run missing = rostrum("register", "--participant", "Chile");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--segment");
    Run clockAlone =
        rostrum("register", "--segment", "I", "--participant", "Chile", "--sender-clock");
    assertThat(clockAlone.code()).isEqualTo(2);
    assertThat(clockAlone.err()).contains("give --received-at with it");
    assertThat(
            rostrum(
                    "--lang",
                    "fr",
                    "register",
                    "--segment",
                    "I",
                    "--participant",
                    "Chile",
                    "--sender-clock")
                .err())
        .contains("donnez --received-at avec lui");
    assertThat(rostrum("list", "--format", "json").out()).contains("\"speakers\" : [ ]");
    assertThat(Files.size(db)).isEqualTo(before);
  }

  @Test
  void a_missing_store_exits_4_and_is_not_created() {
    Run run = rostrum("list");
    assertThat(run.code()).isEqualTo(4);
    assertThat(run.err()).contains("does not exist").contains("rostrum init");
    Run french = rostrum("list", "--lang", "fr");
    assertThat(french.code()).isEqualTo(4);
    assertThat(french.err())
        .isEqualTo(
            "Le registre SQLite "
                + db
                + " n’existe pas. Créez-le avec « rostrum init », ou nommez-en un autre avec"
                + " --db.\n");
    assertThat(db).doesNotExist();
    assertThat(rostrum("init", "--lang", "fr").out()).startsWith("Créé : le registre SQLite " + db);
  }

  @Test
  void an_unreadable_definition_exits_4_with_every_problem_and_creates_no_store()
      throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "id: Bad Id\nzone: Mars/Olympus\n", StandardCharsets.UTF_8);
    Run run = rostrum("init", "--definition", bad.toString());
    assertThat(run.code()).isEqualTo(4);
    assertThat(run.err())
        .contains("bad.yaml:1: id:")
        .contains("bad.yaml:2: zone:")
        .contains("missing");
    assertThat(db).doesNotExist();
    Run absent = rostrum("init", "--definition", dir.resolve("none.yaml").toString());
    assertThat(absent.code()).isEqualTo(4);
    assertThat(absent.err()).contains("Cannot read");
  }

  @Test
  void the_list_in_json_has_the_shape_of_the_contract() throws IOException {
    rostrum("init");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "France",
        "--received-at",
        "2024-12-02T10:00");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Sénégal",
        "--received-at",
        "2024-12-01T10:00");
    JsonNode list = new ObjectMapper().readTree(rostrum("list", "--format", "json").out());
    assertThat(list.get("plenary").asText()).isEqualTo("asp23-cooperation");
    JsonNode segmentI = list.get("segments").get(0);
    assertThat(segmentI.get("id").asText()).isEqualTo("I");
    assertThat(segmentI.get("title").get("fr").asText())
        .isEqualTo("La coopération est vitale pour la Cour");
    assertThat(segmentI.get("start").asText()).isEqualTo("2024-12-05T15:00+01:00");
    assertThat(segmentI.get("capacity").asInt()).isEqualTo(30);
    assertThat(segmentI.get("listClosed").asBoolean()).isFalse();
    JsonNode first = segmentI.get("speakers").get(0);
    assertThat(first.get("position").asInt()).isEqualTo(1);
    assertThat(first.get("registrationId").asLong()).isEqualTo(2);
    assertThat(first.get("participant").get("key").asText()).isEqualTo("SEN");
    assertThat(first.get("participant").get("category").asText()).isEqualTo("STATE_PARTY");
    assertThat(first.get("receivedAt").asText()).isEqualTo("2024-12-01T10:00+01:00");
    assertThat(first.get("projectedStart").asText()).isEqualTo("2024-12-05T15:00+01:00");
    assertThat(first.get("projectedEnd").asText()).isEqualTo("2024-12-05T15:02+01:00");
    assertThat(first.get("timePermitting").asBoolean()).isFalse();
    assertThat(first.has("speaker")).isTrue();
    assertThat(list.get("rejected").isArray()).isTrue();
  }

  @Test
  void the_json_list_is_valid_against_the_schema_kept_in_the_repository() throws IOException {
    rostrum("init");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "France",
        "--speaker",
        "Mme Martin",
        "--received-at",
        "2024-12-02T10:00");
    rostrum(
        "register", "--segment", "II", "--participant", "CPI", "--received-at", "2024-12-02T11:00");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Chile",
        "--received-at",
        "2024-12-05T00:00");
    rostrum("close-list", "II");
    ObjectMapper json = new ObjectMapper();
    com.networknt.schema.JsonSchema schema =
        com.networknt.schema.JsonSchemaFactory.getInstance(
                com.networknt.schema.SpecVersion.VersionFlag.V202012)
            .getSchema(json.readTree(Path.of("../docs/schema/list.schema.json").toFile()));
    for (String lang : new String[] {"en", "fr"}) {
      JsonNode list = json.readTree(rostrum("list", "--format", "json", "--lang", lang).out());
      assertThat(schema.validate(list)).as("in %s", lang).isEmpty();
      assertThat(list.get("rejected")).hasSize(1);
    }
    JsonNode broken = json.readTree("{\"plenary\": \"x\", \"segments\": [], \"rejected\": [{}]}");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void the_report_says_who_spoke_for_how_long_who_overran_was_absent_or_not_reached() {
    rostrum("init");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Senegal",
        "--received-at",
        "2024-12-02T10:00");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "France",
        "--received-at",
        "2024-12-02T11:00");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Kenya",
        "--received-at",
        "2024-12-02T12:00");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Chile",
        "--received-at",
        "2024-12-02T13:00");
    Instant opening = Instant.parse("2024-12-05T14:00:00Z");
    try (org.rostrum.adapters.storage.Store store =
        org.rostrum.adapters.storage.Store.open(db.toString(), false, OPENING)) {
      org.rostrum.core.model.PlenaryId p = org.rostrum.core.model.PlenaryId.of("asp23-cooperation");
      java.util.function.Function<Integer, org.rostrum.core.service.PlenaryService> at =
          seconds ->
              new org.rostrum.core.service.PlenaryService(
                  store.journal(),
                  store.catalog(),
                  org.rostrum.core.port.out.Notifier.none(),
                  Clock.fixed(opening.plusSeconds(seconds), ZoneOffset.UTC));
      at.apply(0).callNext(p);
      at.apply(5).startSpeech(p);
      at.apply(5 + 150).stopSpeech(p); // Senegal: 2:30, overran by 0:30
      at.apply(160).callNext(p);
      at.apply(170).markAbsent(p); // France absent, to the end
      at.apply(175).callNext(p);
      at.apply(180).startSpeech(p);
      at.apply(180 + 95).stopSpeech(p); // Kenya: 1:35
      at.apply(300).endSegment(p); // Chile and France not reached
    }
    Run report = rostrum("report");
    assertThat(report.code()).isEqualTo(0);
    assertThat(report.out())
        .contains("Spoke (2)")
        .contains("#1  Senegal  15:00:05–15:02:35  2:30  overran by 0:30")
        .contains("#3  Kenya  15:03:00–15:04:35  1:35")
        .contains("Absent when called (1)")
        .contains("#2  France  absent 1×")
        .contains("Not reached (2)")
        .contains("In all: 2 speeches, 4:05 of speaking time, 1 overrun.");
    assertThat(rostrum("report", "--lang", "fr", "--format", "markdown").out())
        .contains("# Compte rendu")
        .contains("## Ont parlé (2)")
        .contains("dépassement de 0:30");
    assertThat(rostrum("report", "--format", "json").out())
        .contains("\"overrunSeconds\" : 30")
        .contains("\"notReached\"");
  }

  @Test
  void ics_has_one_event_per_segment_and_per_speaker_in_the_plenarys_zone() throws Exception {
    rostrum("init");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Côte d'Ivoire",
        "--speaker",
        "M. Koné; ministre",
        "--received-at",
        "2024-12-02T10:00");
    rostrum(
        "register", "--segment", "II", "--participant", "CPI", "--received-at", "2024-12-02T11:00");
    String ics = rostrum("list", "--format", "ics").out();
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("TZID:Europe/Amsterdam");
    assertThat(ics.lines()).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
    net.fortuna.ical4j.model.Calendar calendar =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
    java.util.List<net.fortuna.ical4j.model.component.VEvent> events =
        calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    assertThat(events).hasSize(4);
    net.fortuna.ical4j.model.component.VEvent first =
        events.stream()
            .filter(e -> e.getSummary().getValue().startsWith("1. Côte d'Ivoire"))
            .findFirst()
            .orElseThrow();
    java.time.temporal.Temporal start = first.getDateTimeStart().getDate();
    assertThat(java.time.ZonedDateTime.from(start).toInstant())
        .isEqualTo(Instant.parse("2024-12-05T14:00:00Z"));
    assertThat(first.getDescription().getValue()).contains("M. Koné; ministre");
  }

  @Test
  void a_bash_completion_script_is_generated() {
    Run run = rostrum("generate-completion");
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out()).contains("complete -F").contains("extend-deadline");
  }

  @Test
  void csv_is_rfc_4180_with_a_header_and_accents_a_spreadsheet_reads() {
    rostrum("init");
    rostrum(
        "register",
        "--segment",
        "II",
        "--participant",
        "Côte d'Ivoire",
        "--speaker",
        "M. Koné, ministre",
        "--received-at",
        "2024-12-04T09:00");
    String csv = rostrum("list", "--format", "csv", "--lang", "fr").out();
    assertThat(csv).startsWith("\uFEFFsegment,position,registrationId,participant");
    assertThat(csv).contains("\r\n").contains("\"M. Koné, ministre\"").contains("Côte d'Ivoire");
  }

  @Test
  void a_time_from_the_senders_clock_is_marked_in_every_format_of_the_list() throws IOException {
    rostrum("init");
    Run dated =
        rostrum(
            "register",
            "--segment",
            "II",
            "--participant",
            "Mexico",
            "--received-at",
            "2024-12-03T16:30",
            "--sender-clock");
    assertThat(dated.code()).isZero();
    rostrum(
        "register",
        "--segment",
        "II",
        "--participant",
        "Peru",
        "--received-at",
        "2024-12-03T17:00");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Chile",
        "--received-at",
        "2024-12-05T09:00",
        "--sender-clock");
    String text = rostrum("list").out();
    assertThat(text)
        .containsPattern("Mexico +2024-12-03 16:30:00 † +#1")
        .containsPattern("Peru +2024-12-03 17:00:00 +#2")
        .contains("segment I  received 2024-12-05 09:00:00 †  LATE")
        .contains("† time from the sender's clock (the mail's Date: header)");
    assertThat(rostrum("list", "--lang", "fr").out())
        .contains("† heure de l'horloge de l'expéditeur (en-tête Date: du courriel)");
    assertThat(rostrum("list", "--format", "markdown").out())
        .contains("| 2024-12-03 16:30:00 † | #1 |")
        .contains("| 2024-12-03 17:00:00 | #2 |")
        .contains("† time from the sender's clock");
    JsonNode json = new ObjectMapper().readTree(rostrum("list", "--format", "json").out());
    assertThat(json.at("/segments/1/speakers/0/senderClock").asBoolean()).isTrue();
    assertThat(json.at("/segments/1/speakers/1/senderClock").asBoolean()).isFalse();
    assertThat(json.at("/rejected/0/senderClock").asBoolean()).isTrue();
    assertThat(rostrum("list", "--format", "csv").out())
        .contains(",timePermitting,senderClock,status,actualStart,actualEnd,swappedWith\r\n")
        .contains(",false,true,WAITING,,,\r\n");
    // Without any, the list carries no note.
    Files.delete(db);
    rostrum("init");
    rostrum(
        "register",
        "--segment",
        "II",
        "--participant",
        "Peru",
        "--received-at",
        "2024-12-03T17:00");
    assertThat(rostrum("list").out()).doesNotContain("†");
  }

  @Test
  void text_and_markdown_show_local_times_headers_and_the_time_permitting_line() {
    rostrum("init");
    for (int i = 1; i <= 31; i++) {
      rostrum(
          "register",
          "--segment",
          "I",
          "--participant",
          "NGO " + i,
          "--category",
          "CIVIL_SOCIETY",
          "--received-at",
          String.format("2024-12-03T10:%02d", i));
    }
    String text = rostrum("list").out();
    assertThat(text)
        .contains("Segment I — Cooperation is vital for the Court   15:00–16:00 · 30 speakers fit");
    assertThat(text)
        .contains("  30  15:58  NGO 30")
        .contains("── time permitting ──")
        .contains("  31  16:00  NGO 31");
    assertThat(text.indexOf("── time permitting ──"))
        .isBetween(text.indexOf("NGO 30"), text.indexOf("NGO 31"));
    String fr = rostrum("list", "--lang", "fr").out();
    assertThat(fr).contains("si le temps le permet").contains("orateurs prévus");
    String md = rostrum("list", "--format", "markdown", "--segment", "I").out();
    assertThat(md)
        .contains("| 31 | 16:00 | NGO 31 |")
        .contains("**time permitting**")
        .doesNotContain("Segment II");
  }

  @Test
  void the_secretariat_withdraws_swaps_closes_reopens_and_extends() {
    rostrum("init");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "France",
        "--received-at",
        "2024-12-02T10:00");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Kenya",
        "--received-at",
        "2024-12-02T11:00");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Chile",
        "--received-at",
        "2024-12-02T12:00");
    assertThat(rostrum("swap", "1", "#3").out())
        .contains("Swapped #1 and #3")
        .contains("#1: France, segment I")
        .contains("#3: Chile, segment I");
    Run same = rostrum("swap", "#3", "3");
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err()).contains("A swap needs two different requests; #3 was given twice.");
    Run typo = rostrum("withdraw", "two");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("“two” is not a request's number");
    assertThat(rostrum("withdraw", "#2").out())
        .contains("Withdrew #2: Kenya, segment I; everyone else keeps their order.");
    Run again = rostrum("withdraw", "2");
    assertThat(again.code()).isEqualTo(3);
    assertThat(again.out())
        .contains("Not done: Request #2 is no longer waiting (status: withdrawn)");
    assertThat(rostrum("close-list", "I").out()).contains("Closed the list of segment I.");
    Run closed =
        rostrum(
            "register",
            "--segment",
            "I",
            "--participant",
            "Peru",
            "--received-at",
            "2024-12-04T09:00");
    assertThat(closed.code()).isEqualTo(3);
    assertThat(closed.out()).contains("LIST_CLOSED");
    assertThat(rostrum("reopen-list", "I").out()).contains("Reopened the list of segment I.");
    assertThat(rostrum("extend-deadline", "2024-12-05 11:30").out())
        .as("the form the list prints")
        .contains("The list now closes at 2024-12-05 11:30:00 (Europe/Amsterdam).");
    assertThat(rostrum("extend-deadline", "2024-12-05T12:00").out())
        .contains("The list now closes at 2024-12-05 12:00:00 (Europe/Amsterdam).");
    assertThat(rostrum("extend-deadline", "2024-12-05T11:00").code()).isEqualTo(3);
    String list = rostrum("list").out();
    assertThat(list.indexOf("Chile")).isLessThan(list.indexOf("France"));
    assertThat(list).doesNotContain("Kenya");
  }

  Run register(String segment, String participant, String receivedAt, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "register",
                "--segment",
                segment,
                "--participant",
                participant,
                "--received-at",
                receivedAt));
    args.addAll(java.util.List.of(more));
    return rostrum(args.toArray(String[]::new));
  }

  @Test
  void a_name_typed_wrong_is_amended_and_decided_again_at_its_original_time_of_receipt() {
    rostrum("init");
    register("I", "Kenya", "2024-12-03T10:00");
    Run typo = register("I", "Germny", "2024-12-02T09:15");
    assertThat(typo.code()).isEqualTo(3);
    assertThat(typo.out()).contains("Refused #2 (INVALID)").contains("Did you mean Germany?");

    Run amended = rostrum("amend", "#2", "--participant", "Germany", "--reason", "typed Germny");
    assertThat(amended.code()).isZero();
    assertThat(amended.out())
        .startsWith(
            "Request #2 corrected (typed Germny) and decided again at its original time of"
                + " receipt, 2024-12-02 09:15:00.\n"
                + "Inscribed #2: Germany, segment I, position 1, projected to speak at 2024-12-05"
                + " 15:00:00")
        .containsPattern("Receipt: [0-9a-f]{64}");
    String list = rostrum("list").out();
    assertThat(list.indexOf("Germany"))
        .as("received before Kenya, though recorded after")
        .isLessThan(list.indexOf("Kenya"));
    assertThat(list).doesNotContain("Germny").doesNotContain("Refused requests");

    Run again = rostrum("amend", "2", "--participant", "Germany");
    assertThat(again.code()).as("a waiting place is amended again, to no change").isZero();
    assertThat(again.out()).contains("Inscribed #2: Germany, segment I, position 1");
    Run stillWrong = rostrum("amend", "1", "--participant", "Kenyx");
    assertThat(stillWrong.code())
        .as("the request is now refused: said as register says it")
        .isEqualTo(3);
    assertThat(stillWrong.out())
        .startsWith(
            "Request #1 corrected and decided again at its original time of receipt,"
                + " 2024-12-03 10:00:00.\nRefused #1 (INVALID): “Kenyx” is not a State")
        .contains("Did you mean Kenya?");
    assertThat(rostrum("amend", "1", "--participant", "Kenya").out())
        .contains("Inscribed #1: Kenya, segment I, position 2");
    assertThat(rostrum("--lang", "fr", "amend", "1").out())
        .startsWith(
            "Demande n° 1 corrigée et décidée à nouveau à son heure de réception d'origine,"
                + " 2024-12-03 10:00:00.\nInscrite n° 1 : Kenya, segment I, position 2");
  }

  @Test
  void a_wrong_segment_is_amended_and_what_cannot_be_amended_is_refused() {
    rostrum("init");
    Run three = register("3", "Chile", "2024-12-02T09:00", "--speaker", "Ms. Rojas");
    assertThat(three.out()).contains("UNKNOWN_SEGMENT");
    Run amended = rostrum("amend", "1", "--segment", "II");
    assertThat(amended.code()).isZero();
    assertThat(amended.out())
        .contains(
            "Inscribed #1: Chile, segment II, position 1, projected to speak at 2024-12-05"
                + " 16:00:00");
    assertThat(rostrum("list", "--segment", "II").out()).contains("Ms. Rojas");

    Run unknown = rostrum("amend", "#9", "--segment", "I");
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(unknown.out()).contains("Not done: No request #9");
    Run notANumber = rostrum("amend", "seven", "--segment", "I");
    assertThat(notANumber.code()).isEqualTo(2);
    assertThat(notANumber.err())
        .isEqualTo(
            """
            “seven” is not a request's number. Write it as the list prints it: 7 or #7.
            See: rostrum amend --help
            """);
    assertThat(rostrum("--lang", "fr", "amend", "sept").err())
        .endsWith("Voir : rostrum amend --help\n");
    rostrum("withdraw", "1");
    Run withdrawn = rostrum("amend", "1", "--segment", "I");
    assertThat(withdrawn.code()).isEqualTo(3);
    assertThat(withdrawn.out())
        .contains("Not done: Request #1 is no longer waiting (status: withdrawn)");
  }

  @Test
  void an_entry_made_in_error_is_annulled_off_the_list_and_kept_in_the_record() {
    rostrum("init");
    register("I", "Germany", "2024-12-02T09:00");
    register("I", "Atlantis", "2024-12-02T10:00");
    Run blank = rostrum("annul", "1", "--reason", "  ");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err())
        .contains("Say why request #1 is annulled: --reason TEXT")
        .contains("See: rostrum annul --help");
    assertThat(rostrum("annul", "1").code()).as("--reason is required").isEqualTo(2);
    assertThat(rostrum("verify").out()).contains("holds 2 entries");

    Run annulled = rostrum("annul", "#1", "--reason", "test entry.");
    assertThat(annulled.code()).isZero();
    assertThat(annulled.out()).isEqualTo("Request #1 (Germany) annulled: test entry.\n");
    assertThat(rostrum("--lang", "fr", "annul", "2", "--reason", "essai").out())
        .isEqualTo("Demande n° 2 (Atlantis) annulée\u00a0: essai.\n");
    String list = rostrum("list").out();
    assertThat(list).doesNotContain("Germany").doesNotContain("Atlantis");
    Run again = rostrum("annul", "1", "--reason", "twice");
    assertThat(again.code()).isEqualTo(3);
    assertThat(again.out()).contains("status: annulled as an entry made in error");
    assertThat(rostrum("amend", "1").code()).isEqualTo(3);
    assertThat(rostrum("verify").out()).contains("holds 4 entries and its chain is intact");

    String user = "cli:" + System.getProperty("user.name");
    String report = rostrum("report").out();
    assertThat(report)
        .contains("Who changed the lists (2)")
        .containsPattern(
            "2024-12-0\\d \\d\\d:\\d\\d:\\d\\d  "
                + java.util.regex.Pattern.quote(user)
                + "  Request #1 was annulled as an entry made in error. Reason: test entry.\n");
    assertThat(rostrum("--lang", "fr", "report").out())
        .contains("Qui a modifié les listes (2)")
        .contains(user + "  La demande n° 2 a été annulée");
    assertThat(rostrum("report", "--format", "json").out())
        .contains("\"actor\" : \"" + user + "\"")
        .contains("\"change\" : \"Request #2 was annulled");
  }

  @Test
  void the_secretariat_adds_a_newly_accredited_ngo_to_the_roster_and_it_may_ask_for_the_floor() {
    rostrum("init");
    Run unknown = register("I", "Global Justice Network", "2024-12-02T09:00");
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(rostrum("token", "add", "--role", "registrant", "--participant", "GJN").code())
        .as("a registrant token names a participant the roster holds")
        .isEqualTo(3);

    Run added =
        rostrum(
            "roster",
            "add",
            "Global Justice Network",
            "--category",
            "civil_society",
            "--fr",
            "Réseau pour la justice mondiale",
            "--variant",
            "GJN",
            "--domain",
            "gjn.example.org");
    assertThat(added.code()).isZero();
    assertThat(added.out())
        .isEqualTo(
            "Global Justice Network is added to the roster as cs:global-justice-network (civil"
                + " society); its names designate it from now on.\n");
    assertThat(rostrum("roster", "list").out())
        .isEqualTo(
            "cs:global-justice-network  Global Justice Network  civil society  GJN,"
                + " gjn.example.org\n");
    assertThat(rostrum("--lang", "fr", "roster", "list").out())
        .startsWith("cs:global-justice-network  Réseau pour la justice mondiale");

    Run twice = rostrum("roster", "add", "GJN", "--category", "civil_society");
    assertThat(twice.code()).isEqualTo(3);
    assertThat(twice.out())
        .startsWith("Not added: “GJN” already designates Global Justice Network");
    assertThat(rostrum("roster", "add", "Atlantis", "--category", "state").code())
        .as("not a category")
        .isEqualTo(2);
    Run state = rostrum("roster", "add", "Atlantis", "--category", "state_party");
    assertThat(state.code()).isEqualTo(3);
    assertThat(state.out()).contains("is not a State");

    assertThat(register("I", "GJN", "2024-12-03T10:00").code()).isZero();
    assertThat(rostrum("token", "add", "--role", "registrant", "--participant", "GJN").code())
        .isZero();
    Run amended = rostrum("amend", "1", "--reason", "accredited since");
    assertThat(amended.code()).isZero();
    assertThat(rostrum("list").out()).contains("Global Justice Network");
    assertThat(rostrum("report").out())
        .contains(
            "cli:"
                + System.getProperty("user.name")
                + "  Global Justice Network joins the roster (cs:global-justice-network).");
  }

  @Test
  void a_refused_request_sent_again_says_how_to_correct_it() {
    rostrum("init");
    assertThat(register("I", "Germny", "2024-12-02T09:00", "--ref", "<m1@x>").out())
        .as("a typo: the fix comes with the refusal, with the one name suggested")
        .endsWith(
            "To correct it: rostrum amend 1 --participant \"Germany\" (decided again at its time"
                + " of receipt).\n");
    register("III", "Chile", "2024-12-02T09:00", "--ref", "<m2@x>");
    register("I", "Peru", "2024-12-05T09:00", "--ref", "<m3@x>");
    register("I", "Kenya", "2024-12-02T09:00", "--ref", "<m4@x>");
    Run replay = register("I", "Germny", "2024-12-02T09:00", "--ref", "<m1@x>");
    assertThat(replay.code()).isEqualTo(3);
    assertThat(replay.out())
        .startsWith("Already recorded as #1 (same reference <m1@x>); nothing changed.\n")
        .contains("Refused #1 (INVALID)")
        .endsWith(
            "To correct it: rostrum amend 1 --participant \"Germany\" (decided again at its time"
                + " of receipt).\n");
    assertThat(register("III", "Chile", "2024-12-02T09:00", "--ref", "<m2@x>").out())
        .contains("To correct it: rostrum amend 2 --segment S");
    assertThat(register("I", "Peru", "2024-12-05T09:00", "--ref", "<m3@x>").out())
        .contains("A late request cannot be amended")
        .contains("rostrum annul 3 --reason TEXT");
    assertThat(register("I", "Kenya", "2024-12-02T09:00", "--ref", "<m4@x>").out())
        .as("inscribed: nothing to correct")
        .doesNotContain("To correct");
    assertThat(
            rostrum(
                    "--lang",
                    "fr",
                    "register",
                    "--segment",
                    "I",
                    "--participant",
                    "Germny",
                    "--ref",
                    "<m1@x>")
                .out())
        .contains("Déjà enregistrée sous le n° 1")
        .contains(
            "Pour la corriger\u00a0: rostrum amend 1 --participant \"Allemagne\" (décidée à"
                + " nouveau à son heure de réception).");
    rostrum("amend", "1", "--participant", "Germany");
    assertThat(register("I", "Germny", "2024-12-02T09:00", "--ref", "<m1@x>").out())
        .as("corrected since: its outcome now")
        .contains("Inscribed #1: Germany")
        .doesNotContain("To correct");
    rostrum("annul", "2", "--reason", "test");
    assertThat(register("III", "Chile", "2024-12-02T09:00", "--ref", "<m2@x>").out())
        .as("annulled since: nothing to correct")
        .doesNotContain("To correct");
  }

  @Test
  void the_chair_resumes_the_segment_that_ended_last_before_anyone_is_called_in_the_next() {
    rostrum("init");
    register("I", "Senegal", "2024-12-02T10:00");
    register("I", "France", "2024-12-02T11:00");
    register("II", "Kenya", "2024-12-02T12:00");
    try (org.rostrum.adapters.storage.Store store =
        org.rostrum.adapters.storage.Store.open(db.toString(), false, OPENING)) {
      new org.rostrum.core.service.PlenaryService(
              store.journal(), store.catalog(), org.rostrum.core.port.out.Notifier.none(), OPENING)
          .endSegment(org.rostrum.core.model.PlenaryId.of("asp23-cooperation"));
    }
    Run notLast = rostrum("resume-segment", "II");
    assertThat(notLast.code()).isEqualTo(3);
    assertThat(notLast.out()).contains("Not done: Segment II cannot be resumed (rule L6)");
    Run resumed = rostrum("resume-segment", "I");
    assertThat(resumed.code()).isZero();
    assertThat(resumed.out()).isEqualTo("Resumed segment I: 2 speakers wait again.\n");
    assertThat(rostrum("report").out()).contains("Still waiting (3)");
    assertThat(rostrum("resume-segment", "I").code()).as("it is open again").isEqualTo(3);
    assertThat(rostrum("--lang", "fr", "resume-segment", "I").out())
        .contains("Non effectué : Le segment I");
  }

  @Test
  void verify_proves_the_chain_and_names_a_tampered_entry() throws Exception {
    rostrum("init");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "France",
        "--received-at",
        "2024-12-04T09:00");
    rostrum(
        "register",
        "--segment",
        "I",
        "--participant",
        "Kenya",
        "--received-at",
        "2024-12-04T09:30");
    Run ok = rostrum("verify");
    assertThat(ok.code()).isEqualTo(0);
    assertThat(ok.out()).contains("holds 2 entries and its chain is intact");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE journal SET event = replace(event, 'Kenya', 'Kenia') WHERE seq = 2");
    }
    Run broken = rostrum("verify");
    assertThat(broken.code()).isEqualTo(4);
    assertThat(broken.out()).contains("is broken at entry 2").contains("it was altered");
  }

  @Test
  void a_token_is_printed_once() {
    rostrum("init");
    Run run = rostrum("token", "add", "--role", "registrant", "--participant", "Chile");
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out())
        .contains("Token for registrant acting for Chile")
        .containsPattern("rst_[A-Za-z0-9_-]{40,}");
    assertThat(rostrum("token", "add", "--role", "king").code()).isEqualTo(2);
  }

  @Test
  void a_registrant_token_acts_for_someone_the_roster_holds_and_any_token_can_be_revoked() {
    rostrum("init");
    Run french = rostrum("token", "add", "--role", "registrant", "--participant", "le Chili");
    assertThat(french.out()).as("kept under the roster's name").contains("acting for Chile");
    Run typo = rostrum("token", "add", "--role", "registrant", "--participant", "Germny");
    assertThat(typo.code()).isEqualTo(3);
    assertThat(typo.out())
        .contains("No token issued: “Germny” is not a State")
        .contains("Did you mean Germany?")
        .doesNotContain("rst_");
    Run nobody = rostrum("token", "add", "--role", "registrant");
    assertThat(nobody.code()).isEqualTo(3);
    assertThat(nobody.out()).contains("No token issued");
    Run chairFor = rostrum("token", "add", "--role", "chair", "--participant", "Chile");
    assertThat(chairFor.code()).isEqualTo(2);
    assertThat(rostrum("token", "add", "--role", "chair").code()).isZero();

    String list = rostrum("token", "list").out();
    assertThat(list)
        .contains("registrant  asp23-cooperation  Chile")
        .contains("chair")
        .doesNotContain("rst_");
    String line = list.lines().filter(l -> l.contains("Chile")).findFirst().orElseThrow();
    String id = line.substring(0, line.indexOf(' '));
    Run revoked = rostrum("token", "revoke", id);
    assertThat(revoked.code()).isZero();
    assertThat(revoked.out()).contains("Token " + id + " revoked");
    assertThat(rostrum("token", "list").out()).contains("revoked");
    Run again = rostrum("token", "revoke", id);
    assertThat(again.code()).isEqualTo(3);
    assertThat(again.out()).contains("No token " + id + " to revoke");
  }

  @Test
  void several_plenaries_need_plenary_named() throws IOException {
    rostrum("init");
    Path other = dir.resolve("other.yaml");
    Files.writeString(
        other,
        org.rostrum.adapters.storage.PlenaryDefinitions.bundled()
            .replace("id: asp23-cooperation", "id: asp24-cooperation"),
        StandardCharsets.UTF_8);
    rostrum("init", "--definition", other.toString());
    Run ambiguous = rostrum("list");
    assertThat(ambiguous.code()).isEqualTo(2);
    assertThat(ambiguous.err())
        .contains("asp23-cooperation, asp24-cooperation")
        .contains("--plenary");
    assertThat(rostrum("list", "--plenary", "asp24-cooperation").code()).isEqualTo(0);
    assertThat(rostrum("list", "--plenary", "nope").code()).isEqualTo(2);
  }

  @Test
  void demo_runs_the_main_job_end_to_end_in_both_languages() {
    Run en = rostrum("demo");
    assertThat(en.code()).isEqualTo(0);
    assertThat(en.out())
        .contains("41 requests")
        .contains("DUPLICATE")
        .contains("LATE")
        .contains("Swapped #4 and #5: #4 now holds the place of #5")
        .contains("Withdrew #20: Bangladesh, segment II")
        .doesNotContain("{2}")
        .contains("Refused requests")
        .contains("rostrum verify --db");
    assertThat(db).doesNotExist();
    Run fr = rostrum("demo", "--lang", "fr");
    assertThat(fr.out()).contains("Demandes refusées").contains("Ensuite, vous pourriez taper");
    assertThat(fr.out())
        .as("a French colon keeps its space")
        .contains("Demande n° 20 retirée\u00a0: ");
  }

  @Test
  void a_usage_error_points_to_the_help_of_the_command_as_typed() {
    rostrum("init");
    Run accept = rostrum("review", "accept", "1");
    assertThat(accept.code()).isEqualTo(2);
    assertThat(accept.err()).contains("See: rostrum review accept --help");
    assertThat(rostrum("review", "accept", "1", "--help").code()).isZero();
    assertThat(rostrum("register").err()).contains("See: rostrum register --help");
    assertThat(rostrum("--bogus").err()).contains("See: rostrum --help");
  }

  @Test
  void a_blank_segment_is_a_usage_error_that_names_the_segments_wherever_it_is_typed() {
    rostrum("init");
    for (String[] args :
        java.util.List.of(
            new String[] {"list", "--segment", ""},
            new String[] {"list", "--segment", " ", "--format", "ics"},
            new String[] {"close-list", " "},
            new String[] {"reopen-list", ""},
            new String[] {"resume-segment", "  "})) {
      Run run = rostrum(args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).contains("the segments are I, II");
    }
    java.util.List<String> fr =
        new java.util.ArrayList<>(java.util.List.of("list", "--segment", ""));
    fr.addAll(java.util.List.of("--lang", "fr"));
    Run french = rostrum(fr.toArray(String[]::new));
    assertThat(french.code()).isEqualTo(2);
    assertThat(french.err()).contains("les segments sont I, II");
  }

  @Test
  void help_and_version_answer() {
    Run help = rostrum("register", "--help");
    assertThat(help.code()).isEqualTo(0);
    assertThat(help.out()).contains("Example: rostrum register");
    Run version = rostrum("--version");
    assertThat(version.code()).isEqualTo(0);
    assertThat(version.out()).startsWith("rostrum ");
  }
}
