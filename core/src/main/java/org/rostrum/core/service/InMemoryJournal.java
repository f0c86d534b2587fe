package org.rostrum.core.service;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.VersionConflict;

/**
 * A journal in memory, for tests and for embedders who keep their own record. Entries are chained
 * by SHA-256 over the previous hash, the event's text and who asked for it.
 */
public final class InMemoryJournal implements Journal {

  private Map<PlenaryId, Vector<JournalEntry>> entries = HashMap.empty();

  @Override
  public synchronized Either<VersionConflict, Seq<JournalEntry>> append(
      PlenaryId plenary, long expectedVersion, Seq<Attributed> events, Instant recordedAt) {
    Vector<JournalEntry> existing = entries.get(plenary).getOrElse(Vector.empty());
    if (existing.size() != expectedVersion) {
      return Either.left(new VersionConflict(expectedVersion, existing.size()));
    }
    Vector<JournalEntry> appended = Vector.empty();
    String previous = existing.lastOption().map(JournalEntry::hash).getOrElse("");
    long seq = existing.size();
    for (Attributed attributed : events) {
      seq++;
      previous = sha256(previous + attributed.event() + attributed.actor());
      appended =
          appended.append(
              new JournalEntry(seq, attributed.event(), recordedAt, previous, attributed.actor()));
    }
    entries = entries.put(plenary, existing.appendAll(appended));
    return Either.right(appended);
  }

  @Override
  public synchronized Seq<JournalEntry> read(PlenaryId plenary, long afterSeq) {
    return entries
        .get(plenary)
        .getOrElse(Vector.empty())
        .drop((int) Math.min(Integer.MAX_VALUE, Math.max(0, afterSeq)));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
