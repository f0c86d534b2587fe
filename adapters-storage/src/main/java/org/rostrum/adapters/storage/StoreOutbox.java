package org.rostrum.adapters.storage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.Outbox;

/**
 * The replies owed to the delegations, in the store's {@code outbox} table: recorded once per key,
 * claimed by one sender at a time with a conditional update, marked as the server answered.
 */
final class StoreOutbox implements Outbox {

  private static final String COLUMNS =
      "plenary, id, reply_key, occasion, reference, recipient, language, message_id, subject,"
          + " message, state, attempts, answer, recorded_at, next_attempt, sent_at";

  private final Store store;

  StoreOutbox(Store store) {
    this.store = store;
  }

  @Override
  public long record(PlenaryId plenary, Draft draft, Instant at) {
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        return store.use(jdbi -> jdbi.inTransaction(h -> insert(h, plenary, draft, at)));
      } catch (StoreException e) {
        Option<Long> before = store.use(jdbi -> jdbi.withHandle(h -> keyed(h, plenary, draft)));
        if (before.isDefined()) {
          return before.get(); // recorded meanwhile by another process under the same key
        }
        if (attempt == 19) {
          throw e;
        }
        // another process took the same number: take the next one
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static long insert(Handle h, PlenaryId plenary, Draft draft, Instant at) {
    Option<Long> before = keyed(h, plenary, draft);
    if (before.isDefined()) {
      return before.get();
    }
    long id =
        h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM outbox WHERE plenary = :p")
            .bind("p", plenary.value())
            .mapTo(Long.class)
            .one();
    h.createUpdate(
            "INSERT INTO outbox (plenary, id, reply_key, occasion, reference, recipient, language,"
                + " message_id, subject, message, state, attempts, recorded_at, next_attempt)"
                + " VALUES (:p, :id, :key, :occasion, :reference, :recipient, :language,"
                + " :messageId, :subject, :message, 'PENDING', 0, :at, :next)")
        .bind("p", plenary.value())
        .bind("id", id)
        .bind("key", draft.key())
        .bind("occasion", draft.occasion().name())
        .bind("reference", draft.reference())
        .bind("recipient", draft.recipient())
        .bind("language", draft.language())
        .bind("messageId", draft.messageId())
        .bind("subject", draft.subject())
        .bind("message", draft.message())
        .bind("at", at.toString())
        .bind("next", at.toEpochMilli())
        .execute();
    return id;
  }

  private static Option<Long> keyed(Handle h, PlenaryId plenary, Draft draft) {
    return Option.ofOptional(
        h.createQuery("SELECT id FROM outbox WHERE plenary = :p AND reply_key = :k")
            .bind("p", plenary.value())
            .bind("k", draft.key())
            .mapTo(Long.class)
            .findOne());
  }

  @Override
  public Seq<Reply> all(PlenaryId plenary) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    List.ofAll(
                        h.createQuery(
                                "SELECT " + COLUMNS + " FROM outbox WHERE plenary = :p ORDER BY id")
                            .bind("p", plenary.value())
                            .map((rs, ctx) -> reply(rs))
                            .list())));
  }

  @Override
  public Option<Reply> find(PlenaryId plenary, long id) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    Option.ofOptional(
                        h.createQuery(
                                "SELECT "
                                    + COLUMNS
                                    + " FROM outbox WHERE plenary = :p AND id = :id")
                            .bind("p", plenary.value())
                            .bind("id", id)
                            .map((rs, ctx) -> reply(rs))
                            .findOne())));
  }

  @Override
  public Seq<Reply> due(Instant now, int limit) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    List.ofAll(
                        h.createQuery(
                                "SELECT "
                                    + COLUMNS
                                    + " FROM outbox WHERE state = 'PENDING' AND next_attempt <= :now"
                                    + " AND (claimed_until IS NULL OR claimed_until < :now)"
                                    + " ORDER BY next_attempt, plenary, id LIMIT :limit")
                            .bind("now", now.toEpochMilli())
                            .bind("limit", limit)
                            .map((rs, ctx) -> reply(rs))
                            .list())));
  }

  @Override
  public boolean claim(PlenaryId plenary, long id, String sender, Instant now, Instant until) {
    return update(
            "UPDATE outbox SET sender = :sender, claimed_until = :until WHERE plenary = :p AND id ="
                + " :id AND state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)",
            plenary,
            id,
            u ->
                u.bind("sender", sender)
                    .bind("until", until.toEpochMilli())
                    .bind("now", now.toEpochMilli()))
        == 1;
  }

  @Override
  public int release(Predicate<String> gone) {
    List<String> senders =
        store.use(
            jdbi ->
                jdbi.withHandle(
                    h ->
                        List.ofAll(
                            h.createQuery(
                                    "SELECT DISTINCT sender FROM outbox WHERE state = 'PENDING'"
                                        + " AND sender IS NOT NULL")
                                .mapTo(String.class)
                                .list())));
    int freed = 0;
    for (String sender : senders.filter(gone)) {
      freed +=
          store.use(
              jdbi ->
                  jdbi.withHandle(
                      h ->
                          h.createUpdate(
                                  "UPDATE outbox SET sender = NULL, claimed_until = NULL"
                                      + " WHERE state = 'PENDING' AND sender = :sender")
                              .bind("sender", sender)
                              .execute()));
    }
    return freed;
  }

  @Override
  public void sent(PlenaryId plenary, long id, Instant at, String answer) {
    update(
        "UPDATE outbox SET state = 'SENT', attempts = attempts + 1, answer = :answer, sent_at ="
            + " :at, sender = NULL, claimed_until = NULL WHERE plenary = :p AND id = :id",
        plenary,
        id,
        u -> u.bind("answer", answer).bind("at", at.toString()));
  }

  @Override
  public void failed(PlenaryId plenary, long id, String answer, Option<Instant> next) {
    update(
        "UPDATE outbox SET state = :state, attempts = attempts + 1, answer = :answer,"
            + " next_attempt = COALESCE(:next, next_attempt), sender = NULL, claimed_until = NULL"
            + " WHERE plenary = :p AND id = :id AND state = 'PENDING'",
        plenary,
        id,
        u ->
            u.bind("state", next.isDefined() ? "PENDING" : "FAILED")
                .bind("answer", answer)
                .bind("next", next.map(Instant::toEpochMilli).getOrNull()));
  }

  @Override
  public boolean retry(PlenaryId plenary, long id, Instant now) {
    return update(
            "UPDATE outbox SET state = 'PENDING', next_attempt = :now WHERE plenary = :p AND id ="
                + " :id AND state <> 'SENT'",
            plenary,
            id,
            u -> u.bind("now", now.toEpochMilli()))
        == 1;
  }

  private int update(
      String sql,
      PlenaryId plenary,
      long id,
      java.util.function.UnaryOperator<org.jdbi.v3.core.statement.Update> values) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    values
                        .apply(h.createUpdate(sql).bind("p", plenary.value()).bind("id", id))
                        .execute()));
  }

  private static Reply reply(ResultSet rs) throws SQLException {
    return new Reply(
        new PlenaryId(rs.getString("plenary")),
        rs.getLong("id"),
        new Draft(
            rs.getString("reply_key"),
            Occasion.valueOf(rs.getString("occasion")),
            rs.getString("reference"),
            rs.getString("recipient"),
            rs.getString("language"),
            rs.getString("message_id"),
            rs.getString("subject"),
            rs.getString("message")),
        State.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        Option.of(rs.getString("answer")),
        Instant.parse(rs.getString("recorded_at")),
        Instant.ofEpochMilli(rs.getLong("next_attempt")),
        Option.of(rs.getString("sent_at")).map(Instant::parse));
  }
}
