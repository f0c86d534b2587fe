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

  private MailSources() {}

  /** Every mail under {@code path}: a Maildir, a folder of .eml files, an mbox, or one .eml. */
  public static List<RawMail> read(Path path) {
    try {
      if (Files.isDirectory(path)) {
        if (Files.isDirectory(path.resolve("cur")) || Files.isDirectory(path.resolve("new"))) {
          return files(path.resolve("new")).appendAll(files(path.resolve("cur")));
        }
        return files(path)
            .filter(m -> mailFile(m.origin()))
            .flatMap(m -> read(Path.of(m.origin())));
      }
      byte[] bytes = Files.readAllBytes(path);
      return isMbox(bytes)
          ? mbox(path.toString(), bytes)
          : List.of(new RawMail(path.toString(), bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static List<RawMail> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.empty();
    }
    try (Stream<Path> all = Files.list(folder)) {
      List<Path> sorted =
          List.ofAll(
                  all.filter(Files::isRegularFile)
                      .filter(p -> !p.getFileName().toString().startsWith("."))
                      .toList())
              .sortBy(Path::toString);
      List<RawMail> mails = List.empty();
      for (Path p : sorted) {
        mails = mails.append(new RawMail(p.toString(), Files.readAllBytes(p)));
      }
      return mails;
    }
  }

  /** In a plain folder, the files that hold mails: .eml, .mbox and .mbx. */
  private static boolean mailFile(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".eml") || n.endsWith(".mbox") || n.endsWith(".mbx");
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
