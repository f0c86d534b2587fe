package org.rostrum.adapters.rest;

import io.javalin.http.Context;
import org.rostrum.core.model.Plenary;

/** The room's pages and what they load, and the API's own document. */
final class Pages {

  private final RestApi.Services services;

  Pages(RestApi.Services services) {
    this.services = services;
  }

  private Plenary plenaryOf(Context ctx) {
    return Http.plenaryOf(ctx, services.query());
  }

  /** The pages and what they load: served from the jar, nothing from elsewhere. */
  static final java.util.Map<String, String> WEB =
      java.util.Map.ofEntries(
          java.util.Map.entry("display.html", "text/html"),
          java.util.Map.entry("console.html", "text/html"),
          java.util.Map.entry("register.html", "text/html"),
          java.util.Map.entry("list.html", "text/html"),
          java.util.Map.entry("receipt.html", "text/html"),
          java.util.Map.entry("rostrum.css", "text/css"),
          java.util.Map.entry("rostrum.js", "text/javascript"),
          java.util.Map.entry("display.js", "text/javascript"),
          java.util.Map.entry("console.js", "text/javascript"),
          java.util.Map.entry("register.js", "text/javascript"),
          java.util.Map.entry("public.js", "text/javascript"),
          java.util.Map.entry("list.js", "text/javascript"),
          java.util.Map.entry("receipt.js", "text/javascript"));

  static final java.util.Map<String, String> FILES = load();

  static java.util.Map<String, String> load() {
    java.util.Map<String, String> files = new java.util.HashMap<>();
    WEB.keySet().forEach(name -> files.put(name, Http.resource("web/" + name)));
    return java.util.Map.copyOf(files);
  }

  void page(Context ctx, String name) {
    plenaryOf(ctx);
    serve(ctx, name);
  }

  void asset(Context ctx) {
    String name = ctx.pathParam("file");
    if (!WEB.containsKey(name) || name.endsWith(".html")) {
      throw new Problem(404, "NOT_FOUND", Http.text(ctx, "not.found.path", ctx.path()));
    }
    serve(ctx, name);
  }

  static void serve(Context ctx, String name) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    ctx.header("Cache-Control", "no-cache");
    ctx.status(200).contentType(WEB.get(name) + "; charset=utf-8").result(FILES.get(name));
  }
}
