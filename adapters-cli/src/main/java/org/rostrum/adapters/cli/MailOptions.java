package org.rostrum.adapters.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.rostrum.adapters.mail.FolderSender;
import org.rostrum.adapters.mail.ImapSource;
import org.rostrum.adapters.mail.SmtpSender;
import org.rostrum.core.port.out.MailSender;

/**
 * The options that say how Rostrum reaches the Secretariat's mailbox: its IMAP password, the SMTP
 * server replies are sent through and its password, or an OAuth2 access token for both, or the
 * folder replies are written to for sending by hand. Secrets come from files or the environment,
 * never from the command line.
 */
final class MailOptions {

  static final String IMAP_PASSWORD = "ROSTRUM_IMAP_PASSWORD";
  static final String SMTP_PASSWORD = "ROSTRUM_SMTP_PASSWORD";

  /** How long a mail server may take to answer, each time. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  @picocli.CommandLine.Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "A file holding the IMAP password (its first line); also SMTP's by default.")
  Path passwordFile;

  @picocli.CommandLine.Option(
      names = "--smtp",
      paramLabel = "URL",
      description =
          "Send the replies through this SMTP server: smtp://user@host[:port] (STARTTLS required,"
              + " except to this machine) or smtps://user@host[:port] (TLS from the start).")
  String smtp;

  @picocli.CommandLine.Option(
      names = "--smtp-password-file",
      paramLabel = "FILE",
      description =
          "A file holding the SMTP password (default: --password-file, else "
              + SMTP_PASSWORD
              + ").")
  Path smtpPasswordFile;

  @picocli.CommandLine.Option(
      names = "--oauth2-token-file",
      paramLabel = "FILE",
      description =
          "A file holding an OAuth2 access token (Gmail's XOAUTH2), used for IMAP and SMTP instead"
              + " of passwords; read at each connection, so a refreshed token is taken up.")
  Path tokenFile;

  @picocli.CommandLine.Option(
      names = "--outbox",
      paramLabel = "DIR",
      description =
          "Without --smtp: where the replies are written as .eml files, to send by hand (default:"
              + " outbox).")
  Path outbox;

  /** Whether replies go out by SMTP. */
  boolean smtpGiven() {
    return smtp != null;
  }

  /** Whether replies go out at all: by SMTP, or to a folder named on the command line. */
  boolean deliveryGiven() {
    return smtp != null || outbox != null;
  }

  /** The folder replies are written to without SMTP. */
  Path folder() {
    return outbox == null ? Path.of("outbox") : outbox;
  }

  /** Whoever delivers the replies: the SMTP server, else the folder. */
  MailSender sender(Session session) {
    return smtp == null ? new FolderSender(folder()) : smtpSender(session);
  }

  /** The SMTP server's address, or a usage error saying what is wrong with it. */
  SmtpSender smtpSender(Session session) {
    SmtpSender.Location where =
        SmtpSender.Location.parse(smtp)
            .getOrElseThrow(
                why ->
                    new UsageException(
                        session.text.get(
                            "smtp.address",
                            smtp,
                            session.text.get(
                                "smtp.address." + why.name().toLowerCase(Locale.ROOT)))));
    SmtpSender.Credential credential;
    if (tokenFile != null) {
      credential = SmtpSender.Credential.oauth2(firstLine(tokenFile, session));
    } else if (where.user().isEmpty()) {
      credential = SmtpSender.Credential.password(() -> "");
    } else {
      credential = SmtpSender.Credential.password(smtpSecret(where, session));
    }
    return new SmtpSender(where, credential, TIMEOUT);
  }

  /**
   * The IMAP secret: the OAuth2 token file, --password-file, else ROSTRUM_IMAP_PASSWORD, else asked
   * on the terminal when {@code ask}.
   */
  Supplier<String> imapSecret(ImapSource.Location where, Session session, boolean ask) {
    if (tokenFile != null) {
      return firstLine(tokenFile, session);
    }
    if (passwordFile != null) {
      return constant(firstLine(passwordFile, session).get());
    }
    String fromEnvironment = System.getenv(IMAP_PASSWORD);
    if (fromEnvironment != null) {
      return constant(fromEnvironment);
    }
    if (ask) {
      return constant(typed(session, session.text.get("imap.password", where), where.toString()));
    }
    throw new UsageException(session.text.get("imap.no.password", where, IMAP_PASSWORD));
  }

  /** Whether the secrets are OAuth2 tokens. */
  boolean oauth2() {
    return tokenFile != null;
  }

  private Supplier<String> smtpSecret(SmtpSender.Location where, Session session) {
    if (smtpPasswordFile != null) {
      return constant(firstLine(smtpPasswordFile, session).get());
    }
    if (passwordFile != null) {
      return constant(firstLine(passwordFile, session).get());
    }
    String fromEnvironment = System.getenv(SMTP_PASSWORD);
    if (fromEnvironment != null) {
      return constant(fromEnvironment);
    }
    throw new UsageException(session.text.get("smtp.no.password", where, SMTP_PASSWORD));
  }

  private static Supplier<String> constant(String value) {
    return () -> value;
  }

  /** The first line of a file, read now (to fail early) and again at each use. */
  private static Supplier<String> firstLine(Path file, Session session) {
    Supplier<String> read =
        () -> {
          try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .findFirst()
                .orElse("")
                .strip();
          } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new UnreadableInput(session.text.get("mail.unreadable", file));
          }
        };
    String first = read.get();
    return () -> {
      try {
        return read.get();
      } catch (UnreadableInput e) {
        return first; // the file is being replaced: the last token read is still good
      }
    };
  }

  /**
   * Asked on the terminal. (From JDK 22 a console exists without a terminal too; reading from it
   * then gives nothing, which is said.)
   */
  @SuppressWarnings("SystemConsoleNull")
  private static String typed(Session session, String prompt, String where) {
    java.io.Console console = System.console();
    char[] typed = console == null ? null : console.readPassword("%s", prompt);
    if (typed == null) {
      throw new UsageException(session.text.get("imap.no.password", where, IMAP_PASSWORD));
    }
    return new String(typed);
  }
}
