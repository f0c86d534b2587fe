package org.rostrum.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vavr.collection.List;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Secretariat's mailbox on a real IMAP server (GreenMail on 127.0.0.1): every mail of the
 * corpus is read back as it was sent, the folder is left as it was, and every failure says which.
 */
class ImapSourceTest {

  static final String USER = "asp.secretariat";
  static final String PASSWORD = "s3cret-ASP23";

  GreenMail server;
  int port;

  @BeforeEach
  void start() {
    server =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
    server.start();
    server.setUser("asp@icc-cpi.int", USER, PASSWORD);
    port = server.getImap().getPort();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  ImapSource.Location inbox() {
    return ImapSource.Location.parse("imap://" + USER + "@127.0.0.1:" + port + "/INBOX").get();
  }

  /** An IMAP client of the test's own, to fill the mailbox and look at it afterwards. */
  Store client() throws Exception {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", port, USER, PASSWORD);
    return store;
  }

  static List<String> corpus() throws Exception {
    try (Stream<java.nio.file.Path> files =
        Files.list(java.nio.file.Path.of("src/test/resources/corpus"))) {
      return List.ofAll(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")))
          .sorted();
    }
  }

  @Test
  void every_mail_of_the_corpus_reads_back_as_sent_and_the_folder_is_left_unread()
      throws Exception {
    List<String> files = corpus();
    try (Store client = client()) {
      Folder inbox = client.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      Session session = Session.getInstance(new Properties());
      for (String f : files) {
        inbox.appendMessages(
            new Message[] {
              new MimeMessage(session, new ByteArrayInputStream(CorpusTest.bytes(f)))
            });
      }
      inbox.close(false);
    }

    List<MailSources.RawMail> read = ImapSource.read(inbox(), PASSWORD, Duration.ofSeconds(10));

    assertThat(read).hasSize(files.size());
    for (int i = 0; i < files.size(); i++) {
      Mail sent = MailParser.parse(CorpusTest.bytes(files.get(i)));
      Mail got = MailParser.parse(read.get(i).bytes());
      assertThat(got).as(files.get(i)).isEqualTo(sent);
    }
    assertThat(read.map(MailSources.RawMail::origin))
        .allMatch(o -> o.matches("imap://asp\\.secretariat@127\\.0\\.0\\.1:\\d+/INBOX UID \\d+"))
        .doesNotHaveDuplicates();
    try (Store client = client()) {
      Folder inbox = client.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      assertThat(List.of(inbox.getMessages()).map(m -> flagged(m, Flags.Flag.SEEN)))
          .as("nothing marked read")
          .containsOnly(false);
      assertThat(inbox.getMessageCount()).isEqualTo(files.size());
      inbox.close(false);
    }
  }

  static boolean flagged(Message m, Flags.Flag flag) {
    try {
      return m.isSet(flag);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_folder_of_its_own_is_read_and_an_empty_one_gives_no_mail() throws Exception {
    try (Store client = client()) {
      Folder asp = client.getFolder("ASP23 inscriptions");
      asp.create(Folder.HOLDS_MESSAGES);
      asp.open(Folder.READ_WRITE);
      Session session = Session.getInstance(new Properties());
      asp.appendMessages(
          new Message[] {
            new MimeMessage(
                session, new ByteArrayInputStream(CorpusTest.bytes("01-kenya-en-outlook.eml")))
          });
      asp.close(false);
    }
    ImapSource.Location asp =
        ImapSource.Location.parse("imap://" + USER + "@127.0.0.1:" + port + "/ASP23%20inscriptions")
            .get();
    List<MailSources.RawMail> read = ImapSource.read(asp, PASSWORD, Duration.ofSeconds(10));
    assertThat(read).hasSize(1);
    assertThat(MailParser.parse(read.head().bytes()).fromDomain()).isEqualTo("mfa.go.ke");
    assertThat(ImapSource.read(inbox(), PASSWORD, Duration.ofSeconds(10))).isEmpty();
  }

  @Test
  void a_wrong_password_an_unknown_folder_or_no_server_each_say_so() throws Exception {
    assertThatThrownBy(() -> ImapSource.read(inbox(), "wrong", Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(
            ImapSource.ImapException.class,
            e -> assertThat(e.failure()).isEqualTo(ImapSource.Failure.LOGIN));
    ImapSource.Location missing =
        ImapSource.Location.parse("imap://" + USER + "@127.0.0.1:" + port + "/Nowhere").get();
    assertThatThrownBy(() -> ImapSource.read(missing, PASSWORD, Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(
            ImapSource.ImapException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(ImapSource.Failure.FOLDER);
              assertThat(e.detail()).isEqualTo("Nowhere");
            });
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    ImapSource.Location nobody =
        ImapSource.Location.parse("imap://" + USER + "@127.0.0.1:" + closed + "/INBOX").get();
    assertThatThrownBy(() -> ImapSource.read(nobody, PASSWORD, Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(
            ImapSource.ImapException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(ImapSource.Failure.CONNECT);
              assertThat(e.detail()).contains("Connection refused");
            });
  }

  @Test
  void a_password_crosses_a_network_only_encrypted() {
    assertThat(ImapSource.thisMachine("127.0.0.1")).isTrue();
    assertThat(ImapSource.thisMachine("localhost")).isTrue();
    assertThat(ImapSource.thisMachine("::1")).isTrue();
    assertThat(ImapSource.thisMachine("192.0.2.7")).isFalse();
    assertThat(ImapSource.thisMachine("no-such-host.invalid")).isFalse();
    ImapSource.Location remote =
        new ImapSource.Location(false, "mail.icc-cpi.int", 143, "asp", "INBOX");
    assertThat(
            ImapSource.properties(remote, Duration.ofSeconds(5), true)
                .getProperty("mail.imap.starttls.required"))
        .isEqualTo("true");
    java.util.Properties secure =
        ImapSource.properties(
            new ImapSource.Location(true, "mail.icc-cpi.int", 993, "asp", "INBOX"),
            Duration.ofSeconds(5),
            true);
    assertThat(secure.getProperty("mail.store.protocol")).isEqualTo("imaps");
    assertThat(secure.getProperty("mail.imaps.ssl.checkserveridentity")).isEqualTo("true");
    assertThat(secure.getProperty("mail.imaps.ssl.trust"))
        .as("no certificate trusted blindly")
        .isNull();

    // GreenMail's plain IMAP offers no STARTTLS: were it across a network, nothing is sent.
    assertThatThrownBy(() -> ImapSource.read(inbox(), PASSWORD, Duration.ofSeconds(5), true, false))
        .isInstanceOfSatisfying(
            ImapSource.ImapException.class,
            e -> assertThat(e.failure()).isEqualTo(ImapSource.Failure.CLEAR_TEXT));
    assertThat(ImapSource.read(inbox(), PASSWORD, Duration.ofSeconds(5))).isEmpty();
  }

  @Test
  void an_address_names_user_host_and_folder_and_never_a_password() {
    ImapSource.Location plain = ImapSource.Location.parse("imap://asp@mail.icc-cpi.int").get();
    assertThat(plain)
        .isEqualTo(new ImapSource.Location(false, "mail.icc-cpi.int", 143, "asp", "INBOX"));
    assertThat(
            ImapSource.Location.parse("imaps://asp%40icc-cpi.int@mail.icc-cpi.int/ASP/2024").get())
        .isEqualTo(
            new ImapSource.Location(true, "mail.icc-cpi.int", 993, "asp@icc-cpi.int", "ASP/2024"));
    assertThat(plain.toString()).isEqualTo("imap://asp@mail.icc-cpi.int:143/INBOX");
    assertThat(ImapSource.Location.parse("imap://asp:secret@mail.icc-cpi.int").getLeft())
        .isEqualTo(ImapSource.AddressProblem.PASSWORD);
    assertThat(ImapSource.Location.parse("imap://mail.icc-cpi.int/INBOX").getLeft())
        .isEqualTo(ImapSource.AddressProblem.NO_USER);
    assertThat(ImapSource.Location.parse("pop3://asp@mail.icc-cpi.int").getLeft())
        .isEqualTo(ImapSource.AddressProblem.NOT_IMAP);
    assertThat(ImapSource.Location.parse("imap://asp@/INBOX").getLeft())
        .isEqualTo(ImapSource.AddressProblem.NO_HOST);
    assertThat(ImapSource.Location.parse("imap://asp@mail icc/INBOX").getLeft())
        .isEqualTo(ImapSource.AddressProblem.MALFORMED);
    assertThat(ImapSource.Location.named("imaps://x@y")).isTrue();
    assertThat(ImapSource.Location.named("./imap/INBOX")).isFalse();
  }
}
