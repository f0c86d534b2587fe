package org.rostrum.adapters.storage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a journal entry is hashed: {@code SHA-256(previous hash ‖ canonical entry)}, where the
 * canonical entry is the JSON object of who asked for it (the actor, for entries that have one),
 * its plenary, sequence number, event type and version, recording instant and event, keys sorted.
 * The first entry's previous hash is empty. An entry recorded before actors were kept has none, and
 * is hashed as it always was.
 */
final class Entries {

  private Entries() {}

  static String hash(
      String previousHash,
      String plenary,
      long seq,
      String type,
      int version,
      String recordedAt,
      String eventJson,
      String actorJson) {
    return Hashes.sha256(
        previousHash + text(plenary, seq, type, version, recordedAt, eventJson, actorJson));
  }

  /** The canonical entry: the text hashed after the previous hash. */
  static String text(
      String plenary,
      long seq,
      String type,
      int version,
      String recordedAt,
      String eventJson,
      String actorJson) {
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry.put("plenary", plenary);
    entry.put("seq", seq);
    entry.put("type", type);
    entry.put("version", version);
    entry.put("recordedAt", recordedAt);
    // The event is canonical already when written; its text is hashed as stored, so that any
    // change to it, even one JSON would call equivalent, breaks the chain.
    String canonical = EventCodec.canonical(entry);
    String actor = actorJson == null ? "" : "\"actor\":" + actorJson + ",";
    return "{" + actor + "\"event\":" + eventJson + "," + canonical.substring(1);
  }
}
