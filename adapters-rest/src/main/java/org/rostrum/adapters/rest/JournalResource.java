package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Http.JSON;
import static org.rostrum.adapters.rest.Http.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.JournalProof;

/** The record and its proof, for the Secretariat. */
final class JournalResource {

  private final RestApi.Services services;
  private final Auth auth;

  JournalResource(RestApi.Services services, Auth auth) {
    this.services = services;
    this.auth = auth;
  }

  private Plenary plenaryOf(Context ctx) {
    return Http.plenaryOf(ctx, services.query());
  }

  void journal(Context ctx) {
    auth.admitted(ctx, Role.SECRETARIAT);
    Plenary plenary = plenaryOf(ctx);
    auth.grant(ctx, plenary, Role.SECRETARIAT);
    ArrayNode entries = JSON.createArrayNode();
    for (JournalEntry entry : services.query().record(plenary.id())) {
      ObjectNode o = entries.addObject();
      o.put("seq", entry.seq());
      o.put("recordedAt", entry.recordedAt().toString());
      o.put("type", LiveFeed.describe(entry).get("type").asText());
      try {
        o.set("event", JSON.readTree(services.record().canonical(entry.event())));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the journal's own JSON is unreadable", e);
      }
      o.put("hash", entry.hash());
      if (entry.actor().isDefined()) {
        ObjectNode actor = o.putObject("actor");
        actor.put("id", entry.actor().get().id());
        actor.put("role", entry.actor().get().role().getOrNull());
      } else {
        o.putNull("actor");
      }
    }
    json(ctx, 200, entries);
  }

  void verify(Context ctx) {
    auth.admitted(ctx, Role.SECRETARIAT);
    Plenary plenary = plenaryOf(ctx);
    auth.grant(ctx, plenary, Role.SECRETARIAT);
    JournalProof.Proof proof = services.record().verify(plenary.id());
    ObjectNode body = JSON.createObjectNode();
    body.put("plenary", plenary.id().value());
    body.put("intact", proof.intact());
    body.put("entries", proof.entries());
    body.put("headHash", proof.headHash());
    proof.brokenAt().forEach(seq -> body.put("brokenAt", seq));
    proof.problem().forEach(p -> body.put("problem", p));
    json(ctx, 200, body);
  }
}
