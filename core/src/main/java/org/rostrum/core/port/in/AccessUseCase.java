package org.rostrum.core.port.in;

import io.vavr.control.Option;
import org.rostrum.core.port.out.AccessTokens.Grant;

/**
 * Who may do what: the Secretariat issues tokens, each adapter asks what a presented one allows.
 */
public interface AccessUseCase {

  /** Issues a new token for {@code grant}; it is shown once, and only its hash is kept. */
  String issue(Grant grant);

  /** What a presented token allows, if it is one that was issued. */
  Option<Grant> grantOf(String token);
}
