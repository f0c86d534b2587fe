package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Http.REQUEST_ID;
import static org.rostrum.adapters.rest.Http.text;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.rostrum.core.model.Actor;
import org.rostrum.core.port.in.AccessUseCase;
import org.rostrum.core.port.in.DeliverRepliesUseCase;
import org.rostrum.core.port.in.GuardedCommandUseCase;
import org.rostrum.core.port.in.QueryPlenaryUseCase;
import org.rostrum.core.port.in.RecordUseCase;
import org.rostrum.core.port.in.RegisterUseCase;
import org.rostrum.core.port.in.ReviewMailUseCase;

/**
 * The HTTP API of DESIGN.md §5 on Javalin: the routing table, and what every request goes through.
 * JSON in and out with ISO-8601 instants; every error an RFC 9457 problem with a {@code reason}
 * code and a sentence in the asker's language ({@code Accept-Language}) from one mapper ({@link
 * Problems}); bearer tokens with roles checked in one place ({@link Auth}); changes to the list
 * guarded by If-Match; every request logged with an id; no stack trace ever sent. Each resource is
 * a class of its own.
 */
public final class RestApi {

  /** Request bodies larger than this are refused (413). */
  public static final int MAX_BODY = 16 * 1024;

  /** Bodies up to this size are read and dropped before a 413; larger ones are cut off. */
  private static final int DRAINED = 1024 * 1024;

  /**
   * What the API serves: the core's use cases, and the live feed. Those that record a change are
   * asked for on behalf of the token's holder, whom the record names. The replies owed to the
   * delegations are followed, and tried again, by the Secretariat.
   */
  public record Services(
      QueryPlenaryUseCase query,
      Function<Actor, RegisterUseCase> register,
      Function<Actor, GuardedCommandUseCase> commands,
      Function<Actor, ReviewMailUseCase> reviews,
      DeliverRepliesUseCase replies,
      AccessUseCase access,
      RecordUseCase record,
      LiveFeed live,
      Clock clock) {}

  /** The OpenAPI 3.1 document of this API; tests check every exchange against it. */
  static final String OPENAPI = Http.resource("openapi.json");

  private static final String STARTED = "rostrum.started";

  private final Consumer<String> log;

  private RestApi(Consumer<String> log) {
    this.log = log;
  }

  /**
   * The Javalin server with every route, not started. {@code log} receives one line per request
   * (and the detail of any failure).
   */
  public static Javalin create(Services services, Consumer<String> log) {
    return create(services, log, IDLE);
  }

  /**
   * The server, with {@code idle} the time a request body may go without a byte before it is ended
   * with a 408.
   */
  static Javalin create(Services services, Consumer<String> log, java.time.Duration idle) {
    RestApi api = new RestApi(log);
    Auth auth = new Auth(services.access(), new FailedTokens(services.clock()));
    Routes routes = new Routes();
    Problems problems = new Problems(log, idle, routes);
    PlenariesResource plenaries = new PlenariesResource(services);
    CommandsResource commands = new CommandsResource(services, auth);
    RegistrationsResource registrations = new RegistrationsResource(services, auth, commands);
    ReviewsResource reviews = new ReviewsResource(services, auth, registrations);
    OutboxResource outbox = new OutboxResource(services, auth);
    JournalResource journal = new JournalResource(services, auth);
    ReceiptsResource receipts = new ReceiptsResource(services);
    LiveResource live = new LiveResource(services);
    Pages pages = new Pages(services);
    return Javalin.create(
        cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.startup.showOldJavalinVersionWarning = false;
          cfg.http.maxRequestSize = MAX_BODY;
          cfg.http.defaultContentType = "application/json";
          // A body that stops arriving ends its request (a 408) rather than holding a worker.
          cfg.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(idle.toMillis()));
          cfg.routes.before(api::before);
          cfg.routes.after(api::after);
          routes.get(
              cfg,
              "/openapi.json",
              ctx -> ctx.contentType("application/json; charset=utf-8").result(OPENAPI));
          routes.get(cfg, "/plenaries/{id}/display", ctx -> pages.page(ctx, "display.html"));
          routes.get(cfg, "/plenaries/{id}/console", ctx -> pages.page(ctx, "console.html"));
          routes.get(cfg, "/plenaries/{id}/register", ctx -> pages.page(ctx, "register.html"));
          // The delegations' pages, public as the list is: no token.
          routes.get(cfg, "/plenaries/{id}/list", ctx -> pages.page(ctx, "list.html"));
          routes.get(cfg, "/plenaries/{id}/receipt", ctx -> pages.page(ctx, "receipt.html"));
          routes.get(cfg, "/assets/{file}", pages::asset);
          routes.get(cfg, "/api/whoami", auth::whoami);
          routes.get(cfg, "/api/plenaries", plenaries::plenaries);
          routes.get(cfg, "/api/plenaries/{id}", plenaries::plenary);
          routes.get(cfg, "/api/plenaries/{id}/speakers", plenaries::speakers);
          routes.get(cfg, "/api/plenaries/{id}/session", plenaries::session);
          routes.get(cfg, "/api/plenaries/{id}/roster", plenaries::roster);
          routes.post(cfg, "/api/plenaries/{id}/registrations", registrations::register);
          routes.get(cfg, "/api/plenaries/{id}/registrations/{rid}", registrations::registration);
          routes.delete(cfg, "/api/plenaries/{id}/registrations/{rid}", registrations::withdraw);
          routes.post(cfg, "/api/plenaries/{id}/commands/{name}", commands::command);
          routes.get(cfg, "/api/plenaries/{id}/reviews", reviews::reviews);
          routes.post(cfg, "/api/plenaries/{id}/reviews/{rid}/accept", reviews::accept);
          routes.post(cfg, "/api/plenaries/{id}/reviews/{rid}/dismiss", reviews::dismiss);
          routes.get(cfg, "/api/plenaries/{id}/outbox", outbox::replies);
          routes.post(cfg, "/api/plenaries/{id}/outbox/{rid}/retry", outbox::retry);
          routes.get(cfg, "/api/plenaries/{id}/journal", journal::journal);
          routes.get(cfg, "/api/plenaries/{id}/receipts/{receipt}", receipts::receipt);
          routes.get(cfg, "/api/plenaries/{id}/receipts/{receipt}/calendar", receipts::calendar);
          routes.get(cfg, "/api/plenaries/{id}/journal/verify", journal::verify);
          routes.get(cfg, "/api/plenaries/{id}/live", live::live, live::head);
          cfg.routes.exception(Problem.class, (e, ctx) -> problems.problem(ctx, e));
          cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problems.http(ctx, e));
          cfg.routes.exception(Exception.class, (e, ctx) -> problems.failure(ctx, e));
          cfg.routes.error(404, problems::notFound);
          cfg.routes.error(405, problems::notAllowed);
          cfg.routes.error(408, problems::timedOut);
        });
  }

  /**
   * How long a request may go without a byte while it is handled: a body that stops arriving is
   * ended. Longer than the live feed's keep-alive (15 s), which keeps a display's stream busy.
   */
  static final java.time.Duration IDLE = java.time.Duration.ofSeconds(20);

  /** Every request: an id, no caching, no sniffing, and a body no larger than {@link #MAX_BODY}. */
  private void before(Context ctx) {
    String id =
        Option.of(ctx.header("X-Request-Id"))
            .filter(s -> s.matches("[\\w.-]{1,64}"))
            .getOrElse(RestApi::requestId);
    ctx.attribute(REQUEST_ID, id);
    ctx.attribute(STARTED, System.nanoTime());
    ctx.header("X-Request-Id", id);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    if (ctx.contentLength() > MAX_BODY) {
      if (ctx.contentLength() <= DRAINED) {
        // Read what is on its way, so that the client reads the 413 rather than a reset.
        try {
          ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
          // the client went away: it will not read the answer either
        }
      }
      throw new Problem(413, "TOO_LARGE", text(ctx, "too.large", MAX_BODY));
    }
  }

  /**
   * A fresh request id: a random (version 4) UUID from the thread's own generator. It names a
   * request in the log and need not be unguessable; the JDK's {@code UUID.randomUUID()} draws from
   * one shared secure generator, a lock every request of a busy server waits for.
   */
  static String requestId() {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
    return new UUID(high, low).toString();
  }

  /**
   * One line of the log per request: its id, method, path, status and time. And HEAD's length:
   * Javalin sends no body for HEAD, nor the length GET would have had; it is the result's.
   */
  private void after(Context ctx) {
    if (ctx.method().equals(io.javalin.http.HandlerType.HEAD)
        && ctx.res().getHeader("Content-Length") == null
        && ctx.resultInputStream() instanceof java.io.ByteArrayInputStream result) {
      ctx.header("Content-Length", Integer.toString(result.available()));
    }
    Long started = ctx.attribute(STARTED);
    long micros = started == null ? 0 : (System.nanoTime() - started) / 1000;
    log.accept(
        String.format(
            Locale.ROOT,
            "%s %s %s %d %d.%03d ms",
            ctx.attribute(REQUEST_ID),
            ctx.method(),
            ctx.path(),
            ctx.statusCode(),
            micros / 1000,
            micros % 1000));
  }
}
