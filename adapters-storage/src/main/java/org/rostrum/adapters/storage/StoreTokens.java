package org.rostrum.adapters.storage;

import io.vavr.control.Option;
import java.security.SecureRandom;
import java.util.Base64;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.AccessTokens;

/** API tokens in the store: only their SHA-256 is kept; the token is shown once, at issue. */
final class StoreTokens implements AccessTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Store store;

  /**
   * Grants found, by token hash: a token is never changed once issued (there is no revocation yet),
   * so a server asks the database once per token, not once per request.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Grant> found =
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
  public Option<Grant> find(String token) {
    if (token == null || token.isBlank()) {
      return Option.none();
    }
    String hash = Hashes.sha256(token.trim());
    Grant known = found.get(hash);
    if (known != null) {
      return Option.some(known);
    }
    Option<Grant> grant = read(hash);
    grant.forEach(g -> found.put(hash, g));
    return grant;
  }

  private Option<Grant> read(String hash) {
    return store.use(
        jdbi ->
            jdbi.withHandle(
                h ->
                    Option.ofOptional(
                        h.createQuery(
                                "SELECT role, plenary, participant FROM api_token WHERE token_hash"
                                    + " = :hash")
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
