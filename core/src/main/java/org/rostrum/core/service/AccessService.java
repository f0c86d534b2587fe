package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import org.rostrum.core.port.in.AccessUseCase;
import org.rostrum.core.port.out.AccessTokens;
import org.rostrum.core.port.out.AccessTokens.Grant;

/** Tokens issued and checked through the store that keeps their hashes. */
public final class AccessService implements AccessUseCase {

  private final AccessTokens tokens;

  public AccessService(AccessTokens tokens) {
    this.tokens = requireNonNull(tokens, "tokens");
  }

  @Override
  public String issue(Grant grant) {
    return tokens.issue(requireNonNull(grant, "grant"));
  }

  @Override
  public Option<Grant> grantOf(String token) {
    return token == null || token.isBlank() ? Option.none() : tokens.find(token);
  }
}
