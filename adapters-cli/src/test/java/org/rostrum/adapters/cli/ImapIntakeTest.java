package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vavr.collection.List;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-mail imap://…}: the Secretariat's folder on a real IMAP server (GreenMail on
 * 127.0.0.1) gives the same list as the same mails read from files, and every failure is a clear
 * sentence and an exit code.
 */
class ImapIntakeTest {

  static final String USER = "asp.secretariat";
  static final String PASSWORD = "s3cret-ASP23";

  @TempDir Path dir;
  GreenMail server;
  String folder;
  Path password;

  @BeforeEach
  void start() throws Exception {
    server =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
    server.start();
    server.setUser("asp@icc-cpi.int", USER, PASSWORD);
    folder = "imap://" + USER + "@127.0.0.1:" + server.getImap().getPort() + "/INBOX";
    password = Files.writeString(dir.resolve("imap.password"), PASSWORD + "\n");
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  MailIntakeTest.Run rostrum(Path db, String... args) {
    MailIntakeTest intake = new MailIntakeTest();
    intake.dir = db;
    return intake.rostrum(args);
  }

  void deliverCorpus() throws Exception {
    List<Path> files;
    try (Stream<Path> all = Files.list(MailIntakeTest.CORPUS)) {
      files = List.ofAll(all.filter(p -> p.toString().endsWith(".eml"))).sorted();
    }
    try (Store client = Session.getInstance(new Properties()).getStore("imap")) {
      client.connect("127.0.0.1", server.getImap().getPort(), USER, PASSWORD);
      Folder inbox = client.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      Session session = Session.getInstance(new Properties());
      for (Path f : files) {
        inbox.appendMessages(
            new Message[] {
              new MimeMessage(session, new ByteArrayInputStream(Files.readAllBytes(f)))
            });
      }
      inbox.close(false);
    }
  }

  @Test
  void the_imap_folder_gives_the_list_the_same_mails_give_from_files_and_again_nothing()
      throws Exception {
    deliverCorpus();
    Path byImap = Files.createDirectories(dir.resolve("imap"));
    Path byFiles = Files.createDirectories(dir.resolve("files"));
    rostrum(byImap, "init");
    rostrum(byFiles, "init");

    MailIntakeTest.Run imap =
        rostrum(byImap, "import-mail", folder, "--password-file", password.toString());
    MailIntakeTest.Run files = rostrum(byFiles, "import-mail", MailIntakeTest.CORPUS.toString());
    assertThat(imap.code()).as(imap.err()).isEqualTo(3);
    assertThat(imap.out())
        .contains("/INBOX UID ")
        .contains(files.out().substring(files.out().indexOf("Read ")).lines().findFirst().get());
    assertThat(rostrum(byImap, "list", "--format", "json").out())
        .isEqualTo(rostrum(byFiles, "list", "--format", "json").out());
    assertThat(rostrum(byImap, "review").out().lines().count())
        .isEqualTo(rostrum(byFiles, "review").out().lines().count());

    MailIntakeTest.Run again =
        rostrum(byImap, "import-mail", folder, "--password-file", password.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out())
        .contains("0 inscribed, 0 refused, 0 held for review, 33 imported before");
  }

  @Test
  void a_bad_address_a_wrong_password_or_an_unknown_folder_is_one_clear_sentence()
      throws Exception {
    rostrum(dir, "init");
    MailIntakeTest.Run withPassword =
        rostrum(dir, "import-mail", "imap://asp:secret@127.0.0.1/INBOX");
    assertThat(withPassword.code()).isEqualTo(2);
    assertThat(withPassword.err()).contains("a password does not belong in it");
    MailIntakeTest.Run french =
        rostrum(dir, "--lang", "fr", "import-mail", "imap://127.0.0.1/INBOX");
    assertThat(french.code()).isEqualTo(2);
    assertThat(french.err()).contains("elle ne nomme aucun utilisateur");

    Path wrong = Files.writeString(dir.resolve("wrong"), "not-the-password");
    MailIntakeTest.Run refused =
        rostrum(dir, "import-mail", folder, "--password-file", wrong.toString());
    assertThat(refused.code()).isEqualTo(4);
    assertThat(refused.err())
        .isEqualTo("The IMAP server of " + folder + " refused the user and password.\n");

    MailIntakeTest.Run nowhere =
        rostrum(
            dir,
            "import-mail",
            folder.replace("INBOX", "Archive"),
            "--password-file",
            password.toString());
    assertThat(nowhere.code()).isEqualTo(4);
    assertThat(nowhere.err()).contains("The IMAP server has no folder “Archive”");

    MailIntakeTest.Run noFile =
        rostrum(dir, "import-mail", folder, "--password-file", dir.resolve("none").toString());
    assertThat(noFile.code()).isEqualTo(4);
    assertThat(noFile.err()).contains("Cannot read " + dir.resolve("none"));

    if (System.getenv(MailOptions.IMAP_PASSWORD) == null) {
      MailIntakeTest.Run noPassword = rostrum(dir, "import-mail", folder);
      assertThat(noPassword.code()).isEqualTo(2);
      assertThat(noPassword.err())
          .contains("No password for")
          .contains("--password-file FILE or set ROSTRUM_IMAP_PASSWORD");
    }
    assertThat(rostrum(dir, "list", "--format", "json").out()).contains("\"speakers\" : [ ]");
    assertThat(rostrum(dir, "review").out()).contains("No mail is held for review.");
  }
}
