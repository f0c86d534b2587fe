package org.rostrum.adapters.storage;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.rostrum.core.decider.Event;
import org.rostrum.core.decider.Event.RegistrationInscribed;
import org.rostrum.core.decider.Event.RegistrationRejected;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.Journal.Attributed;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.VersionConflict;

/**
 * The journal in the store: one append-only sequence of entries per plenary, each chained to the
 * previous by its hash. An append takes the plenary's row lock (PostgreSQL) or the database's write
 * lock (SQLite), checks the expected version against the head, writes the entries and the new head,
 * and commits durably — or changes nothing.
 */
final class StoreJournal implements Journal {

  /** The PostgreSQL channel on which appends are announced. */
  static final String CHANNEL = "rostrum_journal";

  private final Store store;

  /**
   * The head each plenary had after this process's last append: the next append chains to it
   * without reading it first. The head row's own check catches any other writer.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Head> heads;

  /** Whether this process appended to any journal of the store. */
  private final java.util.concurrent.atomic.AtomicBoolean appended =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** What one append transaction did, and the head it left. */
  private record Attempt(Either<VersionConflict, Seq<JournalEntry>> result, Head head) {}

  StoreJournal(Store store, java.util.concurrent.ConcurrentHashMap<String, Head> heads) {
    this.store = store;
    this.heads = heads;
  }

  /** A row as stored. */
  record Row(
      long seq,
      String type,
      int version,
      String event,
      String recordedAt,
      String sourceRef,
      String hash,
      String actor) {}

  record Head(long seq, String hash) {}

  /** An entry about to be written. */
  private record Written(
      String type, int version, String event, String actor, String sourceRef, String hash) {}

  boolean appended() {
    return appended.get();
  }

  @Override
  public Either<VersionConflict, Seq<JournalEntry>> append(
      PlenaryId plenary, long expectedVersion, Seq<Attributed> events, Instant recordedAt) {
    try {
      Attempt attempt =
          store.jdbi().inTransaction(h -> append(h, plenary, expectedVersion, events, recordedAt));
      if (attempt.result().isRight()) {
        heads.put(plenary.value(), attempt.head());
        appended.set(true);
      }
      return attempt.result();
    } catch (JdbiException e) {
      heads.remove(plenary.value());
      if (uniqueViolation(e)) {
        // Another writer recorded the same source reference first: decide again.
        return Either.left(new VersionConflict(expectedVersion, -1));
      }
      throw Store.explain(store.storeName(), e);
    }
  }

  private Attempt append(
      Handle h,
      PlenaryId plenary,
      long expectedVersion,
      Seq<Attributed> events,
      Instant recordedAt) {
    String at = recordedAt.toString();
    java.util.List<JournalEntry> written = new ArrayList<>();
    java.util.List<Written> rows = new ArrayList<>();
    Head known = heads.get(plenary.value());
    Head head = known != null && known.seq() == expectedVersion ? known : head(h, plenary, true);
    if (head.seq() != expectedVersion) {
      return new Attempt(Either.left(new VersionConflict(expectedVersion, head.seq())), head);
    }
    String previous = head.hash();
    long seq = head.seq();
    for (Attributed attributed : events) {
      seq++;
      Event event = attributed.event();
      String type = EventCodec.type(event);
      int version = EventCodec.version(event);
      String json = EventCodec.encode(event);
      String actor = EventCodec.encode(attributed.actor());
      previous = Entries.hash(previous, plenary.value(), seq, type, version, at, json, actor);
      rows.add(new Written(type, version, json, actor, sourceRef(event).getOrNull(), previous));
      written.add(new JournalEntry(seq, event, recordedAt, previous, attributed.actor()));
    }
    // Moving the head from the one the entries were chained to is also the version check and
    // the plenary's write lock: 0 rows means another writer moved it first.
    int moved =
        h.createUpdate(
                "UPDATE journal_head SET head_seq = :seq, head_hash = :hash WHERE plenary = :id AND head_seq"
                    + " = :expected AND head_hash = :previous")
            .bind("seq", seq)
            .bind("hash", previous)
            .bind("id", plenary.value())
            .bind("expected", head.seq())
            .bind("previous", head.hash())
            .execute();
    if (moved == 0) {
      heads.remove(plenary.value());
      Head actual = head(h, plenary, false);
      return new Attempt(Either.left(new VersionConflict(expectedVersion, actual.seq())), actual);
    }
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO journal (plenary, seq, event_type, event_version, event, recorded_at,"
                + " source_ref, hash, actor) VALUES (:plenary, :seq, :type, :version, :event, :at,"
                + " :source, :hash, :actor)");
    long n = head.seq();
    for (Written row : rows) {
      batch
          .bind("plenary", plenary.value())
          .bind("seq", ++n)
          .bind("type", row.type())
          .bind("version", row.version())
          .bind("event", row.event())
          .bind("at", at)
          .bind("source", row.sourceRef())
          .bind("hash", row.hash())
          .bind("actor", row.actor())
          .add();
    }
    batch.execute();
    if (store.dialect() == Store.Dialect.POSTGRESQL) {
      // Sent on commit, to every process listening (Store.onAppend); ids are [a-z0-9-] only.
      h.execute("NOTIFY " + CHANNEL + ", '" + plenary.value() + "'");
    }
    return new Attempt(Either.right(Vector.ofAll(written)), new Head(seq, previous));
  }

  private Head head(Handle h, PlenaryId plenary, boolean forUpdate) {
    String lock = forUpdate && store.dialect() == Store.Dialect.POSTGRESQL ? " FOR UPDATE" : "";
    return h.createQuery("SELECT head_seq, head_hash FROM journal_head WHERE plenary = :id" + lock)
        .bind("id", plenary.value())
        .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2)))
        .findOne()
        .orElseThrow(
            () ->
                new StoreException(
                    StoreException.Problem.NO_PLENARY, store.storeName(), plenary.value()));
  }

  private static Option<String> sourceRef(Event event) {
    if (event instanceof RegistrationInscribed inscribed) {
      return inscribed.registration().sourceRef();
    } else if (event instanceof RegistrationRejected rejected) {
      return rejected.request().sourceRef();
    }
    return Option.none();
  }

  private static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = String.valueOf(sql.getSQLState());
        String message = String.valueOf(sql.getMessage());
        if ("23505".equals(state) || message.contains("UNIQUE constraint failed")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * SQLite's count of the changes other connections committed to the file, as seen from one
   * connection of this journal's own (PRAGMA data_version): any append, by this process's pool or
   * by another process, changes it. A read that found nothing new after {@code seq} at a count
   * finds nothing new again while the count is the same, so it is not made again: readers of an
   * unchanged journal (the server's GETs) do not query it.
   */
  private final Object watching = new Object();

  private java.sql.Connection watch;

  /**
   * SQLite's change count, on the watching connection opened {@code generation}-th: each connection
   * counts from its own start, so counts of two connections are not compared.
   */
  private record Count(long generation, long changes) {}

  /** The count at which a read of a plenary found nothing after {@code seq}. */
  private record Quiet(Count count, long seq) {}

  /** How many watching connections were opened. */
  private long generation;

  private final java.util.concurrent.ConcurrentHashMap<String, Quiet> quiet =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** SQLite's change count seen from the watching connection; none where there is none. */
  private Count changes() {
    if (store.dialect() != Store.Dialect.SQLITE) {
      return null;
    }
    synchronized (watching) {
      if (closed) {
        return null;
      }
      try {
        if (watch == null) {
          watch = store.connection();
          watch.setAutoCommit(true);
          generation++;
        }
        try (java.sql.Statement s = watch.createStatement();
            java.sql.ResultSet rs = s.executeQuery("PRAGMA data_version")) {
          return rs.next() ? new Count(generation, rs.getLong(1)) : null;
        }
      } catch (SQLException e) {
        forget();
        return null; // read the journal, as without the count
      }
    }
  }

  /** Whether the store was closed: no connection is opened any more. */
  private boolean closed;

  /** Closes the watching connection for good. */
  void close() {
    synchronized (watching) {
      closed = true;
      forget();
    }
  }

  /** Closes the watching connection and forgets what was read at its counts. */
  private void forget() {
    synchronized (watching) {
      quiet.clear();
      if (watch != null) {
        try {
          watch.close();
        } catch (SQLException e) {
          // closing: nothing is left to read through it
        }
        watch = null;
      }
    }
  }

  @Override
  public Seq<JournalEntry> read(PlenaryId plenary, long afterSeq) {
    Count changes = changes();
    Quiet known = quiet.get(plenary.value());
    if (changes != null
        && known != null
        && known.count().equals(changes)
        && known.seq() == afterSeq) {
      return Vector.empty();
    }
    Seq<JournalEntry> read = decoded(plenary, afterSeq);
    if (changes != null && read.isEmpty()) {
      // counted before the read: an append after the count moves it, and the next read is made
      quiet.put(plenary.value(), new Quiet(changes, afterSeq));
    }
    return read;
  }

  private Seq<JournalEntry> decoded(PlenaryId plenary, long afterSeq) {
    return rows(plenary, afterSeq)
        .map(
            r -> {
              try {
                return new JournalEntry(
                    r.seq(),
                    EventCodec.decode(r.type(), r.version(), r.event()),
                    Instant.parse(r.recordedAt()),
                    r.hash(),
                    Option.of(r.actor()).map(EventCodec::actor));
              } catch (RuntimeException e) {
                throw new StoreException(
                    StoreException.Problem.ENTRY_UNREADABLE,
                    e,
                    store.storeName(),
                    plenary.value(),
                    r.seq(),
                    String.valueOf(e.getMessage()));
              }
            });
  }

  Seq<Row> rows(PlenaryId plenary, long afterSeq) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    Vector.ofAll(
                        h.createQuery(
                                "SELECT seq, event_type, event_version, event, recorded_at,"
                                    + " source_ref, hash, actor FROM journal WHERE plenary = :p"
                                    + " AND seq > :after ORDER BY seq")
                            .bind("p", plenary.value())
                            .bind("after", afterSeq)
                            .map(
                                (rs, ctx) ->
                                    new Row(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getInt(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        rs.getString(7),
                                        rs.getString(8)))
                            .list())));
  }

  /**
   * The entry with hash {@code receipt} and every one after it, each as the text its hash covers,
   * with the hash of the entry before it: an inclusion proof anyone can check offline.
   */
  Option<org.rostrum.core.port.out.JournalProof.Inclusion> inclusion(
      PlenaryId plenary, String receipt) {
    Option<Long> seq =
        store.use(
            jdbi ->
                jdbi.withHandle(
                    h ->
                        Option.ofOptional(
                            h.createQuery(
                                    "SELECT seq FROM journal WHERE plenary = :p AND hash = :h")
                                .bind("p", plenary.value())
                                .bind("h", receipt)
                                .mapTo(Long.class)
                                .findFirst())));
    if (seq.isEmpty()) {
      return Option.none();
    }
    Seq<Row> rows = rows(plenary, Math.max(0, seq.get() - 2));
    String previous = seq.get() > 1 ? rows.head().hash() : "";
    return Option.some(
        new org.rostrum.core.port.out.JournalProof.Inclusion(
            previous,
            rows.filter(r -> r.seq() >= seq.get())
                .map(
                    r ->
                        new org.rostrum.core.port.out.JournalProof.Link(
                            r.seq(),
                            Entries.text(
                                plenary.value(),
                                r.seq(),
                                r.type(),
                                r.version(),
                                r.recordedAt(),
                                r.event(),
                                r.actor()),
                            r.hash()))));
  }

  /** Walks the chain from the first entry and names the first that breaks it. */
  Verification verify(PlenaryId plenary) {
    Head head = store.use(jdbi -> jdbi.withHandle(h -> head(h, plenary, false)));
    String previous = "";
    long expected = 1;
    for (Row row : rows(plenary, 0)) {
      if (row.seq() != expected) {
        return new Verification(
            expected - 1,
            previous,
            Option.some(new Verification.Break(expected, Verification.Problem.MISSING)));
      }
      String hash;
      try {
        hash =
            Entries.hash(
                previous,
                plenary.value(),
                row.seq(),
                row.type(),
                row.version(),
                row.recordedAt(),
                row.event(),
                row.actor());
      } catch (RuntimeException e) {
        hash = "";
      }
      if (!hash.equals(row.hash())) {
        return new Verification(
            expected - 1,
            previous,
            Option.some(new Verification.Break(row.seq(), Verification.Problem.HASH_MISMATCH)));
      }
      previous = hash;
      expected++;
    }
    long entries = expected - 1;
    if (head.seq() != entries || !head.hash().equals(previous)) {
      long at = Math.min(head.seq(), entries) + 1;
      return new Verification(
          entries,
          previous,
          Option.some(new Verification.Break(at, Verification.Problem.HEAD_MISMATCH)));
    }
    return new Verification(entries, previous, Option.none());
  }
}
