package org.rostrum.adapters.storage;

import io.vavr.control.Option;

/**
 * What {@code verify} found walking a plenary's journal: how many entries and the head's hash if
 * the chain holds, or the first entry that breaks it and how.
 */
public record Verification(long entries, String headHash, Option<Break> firstBreak) {

  /** How the chain is broken at an entry. */
  public enum Problem {
    /** The entry's content does not give its recorded hash: it was altered. */
    HASH_MISMATCH,
    /** The entry with this sequence number is not there: removed, or rows reordered. */
    MISSING,
    /** The journal ends before, or goes on after, the head recorded with the plenary. */
    HEAD_MISMATCH
  }

  /** The first entry where the chain does not hold. */
  public record Break(long seq, Problem problem) {}

  public boolean intact() {
    return firstBreak.isEmpty();
  }
}
