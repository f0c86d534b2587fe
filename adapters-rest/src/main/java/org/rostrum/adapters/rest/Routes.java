package org.rostrum.adapters.rest;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The routing table as the API keeps it: each path with the methods it takes. Every GET route
 * answers HEAD through the same handler (Javalin writes no body for HEAD), so that HEAD has GET's
 * status, checks and headers; and a path asked with another method is told which ones it takes (405
 * with {@code Allow}).
 */
final class Routes {

  private record Route(String template, Pattern pattern, Set<String> methods) {}

  private final List<Route> routes = new ArrayList<>();

  /** GET on {@code path}, and HEAD answered by the same handler. */
  void get(JavalinConfig cfg, String path, Handler handler) {
    get(cfg, path, handler, handler);
  }

  /** GET on {@code path}, and HEAD by a handler of its own (a stream has no body to leave out). */
  void get(JavalinConfig cfg, String path, Handler handler, Handler head) {
    cfg.routes.get(path, handler);
    cfg.routes.head(path, head);
    methods(path).add("GET");
    methods(path).add("HEAD");
  }

  void post(JavalinConfig cfg, String path, Handler handler) {
    cfg.routes.post(path, handler);
    methods(path).add("POST");
  }

  void delete(JavalinConfig cfg, String path, Handler handler) {
    cfg.routes.delete(path, handler);
    methods(path).add("DELETE");
  }

  private Set<String> methods(String template) {
    for (Route r : routes) {
      if (r.template.equals(template)) {
        return r.methods;
      }
    }
    Route route =
        new Route(
            template,
            Pattern.compile(
                Pattern.quote(template)
                    .replaceAll(
                        "\\{[^}]+}", java.util.regex.Matcher.quoteReplacement("\\E[^/]+\\Q"))),
            new LinkedHashSet<>());
    routes.add(route);
    return route.methods;
  }

  /** The methods {@code path} takes, in the order they were routed; empty where nothing is. */
  Set<String> allowed(String path) {
    Set<String> allowed = new LinkedHashSet<>();
    for (Route r : routes) {
      if (r.pattern.matcher(path).matches()) {
        allowed.addAll(r.methods);
      }
    }
    return allowed;
  }
}
