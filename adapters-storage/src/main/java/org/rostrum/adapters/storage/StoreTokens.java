package org.rostrum.adapters.storage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.AccessTokens;

/** API tokens in the store: only their SHA-256 is kept; the token is shown once, at issue. */
final class StoreTokens implements AccessTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Store store;

  /** How long a grant read from the store is trusted before it is read again (revocation). */
  private static final long TRUSTED_NANOS = 1_000_000_000L;

  /** How many characters of a token's hash make its public id. */
  static final int ID_LENGTH = 12;

  /** A grant read from the store, and when. */
  private record Known(Option<Grant> grant, long readAt) {}

  /**
   * Grants found, by token hash, trusted for a second: a server asks the database about a token at
   * most once a second, and a token revoked by any instance is refused everywhere within it.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Known> found =
      new java.util.concurrent.ConcurrentHashMap<>();

  StoreTokens(Store store) {
    this.store = store;
  }

  @Override
  public String issue(Grant grant) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "rst_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    h.createUpdate(
                            "INSERT INTO api_token (token_hash, role, plenary, participant,"
                                + " created_at) VALUES (:hash, :role, :plenary, :participant, :at)")
                        .bind("hash", Hashes.sha256(token))
                        .bind("role", grant.role().name())
                        .bind("plenary", grant.plenary().map(PlenaryId::value).getOrNull())
                        .bind("participant", grant.participant().getOrNull())
                        .bind("at", store.clock().instant().toString())
                        .execute()));
    return token;
  }

  @Override
  public String idOf(String token) {
    return Hashes.sha256(token.trim()).substring(0, ID_LENGTH);
  }

  @Override
  public Option<Grant> find(String token) {
    if (token == null || token.isBlank()) {
      return Option.none();
    }
    String hash = Hashes.sha256(token.trim());
    long now = System.nanoTime();
    Known known = found.get(hash);
    if (known != null && now - known.readAt() < TRUSTED_NANOS) {
      return known.grant();
    }
    Option<Grant> grant = read(hash);
    if (grant.isDefined()) {
      found.put(hash, new Known(grant, now));
    } else {
      found.remove(hash);
    }
    return grant;
  }

  @Override
  public Seq<Issued> issued() {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    List.ofAll(
                        h.createQuery(
                                "SELECT t.token_hash, role, plenary, participant, created_at,"
                                    + " revoked_at FROM api_token t LEFT JOIN token_revocation r"
                                    + " ON r.token_hash = t.token_hash"
                                    + " ORDER BY created_at, t.token_hash")
                            .map(
                                (rs, ctx) ->
                                    new Issued(
                                        rs.getString(1).substring(0, ID_LENGTH),
                                        new Grant(
                                            Role.valueOf(rs.getString(2)),
                                            Option.of(rs.getString(3)).map(PlenaryId::of),
                                            Option.of(rs.getString(4))),
                                        Instant.parse(rs.getString(5)),
                                        Option.of(rs.getString(6)).map(Instant::parse)))
                            .list())));
  }

  @Override
  public boolean revoke(String id, Instant at) {
    if (!id.matches("[0-9a-f]{" + ID_LENGTH + "}")) {
      return false;
    }
    int changed =
        store.use(
            jdbi ->
                jdbi.inTransaction(
                    h ->
                        h.createUpdate(
                                "INSERT INTO token_revocation (token_hash, revoked_at) SELECT"
                                    + " t.token_hash, :at FROM api_token t WHERE t.token_hash LIKE"
                                    + " :id AND NOT EXISTS (SELECT 1 FROM token_revocation r WHERE"
                                    + " r.token_hash = t.token_hash)")
                            .bind("at", at.toString())
                            .bind("id", id + "%")
                            .execute()));
    if (changed > 0) {
      found.clear();
    }
    return changed > 0;
  }

  private Option<Grant> read(String hash) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    Option.ofOptional(
                        h.createQuery(
                                "SELECT role, plenary, participant FROM api_token t WHERE"
                                    + " token_hash = :hash AND NOT EXISTS (SELECT 1 FROM"
                                    + " token_revocation r WHERE r.token_hash = t.token_hash)")
                            .bind("hash", hash)
                            .map(
                                (rs, ctx) ->
                                    new Grant(
                                        Role.valueOf(rs.getString(1)),
                                        Option.of(rs.getString(2)).map(PlenaryId::of),
                                        Option.of(rs.getString(3))))
                            .findOne())));
  }
}
