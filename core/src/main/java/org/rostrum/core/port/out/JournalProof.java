package org.rostrum.core.port.out;

import io.vavr.control.Option;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.PlenaryId;

/** The record as the store keeps it, and its proof: what the Secretariat shows an auditor. */
public interface JournalProof {

  /** The event's canonical JSON, the text that is hashed into the chain. */
  String canonical(Event event);

  /** Walks the plenary's hash chain. */
  Proof verify(PlenaryId plenary);

  /**
   * The proof that the entry with hash {@code receipt} is in the plenary's record as it stands:
   * that entry and every one after it up to the head, each as the text its hash covers; none if no
   * entry of the plenary has that hash.
   */
  Option<Inclusion> inclusion(PlenaryId plenary, String receipt);

  /**
   * An inclusion proof, checkable offline: starting from {@code previous}, {@code SHA-256(hash ‖
   * text)} of each link in turn gives that link's hash, the first is the receipt and the last the
   * head.
   *
   * @param previous the hash of the entry before the receipt's ("" for the first entry)
   */
  record Inclusion(String previous, io.vavr.collection.Seq<Link> links) {
    public Inclusion {
      java.util.Objects.requireNonNull(previous, "previous");
      java.util.Objects.requireNonNull(links, "links");
    }

    public String head() {
      return links.last().hash();
    }
  }

  /** One entry of the chain: its number, the text its hash covers, and its hash. */
  record Link(long seq, String text, String hash) {
    public Link {
      java.util.Objects.requireNonNull(text, "text");
      java.util.Objects.requireNonNull(hash, "hash");
    }
  }

  /** What walking the chain found: its length and head, or the first entry that breaks it. */
  record Proof(long entries, String headHash, Option<Long> brokenAt, Option<String> problem) {
    public boolean intact() {
      return brokenAt.isEmpty();
    }
  }
}
