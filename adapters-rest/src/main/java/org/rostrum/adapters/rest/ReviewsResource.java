package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Bodies.body;
import static org.rostrum.adapters.rest.Bodies.flag;
import static org.rostrum.adapters.rest.Bodies.required;
import static org.rostrum.adapters.rest.Bodies.text;
import static org.rostrum.adapters.rest.Http.JSON;
import static org.rostrum.adapters.rest.Http.json;
import static org.rostrum.adapters.rest.Http.language;
import static org.rostrum.adapters.rest.Http.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.ReviewMailUseCase;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.rules.Doubts;
import org.rostrum.core.view.ReviewView;

/** The mails held for review, read and resolved by the Secretariat. */
final class ReviewsResource {

  private final RestApi.Services services;
  private final Auth auth;
  private final RegistrationsResource registrations;

  ReviewsResource(RestApi.Services services, Auth auth, RegistrationsResource registrations) {
    this.services = services;
    this.auth = auth;
    this.registrations = registrations;
  }

  private Plenary plenaryOf(Context ctx) {
    return Http.plenaryOf(ctx, services.query());
  }

  /** The mails held for review, with why, in the reader's language (Secretariat only). */
  void reviews(Context ctx) {
    auth.admitted(ctx, Role.SECRETARIAT);
    Plenary plenary = plenaryOf(ctx);
    auth.grant(ctx, plenary, Role.SECRETARIAT);
    ReviewView review = services.reviews().apply(Auth.actor(ctx)).review(plenary.id());
    ObjectNode body = JSON.createObjectNode();
    body.put("plenary", plenary.id().value());
    body.put("version", review.version());
    ArrayNode held = body.putArray("held");
    for (ReviewView.Item item : review.held()) {
      held.add(held(item, plenary, language(ctx)));
    }
    json(ctx, 200, body);
  }

  static ObjectNode held(ReviewView.Item item, Plenary plenary, Language language) {
    MailReviews.Held h = item.mail();
    ObjectNode o = JSON.createObjectNode();
    o.put("id", h.id());
    o.put("receivedAt", SpeakersFormats.offset(h.receivedAt(), plenary.zone()));
    o.put("senderClock", h.senderClock());
    o.put("late", item.late());
    o.put("sender", h.sender());
    o.put("subject", h.subject());
    ArrayNode doubts = o.putArray("doubts");
    h.doubts().forEach(doubts::add);
    o.put("why", Doubts.sentences(h.doubts(), language, h.participantSeen()));
    optional(o, "participantSeen", h.participantSeen());
    optional(o, "segmentSeen", h.segmentSeen());
    optional(o, "speaker", h.speaker());
    o.put("language", h.language());
    // what was read, for the person who decides: the roster's candidates and the evidence
    ArrayNode candidates = o.putArray("candidates");
    for (String key : h.candidates()) {
      ObjectNode c = candidates.addObject();
      c.put("key", key);
      c.put("name", plenary.roster().name(key, language));
    }
    ArrayNode evidence = o.putArray("evidence");
    h.evidence().forEach(e -> evidence.add(Doubts.explainEvidence(e, language, plenary.roster())));
    if (h.resolution().isDefined()) {
      ObjectNode r = o.putObject("resolution");
      r.put("outcome", h.resolution().get().outcome());
      r.put("note", h.resolution().get().note());
      r.put("at", SpeakersFormats.offset(h.resolution().get().at(), plenary.zone()));
    } else {
      o.putNull("resolution");
    }
    return o;
  }

  static void optional(ObjectNode o, String field, Option<String> value) {
    if (value.isDefined()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }

  /** A held mail accepted: a request at its original time of receipt, answered as one. */
  void accept(Context ctx) {
    auth.admitted(ctx, Role.SECRETARIAT);
    Plenary plenary = plenaryOf(ctx);
    auth.grant(ctx, plenary, Role.SECRETARIAT);
    long id = heldId(ctx);
    JsonNode body = body(ctx, List.of("participant", "segment", "speaker"));
    String participant = required(ctx, body, "participant");
    String segment = required(ctx, body, "segment");
    Option<String> speaker = text(ctx, body, "speaker", false);
    Either<ReviewMailUseCase.NotDone, RegistrationOutcome> done =
        Problems.atTheDoor(
            ctx,
            plenary,
            () ->
                services
                    .reviews()
                    .apply(Auth.actor(ctx))
                    .accept(plenary.id(), id, participant, segment, speaker));
    if (done.isLeft()) {
      throw notDone(ctx, done.getLeft(), id);
    }
    registrations.answer(ctx, plenary, done.get());
  }

  /**
   * A held mail dismissed, with the reason kept; with {@code "reply": true}, its sender is told the
   * reason in a reply recorded in the outbox (a question about the venue, a statement for the
   * website).
   */
  void dismiss(Context ctx) {
    auth.admitted(ctx, Role.SECRETARIAT);
    Plenary plenary = plenaryOf(ctx);
    auth.grant(ctx, plenary, Role.SECRETARIAT);
    long id = heldId(ctx);
    JsonNode body = body(ctx, List.of("reason", "reply"));
    String reason = required(ctx, body, "reason");
    boolean reply = flag(ctx, body, "reply");
    Either<ReviewMailUseCase.NotDone, MailReviews.Held> done =
        services.reviews().apply(Auth.actor(ctx)).dismiss(plenary.id(), id, reason, reply);
    if (done.isLeft()) {
      throw notDone(ctx, done.getLeft(), id);
    }
    ReviewView.Item item =
        services
            .reviews()
            .apply(Auth.actor(ctx))
            .review(plenary.id())
            .held()
            .find(i -> i.mail().id() == id)
            .getOrElse(() -> new ReviewView.Item(done.get(), false));
    json(ctx, 200, held(item, plenary, language(ctx)));
  }

  long heldId(Context ctx) {
    String rid = ctx.pathParam("rid");
    try {
      long id = Long.parseLong(rid);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // not a number: no such mail
    }
    throw new Problem(404, "NOT_HELD", text(ctx, "not.held", rid));
  }

  Problem notDone(Context ctx, ReviewMailUseCase.NotDone why, long id) {
    return switch (why) {
      case NOT_HELD -> new Problem(Outcomes.status(why), "NOT_HELD", text(ctx, "not.held", id));
      case RESOLVED ->
          new Problem(Outcomes.status(why), "RESOLVED", text(ctx, "resolved.already", id));
      case NO_REASON -> new Problem(Outcomes.status(why), "INVALID", text(ctx, "no.reason", id));
    };
  }
}
