package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where mails come from: single {@code .eml} files, mbox files, and Maildir folders ({@code cur/}
 * and {@code new/}). Each mail keeps where it was found, for messages and review.
 */
public final class MailSources {

  /** The bytes of one mail, and where they were found ("box.mbox #3", "Maildir/cur/…"). */
  public static final class RawMail {
    private final String origin;
    private final byte[] bytes;

    public RawMail(String origin, byte[] bytes) {
      this.origin = origin;
      this.bytes = bytes.clone();
    }

    public String origin() {
      return origin;
    }

    public byte[] bytes() {
      return bytes.clone();
    }
  }

  /** A file or folder not read as mail, and why ({@link Skip}). */
  public record Skipped(String origin, Skip why) {}

  /** Why a file was not read as mail. */
  public enum Skip {
    /** A hidden file (its name starts with a dot). */
    HIDDEN,
    /** An empty file. */
    EMPTY,
    /** Its first lines are not mail header fields. */
    NOT_A_MAIL,
    /** A folder inside the folder imported that is not a Maildir. */
    FOLDER
  }

  /** What a path holds: the mails read, and what was skipped with why. */
  public record Scan(List<RawMail> mails, List<Skipped> skipped) {}

  private MailSources() {}

  /** Every mail under {@code path}: a Maildir, a folder of mail files, an mbox, or one mail. */
  public static List<RawMail> read(Path path) {
    return scan(path).mails();
  }

  /**
   * Every mail under {@code path}, and what was not read as mail with why. A folder is read
   * whatever its files are called: each regular file is an mbox (it starts "From "), a mail (it
   * starts with header fields) or skipped and named. A byte-order mark before either is ignored.
   */
  public static Scan scan(Path path) {
    try {
      if (Files.isDirectory(path)) {
        if (maildir(path)) {
          return new Scan(
              files(path.resolve("new")).appendAll(files(path.resolve("cur"))), List.empty());
        }
        List<RawMail> mails = List.empty();
        List<Skipped> skipped = List.empty();
        for (Path p : entries(path)) {
          String name = p.getFileName().toString();
          if (name.startsWith(".")) {
            skipped = skipped.append(new Skipped(p.toString(), Skip.HIDDEN));
          } else if (Files.isDirectory(p)) {
            if (maildir(p)) {
              mails = mails.appendAll(scan(p).mails());
            } else {
              skipped = skipped.append(new Skipped(p.toString(), Skip.FOLDER));
            }
          } else if (Files.isRegularFile(p)) {
            byte[] head = withoutByteOrderMark(Files.readAllBytes(p));
            if (head.length > 0 && !looksLikeMail(head)) {
              skipped = skipped.append(new Skipped(p.toString(), Skip.NOT_A_MAIL));
              continue;
            }
            Scan one = file(p);
            mails = mails.appendAll(one.mails());
            skipped = skipped.appendAll(one.skipped());
          }
        }
        return new Scan(mails, skipped);
      }
      return file(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static boolean maildir(Path path) {
    return Files.isDirectory(path.resolve("cur")) || Files.isDirectory(path.resolve("new"));
  }

  private static List<Path> entries(Path folder) throws IOException {
    try (Stream<Path> all = Files.list(folder)) {
      return List.ofAll(all.toList()).sortBy(Path::toString);
    }
  }

  /** One file given by name: an mbox, or one mail (whatever it holds: the reader will say). */
  private static Scan file(Path path) throws IOException {
    byte[] bytes = withoutByteOrderMark(Files.readAllBytes(path));
    if (bytes.length == 0) {
      return new Scan(List.empty(), List.of(new Skipped(path.toString(), Skip.EMPTY)));
    }
    if (isMbox(bytes)) {
      return new Scan(mbox(path.toString(), bytes), List.empty());
    }
    return new Scan(List.of(new RawMail(path.toString(), bytes)), List.empty());
  }

  private static List<RawMail> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.empty();
    }
    List<RawMail> mails = List.empty();
    for (Path p : entries(folder)) {
      if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
        mails =
            mails.append(new RawMail(p.toString(), withoutByteOrderMark(Files.readAllBytes(p))));
      }
    }
    return mails;
  }

  /** Whether the bytes begin as a mail does: with header fields ("Name: value"). */
  static boolean looksLikeMail(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
            .replace("\r\n", "\n");
    String first = head.split("\n", 2)[0];
    return first.matches("[!-9;-~]+:.*") || isMbox(bytes);
  }

  private static byte[] withoutByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF
        ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length)
        : bytes;
  }

  private static boolean isMbox(byte[] bytes) {
    return bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("From ");
  }

  /**
   * An mbox (mboxrd): mails begin at lines starting "From "; a line of the text that started with
   * "From " was written "&gt;From " and is restored.
   */
  static List<RawMail> mbox(String origin, byte[] bytes) {
    String all = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    List<RawMail> mails = List.empty();
    StringBuilder current = null;
    int n = 0;
    for (String line : all.split("\n", -1)) {
      if (line.startsWith("From ")) {
        if (current != null) {
          mails = mails.append(mail(origin, ++n, current));
        }
        current = new StringBuilder();
        continue;
      }
      if (current != null) {
        current.append(line.matches("^>+From .*") ? line.substring(1) : line).append("\r\n");
      }
    }
    if (current != null) {
      mails = mails.append(mail(origin, ++n, current));
    }
    return mails;
  }

  private static RawMail mail(String origin, int n, StringBuilder text) {
    String body = text.toString();
    while (body.endsWith("\r\n\r\n")) {
      body = body.substring(0, body.length() - 2); // the blank line that separates mails
    }
    return new RawMail(origin + " #" + n, body.getBytes(StandardCharsets.ISO_8859_1));
  }
}
