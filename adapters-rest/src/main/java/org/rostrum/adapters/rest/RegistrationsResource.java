package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Bodies.body;
import static org.rostrum.adapters.rest.Bodies.category;
import static org.rostrum.adapters.rest.Bodies.flag;
import static org.rostrum.adapters.rest.Bodies.instant;
import static org.rostrum.adapters.rest.Bodies.oneOf;
import static org.rostrum.adapters.rest.Bodies.registrationId;
import static org.rostrum.adapters.rest.Bodies.text;
import static org.rostrum.adapters.rest.Http.JSON;
import static org.rostrum.adapters.rest.Http.json;
import static org.rostrum.adapters.rest.Http.language;
import static org.rostrum.adapters.rest.Http.messages;
import static org.rostrum.adapters.rest.Http.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.rostrum.core.decider.Command;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.RepresentationLevel;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Role;

/** Requests for the floor: registered, read back by their sender, withdrawn. */
final class RegistrationsResource {

  private final RestApi.Services services;
  private final Auth auth;
  private final CommandsResource commands;

  RegistrationsResource(RestApi.Services services, Auth auth, CommandsResource commands) {
    this.services = services;
    this.auth = auth;
    this.commands = commands;
  }

  private Plenary plenaryOf(Context ctx) {
    return Http.plenaryOf(ctx, services.query());
  }

  void register(Context ctx) {
    auth.admitted(ctx, Role.REGISTRANT, Role.SECRETARIAT, Role.CHAIR);
    Plenary plenary = plenaryOf(ctx);
    // A chair may note what is asked for in the room (points of order, replies); see below.
    Grant grant = auth.grant(ctx, plenary, Role.REGISTRANT, Role.SECRETARIAT, Role.CHAIR);
    JsonNode body =
        body(
            ctx,
            List.of(
                "segment",
                "participant",
                "speaker",
                "language",
                "receivedAt",
                "senderClock",
                "sourceRef",
                "kind",
                "level",
                "onBehalfOf"));
    InterventionKind kind =
        text(ctx, body, "kind", false)
            .map(k -> oneOf(ctx, "kind", InterventionKind.class, k))
            .getOrElse(InterventionKind.STATEMENT);
    if (grant.role() == Role.CHAIR && kind.fromTheList()) {
      throw new Problem(
          403, "FORBIDDEN", text(ctx, "forbidden.chair.kind", messages(ctx, plenary).kind(kind)));
    }
    Option<RepresentationLevel> level =
        text(ctx, body, "level", false).map(l -> oneOf(ctx, "level", RepresentationLevel.class, l));
    // What is asked for in the room may leave the segment to the core: a point of order is for the
    // segment being run, a reply after the plenary's list for its last segment.
    String segment = text(ctx, body, "segment", kind.fromTheList()).getOrElse("");
    JsonNode participantNode = body.get("participant");
    String name;
    Option<ParticipantCategory> category = Option.none();
    if (participantNode == null || participantNode.isNull()) {
      name =
          grant
              .participant()
              .getOrElseThrow(
                  () -> new Problem(400, "INVALID", text(ctx, "missing.field", "participant")));
    } else if (participantNode.isTextual()) {
      name = participantNode.asText();
    } else if (participantNode.isObject()) {
      JsonNode p = participantNode;
      List<String> unknown =
          List.ofAll(p::fieldNames).filter(f -> !f.equals("name") && !f.equals("category"));
      if (!unknown.isEmpty()) {
        throw new Problem(
            400,
            "UNKNOWN_FIELDS",
            text(
                ctx,
                "unknown.fields",
                unknown.map(f -> "participant." + f).mkString(", "),
                "name, category"));
      }
      name = text(ctx, p, "name", true).map(n -> n).getOrElse("");
      category = text(ctx, p, "category", false).map(c -> category(ctx, c));
    } else {
      throw new Problem(
          400,
          "INVALID",
          text(ctx, "bad.field", "participant", text(ctx, "expected.text"), participantNode));
    }
    Option<Instant> receivedAt =
        text(ctx, body, "receivedAt", false).map(t -> instant(ctx, "receivedAt", t));
    if (receivedAt.isDefined() && grant.role() != Role.SECRETARIAT) {
      throw new Problem(403, "FORBIDDEN", text(ctx, "forbidden.received.at"));
    }
    boolean senderClock = flag(ctx, body, "senderClock");
    if (senderClock && receivedAt.isEmpty()) {
      throw new Problem(400, "INVALID", text(ctx, "sender.clock.alone"));
    }
    if (grant.role() == Role.REGISTRANT && grant.participant().isDefined()) {
      String mine = grant.participant().get();
      if (!Auth.sameParticipant(mine, name, plenary)) {
        throw new Problem(403, "FORBIDDEN", text(ctx, "forbidden.participant", mine, name));
      }
    }
    RegisterCommand command =
        RegisterCommand.builder()
            .plenary(plenary.id())
            .segment(segment)
            .participant(name)
            .category(category)
            .speaker(text(ctx, body, "speaker", false))
            .language(text(ctx, body, "language", false))
            .receivedAt(receivedAt)
            .senderClock(senderClock)
            .sourceRef(text(ctx, body, "sourceRef", false))
            .kind(kind)
            .level(level)
            .onBehalfOf(text(ctx, body, "onBehalfOf", false))
            .build();
    answer(
        ctx,
        plenary,
        Problems.atTheDoor(
            ctx, plenary, () -> services.register().apply(Auth.actor(ctx)).register(command)));
  }

  /**
   * A request's outcome as the answer: 201 inscribed, 200 the same source again, 422 refused by a
   * rule (recorded, with its receipt); its place at Location.
   */
  void answer(Context ctx, Plenary plenary, RegistrationOutcome outcome) {
    ObjectNode answer = outcome(outcome, plenary, language(ctx));
    ctx.header(
        "Location",
        "/api/plenaries/" + plenary.id().value() + "/registrations/" + outcome.id().value());
    if (outcome instanceof RegistrationOutcome.Refused refused) {
      throw new Problem(
          Outcomes.status(refused.rejection().reason()),
          refused.rejection().reason().name(),
          why(messages(ctx, plenary), refused),
          answer);
    }
    json(ctx, Outcomes.status(outcome), answer);
  }

  static ObjectNode outcome(RegistrationOutcome outcome, Plenary plenary, Language language) {
    ObjectNode o = JSON.createObjectNode();
    o.put("registrationId", outcome.id().value());
    o.put("receipt", outcome.receipt());
    o.put("replay", outcome.replay());
    if (outcome instanceof RegistrationOutcome.Inscribed i) {
      o.put("status", i.status().name());
      o.put("segment", i.registration().segment().value());
      Participant p = i.registration().participant();
      ObjectNode participant = o.putObject("participant");
      participant.put("key", p.key().value());
      participant.put("name", p.name(language));
      participant.put("category", p.category().name());
      o.put("kind", i.registration().kind().name());
      i.registration().onBehalfOf().forEach(group -> o.put("onBehalfOf", group));
      i.registration().level().forEach(level -> o.put("level", level.name()));
      o.put("receivedAt", SpeakersFormats.offset(i.registration().receivedAt(), plenary.zone()));
      o.put("senderClock", i.registration().senderClock());
      if (i.position() > 0) {
        o.put("position", i.position());
        o.put("projectedStart", SpeakersFormats.offset(i.projectedStart(), plenary.zone()));
        o.put("timePermitting", i.timePermitting());
      }
    } else if (outcome instanceof RegistrationOutcome.Refused refused) {
      o.put("status", refused.annulled().isDefined() ? "ANNULLED" : "REFUSED");
      refused.annulled().forEach(reason -> o.put("annulled", reason));
      for (RegistrationOutcome.Place held : refused.holds()) {
        ObjectNode h = o.putObject("holds");
        h.put("registrationId", held.id().value());
        h.put("position", held.position());
        h.put("status", held.status().name());
        h.put("projectedStart", SpeakersFormats.offset(held.start(), plenary.zone()));
        h.put("timePermitting", held.timePermitting());
      }
    }
    return o;
  }

  /**
   * Why a request was refused, in the reader's language; for a duplicate, also the place the
   * participant holds and when it is projected (R5).
   */
  static String why(org.rostrum.core.rules.Messages messages, RegistrationOutcome.Refused refused) {
    return refused.explained(messages);
  }

  void registration(Context ctx) {
    auth.admitted(ctx, Role.REGISTRANT, Role.SECRETARIAT);
    Plenary plenary = plenaryOf(ctx);
    Grant grant = auth.grant(ctx, plenary, Role.REGISTRANT, Role.SECRETARIAT);
    RegistrationId id = registrationId(ctx, plenary);
    RegistrationOutcome outcome =
        services
            .query()
            .outcome(plenary.id(), id)
            .getOrElseThrow(
                () ->
                    new Problem(
                        404,
                        "NOT_FOUND",
                        text(ctx, "not.found.registration", id.value(), plenary.id())));
    if (grant.role() != Role.SECRETARIAT) {
      String sender =
          outcome instanceof RegistrationOutcome.Inscribed inscribed
              ? inscribed.registration().participant().name()
              : services
                  .query()
                  .list(plenary.id())
                  .refusal(id)
                  .map(r -> r.participantName(Language.EN))
                  .getOrElse("");
      if (grant.participant().isEmpty()
          || !Auth.sameParticipant(grant.participant().get(), sender, plenary)) {
        throw new Problem(403, "FORBIDDEN", text(ctx, "forbidden.owner", id.value()));
      }
    }
    json(ctx, 200, described(ctx, plenary, outcome));
  }

  /** A request and its outcome as it is read back: a refusal with its reason and sentence. */
  static ObjectNode described(Context ctx, Plenary plenary, RegistrationOutcome outcome) {
    ObjectNode body = outcome(outcome, plenary, language(ctx));
    if (outcome instanceof RegistrationOutcome.Refused refused) {
      body.put("reason", refused.rejection().reason().name());
      body.put("detail", why(messages(ctx, plenary), refused));
    }
    return body;
  }

  void withdraw(Context ctx) {
    auth.admitted(ctx, Role.SECRETARIAT);
    Plenary plenary = plenaryOf(ctx);
    auth.grant(ctx, plenary, Role.SECRETARIAT);
    RegistrationId id = registrationId(ctx, plenary);
    commands.change(ctx, plenary, new Command.Withdraw(id), true);
  }
}
