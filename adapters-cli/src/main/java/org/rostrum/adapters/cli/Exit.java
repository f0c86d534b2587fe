package org.rostrum.adapters.cli;

import org.rostrum.adapters.mail.MailImport;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.ReviewMailUseCase;
import org.rostrum.core.rules.RejectionReason;

/** The exit codes of {@code rostrum}, as DESIGN.md section 5 fixes them. */
final class Exit {

  /** Done. */
  static final int DONE = 0;

  /** An unexpected failure (a bug): said in one sentence, details only with ROSTRUM_DEBUG. */
  static final int FAILURE = 1;

  /** The command line was wrong: unknown command or option, malformed value. */
  static final int USAGE = 2;

  /** Refused by a rule: late, duplicate, closed list… */
  static final int REFUSED = 3;

  /** The store or an input file cannot be read or written. */
  static final int UNREADABLE = 4;

  private Exit() {}

  /**
   * The one table from the core's outcomes to exit codes: every refusal by a rule, whatever its
   * reason, is 3.
   */
  static int of(RejectionReason reason) {
    java.util.Objects.requireNonNull(reason, "reason");
    return REFUSED;
  }

  /** A request for the floor: 0 inscribed (or the same request again), else its refusal's code. */
  static int of(RegistrationOutcome outcome) {
    return outcome instanceof RegistrationOutcome.Refused refused
        ? of(refused.rejection().reason())
        : DONE;
  }

  /** A held mail that could not be resolved: nothing held (3), done already (3), no reason (2). */
  static int of(ReviewMailUseCase.NotDone notDone) {
    return switch (notDone) {
      case NOT_HELD, RESOLVED -> REFUSED;
      case NO_REASON -> USAGE;
    };
  }

  /**
   * An import of mails: 0 when every mail was inscribed or known already; 3 when any was refused by
   * a rule or held for review — some mail needs a person's eye.
   */
  static int of(MailImport.Summary summary) {
    return summary.review() > 0 || !summary.refused().isEmpty() ? REFUSED : DONE;
  }
}
