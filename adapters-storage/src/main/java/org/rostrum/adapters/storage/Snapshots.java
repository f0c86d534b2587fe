package org.rostrum.adapters.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.rostrum.core.model.PlenaryId;

/**
 * What one-shot commands printed for a plenary, kept with the journal head it was computed at (ADR
 * 0025). A view is printed again only while the head — its number and its hash — is the one it was
 * computed at: any append moves the head, so a view older than the journal is never read, and a
 * journal rewritten to the same length is not mistaken for the one the view was computed from.
 *
 * <p>{@link #read} is the light path of a command that only prints: one plain JDBC connection, no
 * pool, no Flyway, no JDBI, no parsing of the plenary's definition or of any event. Whenever
 * anything is not exactly as expected — the file is missing, the schema is older, the plenary is
 * not the only one, the view was never kept or is stale — it answers nothing, and the command takes
 * the full path, which says what is wrong or renders the view anew and {@linkplain #keep keeps} it.
 */
public final class Snapshots {

  /** How many mails of plenary {@code p.id} are held and how many resolved: "3/1". */
  private static final String REVIEWS =
      "((SELECT count(*) FROM mail_review r WHERE r.plenary = p.id) || '/'"
          + " || (SELECT count(*) FROM mail_review_resolution x WHERE x.plenary = p.id))";

  private final Store store;

  Snapshots(Store store) {
    this.store = store;
  }

  /**
   * The text kept under {@code view} for {@code plenary} (or, when it is null, for the only plenary
   * in the store at {@code location}), if it was computed at the journal's current head.
   */
  public static Optional<String> read(String location, String plenary, String view) {
    try (Connection c = connect(location)) {
      if (c == null || !current(c)) {
        return Optional.empty();
      }
      String sql =
          "SELECT p.id, s.body FROM plenary p JOIN journal_head h ON h.plenary = p.id"
              + " LEFT JOIN view_snapshot s ON s.plenary = p.id AND s.view = ?"
              + " AND s.head_seq = h.head_seq AND s.head_hash = h.head_hash"
              + " AND (s.reviews IS NULL OR s.reviews = "
              + REVIEWS
              + ")"
              + (plenary == null ? "" : " WHERE p.id = ?");
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, view);
        if (plenary != null) {
          s.setString(2, plenary);
        }
        try (ResultSet rs = s.executeQuery()) {
          // exactly one plenary: none or several is for the full path to explain
          if (!rs.next()) {
            return Optional.empty();
          }
          String body = rs.getString(2);
          return rs.next() ? Optional.empty() : Optional.ofNullable(body);
        }
      }
    } catch (SQLException | RuntimeException e) {
      return Optional.empty(); // the full path opens the store properly and says what is wrong
    }
  }

  /** One connection, as plain as the database allows; none for a file that does not exist. */
  private static Connection connect(String location) throws SQLException {
    Properties properties = new Properties();
    if (location.startsWith("jdbc:postgresql:")) {
      properties.setProperty("connectTimeout", "10");
      return new org.postgresql.Driver().connect(location, properties);
    }
    Path file = Path.of(location.startsWith("jdbc:sqlite:") ? location.substring(12) : location);
    if (!Files.isRegularFile(file)) {
      return null; // SQLite would create it: the full path says it is missing
    }
    properties.setProperty("busy_timeout", "10000");
    // the connection itself, without the driver class: registering a driver wakes DriverManager,
    // which loads every driver on the class path
    return new org.sqlite.jdbc4.JDBC4Connection("jdbc:sqlite:" + file, file.toString(), properties);
  }

  /** Whether the schema is the one this build writes; an older one is upgraded by the full path. */
  private static boolean current(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT count(*) FROM flyway_schema_history WHERE version = ? AND success")) {
      s.setString(1, Store.SCHEMA_VERSION);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1;
      }
    }
  }

  /**
   * How many mails of the plenary are held and how many resolved, as a view of the held mails is
   * kept with: read it before reading the mails, so that a mail held meanwhile leaves the view
   * behind rather than out.
   */
  public String reviews(PlenaryId plenary) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    h.createQuery("SELECT " + REVIEWS + " FROM plenary p WHERE p.id = :p")
                        .bind("p", plenary.value())
                        .mapTo(String.class)
                        .one()));
  }

  /**
   * Keeps {@code body} under {@code view} as computed at version {@code seq} of the plenary's
   * journal, with the head's hash — if the head is still at {@code seq}; otherwise keeps nothing,
   * since the view is already stale. {@code reviews}: the {@linkplain #reviews counts of held
   * mails} it shows, or null for a view that shows none.
   */
  public void keep(PlenaryId plenary, String view, long seq, String reviews, String body) {
    store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    h.createUpdate(
                            "INSERT INTO view_snapshot"
                                + " (plenary, view, head_seq, head_hash, reviews, body)"
                                + " SELECT plenary, :view, head_seq, head_hash, :reviews, :body"
                                + " FROM journal_head WHERE plenary = :p AND head_seq = :seq"
                                + " ON CONFLICT (plenary, view) DO UPDATE SET"
                                + " head_seq = excluded.head_seq, head_hash = excluded.head_hash,"
                                + " reviews = excluded.reviews, body = excluded.body")
                        .bind("view", view)
                        .bind("reviews", reviews)
                        .bind("body", body)
                        .bind("p", plenary.value())
                        .bind("seq", seq)
                        .execute()));
  }

  /** The views kept for a plenary that its journal or its held mails have left behind. */
  public List<String> stale(PlenaryId plenary) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    new ArrayList<>(
                        h.createQuery(
                                "SELECT s.view FROM view_snapshot s JOIN journal_head h ON"
                                    + " h.plenary = s.plenary JOIN plenary p ON p.id = s.plenary"
                                    + " WHERE s.plenary = :p AND (s.head_seq <> h.head_seq"
                                    + " OR s.head_hash <> h.head_hash OR s.reviews <> "
                                    + REVIEWS
                                    + ") ORDER BY s.view")
                            .bind("p", plenary.value())
                            .mapTo(String.class)
                            .list())));
  }

  /** Forgets a kept view (one this build no longer renders). */
  public void forget(PlenaryId plenary, String view) {
    store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    h.createUpdate("DELETE FROM view_snapshot WHERE plenary = :p AND view = :v")
                        .bind("p", plenary.value())
                        .bind("v", view)
                        .execute()));
  }

  /** Whether this process appended to any journal of the store since it opened it. */
  public boolean appended() {
    return store.journalAppended();
  }
}
