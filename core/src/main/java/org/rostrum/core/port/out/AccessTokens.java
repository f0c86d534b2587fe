package org.rostrum.core.port.out;

import io.vavr.control.Option;
import org.rostrum.core.model.PlenaryId;

/** The API tokens the Secretariat issued: kept as hashes, shown once. */
public interface AccessTokens {

  /** Issues a new token and returns it; only its hash is kept. */
  String issue(Grant grant);

  /** What a presented token allows, if it is one that was issued. */
  Option<Grant> find(String token);

  /** What a token allows: a role, for one plenary or all, and for a registrant its participant. */
  record Grant(Role role, Option<PlenaryId> plenary, Option<String> participant) {
    public Grant {
      java.util.Objects.requireNonNull(role, "role");
      java.util.Objects.requireNonNull(plenary, "plenary");
      java.util.Objects.requireNonNull(participant, "participant");
    }
  }

  /** Who holds a token. */
  enum Role {
    SECRETARIAT,
    CHAIR,
    REGISTRANT
  }
}
