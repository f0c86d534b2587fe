package org.rostrum.adapters.rest;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A server-sent event stream opened on a request, whatever its {@code Accept} says: a display's
 * EventSource asks for {@code text/event-stream}, a script may not, and both read the same stream.
 * (Javalin's own handler answers an empty 200 to the second, and adds a second Cache-Control.)
 */
final class EventStream {

  private EventStream() {}

  /** Starts the stream on {@code ctx} and hands its client to {@code opened}. */
  static void open(Context ctx, Consumer<SseClient> opened) {
    headers(ctx);
    try {
      ctx.res().flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.async(config -> config.timeout = 0, () -> opened.accept(new SseClient(ctx)));
  }

  /** The headers of a stream. */
  static void headers(Context ctx) {
    ctx.status(200).contentType("text/event-stream; charset=utf-8");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Connection", "close");
    ctx.header("X-Accel-Buffering", "no");
  }
}
