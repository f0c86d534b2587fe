package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Bodies.body;
import static org.rostrum.adapters.rest.Http.JSON;
import static org.rostrum.adapters.rest.Http.json;
import static org.rostrum.adapters.rest.Http.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.port.out.Outbox;

/**
 * The replies owed to the delegations, as the Secretariat follows them: where each stands, what the
 * mail server last answered, and another attempt when one could not be sent. The messages
 * themselves are not listed: the list stays light, and a reply's text is the delegation's.
 */
final class OutboxResource {

  private final RestApi.Services services;
  private final Auth auth;

  OutboxResource(RestApi.Services services, Auth auth) {
    this.services = services;
    this.auth = auth;
  }

  /** Every reply of the plenary, in the order recorded, with how many stand in each state. */
  void replies(Context ctx) {
    Plenary plenary = secretariat(ctx);
    Seq<Outbox.Reply> replies = services.replies().replies(plenary.id());
    ObjectNode body = JSON.createObjectNode();
    body.put("plenary", plenary.id().value());
    // the server's clock, against which a reader judges how long a reply has waited
    body.put("serverTime", SpeakersFormats.offset(services.clock().instant(), plenary.zone()));
    ObjectNode counts = body.putObject("counts");
    for (Outbox.State state : Outbox.State.values()) {
      counts.put(name(state), replies.count(r -> r.state() == state));
    }
    ArrayNode listed = body.putArray("replies");
    replies.forEach(r -> listed.add(reply(r, plenary)));
    json(ctx, 200, body);
  }

  /**
   * A pending or failed reply made due now: the reply as it now stands. None such is a 404, one
   * sent already a 409: a reply a server accepted is never sent twice.
   */
  void retry(Context ctx) {
    Plenary plenary = secretariat(ctx);
    long id = replyId(ctx);
    if (!ctx.body().isBlank()) {
      body(ctx, List.empty());
    }
    Option<Outbox.Reply> retried = services.replies().retry(plenary.id(), id);
    if (retried.isEmpty()) {
      throw notRetried(ctx, plenary, id);
    }
    json(ctx, 200, reply(retried.get(), plenary));
  }

  /** The plenary of the path, for a Secretariat's token of it (as the held mails are). */
  private Plenary secretariat(Context ctx) {
    auth.admitted(ctx, Role.SECRETARIAT);
    Plenary plenary = Http.plenaryOf(ctx, services.query());
    auth.grant(ctx, plenary, Role.SECRETARIAT);
    return plenary;
  }

  private Problem notRetried(Context ctx, Plenary plenary, long id) {
    Option<Outbox.Reply> sent = services.replies().replies(plenary.id()).find(r -> r.id() == id);
    if (sent.isEmpty()) {
      return new Problem(404, "NO_REPLY", text(ctx, "no.reply", id, plenary.id()));
    }
    return new Problem(
        409,
        "SENT",
        text(
            ctx,
            "reply.sent",
            id,
            sent.get()
                .sentAt()
                .map(at -> SpeakersFormats.offset(at, plenary.zone()))
                .getOrElse("")));
  }

  private static long replyId(Context ctx) {
    String rid = ctx.pathParam("rid");
    if (rid.matches("[1-9][0-9]{0,17}")) {
      return Long.parseLong(rid);
    }
    throw new Problem(404, "NO_REPLY", text(ctx, "no.reply", rid, ctx.pathParam("id")));
  }

  /** One reply as listed: what it answers, to whom, and where it stands; never its message. */
  static ObjectNode reply(Outbox.Reply r, Plenary plenary) {
    Outbox.Draft d = r.draft();
    ObjectNode o = JSON.createObjectNode();
    o.put("id", r.id());
    o.put("occasion", d.occasion().name());
    o.put("reference", d.reference());
    o.put("recipient", d.recipient());
    o.put("language", d.language());
    o.put("subject", d.subject());
    o.put("messageId", d.messageId());
    o.put("state", r.state().name());
    o.put("attempts", r.attempts());
    ReviewsResource.optional(o, "answer", r.answer());
    o.put("recordedAt", SpeakersFormats.offset(r.recordedAt(), plenary.zone()));
    // when it is due is news only while it waits; a sent or failed reply is not attempted again
    instant(
        o,
        "nextAttempt",
        r.state() == Outbox.State.PENDING ? Option.some(r.nextAttempt()) : Option.none(),
        plenary);
    instant(o, "sentAt", r.sentAt(), plenary);
    return o;
  }

  private static void instant(ObjectNode o, String field, Option<Instant> at, Plenary plenary) {
    if (at.isDefined()) {
      o.put(field, SpeakersFormats.offset(at.get(), plenary.zone()));
    } else {
      o.putNull(field);
    }
  }

  private static String name(Outbox.State state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}
