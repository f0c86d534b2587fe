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
   * starts. A display that resumes from an id the journal has not reached (it read another store,
   * or this one before it was made again) is sent everything from the start, as a new one is.
   */
  void live(Context ctx) {
    PlenaryId id = plenaryOf(ctx).id();
    long asked = lastEventId(ctx);
    long after = asked > Http.versionOf(ctx, services.query()) ? 0 : asked;
    EventStream.open(
        ctx,
        client -> {
          client.keepAlive();
          services.live().attach(id, client, after);
        });
  }

  /** The stream's headers without the stream: what GET would answer, and no body. */
  void head(Context ctx) {
    plenaryOf(ctx);
    EventStream.headers(ctx);
  }
}
