package org.rostrum.core.service;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.function.Function;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.AccessUseCase;
import org.rostrum.core.port.out.AccessTokens;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Issued;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.port.out.PlenaryCatalog;
import org.rostrum.core.rules.Participants;
import org.rostrum.core.rules.Rejection;

/** Tokens issued, checked, listed and revoked through the store that keeps their hashes. */
public final class AccessService implements AccessUseCase {

  private final AccessTokens tokens;
  private final Function<PlenaryId, Option<Plenary>> plenaries;
  private final Clock clock;

  /** Over the plenaries as the catalog defines them (their rosters as bundled). */
  public AccessService(AccessTokens tokens, PlenaryCatalog catalog, Clock clock) {
    this(tokens, requireNonNull(catalog, "catalog")::find, clock);
  }

  /**
   * Over the plenaries as they stand ({@link
   * org.rostrum.core.port.in.QueryPlenaryUseCase#plenary}): a registrant token may then name a
   * participant the Secretariat added to the roster.
   */
  public AccessService(
      AccessTokens tokens, Function<PlenaryId, Option<Plenary>> plenaries, Clock clock) {
    this.tokens = requireNonNull(tokens, "tokens");
    this.plenaries = requireNonNull(plenaries, "plenaries");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Either<Rejection, NewToken> issue(Grant grant) {
    requireNonNull(grant, "grant");
    if (grant.role() != Role.REGISTRANT) {
      return Either.right(new NewToken(tokens.issue(grant), grant));
    }
    // a registrant acts for one participant of one plenary, named as its roster names it
    Option<Plenary> plenary = grant.plenary().flatMap(plenaries);
    if (plenary.isEmpty()) {
      return Either.left(missing(grant));
    }
    return Participants.in(plenary.get().roster())
        .resolve(grant.participant().getOrElse(""), Option.none(), plenary.get().date())
        .<Rejection>mapLeft(invalid -> invalid)
        .map(
            participant -> {
              Grant named =
                  new Grant(Role.REGISTRANT, grant.plenary(), Option.some(participant.name()));
              return new NewToken(tokens.issue(named), named);
            });
  }

  /** A registrant's token names no plenary whose roster could say who it is for. */
  private static Rejection missing(Grant grant) {
    return new Rejection.Invalid(
        Rejection.Invalid.Problem.PARTICIPANT_MISSING, grant.participant().getOrElse(""), "");
  }

  @Override
  public Option<Grant> grantOf(String token) {
    return token == null || token.isBlank() ? Option.none() : tokens.find(token);
  }

  @Override
  public Option<Actor> actorOf(String token) {
    return grantOf(token)
        .map(grant -> Actor.token(tokens.idOf(token.strip()), grant.role().name()));
  }

  @Override
  public Seq<Issued> tokens() {
    return tokens.issued();
  }

  @Override
  public boolean revoke(String id) {
    return id != null && !id.isBlank() && tokens.revoke(id.strip(), clock.instant());
  }
}
