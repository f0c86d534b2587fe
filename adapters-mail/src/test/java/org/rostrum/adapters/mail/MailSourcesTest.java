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
  void a_from_line_in_a_text_is_restored_from_its_mbox_escape() throws Exception {
    String box =
        "From a@b Mon Dec  2 10:00:00 2024\nSubject: x\n\nHello\n>From the delegation of Peru\n";
    List<MailSources.RawMail> mails =
        MailSources.read(Files.writeString(dir.resolve("box"), box, StandardCharsets.US_ASCII));
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

  @Test
  void a_file_larger_than_any_mail_is_named_as_skipped_and_never_read_into_memory()
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("inbox"));
    Files.write(folder.resolve("a.eml"), CorpusTest.bytes("01-kenya-en-outlook.eml"));
    Path huge = folder.resolve("huge.eml");
    Files.writeString(huge, "Subject: a film\r\n\r\n");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L * 1024 * 1024 * 1024); // 3 GiB, sparse: nothing is written
    }

    MailSources.Scan scan = MailSources.scan(folder);

    assertThat(scan.mails()).hasSize(1);
    assertThat(scan.skipped())
        .containsExactly(new MailSources.Skipped(huge.toString(), MailSources.Skip.TOO_LARGE));
    assertThat(MailSources.scan(huge).skipped())
        .extracting(MailSources.Skipped::why)
        .containsExactly(MailSources.Skip.TOO_LARGE);
  }

  @Test
  void an_mbox_is_streamed_and_a_mail_in_it_larger_than_the_limit_is_named() throws Exception {
    String small = "From: a@example.org\nSubject: one\n\nfirst\n";
    String large = "From: b@example.org\nSubject: two\n\n" + "x".repeat(5000) + "\n";
    String last = "From: c@example.org\nSubject: three\n\nthird\n";
    String sep = "From someone Mon Dec  2 10:00:00 2024\n";
    Path box =
        Files.writeString(
            dir.resolve("asp.mbox"),
            sep + small + "\n" + sep + large + "\n" + sep + last,
            StandardCharsets.US_ASCII);

    MailSources.Scan scan = MailSources.scan(box, 1000);

    assertThat(scan.mails().map(m -> MailParser.parse(m.bytes()).subject()))
        .containsExactly("one", "three");
    assertThat(scan.mails().map(MailSources.RawMail::origin))
        .containsExactly(box + " #1", box + " #3");
    assertThat(scan.skipped())
        .containsExactly(new MailSources.Skipped(box + " #2", MailSources.Skip.TOO_LARGE));
    assertThat(new String(scan.mails().head().bytes(), StandardCharsets.US_ASCII))
        .isEqualTo("From: a@example.org\r\nSubject: one\r\n\r\nfirst\r\n");
  }

  @Test
  void every_maildir_layout_is_walked_and_what_is_skipped_is_named() throws Exception {
    // notmuch's layout: a Maildir with loose files and nested Maildirs at its root; Maildir++
    Path root = dir.resolve("mail");
    Files.createDirectories(root.resolve("cur"));
    Files.createDirectories(root.resolve("new"));
    Files.createDirectories(root.resolve("tmp"));
    Files.write(root.resolve("cur").resolve("1.M1.host:2,S"), CorpusTest.bytes(FILES.get(0)));
    Files.write(root.resolve("loose.eml"), CorpusTest.bytes(FILES.get(1)));
    Files.createDirectories(root.resolve("archive").resolve("cur"));
    Files.write(
        root.resolve("archive").resolve("cur").resolve("2.M2.host:2,S"),
        CorpusTest.bytes(FILES.get(2)));
    Files.createDirectories(root.resolve(".My Folder").resolve("new"));
    Files.write(
        root.resolve(".My Folder").resolve("new").resolve("3.M3.host"),
        CorpusTest.bytes(FILES.get(3)));
    Files.write(
        root.resolve("tmp").resolve("4.M4.host"),
        "Subject: half".getBytes(StandardCharsets.US_ASCII));
    Files.createDirectories(root.resolve(".notmuch").resolve("xapian"));
    Files.writeString(root.resolve("cur").resolve(".hidden"), "x");

    MailSources.Scan scan = MailSources.scan(root);

    assertThat(keys(scan.mails())).hasSize(4).doesNotHaveDuplicates();
    assertThat(scan.skipped().map(s -> dir.relativize(Path.of(s.origin())) + " " + s.why()))
        .containsExactlyInAnyOrder(
            "mail/tmp UNFINISHED", "mail/.notmuch HIDDEN", "mail/cur/.hidden HIDDEN");
  }
}
