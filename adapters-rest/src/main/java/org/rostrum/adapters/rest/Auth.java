package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Http.text;

import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.rostrum.core.model.Actor;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.AccessUseCase;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.rules.Participants;

/**
 * Who is asking: the bearer token's grant, checked for a role and a plenary, and whose request is
 * whose.
 */
final class Auth {

  private final AccessUseCase access;

  Auth(AccessUseCase access) {
    this.access = access;
  }

  /** The grant of the bearer token, whatever its role or plenary; 401 without a valid one. */
  Grant holder(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"rostrum\"");
      throw new Problem(401, "UNAUTHORIZED", text(ctx, "unauthorized"));
    }
    String token = header.substring(7).strip();
    Grant grant =
        access
            .grantOf(token)
            .getOrElseThrow(
                () -> {
                  ctx.header(
                      "WWW-Authenticate", "Bearer realm=\"rostrum\", error=\"invalid_token\"");
                  return new Problem(401, "UNAUTHORIZED", text(ctx, "bad.token"));
                });
    access.actorOf(token).forEach(actor -> ctx.attribute(ACTOR, actor));
    return grant;
  }

  private static final String ACTOR = "rostrum.actor";

  /**
   * Who asks, as the record names them: the token checked by {@link #grant} or {@link #holder} for
   * this request.
   */
  static Actor actor(Context ctx) {
    Actor actor = ctx.attribute(ACTOR);
    if (actor == null) {
      throw new IllegalStateException("a change is recorded only after its token is checked");
    }
    return actor;
  }

  /** Who the presented token is for. */
  void whoami(Context ctx) {
    Grant grant = holder(ctx);
    com.fasterxml.jackson.databind.node.ObjectNode body = Http.JSON.createObjectNode();
    body.put("role", grant.role().name().toLowerCase(java.util.Locale.ROOT));
    body.put("plenary", grant.plenary().map(p -> p.value()).getOrNull());
    body.put("participant", grant.participant().getOrNull());
    Http.json(ctx, 200, body);
  }

  /** The grant of the bearer token, checked for one of {@code roles} and for this plenary. */
  Grant grant(Context ctx, Plenary plenary, Role... roles) {
    Grant grant = holder(ctx);
    List<Role> allowed = List.of(roles);
    if (!allowed.contains(grant.role())) {
      throw new Problem(
          403,
          "FORBIDDEN",
          text(
              ctx,
              "forbidden.role",
              grant.role().name().toLowerCase(Locale.ROOT),
              allowed.map(r -> r.name().toLowerCase(Locale.ROOT)).mkString(", ")));
    }
    if (grant.plenary().exists(p -> !p.equals(plenary.id()))) {
      throw new Problem(
          403, "FORBIDDEN", text(ctx, "forbidden.plenary", grant.plenary().get(), plenary.id()));
    }
    return grant;
  }

  static boolean sameParticipant(String a, String b, Plenary plenary) {
    Option<String> ka =
        Participants.in(plenary.roster())
            .resolve(a, Option.none(), plenary.date())
            .map(p -> p.key().value())
            .toOption();
    Option<String> kb =
        Participants.in(plenary.roster())
            .resolve(b, Option.none(), plenary.date())
            .map(p -> p.key().value())
            .toOption();
    return ka.isDefined() ? ka.equals(kb) : a.strip().equalsIgnoreCase(b.strip());
  }
}
