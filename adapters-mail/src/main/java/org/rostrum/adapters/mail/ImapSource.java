package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

/**
 * The Secretariat's IMAP folder as a source of mails: opened read-only (nothing is marked read,
 * moved or deleted), every message fetched whole, as the server keeps it, in the folder's order.
 * Each mail's origin names the folder and the message's UID.
 */
public final class ImapSource {

  /** Where the folder is: {@code imap://user@host[:port]/Folder} or {@code imaps://…}. */
  public record Location(boolean secure, String host, int port, String user, String folder) {

    /** Whether {@code text} names an IMAP folder at all (rather than a file). */
    public static boolean named(String text) {
      return text.startsWith("imap://") || text.startsWith("imaps://");
    }

    /** Reads {@code imap[s]://user@host[:port][/Folder]}; the folder defaults to INBOX. */
    public static Either<AddressProblem, Location> parse(String text) {
      URI uri;
      try {
        uri = new URI(userEncoded(text));
      } catch (URISyntaxException e) {
        return Either.left(AddressProblem.MALFORMED);
      }
      boolean secure = "imaps".equals(uri.getScheme());
      if (!secure && !"imap".equals(uri.getScheme())) {
        return Either.left(AddressProblem.NOT_IMAP);
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        return Either.left(AddressProblem.NO_HOST);
      }
      if (uri.getRawUserInfo() == null || uri.getRawUserInfo().isEmpty()) {
        return Either.left(AddressProblem.NO_USER);
      }
      if (uri.getRawUserInfo().contains(":")) {
        return Either.left(AddressProblem.PASSWORD);
      }
      String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
      return Either.right(
          new Location(
              secure,
              uri.getHost(),
              uri.getPort() > 0 ? uri.getPort() : secure ? 993 : 143,
              URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8),
              path.isEmpty() ? "INBOX" : path));
    }

    /** The address again, without any secret. */
    @Override
    public String toString() {
      return (secure ? "imaps" : "imap") + "://" + user + "@" + host + ":" + port + "/" + folder;
    }
  }

  /**
   * The address with every "@" of its user but the last written %40, as a URI must have it: a Gmail
   * user is an address ("imaps://asp.secretariat@gmail.com@imap.gmail.com/INBOX").
   */
  static String userEncoded(String text) {
    int scheme = text.indexOf("://");
    if (scheme < 0) {
      return text;
    }
    int start = scheme + 3;
    int slash = text.indexOf('/', start);
    int end = slash < 0 ? text.length() : slash;
    String authority = text.substring(start, end);
    int last = authority.lastIndexOf('@');
    if (last <= 0) {
      return text;
    }
    return text.substring(0, start)
        + authority.substring(0, last).replace("@", "%40")
        + authority.substring(last)
        + text.substring(end);
  }

  /** What is wrong with an IMAP address. */
  public enum AddressProblem {
    /** Not a URI at all (a space, a stray character). */
    MALFORMED,
    /** It does not begin with imap:// or imaps://. */
    NOT_IMAP,
    /** It names no host. */
    NO_HOST,
    /** It names no user: imap://user@host/Folder. */
    NO_USER,
    /** It holds a password, which would show in shell histories and process lists. */
    PASSWORD
  }

  /** Why the folder could not be read. */
  public enum Failure {
    /** The server cannot be reached, or the connection broke. */
    CONNECT,
    /** Over imap://, the server does not offer STARTTLS: the password would travel in clear. */
    CLEAR_TEXT,
    /** The server refused the user and password. */
    LOGIN,
    /** The server has no such folder. */
    FOLDER,
    /** A message could not be read whole. */
    READ
  }

  /** The folder could not be read; {@link #detail()} is the server's or the network's words. */
  public static final class ImapException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Failure failure;

    ImapException(Failure failure, String detail, Throwable cause) {
      super(detail, cause);
      this.failure = failure;
    }

    public Failure failure() {
      return failure;
    }

    public String detail() {
      return String.valueOf(getMessage());
    }
  }

  private ImapSource() {}

  /**
   * Every message of the folder, read-only. Over {@code imap://} the connection must be upgraded
   * with STARTTLS before the password is sent, unless the server is this machine; {@code imaps://}
   * checks the server's certificate against the Java trust store.
   */
  public static List<MailSources.RawMail> read(Location where, String password, Duration timeout) {
    return read(where, password, timeout, false);
  }

  /** As above; with {@code oauth2}, {@code secret} is an OAuth2 access token (XOAUTH2). */
  public static List<MailSources.RawMail> read(
      Location where, String secret, Duration timeout, boolean oauth2) {
    return read(where, secret, timeout, !thisMachine(where.host()), oauth2);
  }

  /** As above, told whether an {@code imap://} connection must be upgraded by STARTTLS. */
  static List<MailSources.RawMail> read(
      Location where, String password, Duration timeout, boolean requireTls, boolean oauth2) {
    Properties p = properties(where, timeout, requireTls, oauth2);
    String protocol = where.secure() ? "imaps" : "imap";
    Session session = Session.getInstance(p);
    Store store;
    try {
      store = session.getStore(protocol);
    } catch (MessagingException e) {
      throw new ImapException(Failure.CONNECT, e.getMessage(), e);
    }
    try {
      store.connect(where.host(), where.port(), where.user(), password);
    } catch (AuthenticationFailedException e) {
      throw new ImapException(Failure.LOGIN, e.getMessage(), e);
    } catch (MessagingException e) {
      boolean clear = String.valueOf(e.getMessage()).contains("STARTTLS");
      throw new ImapException(clear ? Failure.CLEAR_TEXT : Failure.CONNECT, cause(e), e);
    }
    try {
      Folder folder = store.getFolder(where.folder());
      try {
        folder.open(Folder.READ_ONLY);
      } catch (FolderNotFoundException e) {
        throw new ImapException(Failure.FOLDER, where.folder(), e);
      }
      try {
        return messages(where, folder);
      } finally {
        folder.close(false);
      }
    } catch (MessagingException e) {
      throw new ImapException(Failure.READ, cause(e), e);
    } finally {
      try {
        store.close();
      } catch (MessagingException e) {
        // the mails are read; a failed logout loses nothing
      }
    }
  }

  /** How Jakarta Mail is told to connect: timeouts, read-only peeks, and TLS as said above. */
  static Properties properties(Location where, Duration timeout, boolean requireTls) {
    return properties(where, timeout, requireTls, false);
  }

  /** As above; with {@code oauth2}, the secret is an OAuth2 access token (Gmail's XOAUTH2). */
  static Properties properties(
      Location where, Duration timeout, boolean requireTls, boolean oauth2) {
    Properties p = new Properties();
    String protocol = where.secure() ? "imaps" : "imap";
    String ms = Long.toString(timeout.toMillis());
    p.setProperty("mail.store.protocol", protocol);
    p.setProperty("mail." + protocol + ".connectiontimeout", ms);
    p.setProperty("mail." + protocol + ".timeout", ms);
    p.setProperty("mail." + protocol + ".writetimeout", ms);
    p.setProperty("mail." + protocol + ".peek", "true");
    p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
    if (oauth2) {
      p.setProperty("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
    }
    if (!where.secure()) {
      p.setProperty("mail.imap.starttls.enable", "true");
      if (requireTls) {
        p.setProperty("mail.imap.starttls.required", "true");
      }
    }
    return p;
  }

  /** Whether {@code host} names this machine (a password sent to it never crosses a network). */
  static boolean thisMachine(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static List<MailSources.RawMail> messages(Location where, Folder folder)
      throws MessagingException {
    Message[] all = folder.getMessages();
    FetchProfile profile = new FetchProfile();
    profile.add(UIDFolder.FetchProfileItem.UID);
    folder.fetch(all, profile);
    UIDFolder uids = (UIDFolder) folder;
    List<MailSources.RawMail> mails = List.empty();
    for (Message m : all) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        m.writeTo(bytes);
      } catch (IOException e) {
        throw new ImapException(Failure.READ, e.getMessage(), e);
      }
      mails =
          mails.append(
              new MailSources.RawMail(where + " UID " + uids.getUID(m), bytes.toByteArray()));
    }
    return mails;
  }

  static String cause(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e
        ? String.valueOf(e.getMessage())
        : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }
}
