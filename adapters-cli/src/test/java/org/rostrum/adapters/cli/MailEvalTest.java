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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mail intake scored as {@code shared/tools/mail-eval} scores a build, in-process: each mail of
 * a corpus imported into a fresh SQLite store (after the earlier mails it depends on: the same
 * Message-ID, or for a DUPLICATE the earlier requests of the same participant), its outcome read
 * from {@code list --format json} before and after, against a careful officer's expected reading.
 * No mail may be inscribed wrongly, and at least 90 % of the clear requests must be inscribed to
 * the right participant, segment and speaker. The corpora: the development set shared with the
 * project ({@code mail-dev}), and the project's own sets, one per failure class ({@code
 * mail-classes/who}, {@code what}, {@code when}), written before the rules that read them.
 */
class MailEvalTest {

  static final Path MAIL = Path.of("../adapters-mail/src/test/resources");
  static final Clock LATER = Clock.fixed(Instant.parse("2024-12-06T09:00:00Z"), ZoneOffset.UTC);
  static final Set<String> STOP =
      Set.of("the", "of", "for", "and", "de", "la", "le", "du", "des", "del", "on", "to", "in");

  @TempDir Path dir;

  record Row(String file, String expected, String participant, String segment, String speaker) {}

  record Verdict(String kind, String text) {}

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "mail-dev",
        "mail-classes/who",
        "mail-classes/what",
        "mail-classes/when",
        "mail-classes/holdout"
      })
  void no_wrong_inscription_and_nine_in_ten_clear_requests_read_right(String corpus)
      throws Exception {
    Path root = MAIL.resolve(corpus);
    List<Row> rows = rows(root.resolve("expected.tsv"));
    Map<String, String> ids = new HashMap<>();
    for (Row r : rows) {
      ids.put(r.file(), messageId(root.resolve(r.file())));
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      verdicts.add(evaluate(root, rows, ids, i));
    }
    StringBuilder report = new StringBuilder();
    int clear = 0;
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Verdict v = verdicts.get(i);
      report.append(String.format(Locale.ROOT, "%-7s %s%n", v.kind(), v.text()));
      if (rows.get(i).expected().equals("INSCRIBE")) {
        clear++;
        right += v.kind().equals("ok") ? 1 : 0;
      }
      if (v.kind().equals("WRONG")) {
        wrong.add(v.text());
      }
    }
    double recall = clear == 0 ? 1 : (double) right / clear;
    report.append(
        String.format(
            Locale.ROOT,
            "%nwrong inscriptions: %d   clear requests inscribed right: %d/%d (%.0f%%)%n",
            wrong.size(),
            right,
            clear,
            recall * 100));
    Path out = Path.of("target", "mail-eval-" + corpus.replace('/', '-') + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    assertThat(wrong).as(report.toString()).isEmpty();
    assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(0.9);
  }

  private Verdict evaluate(Path root, List<Row> rows, Map<String, String> ids, int i)
      throws Exception {
    Row row = rows.get(i);
    Path db = Files.createTempDirectory(dir, "eval").resolve("x.db");
    run(db, "init");
    List<String> before = new ArrayList<>();
    for (Row r : rows.subList(0, i)) {
      boolean sameId =
          !ids.get(r.file()).isEmpty() && ids.get(r.file()).equals(ids.get(row.file()));
      boolean earlier =
          row.expected().equals("DUPLICATE")
              && r.expected().equals("INSCRIBE")
              && r.participant().equals(row.participant());
      if (sameId || earlier) {
        before.add(root.resolve(r.file()).toString());
      }
    }
    if (!before.isEmpty()) {
      List<String> args = new ArrayList<>(List.of("import-mail"));
      args.addAll(before);
      args.addAll(List.of("--outbox", db.resolveSibling("out0").toString()));
      run(db, args.toArray(String[]::new));
    }
    Snapshot s0 = snapshot(db);
    String[] imp = {
      "import-mail",
      root.resolve(row.file()).toString(),
      "--outbox",
      db.resolveSibling("out").toString()
    };
    int code = run(db, imp);
    if (code != 0 && code != 3) {
      return new Verdict("ERROR", row.file() + ": import-mail exited " + code);
    }
    Snapshot s1 = snapshot(db);
    List<Map.Entry<String, JsonNode>> added = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : s1.speakers().entrySet()) {
      if (!s0.speakers().containsKey(e.getKey())) {
        added.add(e);
      }
    }
    List<JsonNode> refused = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : s1.rejected().entrySet()) {
      if (!s0.rejected().containsKey(e.getKey())) {
        refused.add(e.getValue());
      }
    }
    String got =
        !added.isEmpty()
            ? "inscribed "
                + added.stream()
                    .map(
                        e ->
                            e.getValue().get("participant").path("name").asText()
                                + " ("
                                + e.getValue().path("speaker").asText("-")
                                + ") in "
                                + e.getKey().substring(0, e.getKey().indexOf('#')))
                    .toList()
            : !refused.isEmpty()
                ? "refused " + refused.stream().map(r -> r.path("reason").asText()).toList()
                : "held or known";
    String text = row.file() + ": " + got;
    if (row.expected().equals("INSCRIBE")) {
      if (added.isEmpty()) {
        return new Verdict(
            "MISSED", text + "; expected " + row.participant() + " in " + row.segment());
      }
      Map.Entry<String, JsonNode> first = added.get(0);
      String segment = first.getKey().substring(0, first.getKey().indexOf('#'));
      if (added.size() != 1
          || !sameParticipant(row.participant(), first.getValue().get("participant"))
          || (!row.segment().equals("-") && !segment.equals(row.segment()))) {
        return new Verdict(
            "WRONG", text + "; expected " + row.participant() + " in " + row.segment());
      }
      String want = String.join(" ", row.speaker().toLowerCase(Locale.ROOT).split("\\s+"));
      String speaker = first.getValue().path("speaker").asText("").toLowerCase(Locale.ROOT);
      if (!row.speaker().equals("-") && !speaker.contains(want)) {
        return new Verdict("SPEAKER", text + "; expected speaker " + row.speaker());
      }
      return new Verdict("ok", text);
    }
    if (!added.isEmpty()) {
      return new Verdict("WRONG", text + "; expected " + row.expected());
    }
    if ((row.expected().equals("LATE") || row.expected().equals("DUPLICATE"))
        && refused.stream().noneMatch(r -> r.path("reason").asText().equals(row.expected()))) {
      return new Verdict("MISSED", text + "; expected " + row.expected());
    }
    return new Verdict("ok", text);
  }

  record Snapshot(Map<String, JsonNode> speakers, Map<String, JsonNode> rejected) {}

  private Snapshot snapshot(Path db) throws IOException {
    StringWriter out = new StringWriter();
    int code =
        Rostrum.run(
            new String[] {"--db", db.toString(), "--lang", "en", "list", "--format", "json"},
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            LATER);
    assertThat(code).isZero();
    JsonNode doc = new ObjectMapper().readTree(out.toString());
    Map<String, JsonNode> speakers = new LinkedHashMap<>();
    for (JsonNode segment : doc.path("segments")) {
      for (JsonNode s : segment.path("speakers")) {
        speakers.put(segment.get("id").asText() + "#" + s.get("registrationId").asText(), s);
      }
    }
    Map<String, JsonNode> rejected = new LinkedHashMap<>();
    for (JsonNode r : doc.path("rejected")) {
      rejected.put(r.get("registrationId").asText(), r);
    }
    return new Snapshot(speakers, rejected);
  }

  private static int run(Path db, String... args) {
    String[] all =
        Stream.concat(Stream.of("--db", db.toString(), "--lang", "en"), Stream.of(args))
            .toArray(String[]::new);
    return Rostrum.run(
        all, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), LATER);
  }

  /**
   * As mail-eval: an ISO code is the key; an acronym a word of the key or name; else every word.
   */
  static boolean sameParticipant(String want, JsonNode p) {
    String key = p.path("key").asText("");
    String name = p.path("name").asText("");
    if (want.matches("[A-Z]{3}") && key.matches("[A-Z]{3}")) {
      return key.equals(want);
    }
    if (want.matches("[A-Z]{2,6}")) {
      return List.of(key.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
              .contains(want.toLowerCase(Locale.ROOT))
          || Pattern.compile("\\b" + want + "\\b").matcher(name).find();
    }
    String hay = (name + " " + key).toLowerCase(Locale.ROOT);
    Matcher words =
        Pattern.compile("[\\w']+", Pattern.UNICODE_CHARACTER_CLASS)
            .matcher(want.toLowerCase(Locale.ROOT));
    while (words.find()) {
      if (!STOP.contains(words.group()) && !hay.contains(words.group())) {
        return false;
      }
    }
    return true;
  }

  static List<Row> rows(Path tsv) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = (line + "\t-\t-\t-\t-\t-").split("\t", -1);
      rows.add(new Row(f[0], f[1], f[2], f[3].isEmpty() ? "-" : f[3], f[4].isEmpty() ? "-" : f[4]));
    }
    return rows;
  }

  static String messageId(Path file) throws IOException {
    String head =
        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    int end = head.indexOf("\n\n");
    head = (end < 0 ? head : head.substring(0, end)).replaceAll("\n[ \t]+", " ");
    Matcher m = Pattern.compile("(?im)^message-id:\\s*(.*)$").matcher(head);
    return m.find() ? m.group(1).strip() : "";
  }
}
