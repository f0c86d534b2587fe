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
  private final FailedTokens failed;

  Auth(AccessUseCase access, FailedTokens failed) {
    this.access = access;
    this.failed = failed;
  }

  /**
   * The grant of the bearer token, whatever its role or plenary; 401 without a valid one, 429 from
   * an address that sent too many unknown tokens of late ({@link FailedTokens}). Checked once per
   * request.
   */
  Grant holder(Context ctx) {
    Grant checked = ctx.attribute(GRANT);
    if (checked != null) {
      return checked;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"rostrum\"");
      throw new Problem(401, "UNAUTHORIZED", text(ctx, "unauthorized"));
    }
    String address = ctx.ip();
    java.time.Duration wait = failed.waitFor(address);
    if (!wait.isZero() && !wait.isNegative()) {
      // even a right token waits: the answer must not tell which guess was right
      String seconds = Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
      ctx.header("Retry-After", seconds);
      throw new Problem(429, "TOO_MANY_FAILED_TOKENS", text(ctx, "too.many.tokens", seconds));
    }
    String token = header.substring(7).strip();
    Grant grant =
        access
            .grantOf(token)
            .getOrElseThrow(
                () -> {
                  failed.failed(address);
                  ctx.header(
                      "WWW-Authenticate", "Bearer realm=\"rostrum\", error=\"invalid_token\"");
                  return new Problem(401, "UNAUTHORIZED", text(ctx, "bad.token"));
                });
    access.actorOf(token).forEach(actor -> ctx.attribute(ACTOR, actor));
    ctx.attribute(GRANT, grant);
    return grant;
  }

  /**
   * Who asks, decided before whether the plenary of the path exists: 401 without a valid token, 403
   * for a role not among {@code roles} or a token for another plenary than the path's. Only then
   * may an answer say which plenaries there are.
   */
  Grant admitted(Context ctx, Role... roles) {
    Grant grant = holder(ctx);
    role(ctx, grant, roles);
    String path = ctx.pathParam("id");
    if (grant.plenary().exists(p -> !p.value().equals(path))) {
      throw new Problem(
          403, "FORBIDDEN", text(ctx, "forbidden.plenary", grant.plenary().get(), path));
    }
    return grant;
  }

  private static final String ACTOR = "rostrum.actor";
  private static final String GRANT = "rostrum.grant";

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
    role(ctx, grant, roles);
    if (grant.plenary().exists(p -> !p.equals(plenary.id()))) {
      throw new Problem(
          403, "FORBIDDEN", text(ctx, "forbidden.plenary", grant.plenary().get(), plenary.id()));
    }
    return grant;
  }

  private static void role(Context ctx, Grant grant, Role... roles) {
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
