package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;

/**
 * A mail as Rostrum reads it: who sent it, its decoded subject and text (quoted history still in:
 * {@link Letter} tells the parts apart), its {@code Received:} stamps from the top, its {@code
 * Date:}, the headers that say whether a person wrote it, the mails attached to it whole, and what
 * went wrong reading it.
 *
 * @param key the mail's identity for idempotence: its {@code Message-ID}, or a digest of what stays
 *     the same between two deliveries of it when it has none
 * @param digest a digest of that same content, whatever the Message-ID says: two different mails
 *     under one Message-ID have different digests
 * @param text the body as plain text (HTML converted), capped
 * @param headers the top-level header fields that tell an automatic mail (lower-case names)
 * @param attached mails forwarded as attachments ({@code message/rfc822}), read the same way
 * @param problems what could not be read (broken MIME, unknown charset…); empty when all went well
 */
public record Mail(
    String key,
    String digest,
    Option<String> messageId,
    String fromAddress,
    String fromName,
    String subject,
    String text,
    List<Stamp> received,
    Option<Instant> date,
    List<String> references,
    List<String> attachments,
    List<Header> headers,
    String mimeType,
    List<Mail> attached,
    List<String> problems) {

  /** One {@code Received:} header: the host it came from, the host that added it, and when. */
  public record Stamp(String from, String by, Instant at) {}

  /** A header field, its name in lower case, its value unfolded and decoded. */
  public record Header(String name, String value) {}

  /** The sender's domain, lower case ("diplomatie.gouv.fr"), or empty. */
  public String fromDomain() {
    int at = fromAddress.lastIndexOf('@');
    return at < 0 ? "" : fromAddress.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** The first value of a header field, by its name in lower case. */
  public Option<String> header(String name) {
    return headers.find(h -> h.name().equals(name)).map(Header::value);
  }
}
