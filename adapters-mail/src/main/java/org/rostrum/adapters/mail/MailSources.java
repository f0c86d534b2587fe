package org.rostrum.adapters.mail;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import io.vavr.collection.List;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where mails come from: single {@code .eml} files, mbox files, and Maildir folders ({@code cur/}
 * and {@code new/}). Each mail keeps where it was found, for messages and review.
 */
public final class MailSources {

  /**
   * The bytes of one mail, and where they were found ("box.mbox #3", "Maildir/cur/…"). A mail in a
   * file is read from it when its bytes are asked for, not when the folder is scanned: a mailbox is
   * never held in memory whole.
   */
  public static final class RawMail {
    private final String origin;
    private final Supplier<byte[]> bytes;

    public RawMail(String origin, byte[] bytes) {
      byte[] copy = bytes.clone();
      this.origin = origin;
      this.bytes = copy::clone;
    }

    private RawMail(String origin, Supplier<byte[]> bytes) {
      this.origin = origin;
      this.bytes = bytes;
    }

    public String origin() {
      return origin;
    }

    /**
     * The mail's bytes.
     *
     * @throws UncheckedIOException when its file can no longer be read
     */
    public byte[] bytes() {
      return bytes.get();
    }
  }

  /** A file or folder not read as mail, and why ({@link Skip}). */
  public record Skipped(String origin, Skip why) {}

  /** Why a file was not read as mail. */
  public enum Skip {
    /** A hidden file or folder (its name starts with a dot), not a Maildir++ folder. */
    HIDDEN,
    /** An empty file. */
    EMPTY,
    /** Its first lines are not mail header fields. */
    NOT_A_MAIL,
    /** A folder inside the folder imported that is not a Maildir. */
    FOLDER,
    /** A file, or a mail in an mbox, larger than any mail ({@link #MAX_MAIL}): not read. */
    TOO_LARGE,
    /** A Maildir's {@code tmp/} folder: mails still being delivered. */
    UNFINISHED,
    /** Folders nested deeper than {@link #MAX_FOLDERS} (a link that loops, perhaps). */
    TOO_DEEP
  }

  /** What a path holds: the mails read, and what was skipped with why. */
  public record Scan(List<RawMail> mails, List<Skipped> skipped) {
    Scan and(Scan other) {
      return new Scan(mails.appendAll(other.mails), skipped.appendAll(other.skipped));
    }
  }

  /** The largest mail read: a larger file, or mail in an mbox, is named as skipped. */
  public static final long MAX_MAIL = 64L * 1024 * 1024;

  /** The deepest folders are walked under the folder imported. */
  static final int MAX_FOLDERS = 16;

  private static final Scan NOTHING = new Scan(List.empty(), List.empty());

  private MailSources() {}

  /** Every mail under {@code path}: a Maildir, a folder of mail files, an mbox, or one mail. */
  public static List<RawMail> read(Path path) {
    return scan(path).mails();
  }

  /**
   * Every mail under {@code path}, and what was not read as mail with why. A folder is read
   * whatever its files are called: each regular file is an mbox (it starts "From "), a mail (it
   * starts with header fields) or skipped and named. A byte-order mark before either is ignored. A
   * Maildir is read in every layout: its {@code new/} and {@code cur/}, the files beside them, its
   * Maildir++ folders ({@code .Sent}) and the Maildirs nested in it (notmuch's layout).
   */
  public static Scan scan(Path path) {
    return scan(path, MAX_MAIL);
  }

  static Scan scan(Path path, long maxMail) {
    try {
      if (Files.isDirectory(path)) {
        return folder(path, maxMail, 0);
      }
      return file(path, maxMail);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static Scan folder(Path path, long maxMail, int depth) throws IOException {
    boolean maildir = maildir(path);
    Scan scan = NOTHING;
    if (maildir) {
      scan = scan.and(delivered(path.resolve("new"), maxMail));
      scan = scan.and(delivered(path.resolve("cur"), maxMail));
    }
    for (Path p : entries(path)) {
      String name = p.getFileName().toString();
      boolean folder = Files.isDirectory(p);
      if (maildir && folder && (name.equals("new") || name.equals("cur"))) {
        continue; // read above
      }
      if (maildir && folder && name.equals("tmp")) {
        if (!entries(p).isEmpty()) {
          scan = scan.and(skipped(p, Skip.UNFINISHED));
        }
      } else if (folder && maildir(p)) { // a nested Maildir, or a Maildir++ folder (".Sent")
        scan =
            depth < MAX_FOLDERS
                ? scan.and(folder(p, maxMail, depth + 1))
                : scan.and(skipped(p, Skip.TOO_DEEP));
      } else if (name.startsWith(".")) {
        scan = scan.and(skipped(p, Skip.HIDDEN));
      } else if (folder) {
        scan = scan.and(skipped(p, Skip.FOLDER));
      } else if (Files.isRegularFile(p)) {
        byte[] head = head(p);
        if (head.length > 0 && !looksLikeMail(head)) {
          scan = scan.and(skipped(p, Skip.NOT_A_MAIL));
        } else {
          scan = scan.and(file(p, maxMail));
        }
      }
    }
    return scan;
  }

  private static Scan skipped(Path p, Skip why) {
    return new Scan(List.empty(), List.of(new Skipped(p.toString(), why)));
  }

  private static boolean maildir(Path path) {
    return Files.isDirectory(path.resolve("cur")) || Files.isDirectory(path.resolve("new"));
  }

  private static List<Path> entries(Path folder) throws IOException {
    try (Stream<Path> all = Files.list(folder)) {
      return List.ofAll(all.toList()).sortBy(Path::toString);
    }
  }

  /** The first bytes of a file, without a byte-order mark: enough to tell what it holds. */
  private static byte[] head(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return withoutByteOrderMark(in.readNBytes(4096));
    }
  }

  /** One file given by name: an mbox, or one mail (whatever it holds: the reader will say). */
  private static Scan file(Path path, long maxMail) throws IOException {
    byte[] head = head(path);
    if (head.length == 0) {
      return skipped(path, Skip.EMPTY);
    }
    if (isMbox(head)) {
      return mbox(path, maxMail);
    }
    if (Files.size(path) > maxMail) {
      return skipped(path, Skip.TOO_LARGE);
    }
    return new Scan(List.of(new RawMail(path.toString(), () -> whole(path))), List.empty());
  }

  private static byte[] whole(Path path) {
    try {
      return withoutByteOrderMark(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** The mails delivered to a Maildir's {@code new/} or {@code cur/}: one file each. */
  private static Scan delivered(Path folder, long maxMail) throws IOException {
    if (!Files.isDirectory(folder)) {
      return NOTHING;
    }
    Scan scan = NOTHING;
    for (Path p : entries(folder)) {
      if (p.getFileName().toString().startsWith(".")) {
        scan = scan.and(skipped(p, Skip.HIDDEN));
      } else if (!Files.isRegularFile(p)) {
        scan = scan.and(skipped(p, Skip.FOLDER));
      } else if (Files.size(p) > maxMail) {
        scan = scan.and(skipped(p, Skip.TOO_LARGE));
      } else {
        scan = scan.and(new Scan(List.of(new RawMail(p.toString(), () -> whole(p))), List.empty()));
      }
    }
    return scan;
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
   * An mbox (mboxrd), streamed: mails begin at lines starting "From "; each is found by its place
   * in the file, and read from there only when it is imported. A line of the text that started with
   * "From " was written "&gt;From " and is restored.
   */
  private static Scan mbox(Path path, long maxMail) throws IOException {
    List<RawMail> mails = List.empty();
    List<Skipped> skipped = List.empty();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      long offset = 0;
      long start = -1;
      int n = 0;
      boolean lineStart = true;
      byte[] from = {'F', 'r', 'o', 'm', ' '};
      int matched = 0; // how much of "From " the current line has begun with
      long lineAt = 0;
      for (int b; (b = in.read()) >= 0; offset++) {
        if (offset == 0 && b == 0xEF) { // a byte-order mark: "From " comes after it
          in.skip(2);
          offset += 2;
          continue;
        }
        if (lineStart) {
          lineAt = offset;
          matched = 0;
          lineStart = false;
        }
        if (matched >= 0 && offset - lineAt == matched) {
          matched = matched < from.length && b == from[matched] ? matched + 1 : -1;
          if (matched == from.length) {
            if (start >= 0) {
              n++;
              String origin = path + " #" + n;
              if (lineAt - start > maxMail) {
                skipped = skipped.append(new Skipped(origin, Skip.TOO_LARGE));
              } else {
                mails = mails.append(part(path, origin, start, lineAt));
              }
            }
            start = -1; // the mail begins after this "From " line
            matched = -1;
          }
        }
        if (b == '\n') {
          lineStart = true;
          if (start < 0) {
            start = offset + 1;
          }
        }
      }
      if (start >= 0 && start < offset) {
        n++;
        String origin = path + " #" + n;
        if (offset - start > maxMail) {
          skipped = skipped.append(new Skipped(origin, Skip.TOO_LARGE));
        } else {
          mails = mails.append(part(path, origin, start, offset));
        }
      }
    }
    return new Scan(mails, skipped);
  }

  /** The mail between two offsets of an mbox, read when it is imported. */
  private static RawMail part(Path path, String origin, long from, long to) {
    return new RawMail(
        origin,
        () -> {
          try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
            channel.position(from);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
              // until the buffer is full or the file ends
            }
            return unescaped(new String(buffer.array(), 0, buffer.position(), ISO_8859_1));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin + ": " + e.getMessage(), e);
          }
        });
  }

  /** One mail of an mbox as it was sent: CRLF lines, "&gt;From " restored, the separator gone. */
  private static byte[] unescaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 32);
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      out.append(line.startsWith(">") && line.matches("^>+From .*") ? line.substring(1) : line)
          .append("\r\n");
    }
    String body = out.toString();
    while (body.endsWith("\r\n\r\n")) {
      body = body.substring(0, body.length() - 2); // the blank line that separates mails
    }
    return body.getBytes(ISO_8859_1);
  }
}
