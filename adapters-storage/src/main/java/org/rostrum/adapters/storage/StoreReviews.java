package org.rostrum.adapters.storage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailReviews;

/** Mails held for review, in the store's {@code mail_review} table. */
final class StoreReviews implements MailReviews {

  private static final String COLUMNS =
      "m.id, mail_key, received_at, sender_clock, doubts, participant_seen, segment_seen, speaker,"
          + " language, sender, subject, origin, r.outcome AS resolution, r.note, r.resolved_at,"
          + " candidates, evidence";

  private final Store store;

  StoreReviews(Store store) {
    this.store = store;
  }

  @Override
  public Option<Long> hold(PlenaryId plenary, Held mail) {
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        return store.jdbi().inTransaction(h -> insert(h, plenary, mail));
      } catch (JdbiException e) {
        if (!knows(plenary, mail.key())) {
          continue; // another importer took the same number: take the next one
        }
        return Option.none();
      }
    }
    throw new StoreException(StoreException.Problem.HOLD_FAILED, store.storeName());
  }

  private Option<Long> insert(Handle h, PlenaryId plenary, Held mail) {
    if (known(h, plenary, mail.key())) {
      return Option.none();
    }
    long id =
        h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM mail_review WHERE plenary = :p")
            .bind("p", plenary.value())
            .mapTo(Long.class)
            .one();
    h.createUpdate(
            "INSERT INTO mail_review (plenary, id, mail_key, received_at, sender_clock, doubts,"
                + " participant_seen, segment_seen, speaker, language, sender, subject, origin,"
                + " held_at, candidates, evidence) VALUES (:p, :id, :key, :at, :clock, :doubts,"
                + " :who, :segment, :speaker, :lang, :sender, :subject, :origin, :held,"
                + " :candidates, :evidence)")
        .bind("p", plenary.value())
        .bind("id", id)
        .bind("key", mail.key())
        .bind("at", mail.receivedAt().toString())
        .bind("clock", mail.senderClock())
        .bind("doubts", mail.doubts().mkString(","))
        .bind("who", mail.participantSeen().getOrNull())
        .bind("segment", mail.segmentSeen().getOrNull())
        .bind("speaker", mail.speaker().getOrNull())
        .bind("lang", mail.language())
        .bind("sender", mail.sender())
        .bind("subject", mail.subject())
        .bind("origin", mail.origin())
        .bind("held", store.clock().instant().toString())
        .bind("candidates", mail.candidates().mkString("\n"))
        .bind("evidence", mail.evidence().mkString("\n"))
        .execute();
    return Option.some(id);
  }

  private static boolean known(Handle h, PlenaryId plenary, String key) {
    return h.createQuery("SELECT count(*) FROM mail_review WHERE plenary = :p AND mail_key = :k")
            .bind("p", plenary.value())
            .bind("k", key)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  @Override
  public boolean knows(PlenaryId plenary, String key) {
    return store.use(jdbi -> jdbi.withHandle(h -> known(h, plenary, key)));
  }

  private static Option<String> seen(Handle h, PlenaryId plenary, String key) {
    return Option.ofOptional(
        h.createQuery("SELECT digest FROM mail_seen WHERE plenary = :p AND mail_key = :k")
            .bind("p", plenary.value())
            .bind("k", key)
            .mapTo(String.class)
            .findOne());
  }

  @Override
  public Option<String> digestOf(PlenaryId plenary, String key) {
    return store.use(jdbi -> jdbi.withHandle(h -> seen(h, plenary, key)));
  }

  @Override
  public String remember(PlenaryId plenary, String key, String digest) {
    return store.use(
        jdbi ->
            jdbi.inTransaction(
                h -> {
                  Option<String> first = seen(h, plenary, key);
                  if (first.isDefined()) {
                    return first.get();
                  }
                  h.createUpdate(
                          "INSERT INTO mail_seen (plenary, mail_key, digest, seen_at)"
                              + " VALUES (:p, :k, :d, :at)")
                      .bind("p", plenary.value())
                      .bind("k", key)
                      .bind("d", digest)
                      .bind("at", store.clock().instant().toString())
                      .execute();
                  return digest;
                }));
  }

  @Override
  public Seq<Held> all(PlenaryId plenary) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    List.ofAll(
                        h.createQuery(
                                "SELECT "
                                    + COLUMNS
                                    + " FROM mail_review m LEFT JOIN mail_review_resolution r"
                                    + " ON r.plenary = m.plenary AND r.id = m.id"
                                    + " WHERE m.plenary = :p ORDER BY m.id")
                            .bind("p", plenary.value())
                            .map((rs, ctx) -> held(rs))
                            .list())));
  }

  @Override
  public Option<Held> find(PlenaryId plenary, long id) {
    return all(plenary).find(m -> m.id() == id);
  }

  @Override
  public Option<Held> find(PlenaryId plenary, String key) {
    return all(plenary).find(m -> m.key().equals(key));
  }

  @Override
  public boolean resolve(PlenaryId plenary, long id, Resolution resolution) {
    if (find(plenary, id).map(m -> m.resolution().isDefined()).getOrElse(true)) {
      return false;
    }
    try {
      store
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate(
                          "INSERT INTO mail_review_resolution (plenary, id, outcome, note,"
                              + " resolved_at) VALUES (:p, :id, :r, :n, :at)")
                      .bind("p", plenary.value())
                      .bind("id", id)
                      .bind("r", resolution.outcome())
                      .bind("n", resolution.note())
                      .bind("at", resolution.at().toString())
                      .execute());
      return true;
    } catch (JdbiException e) {
      return false; // resolved meanwhile by someone else: the first resolution stands
    }
  }

  private static Held held(ResultSet rs) throws SQLException {
    String doubts = rs.getString("doubts");
    Option<Resolution> resolution =
        Option.of(rs.getString("resolution"))
            .map(
                r -> {
                  try {
                    return new Resolution(
                        r,
                        Option.of(rs.getString("note")).getOrElse(""),
                        Instant.parse(rs.getString("resolved_at")));
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                });
    return new Held(
        rs.getLong("id"),
        rs.getString("mail_key"),
        Instant.parse(rs.getString("received_at")),
        rs.getBoolean("sender_clock"),
        doubts.isEmpty() ? List.empty() : List.of(doubts.split(",", -1)),
        Option.of(rs.getString("participant_seen")),
        Option.of(rs.getString("segment_seen")),
        Option.of(rs.getString("speaker")),
        rs.getString("language"),
        rs.getString("sender"),
        rs.getString("subject"),
        rs.getString("origin"),
        resolution,
        lines(rs.getString("candidates")),
        lines(rs.getString("evidence")));
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.empty() : List.of(text.split("\n", -1));
  }
}
