package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A mail as Rostrum reads it: who sent it, its decoded subject and text (quoted history removed),
 * its {@code Received:} stamps, its {@code Date:}, and what went wrong reading it.
 *
 * @param key the mail's identity for idempotence: its {@code Message-ID}, or a digest of its
 *     headers when it has none
 * @param text the body as plain text (HTML converted), without quoted history
 * @param problems what could not be read (broken MIME, unknown charset…); empty when all went well
 */
public record Mail(
    String key,
    Option<String> messageId,
    String fromAddress,
    String fromName,
    String subject,
    String text,
    List<Stamp> received,
    Option<Instant> date,
    List<String> references,
    List<String> attachments,
    List<String> problems) {

  /** One {@code Received:} header: the host that added it, and when. */
  public record Stamp(String by, Instant at) {}

  /** The sender's domain, lower case ("diplomatie.gouv.fr"), or empty. */
  public String fromDomain() {
    int at = fromAddress.lastIndexOf('@');
    return at < 0 ? "" : fromAddress.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
