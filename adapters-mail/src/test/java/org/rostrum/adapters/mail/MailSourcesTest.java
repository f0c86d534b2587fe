package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same mails read from .eml files, an mbox and a Maildir give the same mails. */
class MailSourcesTest {

  @TempDir Path dir;

  static final List<String> FILES =
      List.of(
          "01-kenya-en-outlook.eml",
          "02-france-fr-thunderbird.eml",
          "05-senegal-fr-qp-late-by-one-second.eml",
          "13-amnesty-fr-signature.eml");

  @Test
  void eml_files_an_mbox_and_a_maildir_give_the_same_mails() throws Exception {
    Path emls = Files.createDirectories(dir.resolve("emls"));
    Path maildir = dir.resolve("Maildir");
    Files.createDirectories(maildir.resolve("cur"));
    Files.createDirectories(maildir.resolve("new"));
    Files.createDirectories(maildir.resolve("tmp"));
    ByteArrayOutputStream mbox = new ByteArrayOutputStream();
    int i = 0;
    for (String f : FILES) {
      byte[] bytes = CorpusTest.bytes(f);
      Files.write(emls.resolve(f), bytes);
      Files.write(
          maildir.resolve(i++ % 2 == 0 ? "cur" : "new").resolve("1733" + i + ".M1P2.host:2,S"),
          bytes);
      mbox.write(
          "From sender@example.org Mon Dec  2 10:00:00 2024\n".getBytes(StandardCharsets.US_ASCII));
      mbox.write(bytes);
      mbox.write("\n".getBytes(StandardCharsets.US_ASCII));
    }
    Path box = dir.resolve("asp.mbox");
    Files.write(box, mbox.toByteArray());

    List<String> fromEml = keys(MailSources.read(emls));
    assertThat(fromEml).hasSize(FILES.size()).doesNotHaveDuplicates();
    assertThat(keys(MailSources.read(box))).containsExactlyElementsOf(fromEml);
    assertThat(keys(MailSources.read(maildir))).containsExactlyInAnyOrderElementsOf(fromEml);
    assertThat(keys(MailSources.read(emls.resolve(FILES.head())))).containsExactly(fromEml.head());
    assertThat(MailSources.read(box).map(m -> m.origin()))
        .allMatch(o -> o.matches(".*asp\\.mbox #\\d"));
  }

  @Test
  void a_from_line_in_a_text_is_restored_from_its_mbox_escape() {
    String box =
        "From a@b Mon Dec  2 10:00:00 2024\nSubject: x\n\nHello\n>From the delegation of Peru\n";
    List<MailSources.RawMail> mails =
        MailSources.mbox("box", box.getBytes(StandardCharsets.US_ASCII));
    assertThat(mails).hasSize(1);
    assertThat(MailParser.parse(mails.head().bytes()).text())
        .contains("From the delegation of Peru");
  }

  static List<String> keys(List<MailSources.RawMail> mails) {
    return mails.map(m -> MailParser.parse(m.bytes()).key());
  }

  static final String NO_ID =
      """
      From: Legal <legal@mfa.go.ke>
      Subject: Segment II
      Date: Mon, 02 Dec 2024 10:00:00 +0000

      Kenya would like to take the floor in Segment II.
      From now on, thanks.
      """
          .replace("\n", "\r\n");

  @Test
  void a_mail_without_message_id_has_one_key_from_a_file_an_mbox_and_a_maildir() throws Exception {
    Path eml = Files.writeString(dir.resolve("one.eml"), NO_ID, StandardCharsets.ISO_8859_1);
    Path mbox =
        Files.writeString(
            dir.resolve("box"),
            "From legal@mfa.go.ke Mon Dec  2 10:00:01 2024\n"
                + NO_ID.replace("\r\n", "\n").replace("\nFrom now", "\n>From now")
                + "\n",
            StandardCharsets.ISO_8859_1);
    Path maildir = dir.resolve("Maildir");
    Files.createDirectories(maildir.resolve("cur"));
    Files.writeString(
        maildir.resolve("cur").resolve("1733.M1.host:2,S"),
        "Status: RO\r\nX-Status: A\r\n" + NO_ID,
        StandardCharsets.ISO_8859_1);
    List<String> keys =
        List.of(eml, mbox, maildir)
            .flatMap(MailSources::read)
            .map(m -> MailParser.parse(m.bytes()).key());
    assertThat(keys).hasSize(3);
    assertThat(keys.distinct()).hasSize(1);
    assertThat(keys.head()).startsWith("digest:");
  }

  @Test
  void an_mbox_that_starts_with_a_byte_order_mark_is_read_whole() throws Exception {
    String two =
        """
        From a@example.org Mon Dec  2 10:00:00 2024
        From: a@example.org
        Subject: one

        first

        From b@example.org Mon Dec  2 10:00:00 2024
        From: b@example.org
        Subject: two

        second
        """;
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = two.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    Path box = Files.write(dir.resolve("export.txt"), all);
    assertThat(MailSources.read(box).map(m -> MailParser.parse(m.bytes()).subject()))
        .containsExactly("one", "two");
  }

  @Test
  void a_folder_is_read_whatever_its_files_are_called_and_what_is_skipped_is_said()
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("inbox"));
    Files.write(folder.resolve("message-1"), CorpusTest.bytes("01-kenya-en-outlook.eml"));
    Files.write(folder.resolve("2.msg"), CorpusTest.bytes("02-france-fr-thunderbird.eml"));
    Files.writeString(folder.resolve("notes.txt"), "Call Kenya back on Monday.\n");
    Files.writeString(folder.resolve(".DS_Store"), "x");
    Files.writeString(folder.resolve("empty.eml"), "");
    Files.createDirectories(folder.resolve("attachments"));
    MailSources.Scan scan = MailSources.scan(folder);
    assertThat(scan.mails()).hasSize(2);
    assertThat(scan.skipped().map(s -> Path.of(s.origin()).getFileName() + " " + s.why()))
        .containsExactlyInAnyOrder(
            ".DS_Store HIDDEN", "attachments FOLDER", "empty.eml EMPTY", "notes.txt NOT_A_MAIL");
  }
}
