package org.rostrum.adapters.mail;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import org.rostrum.core.model.MailIntake;
import org.rostrum.core.rules.Doubts;

/**
 * When the Secretariat received a mail, read from its trusted boundary. The {@code Received:} lines
 * are walked from the top: the provider's internal hops ({@code by 2002:…} at Gmail) and its own
 * hosts come first; the receipt is the stamp of the line where the mail <em>entered</em> that chain
 * ({@code from <the sender's host> by mx.google.com}). Any line below it was written by the
 * sender's systems and proves nothing — even one naming the provider — and is noted as ignored.
 * Without such a boundary (a mail copied into the box, a chain that does not start at the
 * provider), the sender's {@code Date:} — flagged, since the sender's clock says it.
 *
 * @param ignored the stamps ignored, for the record (a lower line naming the provider), as the
 *     core's {@code Doubts.evidence} encodes them
 */
public record ReceiptTime(Instant at, boolean senderClock, List<String> ignored) {

  public static Option<ReceiptTime> of(Mail mail, MailIntake intake) {
    List<Mail.Stamp> stamps = mail.received();
    int run = 0; // the provider's own lines, from the top
    while (run < stamps.size()
        && (internal(stamps.get(run).by(), intake) || trusted(stamps.get(run).by(), intake))) {
      run++;
    }
    Option<Integer> boundary = Option.none();
    for (int i = 0; i < run && boundary.isEmpty(); i++) {
      Mail.Stamp s = stamps.get(i);
      if (trusted(s.by(), intake) && !provider(s.from(), intake)) {
        boundary = Option.some(i); // from the sender's host into the provider
      }
    }
    if (boundary.isEmpty() && run > 0) {
      boundary = Option.some(run - 1); // sent from inside the provider (Gmail to Gmail)
    }
    if (boundary.isDefined() && !stamps.get(boundary.get()).at().equals(Instant.EPOCH)) {
      int b = boundary.get();
      List<String> ignored =
          stamps
              .drop(b + 1)
              .filter(s -> trusted(s.by(), intake) || internal(s.by(), intake))
              .map(s -> Doubts.evidence("IGNORED_STAMP", s.by(), s.at().toString()));
      return Option.some(new ReceiptTime(stamps.get(b).at(), false, ignored));
    }
    List<String> ignored =
        stamps
            .filter(s -> trusted(s.by(), intake))
            .map(s -> Doubts.evidence("IGNORED_STAMP", s.by(), s.at().toString()));
    return mail.date().map(d -> new ReceiptTime(d, true, ignored));
  }

  /** Whether the stamp comes from inside the provider (a relay passing the mail on). */
  private static boolean provider(String from, MailIntake intake) {
    return !from.isEmpty() && (trusted(from, intake) || internal(from, intake));
  }

  static boolean trusted(String host, MailIntake intake) {
    String h = host.toLowerCase(Locale.ROOT);
    return !h.isEmpty()
        && intake
            .trustedHosts()
            .map(t -> t.toLowerCase(Locale.ROOT))
            .exists(t -> h.equals(t) || h.endsWith("." + t));
  }

  static boolean internal(String host, MailIntake intake) {
    String h = host.toLowerCase(Locale.ROOT);
    return !h.isEmpty() && intake.internalHops().exists(p -> h.startsWith(p));
  }
}
