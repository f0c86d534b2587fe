package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Bodies.body;
import static org.rostrum.adapters.rest.Bodies.instant;
import static org.rostrum.adapters.rest.Bodies.number;
import static org.rostrum.adapters.rest.Bodies.required;
import static org.rostrum.adapters.rest.Http.JSON;
import static org.rostrum.adapters.rest.Http.etag;
import static org.rostrum.adapters.rest.Http.ifMatch;
import static org.rostrum.adapters.rest.Http.json;
import static org.rostrum.adapters.rest.Http.language;
import static org.rostrum.adapters.rest.Http.text;

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
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.in.Change;
import org.rostrum.core.port.out.AccessTokens.Role;
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

  void command(Context ctx) {
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
    auth.grant(ctx, plenary, Role.CHAIR, Role.SECRETARIAT);
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
  void change(Context ctx, Plenary plenary, Command command, boolean needsVersion) {
    Option<Long> seen = ifMatch(ctx);
    if (needsVersion && seen.isEmpty()) {
      throw new Problem(428, "PRECONDITION_REQUIRED", text(ctx, "precondition.required"));
    }
    Either<Rejection, Change> result = services.commands().execute(plenary.id(), command, seen);
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
    ObjectNode body = JSON.createObjectNode();
    body.put("version", change.version());
    ArrayNode recorded = body.putArray("recorded");
    change.recorded().forEach(e -> recorded.add(LiveFeed.describe(e)));
    ctx.header("ETag", etag(change.version()));
    json(ctx, 200, body);
  }
}
