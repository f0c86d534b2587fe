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
}
