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

  Problems(Consumer<String> log) {
    this.log = log;
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
    } else {
      problem(ctx, new Problem(e.getStatus(), "HTTP_" + e.getStatus(), e.getMessage()));
    }
  }

  void failure(Context ctx, Exception e) {
    String id = ctx.attribute(REQUEST_ID);
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(trace));
    log.accept(id + " failed: " + trace);
    problem(ctx, new Problem(500, "INTERNAL", text(ctx, "internal", id)));
  }

  void notFound(Context ctx) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(PROBLEM)) {
      problem(ctx, new Problem(404, "NOT_FOUND", text(ctx, "not.found.path", ctx.path())));
    }
  }

  void notAllowed(Context ctx) {
    problem(
        ctx, new Problem(405, "METHOD_NOT_ALLOWED", text(ctx, "method", ctx.method(), ctx.path())));
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
