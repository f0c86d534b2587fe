package org.rostrum.adapters.mail;

import io.vavr.control.Either;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Supplier;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.rostrum.core.port.out.MailSender;
import org.rostrum.core.port.out.Outbox;

/**
 * Delivers replies through the Secretariat's SMTP server (Angus Mail), each exactly as recorded —
 * its Message-ID, threading and {@code Auto-Submitted} header untouched — to its one recipient. One
 * connection is kept while replies follow one another. Over {@code smtp://} the connection must be
 * upgraded with STARTTLS before the password is sent, unless the server is this machine; {@code
 * smtps://} is TLS from the start. A 4xx answer or a network failure defers the reply; a 5xx answer
 * refuses it, with the server's words.
 */
public final class SmtpSender implements MailSender, AutoCloseable {

  /** Where the server is: {@code smtp://[user@]host[:port]} or {@code smtps://…}. */
  public record Location(boolean secure, String host, int port, String user) {

    /** Reads {@code smtp[s]://[user@]host[:port]}; the port defaults to 587, or 465 for smtps. */
    public static Either<ImapSource.AddressProblem, Location> parse(String text) {
      URI uri;
      try {
        uri = new URI(ImapSource.userEncoded(text));
      } catch (URISyntaxException e) {
        return Either.left(ImapSource.AddressProblem.MALFORMED);
      }
      boolean secure = "smtps".equals(uri.getScheme());
      if (!secure && !"smtp".equals(uri.getScheme())) {
        return Either.left(ImapSource.AddressProblem.NOT_IMAP);
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        return Either.left(ImapSource.AddressProblem.NO_HOST);
      }
      String user =
          uri.getRawUserInfo() == null
              ? ""
              : URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
      if (user.contains(":")) {
        return Either.left(ImapSource.AddressProblem.PASSWORD);
      }
      return Either.right(
          new Location(
              secure, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : secure ? 465 : 587, user));
    }

    /** The address again, without any secret. */
    @Override
    public String toString() {
      return (secure ? "smtps" : "smtp")
          + "://"
          + (user.isEmpty() ? "" : user + "@")
          + host
          + ":"
          + port;
    }
  }

  /** How Rostrum proves who it is: a password (an app password), or an OAuth2 access token. */
  public record Credential(boolean oauth2, Supplier<String> secret) {
    public static Credential password(Supplier<String> password) {
      return new Credential(false, password);
    }

    /** Gmail's XOAUTH2; the token is read at each connection, so a refreshed file is taken up. */
    public static Credential oauth2(Supplier<String> token) {
      return new Credential(true, token);
    }
  }

  private final Location where;
  private final Credential credential;
  private final Session session;
  private Transport transport;

  public SmtpSender(Location where, Credential credential, Duration timeout) {
    this(where, credential, timeout, !ImapSource.thisMachine(where.host()));
  }

  SmtpSender(Location where, Credential credential, Duration timeout, boolean requireTls) {
    this.where = where;
    this.credential = credential;
    this.session = Session.getInstance(properties(where, credential, timeout, requireTls));
  }

  static Properties properties(
      Location where, Credential credential, Duration timeout, boolean requireTls) {
    Properties p = new Properties();
    String protocol = where.secure() ? "smtps" : "smtp";
    String ms = Long.toString(timeout.toMillis());
    p.setProperty("mail.transport.protocol", protocol);
    p.setProperty("mail." + protocol + ".connectiontimeout", ms);
    p.setProperty("mail." + protocol + ".timeout", ms);
    p.setProperty("mail." + protocol + ".writetimeout", ms);
    p.setProperty("mail." + protocol + ".auth", Boolean.toString(!where.user().isEmpty()));
    p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
    // the recipients that fail are reported, the others delivered: one recipient each here
    p.setProperty("mail." + protocol + ".reportsuccess", "false");
    if (credential.oauth2()) {
      p.setProperty("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
    }
    if (!where.secure()) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      if (requireTls) {
        p.setProperty("mail.smtp.starttls.required", "true");
      }
    }
    return p;
  }

  /** Where replies go, for the lines the watcher prints. */
  public Location location() {
    return where;
  }

  @Override
  public synchronized Delivery send(Outbox.Reply reply) {
    MimeMessage message;
    Address[] to;
    try {
      message =
          new MimeMessage(
              session,
              new ByteArrayInputStream(reply.draft().message().getBytes(StandardCharsets.UTF_8)));
      to = new Address[] {new InternetAddress(reply.draft().recipient(), true)};
    } catch (MessagingException e) {
      return new Delivery.Refused("not an address or not a message: " + e.getMessage());
    }
    try {
      Transport t = connected();
      t.sendMessage(message, to);
      return new Delivery.Accepted(answer(t, "250 accepted"));
    } catch (SMTPAddressFailedException e) {
      return classified(e.getReturnCode(), e.getMessage());
    } catch (SMTPSendFailedException e) {
      disconnect();
      return classified(e.getReturnCode(), e.getMessage());
    } catch (SendFailedException e) {
      disconnect();
      return new Delivery.Refused(String.valueOf(e.getMessage()).strip());
    } catch (AuthenticationFailedException e) {
      disconnect();
      return new Delivery.Deferred("the server refused the login: " + e.getMessage());
    } catch (MessagingException | RuntimeException e) {
      disconnect(); // the connection broke, or never was: next time from a new one
      return new Delivery.Deferred(ImapSource.cause(e));
    }
  }

  private static Delivery classified(int code, String words) {
    String answer = String.valueOf(words).strip();
    return code >= 400 && code < 500 ? new Delivery.Deferred(answer) : new Delivery.Refused(answer);
  }

  private static String answer(Transport t, String otherwise) {
    String last = t instanceof SMTPTransport s ? s.getLastServerResponse() : null;
    return last == null || last.isBlank() ? otherwise : last.strip();
  }

  private Transport connected() throws MessagingException {
    if (transport != null && transport.isConnected()) {
      return transport;
    }
    Transport t = session.getTransport(where.secure() ? "smtps" : "smtp");
    if (where.user().isEmpty()) {
      t.connect(where.host(), where.port(), null, null);
    } else {
      t.connect(where.host(), where.port(), where.user(), credential.secret().get());
    }
    transport = t;
    return t;
  }

  private void disconnect() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // already gone: nothing to close
      }
      transport = null;
    }
  }

  /** Closes the connection kept between replies, if any. */
  @Override
  public synchronized void close() {
    disconnect();
  }
}
