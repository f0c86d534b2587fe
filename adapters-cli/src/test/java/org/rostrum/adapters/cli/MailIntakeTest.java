package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the mail corpus imported into a real SQLite store gives the list its expected.tsv
 * describes; importing again changes nothing; held mails are accepted or dismissed.
 */
class MailIntakeTest {

  static final Path CORPUS = Path.of("../adapters-mail/src/test/resources/corpus");
  static final Clock DAY_OF = Clock.fixed(Instant.parse("2024-12-05T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run rostrum(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = List.of(args).appendAll(List.of("--db", dir.resolve("r.db").toString()));
    if (all.head().equals("import-mail") && !all.contains("--outbox")) {
      all = all.appendAll(List.of("--outbox", dir.resolve("replies").toString()));
    }
    if (!all.contains("--lang")) {
      all = all.appendAll(List.of("--lang", "en"));
    }
    int code =
        Rostrum.run(
            all.toJavaArray(String[]::new), new PrintWriter(out), new PrintWriter(err), DAY_OF);
    return new Run(code, out.toString(), err.toString());
  }

  /** One line of expected.tsv: file, expect, segment, participant key, …, receivedAt. */
  static List<String[]> expected() throws Exception {
    return List.of(Files.readString(CORPUS.resolve("expected.tsv")).split("\n", -1))
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1));
  }

  @Test
  void the_corpus_imported_gives_the_expected_list_and_again_changes_nothing() throws Exception {
    assertThat(rostrum("init").code()).isZero();
    Path outbox = dir.resolve("outbox");
    Run first = rostrum("import-mail", CORPUS.toString(), "--outbox", outbox.toString());
    assertThat(first.code()).as(first.err()).isEqualTo(3);
    List<String[]> expected = expected();
    long review = expected.count(e -> e[1].equals("REVIEW"));
    long late = expected.count(e -> e[1].equals("LATE"));
    assertThat(first.out())
        .contains("Read " + expected.size() + " mails: ")
        .contains(late + " refused (LATE " + late + ")")
        // 16 reuses 06's Message-ID with other content (the quoted history cut): a person checks
        .contains((review + 1) + " held for review")
        .containsPattern(
            "16-chile-resent-same-message-id.eml: held for review as #\\d+: another mail already"
                + " imported has its Message-ID, with different content")
        .contains("1 imported before") // 33 is 32 delivered twice
        .contains("33-burkina-faso-arrived-twice.eml: imported before")
        .containsPattern(
            "12-no-trusted-stamp.eml: inscribed #\\d+ Mexico, segment II, position \\d+ \\(by the sender's clock\\)");

    JsonNode list = new ObjectMapper().readTree(rostrum("list", "--format", "json").out());
    for (JsonNode segment : list.get("segments")) {
      String id = segment.get("id").asText();
      // First come, first served by the Secretariat's time of receipt; a resent mail once.
      List<String> keys =
          expected
              .filter(e -> e[1].equals("INSCRIBED") && e[2].equals(id))
              .sortBy(e -> Instant.parse(e[6]))
              .map(e -> e[3])
              .distinct();
      List<String> listed =
          List.ofAll(segment.get("speakers")).map(s -> s.get("participant").get("key").asText());
      assertThat(listed).as("segment %s", id).isEqualTo(keys);
      // A mail no stamp of the Secretariat's server dated is flagged "sender's clock".
      List<String> flagged =
          expected
              .filter(e -> e[1].equals("INSCRIBED") && e[2].equals(id) && e[7].equals("true"))
              .map(e -> e[3]);
      assertThat(
              List.ofAll(segment.get("speakers"))
                  .filter(s -> s.get("senderClock").asBoolean())
                  .map(s -> s.get("participant").get("key").asText()))
          .as("segment %s", id)
          .isEqualTo(flagged);
    }
    assertThat(expected.count(e -> e[1].equals("INSCRIBED") && e[7].equals("true"))).isOne();
    assertThat(rostrum("list").out())
        .containsPattern("Mexico +2024-12-03 16:30:00 †")
        .contains("† time from the sender's clock (the mail's Date: header)");
    assertThat(List.ofAll(list.get("rejected")).map(r -> r.get("reason").asText()))
        .containsOnly("LATE")
        .hasSize((int) late);
    String before = rostrum("list", "--format", "json").out();

    // One reply per mail imported, threaded under it, in its language.
    java.util.List<Path> replies;
    try (java.util.stream.Stream<Path> files = Files.list(outbox)) {
      replies = files.sorted().toList();
    }
    assertThat(replies).hasSize(expected.size() - 1);
    assertThat(first.out()).contains((expected.size() - 1) + " replies written to " + outbox);
    java.util.Map<String, org.rostrum.adapters.mail.Mail> byReply = new java.util.HashMap<>();
    for (Path reply : replies) {
      org.rostrum.adapters.mail.Mail ack =
          org.rostrum.adapters.mail.MailParser.parse(Files.readAllBytes(reply));
      assertThat(ack.problems()).as(reply.toString()).isEmpty();
      // A mail without a Message-ID cannot be threaded under: its reply goes by its subject.
      byReply.put(ack.references().lastOption().getOrElse(ack.subject()), ack);
    }
    assertThat(byReply.get("RE : Demande de prise de parole - segment I").text())
        .contains("Votre demande de parole est inscrite.")
        .contains(" — Burkina Faso\n")
        .doesNotContain("In-Reply-To");
    org.rostrum.adapters.mail.Mail france =
        byReply.get("<5f2c1e8a-9d41-4c8e-a7a1-2b0c3d4e5f60@diplomatie.gouv.fr>");
    assertThat(france.subject()).startsWith("RE : Inscription à la liste des orateurs");
    assertThat(france.text())
        .contains("Votre demande de parole est inscrite.")
        .contains("Segment :   II")
        .contains("Position :  1, intervention prévue à 16:00 (Europe/Amsterdam)")
        .containsPattern("Reçu :      [0-9a-f]{64}");
    assertThat(byReply.get("<mx-0001@sre.gob.mx>").text())
        .contains("Received:   2024-12-03 16:30:00 (Europe/Amsterdam) (the Date: of your mail:")
        .contains("no stamp of the Secretariat's mail server dated it)");
    assertThat(france.text()).doesNotContain("Date: de votre courriel");
    assertThat(byReply.get("<hrw-asp23-0001@hrw.org>").text())
        .contains("could not be inscribed")
        .contains("at or after the list closed at 2024-12-05 00:00:00 (Europe/Amsterdam)");
    assertThat(byReply.get("<jp-20241203-1930@mofa.go.jp>").text())
        .contains("will be read by the Secretariat")
        .contains("it names both segments");

    Run again = rostrum("import-mail", CORPUS.toString(), "--outbox", outbox.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains(expected.size() + " imported before");
    assertThat(rostrum("list", "--format", "json").out()).isEqualTo(before);
  }

  @Test
  void held_mails_are_listed_with_why_then_accepted_or_dismissed_once() throws Exception {
    rostrum("init");
    Run french =
        rostrum(
            "--lang",
            "fr",
            "import-mail",
            CORPUS.resolve("07-both-segments.eml").toString(),
            "--outbox",
            dir.resolve("outbox").toString());
    assertThat(french.out())
        .contains("1 courriel lu : 0 inscrit, 0 refusé, 1 en revue, 0 déjà importé.")
        .contains("1 réponse écrite dans ");
    Run english = rostrum("import-mail", CORPUS.resolve("10-not-a-request.eml").toString());
    assertThat(english.out())
        .contains("Read 1 mail: 0 inscribed, 0 refused, 1 held for review, 0 imported before.")
        .contains(
            "1 reply written to "
                + dir.resolve("replies")
                + ", to send from the Secretariat's mailbox.");
    Run held = rostrum("review");
    assertThat(held.out())
        .contains("#1  received 2024-12-03 11:30:10  from icc-team@mofa.go.jp")
        .contains("it names both segments")
        .contains("#2  received")
        .contains("it does not ask for the floor");
    Path answers = dir.resolve("answers");
    Run accepted =
        rostrum(
            "review",
            "accept",
            "1",
            "--participant",
            "Japan",
            "--segment",
            "II",
            "--speaker",
            "H.E. Mr. Kenji Tanaka",
            "--outbox",
            answers.toString());
    assertThat(accepted.code()).isZero();
    assertThat(accepted.out())
        .contains("Mail #1 accepted: Inscribed #1: Japan, segment II, position 1")
        .contains("projected to speak at 2024-12-05 16:00:00")
        .contains("Reply #")
        .contains("to icc-team@mofa.go.jp (held mail accepted as #1): written to " + answers);
    // the delegation learns its position, threaded under its own mail
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(answers)) {
      String reply = java.nio.file.Files.readString(files.findFirst().orElseThrow());
      assertThat(reply)
          .contains("To: icc-team@mofa.go.jp")
          .contains("In-Reply-To: <")
          .contains("Auto-Submitted: auto-replied")
          .contains("16:00");
    }
    assertThat(
            readTree(rostrum("list", "--format", "json").out())
                .at("/segments/1/speakers/0/speaker")
                .asText())
        .isEqualTo("H.E. Mr. Kenji Tanaka");
    JsonNode japan =
        readTree(rostrum("list", "--format", "json").out()).at("/segments/1/speakers/0");
    assertThat(japan.get("participant").get("name").asText()).isEqualTo("Japan");
    assertThat(japan.get("receivedAt").asText()).isEqualTo("2024-12-03T11:30:10+01:00");
    assertThat(rostrum("review", "dismiss", "2", "--reason", "a question about the room").code())
        .isZero();
    Run twice = rostrum("review", "dismiss", "2", "--reason", "again");
    assertThat(twice.code()).isEqualTo(3);
    assertThat(twice.out()).contains("Mail #2 was resolved already.");
    assertThat(rostrum("review", "accept", "9", "--participant", "Peru", "--segment", "I").out())
        .contains("No mail #9 is held for review.");
    assertThat(rostrum("review").out())
        .contains("[ACCEPTED #1 Japan · II]")
        .contains("[DISMISSED a question about the room]");
    assertThat(rostrum("review", "--lang", "fr").out()).contains("il nomme les deux segments");
    Run reimport = rostrum("import-mail", CORPUS.resolve("07-both-segments.eml").toString());
    assertThat(reimport.code()).isZero();
    assertThat(reimport.out()).contains("imported before");
  }

  @Test
  void a_held_mail_received_after_the_deadline_says_so_before_it_is_accepted() throws Exception {
    rostrum("init");
    Path late =
        Files.writeString(
            dir.resolve("late.eml"),
            String.join(
                "\r\n",
                "Received: from correo.minrel.gob.cl (correo.minrel.gob.cl [200.72.30.5])",
                "        by mx.google.com with ESMTPS id q1si1wrb.1.2024.12.05.00.10.00",
                "        for <iccaspcoperation@gmail.com>;",
                "        Thu, 05 Dec 2024 00:10:00 +0100",
                "From: Camila Rojas <crojas@minrel.gob.cl>",
                "To: iccaspcoperation@gmail.com",
                "Subject: List of speakers",
                "Date: Wed, 4 Dec 2024 20:09:58 -0300",
                "Message-ID: <late-1@minrel.gob.cl>",
                "",
                "The delegation of Chile would like to take the floor at the plenary.",
                ""));
    assertThat(rostrum("import-mail", late.toString()).code()).isEqualTo(3);
    assertThat(rostrum("review").out())
        .contains("it names no segment")
        .contains(
            "received at or after the list closed at 2024-12-05 00:00:00: accepted, it will be"
                + " refused LATE");
    assertThat(rostrum("review", "--lang", "fr").out())
        .contains("accepté, il sera refusé pour retard (LATE)");
    Run accepted = rostrum("review", "accept", "1", "--participant", "Chile", "--segment", "II");
    assertThat(accepted.code()).isEqualTo(3);
    assertThat(accepted.out()).contains("LATE");
    assertThat(rostrum("review").out()).doesNotContain("it will be refused LATE");
  }

  @Test
  void a_path_that_cannot_be_read_is_unreadable_input_and_nothing_is_imported() {
    rostrum("init");
    Run missing = rostrum("import-mail", dir.resolve("nowhere.mbox").toString());
    assertThat(missing.code()).isEqualTo(4);
    assertThat(missing.err()).contains("nowhere.mbox");
    assertThat(rostrum("review").out()).contains("No mail is held for review.");
  }

  static JsonNode readTree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(json, e);
    }
  }
}
