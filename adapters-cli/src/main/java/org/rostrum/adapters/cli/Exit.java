package org.rostrum.adapters.cli;

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
}
