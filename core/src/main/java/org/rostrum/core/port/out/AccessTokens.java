package org.rostrum.core.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.model.PlenaryId;

/** The API tokens the Secretariat issued: kept as hashes, shown once, revocable. */
public interface AccessTokens {

  /** Issues a new token and returns it; only its hash is kept. */
  String issue(Grant grant);

  /** What a presented token allows, if it is one that was issued and not revoked. */
  Option<Grant> find(String token);

  /** The public id of a presented token (as {@link #issued} lists it), never its secret. */
  String idOf(String token);

  /** Every token issued, in the order issued: its public id and grant, never its secret. */
  Seq<Issued> issued();

  /**
   * Revokes the token whose public id is {@code id}; false when there is none, or it was revoked
   * already. Every instance refuses it within a second.
   */
  boolean revoke(String id, Instant at);

  /** What a token allows: a role, for one plenary or all, and for a registrant its participant. */
  record Grant(Role role, Option<PlenaryId> plenary, Option<String> participant) {
    public Grant {
      java.util.Objects.requireNonNull(role, "role");
      java.util.Objects.requireNonNull(plenary, "plenary");
      java.util.Objects.requireNonNull(participant, "participant");
    }
  }

  /**
   * A token as the Secretariat lists it.
   *
   * @param id its public id: the first characters of its hash, safe to show and to revoke by
   */
  record Issued(String id, Grant grant, Instant createdAt, Option<Instant> revokedAt) {
    public Issued {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(grant, "grant");
      java.util.Objects.requireNonNull(createdAt, "createdAt");
      java.util.Objects.requireNonNull(revokedAt, "revokedAt");
    }
  }

  /** Who holds a token. */
  enum Role {
    SECRETARIAT,
    CHAIR,
    REGISTRANT
  }
}
