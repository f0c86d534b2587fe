package org.rostrum.adapters.mail;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import org.rostrum.core.model.MailIntake;

/**
 * When the Secretariat received a mail: the earliest {@code Received:} stamp added by one of its
 * own (trusted) hosts. Without one, the sender's {@code Date:} — flagged, since the sender's clock
 * says it. A forged {@code Date:} never moves a request ahead of its trusted stamp.
 */
public record ReceiptTime(Instant at, boolean senderClock) {

  public static Option<ReceiptTime> of(Mail mail, MailIntake intake) {
    Option<Mail.Stamp> trusted =
        mail.received().filter(s -> trusted(s.by(), intake)).lastOption(); // headers: newest first
    if (trusted.isDefined()) {
      return Option.some(new ReceiptTime(trusted.get().at(), false));
    }
    return mail.date().map(d -> new ReceiptTime(d, true));
  }

  static boolean trusted(String host, MailIntake intake) {
    String h = host.toLowerCase(Locale.ROOT);
    return intake
        .trustedHosts()
        .map(t -> t.toLowerCase(Locale.ROOT))
        .exists(t -> h.equals(t) || h.endsWith("." + t));
  }
}
