package org.rostrum.core.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.rostrum.core.model.Actor;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Issued;
import org.rostrum.core.rules.Rejection;

/** Who may do what: the Secretariat issues, lists and revokes tokens; adapters check them. */
public interface AccessUseCase {

  /**
   * Issues a new token for {@code grant}; it is shown once, and only its hash is kept. A
   * registrant's token must name a participant the plenary's roster holds (R10, with suggestions);
   * it is kept under the roster's name.
   */
  Either<Rejection, NewToken> issue(Grant grant);

  /**
   * A token just issued: its secret, shown once, and what it grants (a registrant's participant as
   * the roster names it).
   */
  record NewToken(String secret, Grant grant) {}

  /** What a presented token allows, if it is one that was issued and not revoked. */
  Option<Grant> grantOf(String token);

  /**
   * Who a presented token is, as the record names whoever asks for a change: its public id and
   * role; none if it is no valid token.
   */
  Option<Actor> actorOf(String token);

  /** Every token issued, never its secret. */
  Seq<Issued> tokens();

  /** Revokes a token by its public id; false when there is none to revoke. */
  boolean revoke(String id);
}
