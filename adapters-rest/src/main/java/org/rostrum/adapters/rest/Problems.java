package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Http.JSON;
import static org.rostrum.adapters.rest.Http.PROBLEM;
import static org.rostrum.adapters.rest.Http.REQUEST_ID;
import static org.rostrum.adapters.rest.Http.messages;
import static org.rostrum.adapters.rest.Http.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.function.Consumer;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RefusedAtTheDoor;
import org.rostrum.core.rules.Rejection;

/**
 * The one problem mapper: every error an RFC 9457 problem in the asker's language, no stack trace.
 */
final class Problems {

  private final Consumer<String> log;
  private final java.time.Duration idle;
  private final Routes routes;

  Problems(Consumer<String> log, java.time.Duration idle, Routes routes) {
    this.log = log;
    this.idle = idle;
    this.routes = routes;
  }

  void problem(Context ctx, Problem p) {
    ObjectNode body = JSON.createObjectNode();
    body.setAll(p.extra);
    body.put("type", "https://rostrum.invalid/problems/" + p.reason.toLowerCase(Locale.ROOT));
    body.put("title", p.reason);
    body.put("status", p.status);
    body.put("detail", p.getMessage());
    body.put("reason", p.reason);
    body.put("instance", "urn:request:" + ctx.attribute(REQUEST_ID));
    ctx.status(p.status).contentType(PROBLEM).result(body.toString());
  }

  void http(Context ctx, HttpResponseException e) {
    if (e.getStatus() == 413) {
      problem(ctx, new Problem(413, "TOO_LARGE", text(ctx, "too.large", RestApi.MAX_BODY)));
    } else if (e.getStatus() == 404) {
      notFound(ctx);
    } else if (e.getStatus() == 405) {
      notAllowed(ctx);
    } else {
      problem(ctx, new Problem(e.getStatus(), "HTTP_" + e.getStatus(), e.getMessage()));
    }
  }

  /**
   * A failure on the server: 500 with the request's id, the trace only in the log. A body that
   * stopped arriving is the client's: 408 when the idle timeout ended it, 400 when the client went
   * away; one line in the log, no trace.
   */
  /**
   * A body that stopped arriving, which the server ended at its idle timeout (Javalin answers 408
   * with no body): the problem, in one line of the log.
   */
  void timedOut(Context ctx) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(PROBLEM)) {
      problem(ctx, new Problem(408, "TIMEOUT", text(ctx, "timeout", idle.toSeconds())));
    }
  }

  void failure(Context ctx, Exception e) {
    String id = ctx.attribute(REQUEST_ID);
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof java.util.concurrent.TimeoutException) {
        log.accept(id + " body timed out: " + c.getMessage());
        problem(ctx, new Problem(408, "TIMEOUT", text(ctx, "timeout", idle.toSeconds())));
        return;
      }
      if (c instanceof org.eclipse.jetty.io.EofException) {
        log.accept(id + " body cut off: " + c.getMessage());
        problem(ctx, new Problem(400, "BAD_JSON", text(ctx, "cut.off")));
        return;
      }
    }
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(trace));
    log.accept(id + " failed: " + trace);
    problem(ctx, new Problem(500, "INTERNAL", text(ctx, "internal", id)));
  }

  /**
   * Nothing routed answered: 405 with the methods the path takes, if it takes any, else 404 —
   * unless a resource already said what was not found.
   */
  void notFound(Context ctx) {
    String type = ctx.res().getContentType();
    if (type != null && type.startsWith(PROBLEM)) {
      return;
    }
    java.util.Set<String> allowed = routes.allowed(ctx.path());
    if (!allowed.isEmpty() && !allowed.contains(ctx.method().name())) {
      notAllowed(ctx);
      return;
    }
    problem(ctx, new Problem(404, "NOT_FOUND", text(ctx, "not.found.path", ctx.path())));
  }

  /** 405, with the methods the path takes in {@code Allow}. */
  void notAllowed(Context ctx) {
    String methods = String.join(", ", routes.allowed(ctx.path()));
    ctx.header("Allow", methods);
    problem(
        ctx,
        new Problem(
            405,
            "METHOD_NOT_ALLOWED",
            text(ctx, "method", ctx.method().name(), ctx.path(), methods)));
  }

  /**
   * What {@code decide} answers, or, when the request is refused at the door (R10: a time of
   * receipt the plenary cannot have, nothing recorded), a 400 {@code INVALID} problem saying why.
   */
  static <T> T atTheDoor(Context ctx, Plenary plenary, java.util.function.Supplier<T> decide) {
    try {
      return decide.get();
    } catch (RefusedAtTheDoor e) {
      throw new Problem(400, "INVALID", messages(ctx, plenary).explain(e.rejection()));
    }
  }

  /** A refusal by a rule as a problem, with the status of the one table ({@link Outcomes}). */
  static Problem refusal(Context ctx, Plenary plenary, Rejection rejection, ObjectNode extra) {
    return new Problem(
        Outcomes.status(rejection.reason()),
        rejection.reason().name(),
        messages(ctx, plenary).explain(rejection),
        extra);
  }
}
