package org.rostrum.adapters.mail;

import org.rostrum.core.model.RosterEntry;

/**
 * One reason to think a mail comes from a participant: where it was seen, what was seen, and whom
 * the roster says it designates. Kept with the mail, shown to the person who reviews it.
 */
record Evidence(Source source, String seen, RosterEntry entry) {

  /** Where evidence is read, in the order it is trusted. */
  enum Source {
    /** The sender of a mail forwarded by one of the plenary's own addresses or known forwarders. */
    FORWARDED_SENDER,
    /** The sender's address, through the roster's mail identities. */
    SENDER,
    /** The text's own subject: "The Embassy of X presents…", "X would like…". */
    TEXT,
    /** The sender's display name ("Embajada Argentina"). */
    DISPLAY_NAME,
    /** The mail's subject line (not a reply's). */
    SUBJECT_LINE,
    /** An embassy or mission named in the signature: never decides, may contradict. */
    SIGNATURE
  }

  /**
   * The evidence as the record keeps it: its source, what was seen, the participant's key — said in
   * the reader's language by the core's {@code Doubts.evidence}.
   */
  String encode() {
    return org.rostrum.core.rules.Doubts.evidence(source.name(), seen, entry.key().value());
  }
}
