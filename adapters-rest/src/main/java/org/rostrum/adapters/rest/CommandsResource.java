package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Bodies.body;
import static org.rostrum.adapters.rest.Bodies.category;
import static org.rostrum.adapters.rest.Bodies.extra;
import static org.rostrum.adapters.rest.Bodies.instant;
import static org.rostrum.adapters.rest.Bodies.number;
import static org.rostrum.adapters.rest.Bodies.requestId;
import static org.rostrum.adapters.rest.Bodies.required;
import static org.rostrum.adapters.rest.Bodies.segment;
import static org.rostrum.adapters.rest.Bodies.text;
import static org.rostrum.adapters.rest.Http.JSON;
import static org.rostrum.adapters.rest.Http.etag;
import static org.rostrum.adapters.rest.Http.ifMatch;
import static org.rostrum.adapters.rest.Http.json;
import static org.rostrum.adapters.rest.Http.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.rostrum.core.decider.Command;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.RegistrationId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.rules.Participants;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.view.ListView;

/** The chair's and the Secretariat's commands, each decided at the version its sender saw. */
final class CommandsResource {

  private final RestApi.Services services;
  private final Auth auth;

  CommandsResource(RestApi.Services services, Auth auth) {
    this.services = services;
    this.auth = auth;
  }

  private Plenary plenaryOf(Context ctx) {
    return Http.plenaryOf(ctx, services.query());
  }

  /**
   * The commands of the chair and the Secretariat: who may send each, whether it changes the list
   * (and so needs the version seen), and the fields of its body.
   */
  @SuppressWarnings("ImmutableEnumChecker") // Vavr's List is immutable; Error Prone cannot know
  enum Action {
    CLOSE_LIST("close-list", CHAIR_OR_SECRETARIAT, true, "segment"),
    REOPEN_LIST("reopen-list", CHAIR_OR_SECRETARIAT, true, "segment"),
    SWAP("swap", CHAIR_OR_SECRETARIAT, true, "first", "second"),
    EXTEND_DEADLINE("extend-deadline", CHAIR_OR_SECRETARIAT, true, "closesAt"),
    CALL_NEXT("call-next", CHAIR_OR_SECRETARIAT, false),
    START("start", CHAIR_OR_SECRETARIAT, false),
    STOP("stop", CHAIR_OR_SECRETARIAT, false),
    MARK_ABSENT("mark-absent", CHAIR_OR_SECRETARIAT, false),
    END_SEGMENT("end-segment", CHAIR_OR_SECRETARIAT, false),
    RESUME_SEGMENT("resume-segment", CHAIR_OR_SECRETARIAT, false, "segment"),
    PAUSE_SPEECH("pause-speech", CHAIR_OR_SECRETARIAT, false),
    RESUME_SPEECH("resume-speech", CHAIR_OR_SECRETARIAT, false),
    GRANT_TIME("grant-time", CHAIR_OR_SECRETARIAT, false, "extra"),
    // corrections of the record are the Secretariat's, as a withdrawal is
    AMEND(
        "amend",
        SECRETARIAT,
        true,
        "id",
        "participant",
        "category",
        "segment",
        "speaker",
        "reason"),
    ANNUL("annul", SECRETARIAT, true, "id", "reason"),
    // the roster is the Secretariat's: a newly accredited NGO, a guest speaker
    ADD_PARTICIPANT(
        "add-participant",
        SECRETARIAT,
        false,
        "name",
        "nameFr",
        "nameEs",
        "category",
        "variants",
        "domains");

    final String path;
    final List<Role> roles;
    final boolean changesList;
    final List<String> fields;

    Action(String path, List<Role> roles, boolean changesList, String... fields) {
      this.path = path;
      this.roles = roles;
      this.changesList = changesList;
      this.fields = List.of(fields);
    }

    static Option<Action> named(String name) {
      return List.of(values()).find(a -> a.path.equals(name));
    }
  }

  private static final List<Role> CHAIR_OR_SECRETARIAT = List.of(Role.CHAIR, Role.SECRETARIAT);
  private static final List<Role> SECRETARIAT = List.of(Role.SECRETARIAT);

  void command(Context ctx) {
    auth.admitted(ctx, CHAIR_OR_SECRETARIAT.toJavaArray(Role[]::new));
    Plenary plenary = plenaryOf(ctx);
    String name = ctx.pathParam("name");
    Action action =
        Action.named(name)
            .getOrElseThrow(
                () ->
                    new Problem(
                        404,
                        "NOT_FOUND",
                        Http.text(
                            ctx,
                            "not.found.command",
                            name,
                            List.of(Action.values()).map(a -> a.path).mkString(", "))));
    auth.grant(ctx, plenary, action.roles.toJavaArray(Role[]::new));
    JsonNode body =
        action.fields.isEmpty() && ctx.body().isBlank()
            ? JSON.createObjectNode()
            : body(ctx, action.fields);
    Command command =
        switch (action) {
          case CLOSE_LIST -> new Command.CloseList(segment(ctx, body, "segment"));
          case REOPEN_LIST -> new Command.ReopenList(segment(ctx, body, "segment"));
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
          case RESUME_SEGMENT -> new Command.ResumeSegment(segment(ctx, body, "segment"));
          case PAUSE_SPEECH -> new Command.PauseSpeech();
          case RESUME_SPEECH -> new Command.ResumeSpeech();
          case GRANT_TIME -> new Command.GrantTime(extra(ctx, body, "extra"));
          case AMEND ->
              new Command.Amend(
                  requestId(ctx, body, "id"),
                  text(ctx, body, "participant", false),
                  text(ctx, body, "category", false).map(c -> category(ctx, "category", c)),
                  text(ctx, body, "segment", false),
                  text(ctx, body, "speaker", false),
                  text(ctx, body, "reason", false).getOrElse(""));
          case ANNUL -> {
            RegistrationId id = requestId(ctx, body, "id");
            String reason = required(ctx, body, "reason");
            if (reason.isBlank()) {
              throw new Problem(400, "INVALID", Http.text(ctx, "no.reason.annul", id.value()));
            }
            yield new Command.Annul(id, reason);
          }
          case ADD_PARTICIPANT ->
              new Command.AddParticipant(
                  Participants.newEntry(
                      required(ctx, body, "name"),
                      text(ctx, body, "nameFr", false),
                      text(ctx, body, "nameEs", false),
                      category(ctx, "category", required(ctx, body, "category")),
                      texts(ctx, body, "variants"),
                      texts(ctx, body, "domains")));
        };
    ObjectNode answer = result(decided(ctx, plenary, command, action.changesList));
    if (command instanceof Command.Amend amend) {
      // the request's new outcome, as GET …/registrations/{rid} gives it
      services
          .query()
          .outcome(plenary.id(), amend.id())
          .forEach(
              outcome ->
                  answer.set("outcome", RegistrationsResource.described(ctx, plenary, outcome)));
    }
    json(ctx, 200, answer);
  }

  /** An optional list of texts: absent is empty; anything but an array of texts is a 400. */
  private static List<String> texts(Context ctx, JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return List.empty();
    }
    if (!node.isArray() || !List.ofAll(node).forAll(JsonNode::isTextual)) {
      throw new Problem(400, "INVALID", Http.text(ctx, "not.texts", field));
    }
    return List.ofAll(node).map(JsonNode::textValue);
  }

  /** Decides a change at the version the sender saw: 200 with what was recorded, or a problem. */
  void change(Context ctx, Plenary plenary, Command command, boolean needsVersion) {
    json(ctx, 200, result(decided(ctx, plenary, command, needsVersion)));
  }

  /** What was recorded, and the new version (also the ETag). */
  private ObjectNode result(Change change) {
    ObjectNode body = JSON.createObjectNode();
    body.put("version", change.version());
    ArrayNode recorded = body.putArray("recorded");
    change.recorded().forEach(e -> recorded.add(LiveFeed.describe(e)));
    return body;
  }

  /**
   * The change recorded at the version the sender saw (its ETag set), or a problem: 428 without a
   * version where one is needed, 409 with the current list on an older one, or the refusal.
   */
  private Change decided(Context ctx, Plenary plenary, Command command, boolean needsVersion) {
    Option<Long> seen = ifMatch(ctx);
    if (needsVersion && seen.isEmpty()) {
      throw new Problem(428, "PRECONDITION_REQUIRED", Http.text(ctx, "precondition.required"));
    }
    Either<Rejection, Change> result =
        services.commands().apply(Auth.actor(ctx)).execute(plenary.id(), command, seen);
    if (result.isLeft()) {
      Rejection rejection = result.getLeft();
      if (rejection instanceof Rejection.Stale stale) {
        ListView list = services.query().list(plenary.id());
        ObjectNode extra = JSON.createObjectNode();
        extra.put("version", stale.current());
        extra.set("list", SpeakersFormats.json(list, language(ctx)));
        ctx.header("ETag", etag(list.version()));
        throw Problems.refusal(ctx, plenary, rejection, extra);
      }
      throw Problems.refusal(ctx, plenary, rejection, JSON.createObjectNode());
    }
    Change change = result.get();
    ctx.header("ETag", etag(change.version()));
    return change;
  }
}
