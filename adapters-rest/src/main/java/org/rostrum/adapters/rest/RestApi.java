package org.rostrum.adapters.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Consumer;
import org.rostrum.core.decider.Command;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.Signals;
import org.rostrum.core.port.in.AccessUseCase;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.in.GuardedCommandUseCase;
import org.rostrum.core.port.in.QueryPlenaryUseCase;
import org.rostrum.core.port.in.RecordUseCase;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.in.RegisterUseCase;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.in.ReviewMailUseCase;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.JournalProof;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.rules.Doubts;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.rules.Participants;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.RejectionReason;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.ReviewView;
import org.rostrum.core.view.RoomView;

/**
 * The HTTP API of DESIGN.md §5 on Javalin. JSON in and out with ISO-8601 instants; every error an
 * RFC 9457 problem with a {@code reason} code and a sentence in the asker's language ({@code
 * Accept-Language}); bearer tokens with roles; changes to the list guarded by If-Match; every
 * request logged with an id; no stack trace ever sent.
 */
public final class RestApi {

  /** Request bodies larger than this are refused (413). */
  public static final int MAX_BODY = 16 * 1024;

  /** Bodies up to this size are read and dropped before a 413; larger ones are cut off. */
  private static final int DRAINED = 1024 * 1024;

  /** What the API serves: the core's use cases, and the live feed. */
  public record Services(
      QueryPlenaryUseCase query,
      RegisterUseCase register,
      GuardedCommandUseCase commands,
      ReviewMailUseCase reviews,
      AccessUseCase access,
      RecordUseCase record,
      LiveFeed live,
      Clock clock) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String PROBLEM = "application/problem+json";

  /** The OpenAPI 3.1 document of this API; tests check every exchange against it. */
  static final String OPENAPI = resource("openapi.json");

  private static final String REQUEST_ID = "rostrum.request";
  private static final String STARTED = "rostrum.started";

  /** The commands of the chair and the Secretariat, and whether they change the list. */
  @SuppressWarnings("ImmutableEnumChecker") // Vavr's List is immutable; Error Prone cannot know
  enum Action {
    CLOSE_LIST("close-list", true, "segment"),
    REOPEN_LIST("reopen-list", true, "segment"),
    SWAP("swap", true, "first", "second"),
    EXTEND_DEADLINE("extend-deadline", true, "closesAt"),
    CALL_NEXT("call-next", false),
    START("start", false),
    STOP("stop", false),
    MARK_ABSENT("mark-absent", false),
    END_SEGMENT("end-segment", false);

    final String path;
    final boolean changesList;
    final List<String> fields;

    Action(String path, boolean changesList, String... fields) {
      this.path = path;
      this.changesList = changesList;
      this.fields = List.of(fields);
    }

    static Option<Action> named(String name) {
      return List.of(values()).find(a -> a.path.equals(name));
    }
  }

  private final Services services;
  private final Consumer<String> log;

  private RestApi(Services services, Consumer<String> log) {
    this.services = services;
    this.log = log;
  }

  /**
   * The Javalin server with every route, not started. {@code log} receives one line per request
   * (and the detail of any failure).
   */
  public static Javalin create(Services services, Consumer<String> log) {
    RestApi api = new RestApi(services, log);
    return Javalin.create(
        cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.startup.showOldJavalinVersionWarning = false;
          cfg.http.maxRequestSize = MAX_BODY;
          cfg.http.defaultContentType = "application/json";
          cfg.routes.before(api::before);
          cfg.routes.after(api::after);
          cfg.routes.get(
              "/openapi.json",
              ctx -> ctx.contentType("application/json; charset=utf-8").result(OPENAPI));
          cfg.routes.get("/plenaries/{id}/display", ctx -> api.page(ctx, "display.html"));
          cfg.routes.get("/plenaries/{id}/console", ctx -> api.page(ctx, "console.html"));
          cfg.routes.get("/plenaries/{id}/register", ctx -> api.page(ctx, "register.html"));
          cfg.routes.get("/assets/{file}", api::asset);
          cfg.routes.get("/api/plenaries", api::plenaries);
          cfg.routes.get("/api/plenaries/{id}", api::plenary);
          cfg.routes.get("/api/plenaries/{id}/speakers", api::speakers);
          cfg.routes.head("/api/plenaries/{id}/speakers", api::speakers);
          cfg.routes.get("/api/plenaries/{id}/session", api::session);
          cfg.routes.post("/api/plenaries/{id}/registrations", api::register);
          cfg.routes.get("/api/plenaries/{id}/registrations/{rid}", api::registration);
          cfg.routes.delete("/api/plenaries/{id}/registrations/{rid}", api::withdraw);
          cfg.routes.post("/api/plenaries/{id}/commands/{name}", api::command);
          cfg.routes.get("/api/plenaries/{id}/reviews", api::reviews);
          cfg.routes.post("/api/plenaries/{id}/reviews/{rid}/accept", api::accept);
          cfg.routes.post("/api/plenaries/{id}/reviews/{rid}/dismiss", api::dismiss);
          cfg.routes.get("/api/plenaries/{id}/journal", api::journal);
          cfg.routes.get("/api/plenaries/{id}/journal/verify", api::verify);
          cfg.routes.get("/api/plenaries/{id}/live", api::live);
          cfg.routes.exception(Problem.class, (e, ctx) -> api.problem(ctx, e));
          cfg.routes.exception(HttpResponseException.class, (e, ctx) -> api.http(ctx, e));
          cfg.routes.exception(Exception.class, (e, ctx) -> api.failure(ctx, e));
          cfg.routes.error(404, ctx -> api.notFound(ctx));
          cfg.routes.error(405, ctx -> api.notAllowed(ctx));
        });
  }

  // ---- the requests ---------------------------------------------------------------------------

  private void before(Context ctx) {
    String id =
        Option.of(ctx.header("X-Request-Id"))
            .filter(s -> s.matches("[\\w.-]{1,64}"))
            .getOrElse(() -> UUID.randomUUID().toString());
    ctx.attribute(REQUEST_ID, id);
    ctx.attribute(STARTED, System.nanoTime());
    ctx.header("X-Request-Id", id);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
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

  private void after(Context ctx) {
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

  private void plenaries(Context ctx) {
    ArrayNode all = JSON.createArrayNode();
    services.query().plenaries().forEach(p -> all.add(describe(p)));
    json(ctx, 200, all);
  }

  private void plenary(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    ObjectNode body = describe(plenary);
    ListView list = services.query().list(plenary.id());
    long version = list.version();
    body.put("deadline", SpeakersFormats.offset(list.closesAt(), plenary.zone()));
    body.put("version", version);
    ctx.header("ETag", etag(version));
    json(ctx, 200, body);
  }

  private void speakers(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    ListView list = services.query().list(plenary.id());
    String segment = ctx.queryParam("segment");
    if (segment != null) {
      Option<ListView> one = list.only(SegmentId.of(segment));
      if (one.isEmpty()) {
        throw new Problem(
            404,
            RejectionReason.UNKNOWN_SEGMENT.name(),
            messages(ctx, plenary)
                .explain(
                    new Rejection.UnknownSegment(
                        segment, plenary.segments().map(Segment::id).toList())));
      }
      list = one.get();
    }
    ctx.header("ETag", etag(list.version()));
    String accept = Option.of(ctx.header("Accept")).getOrElse("");
    if (accept.contains("text/csv")) {
      ctx.status(200)
          .contentType("text/csv; charset=utf-8")
          .result(SpeakersFormats.csv(list, language(ctx)));
      return;
    }
    json(ctx, 200, SpeakersFormats.json(list, language(ctx)));
  }

  /** What a display shows: who is at the rostrum, since when, and who comes next. */
  private void session(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    json(ctx, 200, sessionView(plenary, language(ctx)));
  }

  private ObjectNode sessionView(Plenary plenary, Language language) {
    RoomView room = services.query().room(plenary.id());
    ObjectNode body = JSON.createObjectNode();
    body.put("plenary", plenary.id().value());
    body.put("version", room.version());
    body.put("serverTime", room.at().toString());
    body.put("limitSeconds", plenary.slot().limit().toSeconds());
    body.put("warningSeconds", plenary.slot().warning().toSeconds());
    if (room.segment().isDefined()) {
      ObjectNode segment = body.putObject("segment");
      segment.put("id", room.segment().get().id().value());
      segment.put("title", room.segment().get().title().in(language));
    } else {
      body.putNull("segment");
    }
    if (room.current().isDefined()) {
      RoomView.AtRostrum current = room.current().get();
      ObjectNode now = body.putObject("current");
      speaker(now, current.entry().registration(), language);
      now.put("phase", current.speaking() ? "SPEAKING" : "CALLED");
      for (Signals signals : current.speech()) {
        now.put("startedAt", signals.startedAt().toString());
        ObjectNode o = now.putObject("signals");
        o.put("phase", signals.phase().name());
        o.put("warningAt", signals.warningAt().toString());
        o.put("limitAt", signals.limitAt().toString());
        o.put("leftSeconds", signals.left().toSeconds());
      }
    } else {
      body.putNull("current");
    }
    ArrayNode next = body.putArray("next");
    room.waiting().take(3).forEach(e -> speaker(next.addObject(), e.registration(), language));
    return body;
  }

  private static void speaker(ObjectNode node, Registration r, Language language) {
    node.put("registrationId", r.id().value());
    node.put("participant", r.participant().name(language));
    if (r.speaker().isDefined()) {
      node.put("speaker", r.speaker().get());
    } else {
      node.putNull("speaker");
    }
  }

  /**
   * The live stream, whatever Accept says; an unknown plenary is a 404 problem before any stream
   * starts.
   */
  private void live(Context ctx) {
    PlenaryId id = plenaryOf(ctx).id();
    long after = lastEventId(ctx);
    EventStream.open(
        ctx,
        client -> {
          client.keepAlive();
          services.live().attach(id, client, after);
        });
  }

  private void register(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    Grant grant = grant(ctx, plenary, Role.REGISTRANT, Role.SECRETARIAT);
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
                "sourceRef"));
    String segment = text(ctx, body, "segment", true).get();
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
      if (!sameParticipant(mine, name, plenary)) {
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
            .build();
    answer(ctx, plenary, services.register().register(command));
  }

  /**
   * A request's outcome as the answer: 201 inscribed, 200 the same source again, 422 refused by a
   * rule (recorded, with its receipt); its place at Location.
   */
  private void answer(Context ctx, Plenary plenary, RegistrationOutcome outcome) {
    ObjectNode answer = outcome(outcome, plenary, language(ctx));
    ctx.header(
        "Location",
        "/api/plenaries/" + plenary.id().value() + "/registrations/" + outcome.id().value());
    if (outcome instanceof RegistrationOutcome.Refused refused) {
      throw new Problem(
          422,
          refused.rejection().reason().name(),
          messages(ctx, plenary).explain(refused.rejection()),
          answer);
    }
    json(ctx, outcome.replay() ? 200 : 201, answer);
  }

  private boolean sameParticipant(String a, String b, Plenary plenary) {
    Option<String> ka =
        Participants.in(plenary.roster())
            .resolve(a, Option.none(), plenary.date())
            .map(p -> p.key().value())
            .toOption();
    Option<String> kb =
        Participants.in(plenary.roster())
            .resolve(b, Option.none(), plenary.date())
            .map(p -> p.key().value())
            .toOption();
    return ka.isDefined() ? ka.equals(kb) : a.strip().equalsIgnoreCase(b.strip());
  }

  private ObjectNode outcome(RegistrationOutcome outcome, Plenary plenary, Language language) {
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
      o.put("receivedAt", SpeakersFormats.offset(i.registration().receivedAt(), plenary.zone()));
      o.put("senderClock", i.registration().senderClock());
      if (i.position() > 0) {
        o.put("position", i.position());
        o.put("projectedStart", SpeakersFormats.offset(i.projectedStart(), plenary.zone()));
        o.put("timePermitting", i.timePermitting());
      }
    } else if (outcome instanceof RegistrationOutcome.Refused) {
      o.put("status", "REFUSED");
    }
    return o;
  }

  private void registration(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    Grant grant = grant(ctx, plenary, Role.REGISTRANT, Role.SECRETARIAT);
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
          || !sameParticipant(grant.participant().get(), sender, plenary)) {
        throw new Problem(403, "FORBIDDEN", text(ctx, "forbidden.owner", id.value()));
      }
    }
    ObjectNode body = outcome(outcome, plenary, language(ctx));
    if (outcome instanceof RegistrationOutcome.Refused refused) {
      body.put("reason", refused.rejection().reason().name());
      body.put("detail", messages(ctx, plenary).explain(refused.rejection()));
    }
    json(ctx, 200, body);
  }

  private void withdraw(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    grant(ctx, plenary, Role.SECRETARIAT);
    RegistrationId id = registrationId(ctx, plenary);
    change(ctx, plenary, new Command.Withdraw(id), true);
  }

  private void command(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    String name = ctx.pathParam("name");
    Action action =
        Action.named(name)
            .getOrElseThrow(
                () ->
                    new Problem(
                        404,
                        "NOT_FOUND",
                        text(
                            ctx,
                            "not.found.command",
                            name,
                            List.of(Action.values()).map(a -> a.path).mkString(", "))));
    grant(ctx, plenary, Role.CHAIR, Role.SECRETARIAT);
    JsonNode body =
        action.fields.isEmpty() && ctx.body().isBlank()
            ? JSON.createObjectNode()
            : body(ctx, action.fields);
    Command command =
        switch (action) {
          case CLOSE_LIST -> new Command.CloseList(SegmentId.of(required(ctx, body, "segment")));
          case REOPEN_LIST -> new Command.ReopenList(SegmentId.of(required(ctx, body, "segment")));
          case SWAP ->
              new Command.Swap(
                  RegistrationId.of(number(ctx, body, "first")),
                  RegistrationId.of(number(ctx, body, "second")));
          case EXTEND_DEADLINE ->
              new Command.ExtendDeadline(instant(ctx, "closesAt", required(ctx, body, "closesAt")));
          case CALL_NEXT -> new Command.CallNext();
          case START -> new Command.StartSpeech();
          case STOP -> new Command.StopSpeech();
          case MARK_ABSENT -> new Command.MarkAbsent();
          case END_SEGMENT -> new Command.EndSegment();
        };
    change(ctx, plenary, command, action.changesList);
  }

  /** Decides a change at the version the sender saw: 200 with what was recorded, or a problem. */
  private void change(Context ctx, Plenary plenary, Command command, boolean needsVersion) {
    Option<Long> seen = ifMatch(ctx);
    if (needsVersion && seen.isEmpty()) {
      throw new Problem(428, "PRECONDITION_REQUIRED", text(ctx, "precondition.required"));
    }
    Either<Rejection, Change> result = services.commands().execute(plenary.id(), command, seen);
    if (result.isLeft()) {
      Rejection rejection = result.getLeft();
      String detail = messages(ctx, plenary).explain(rejection);
      if (rejection instanceof Rejection.Stale stale) {
        ListView list = services.query().list(plenary.id());
        ObjectNode extra = JSON.createObjectNode();
        extra.put("version", stale.current());
        extra.set("list", SpeakersFormats.json(list, language(ctx)));
        ctx.header("ETag", etag(list.version()));
        throw new Problem(409, rejection.reason().name(), detail, extra);
      }
      int status = rejection instanceof Rejection.NotFound ? 404 : 422;
      throw new Problem(status, rejection.reason().name(), detail);
    }
    Change change = result.get();
    ObjectNode body = JSON.createObjectNode();
    body.put("version", change.version());
    ArrayNode recorded = body.putArray("recorded");
    change.recorded().forEach(e -> recorded.add(LiveFeed.describe(e)));
    ctx.header("ETag", etag(change.version()));
    json(ctx, 200, body);
  }

  /** The mails held for review, with why, in the reader's language (Secretariat only). */
  private void reviews(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    grant(ctx, plenary, Role.SECRETARIAT);
    ReviewView review = services.reviews().review(plenary.id());
    ObjectNode body = JSON.createObjectNode();
    body.put("plenary", plenary.id().value());
    body.put("version", review.version());
    ArrayNode held = body.putArray("held");
    for (ReviewView.Item item : review.held()) {
      held.add(held(item, plenary, language(ctx)));
    }
    json(ctx, 200, body);
  }

  private static ObjectNode held(ReviewView.Item item, Plenary plenary, Language language) {
    MailReviews.Held h = item.mail();
    ObjectNode o = JSON.createObjectNode();
    o.put("id", h.id());
    o.put("receivedAt", SpeakersFormats.offset(h.receivedAt(), plenary.zone()));
    o.put("senderClock", h.senderClock());
    o.put("late", item.late());
    o.put("sender", h.sender());
    o.put("subject", h.subject());
    ArrayNode doubts = o.putArray("doubts");
    h.doubts().forEach(doubts::add);
    o.put("why", Doubts.sentences(h.doubts(), language, h.participantSeen()));
    optional(o, "participantSeen", h.participantSeen());
    optional(o, "segmentSeen", h.segmentSeen());
    optional(o, "speaker", h.speaker());
    o.put("language", h.language());
    // what was read, for the person who decides: the roster's candidates and the evidence
    ArrayNode candidates = o.putArray("candidates");
    for (String key : h.candidates()) {
      ObjectNode c = candidates.addObject();
      c.put("key", key);
      c.put("name", plenary.roster().name(key, language));
    }
    ArrayNode evidence = o.putArray("evidence");
    h.evidence().forEach(e -> evidence.add(Doubts.explainEvidence(e, language, plenary.roster())));
    if (h.resolution().isDefined()) {
      ObjectNode r = o.putObject("resolution");
      r.put("outcome", h.resolution().get().outcome());
      r.put("note", h.resolution().get().note());
      r.put("at", SpeakersFormats.offset(h.resolution().get().at(), plenary.zone()));
    } else {
      o.putNull("resolution");
    }
    return o;
  }

  private static void optional(ObjectNode o, String field, Option<String> value) {
    if (value.isDefined()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }

  /** A held mail accepted: a request at its original time of receipt, answered as one. */
  private void accept(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    grant(ctx, plenary, Role.SECRETARIAT);
    long id = heldId(ctx);
    JsonNode body = body(ctx, List.of("participant", "segment"));
    Either<ReviewMailUseCase.NotDone, RegistrationOutcome> done =
        services
            .reviews()
            .accept(
                plenary.id(),
                id,
                required(ctx, body, "participant"),
                required(ctx, body, "segment"));
    if (done.isLeft()) {
      throw notDone(ctx, done.getLeft(), id);
    }
    answer(ctx, plenary, done.get());
  }

  /** A held mail dismissed, with the reason kept. */
  private void dismiss(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    grant(ctx, plenary, Role.SECRETARIAT);
    long id = heldId(ctx);
    JsonNode body = body(ctx, List.of("reason"));
    Either<ReviewMailUseCase.NotDone, MailReviews.Held> done =
        services.reviews().dismiss(plenary.id(), id, required(ctx, body, "reason"));
    if (done.isLeft()) {
      throw notDone(ctx, done.getLeft(), id);
    }
    ReviewView.Item item =
        services
            .reviews()
            .review(plenary.id())
            .held()
            .find(i -> i.mail().id() == id)
            .getOrElse(() -> new ReviewView.Item(done.get(), false));
    json(ctx, 200, held(item, plenary, language(ctx)));
  }

  private long heldId(Context ctx) {
    String rid = ctx.pathParam("rid");
    try {
      long id = Long.parseLong(rid);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // not a number: no such mail
    }
    throw new Problem(404, "NOT_HELD", text(ctx, "not.held", rid));
  }

  private Problem notDone(Context ctx, ReviewMailUseCase.NotDone why, long id) {
    return switch (why) {
      case NOT_HELD -> new Problem(404, "NOT_HELD", text(ctx, "not.held", id));
      case RESOLVED -> new Problem(409, "RESOLVED", text(ctx, "resolved.already", id));
      case NO_REASON -> new Problem(400, "INVALID", text(ctx, "no.reason", id));
    };
  }

  private void journal(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    grant(ctx, plenary, Role.SECRETARIAT);
    ArrayNode entries = JSON.createArrayNode();
    for (JournalEntry entry : services.query().record(plenary.id())) {
      ObjectNode o = entries.addObject();
      o.put("seq", entry.seq());
      o.put("recordedAt", entry.recordedAt().toString());
      o.put("type", entry.event().getClass().getSimpleName());
      try {
        o.set("event", JSON.readTree(services.record().canonical(entry.event())));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the journal's own JSON is unreadable", e);
      }
      o.put("hash", entry.hash());
    }
    json(ctx, 200, entries);
  }

  private void verify(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    grant(ctx, plenary, Role.SECRETARIAT);
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

  // ---- the room's pages -----------------------------------------------------------------------

  /** The pages and what they load: served from the jar, nothing from elsewhere. */
  private static final java.util.Map<String, String> WEB =
      java.util.Map.of(
          "display.html", "text/html",
          "console.html", "text/html",
          "register.html", "text/html",
          "rostrum.css", "text/css",
          "rostrum.js", "text/javascript",
          "display.js", "text/javascript",
          "console.js", "text/javascript",
          "register.js", "text/javascript");

  private static final java.util.Map<String, String> FILES = load();

  private static java.util.Map<String, String> load() {
    java.util.Map<String, String> files = new java.util.HashMap<>();
    WEB.keySet().forEach(name -> files.put(name, resource("web/" + name)));
    return java.util.Map.copyOf(files);
  }

  private void page(Context ctx, String name) {
    plenaryOf(ctx);
    serve(ctx, name);
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("file");
    if (!WEB.containsKey(name) || name.endsWith(".html")) {
      notFound(ctx);
      return;
    }
    serve(ctx, name);
  }

  private static void serve(Context ctx, String name) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    ctx.header("Cache-Control", "no-cache");
    ctx.status(200).contentType(WEB.get(name) + "; charset=utf-8").result(FILES.get(name));
  }

  // ---- reading requests -----------------------------------------------------------------------

  Plenary plenaryOf(Context ctx) {
    String id = ctx.pathParam("id");
    Option<Plenary> found =
        id.matches("[a-z0-9][a-z0-9-]{0,63}")
            ? services.query().plenary(PlenaryId.of(id))
            : Option.none();
    if (found.isDefined()) {
      return found.get();
    }
    Seq<Plenary> all = services.query().plenaries();
    return all.find(p -> p.id().value().equals(id))
        .getOrElseThrow(
            () ->
                new Problem(
                    404,
                    "NOT_FOUND",
                    all.isEmpty()
                        ? text(ctx, "not.found.plenary.none", id)
                        : text(
                            ctx,
                            "not.found.plenary",
                            id,
                            all.map(p -> p.id().value()).mkString(", "))));
  }

  private RegistrationId registrationId(Context ctx, Plenary plenary) {
    String rid = ctx.pathParam("rid");
    try {
      return RegistrationId.of(Long.parseLong(rid));
    } catch (IllegalArgumentException e) {
      throw new Problem(404, "NOT_FOUND", text(ctx, "not.found.registration", rid, plenary.id()));
    }
  }

  /** The grant of the bearer token, checked for one of {@code roles} and for this plenary. */
  private Grant grant(Context ctx, Plenary plenary, Role... roles) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"rostrum\"");
      throw new Problem(401, "UNAUTHORIZED", text(ctx, "unauthorized"));
    }
    Grant grant =
        services
            .access()
            .grantOf(header.substring(7).strip())
            .getOrElseThrow(
                () -> {
                  ctx.header(
                      "WWW-Authenticate", "Bearer realm=\"rostrum\", error=\"invalid_token\"");
                  return new Problem(401, "UNAUTHORIZED", text(ctx, "bad.token"));
                });
    List<Role> allowed = List.of(roles);
    if (!allowed.contains(grant.role())) {
      throw new Problem(
          403,
          "FORBIDDEN",
          text(
              ctx,
              "forbidden.role",
              grant.role().name().toLowerCase(Locale.ROOT),
              allowed.map(r -> r.name().toLowerCase(Locale.ROOT)).mkString(", ")));
    }
    if (grant.plenary().exists(p -> !p.equals(plenary.id()))) {
      throw new Problem(
          403, "FORBIDDEN", text(ctx, "forbidden.plenary", grant.plenary().get(), plenary.id()));
    }
    return grant;
  }

  /**
   * The JSON object sent, read strictly, refusing any field not in {@code fields} and any text with
   * a control character.
   */
  private JsonNode body(Context ctx, List<String> fields) {
    String type = Option.of(ctx.contentType()).getOrElse("");
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new Problem(415, "UNSUPPORTED_MEDIA_TYPE", text(ctx, "media.type", type));
    }
    JsonNode body = JsonBodies.read(ctx);
    if (body == null || !body.isObject()) {
      throw new Problem(400, "BAD_JSON", text(ctx, "not.object"));
    }
    List<String> unknown = List.ofAll(body::fieldNames).filter(f -> !fields.contains(f));
    if (!unknown.isEmpty()) {
      throw new Problem(
          400,
          "UNKNOWN_FIELDS",
          fields.isEmpty()
              ? text(ctx, "unknown.fields.none", unknown.mkString(", "))
              : text(ctx, "unknown.fields", unknown.mkString(", "), fields.mkString(", ")));
    }
    TextSafety.check(ctx, body);
    return body;
  }

  private Option<String> text(Context ctx, JsonNode body, String field, boolean required) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw new Problem(400, "INVALID", text(ctx, "missing.field", field));
      }
      return Option.none();
    }
    if (!node.isTextual()) {
      throw new Problem(
          400, "INVALID", text(ctx, "bad.field", field, text(ctx, "expected.text"), node));
    }
    return Option.some(node.asText());
  }

  /** An optional true/false field; absent or null is false. */
  private boolean flag(Context ctx, JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new Problem(
          400, "INVALID", text(ctx, "bad.field", field, text(ctx, "expected.boolean"), node));
    }
    return node.booleanValue();
  }

  private String required(Context ctx, JsonNode body, String field) {
    return text(ctx, body, field, true).get();
  }

  private long number(Context ctx, JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      throw new Problem(400, "INVALID", text(ctx, "missing.field", field));
    }
    if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 1) {
      throw new Problem(
          400, "INVALID", text(ctx, "bad.field", field, text(ctx, "expected.number"), node));
    }
    return node.asLong();
  }

  private Instant instant(Context ctx, String field, String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw new Problem(
          400,
          "INVALID",
          text(ctx, "bad.field", field, text(ctx, "expected.instant"), "“" + value + "”"));
    }
  }

  private ParticipantCategory category(Context ctx, String value) {
    try {
      return ParticipantCategory.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new Problem(
          400,
          "INVALID",
          text(
              ctx,
              "bad.field",
              "participant.category",
              text(ctx, "expected.category", List.of(ParticipantCategory.values()).mkString(", ")),
              "“" + value + "”"));
    }
  }

  private Option<Long> ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      return Option.none();
    }
    String v = header.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Option.some(Long.parseLong(v));
    } catch (NumberFormatException e) {
      throw new Problem(400, "BAD_IF_MATCH", text(ctx, "bad.if.match", header));
    }
  }

  static long lastEventId(Context ctx) {
    String last = Option.of(ctx.header("Last-Event-ID")).getOrElse(ctx.queryParam("lastEventId"));
    if (last == null) {
      return 0;
    }
    String digits = last.strip().replaceFirst("^(\\d+).*$", "$1");
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  // ---- answers --------------------------------------------------------------------------------

  private static ObjectNode describe(Plenary p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", p.id().value());
    ObjectNode title = o.putObject("title");
    title.put("en", p.title().en());
    title.put("fr", p.title().fr());
    ObjectNode theme = o.putObject("theme");
    theme.put("en", p.theme().en());
    theme.put("fr", p.theme().fr());
    o.put("zone", p.zone().getId());
    o.put("start", SpeakersFormats.offset(p.window().start(), p.zone()));
    o.put("end", SpeakersFormats.offset(p.window().end(), p.zone()));
    o.put("deadline", SpeakersFormats.offset(p.deadline().closesAt(), p.zone()));
    o.put("limitSeconds", p.slot().limit().toSeconds());
    o.put("warningSeconds", p.slot().warning().toSeconds());
    ArrayNode segments = o.putArray("segments");
    for (Segment s : p.segments()) {
      ObjectNode so = segments.addObject();
      so.put("id", s.id().value());
      ObjectNode st = so.putObject("title");
      st.put("en", s.title().en());
      st.put("fr", s.title().fr());
      so.put("start", SpeakersFormats.offset(s.window().start(), p.zone()));
      so.put("end", SpeakersFormats.offset(s.window().end(), p.zone()));
    }
    return o;
  }

  private static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
  }

  private void problem(Context ctx, Problem p) {
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

  private void http(Context ctx, HttpResponseException e) {
    if (e.getStatus() == 413) {
      problem(ctx, new Problem(413, "TOO_LARGE", text(ctx, "too.large", MAX_BODY)));
    } else if (e.getStatus() == 404) {
      notFound(ctx);
    } else {
      problem(ctx, new Problem(e.getStatus(), "HTTP_" + e.getStatus(), e.getMessage()));
    }
  }

  private void failure(Context ctx, Exception e) {
    String id = ctx.attribute(REQUEST_ID);
    java.io.StringWriter trace = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(trace));
    log.accept(id + " failed: " + trace);
    problem(ctx, new Problem(500, "INTERNAL", text(ctx, "internal", id)));
  }

  private void notFound(Context ctx) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(PROBLEM)) {
      problem(ctx, new Problem(404, "NOT_FOUND", text(ctx, "not.found.path", ctx.path())));
    }
  }

  private void notAllowed(Context ctx) {
    problem(
        ctx, new Problem(405, "METHOD_NOT_ALLOWED", text(ctx, "method", ctx.method(), ctx.path())));
  }

  // ---- language ---------------------------------------------------------------------------------

  static Language language(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang == null) {
      lang = Option.of(ctx.header("Accept-Language")).getOrElse("en");
    }
    return lang.strip().toLowerCase(Locale.ROOT).startsWith("fr") ? Language.FR : Language.EN;
  }

  private Messages messages(Context ctx, Plenary plenary) {
    return Messages.in(language(ctx), plenary.zone());
  }

  static String text(Context ctx, String key, Object... values) {
    Language language = language(ctx);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.rostrum.adapters.rest.rest",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), language.locale()).format(values);
  }

  static String resource(String name) {
    try (java.io.InputStream in = RestApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
