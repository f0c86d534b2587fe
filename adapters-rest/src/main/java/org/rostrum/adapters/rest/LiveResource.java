package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Http.lastEventId;

import io.javalin.http.Context;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;

/** The live stream for displays. */
final class LiveResource {

  private final RestApi.Services services;

  LiveResource(RestApi.Services services) {
    this.services = services;
  }

  private Plenary plenaryOf(Context ctx) {
    return Http.plenaryOf(ctx, services.query());
  }

  /**
   * The live stream, whatever Accept says; an unknown plenary is a 404 problem before any stream
   * starts.
   */
  void live(Context ctx) {
    PlenaryId id = plenaryOf(ctx).id();
    long after = lastEventId(ctx);
    EventStream.open(
        ctx,
        client -> {
          client.keepAlive();
          services.live().attach(id, client, after);
        });
  }
}
