package org.rostrum.adapters.mail;

import java.nio.charset.StandardCharsets;

/** Mails built to hurt a reader: nested deeper than any person's mail, generated, not stored. */
final class HostileMails {

  private HostileMails() {}

  /** A mail that forwards a mail that forwards a mail… {@code levels} times (message/rfc822). */
  static byte[] nestedMessages(int levels) {
    StringBuilder out = new StringBuilder();
    out.append("From: a@example.org\r\nSubject: deep\r\nMessage-ID: <deep-")
        .append(levels)
        .append("@example.org>\r\n");
    for (int i = 0; i < levels; i++) {
      out.append("Content-Type: message/rfc822\r\n\r\n").append("Subject: level ").append(i);
      out.append("\r\n");
    }
    out.append("Content-Type: text/plain\r\n\r\nhello\r\n");
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A multipart whose only part is a multipart… {@code levels} times. */
  static byte[] nestedMultiparts(int levels) {
    StringBuilder out = new StringBuilder();
    out.append("From: a@example.org\r\nSubject: deep\r\nMessage-ID: <parts-")
        .append(levels)
        .append("@example.org>\r\n");
    for (int i = 0; i < levels; i++) {
      out.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n");
      out.append("--b").append(i).append("\r\n");
    }
    out.append("Content-Type: text/plain\r\n\r\nhello\r\n");
    for (int i = levels - 1; i >= 0; i--) {
      out.append("--b").append(i).append("--\r\n");
    }
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
