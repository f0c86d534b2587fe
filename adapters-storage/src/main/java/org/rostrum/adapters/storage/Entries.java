package org.rostrum.adapters.storage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a journal entry is hashed: {@code SHA-256(previous hash ‖ canonical entry)}, where the
 * canonical entry is the JSON object of its plenary, sequence number, event type and version,
 * recording instant and event, keys sorted. The first entry's previous hash is empty.
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
      String eventJson) {
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry.put("plenary", plenary);
    entry.put("seq", seq);
    entry.put("type", type);
    entry.put("version", version);
    entry.put("recordedAt", recordedAt);
    entry.set("event", EventCodec.parse(eventJson));
    return Hashes.sha256(previousHash + EventCodec.canonical(entry));
  }
}
