package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Http.JSON;
import static org.rostrum.adapters.rest.Http.etag;
import static org.rostrum.adapters.rest.Http.json;
import static org.rostrum.adapters.rest.Http.language;
import static org.rostrum.adapters.rest.Http.messages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ListEntry;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.Precedence;
import org.rostrum.core.model.Procedure;
import org.rostrum.core.model.Registration;
import org.rostrum.core.model.Segment;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.model.Signals;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.rules.Rejection;
import org.rostrum.core.rules.RejectionReason;
import org.rostrum.core.view.ListView;
import org.rostrum.core.view.RoomView;

/** The plenaries, their speakers' lists and the room: public. */
final class PlenariesResource {

  private final RestApi.Services services;
  private final RenderedViews views = new RenderedViews();

  PlenariesResource(RestApi.Services services) {
    this.services = services;
  }

  private Plenary plenaryOf(Context ctx) {
    return Http.plenaryOf(ctx, services.query());
  }

  void plenaries(Context ctx) {
    ArrayNode all = JSON.createArrayNode();
    services.query().plenaries().forEach(p -> all.add(describe(p, messages(ctx, p))));
    json(ctx, 200, all);
  }

  void plenary(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    ObjectNode body = describe(plenary, messages(ctx, plenary));
    ListView list = services.query().list(plenary.id());
    long version = list.version();
    body.put("deadline", SpeakersFormats.offset(list.closesAt(), plenary.zone()));
    body.put("version", version);
    ctx.header("ETag", etag(version));
    json(ctx, 200, body);
  }

  /**
   * The list as the reader asks for it (JSON or CSV, one segment or all, a language), rendered once
   * per version of the plenary and served from those bytes, or their gzip, until the version moves.
   * The ETag is that version; a reader who names it in If-None-Match is answered 304, no body.
   */
  void speakers(Context ctx) {
    long version = Http.versionOf(ctx, services.query());
    PlenaryId plenary = PlenaryId.of(ctx.pathParam("id"));
    Option<String> segment = Option.of(ctx.queryParam("segment"));
    Language language = language(ctx);
    boolean csv = Option.of(ctx.header("Accept")).getOrElse("").contains("text/csv");
    java.time.Instant now = services.clock().instant();
    RenderedViews.Rendered view =
        views.at(
            new RenderedViews.Key(plenary, segment, language, csv),
            version,
            now,
            () -> render(ctx, plenary, segment, language, csv));
    // a list whose times move with the clock is tagged with the instant too: no copy made earlier
    // matches it, whether the reader or the server compares (a browser revalidates by itself)
    boolean holds = view.holdsAt(now);
    ctx.header(
        "ETag",
        holds ? etag(view.version()) : "\"" + view.version() + "-" + now.toEpochMilli() + "\"");
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept, Accept-Language, Accept-Encoding");
    if (holds && Http.notModified(ctx, view.version())) {
      ctx.status(304);
      return;
    }
    ctx.status(200).contentType(view.contentType());
    if (Http.acceptsGzip(ctx)) {
      // Content-Encoding set: Javalin leaves the bytes as they are.
      ctx.header("Content-Encoding", "gzip").result(view.gzip());
    } else {
      ctx.result(view.body());
    }
  }

  /**
   * The list now, in one segment if asked, rendered; 400 for a blank segment, 404 for one the
   * plenary does not have (each naming the segments there are).
   */
  private RenderedViews.Rendered render(
      Context ctx, PlenaryId id, Option<String> segment, Language language, boolean csv) {
    ListView list = services.query().list(id);
    for (String asked : segment) {
      Plenary plenary = list.plenary();
      if (asked.isBlank()) {
        throw new Problem(
            400,
            RejectionReason.UNKNOWN_SEGMENT.name(),
            Http.text(
                ctx, "segment.blank", plenary.segments().map(s -> s.id().value()).mkString(", ")));
      }
      list =
          list.only(SegmentId.of(asked))
              .getOrElseThrow(
                  () ->
                      new Problem(
                          404,
                          RejectionReason.UNKNOWN_SEGMENT.name(),
                          messages(ctx, plenary)
                              .explain(
                                  new Rejection.UnknownSegment(
                                      asked, plenary.segments().map(Segment::id).toList()))));
    }
    if (csv) {
      return new RenderedViews.Rendered(
          list.version(),
          "text/csv; charset=utf-8",
          SpeakersFormats.csv(list, language).getBytes(StandardCharsets.UTF_8),
          list.steadyUntil().getOrNull());
    }
    return new RenderedViews.Rendered(
        list.version(),
        Http.JSON_TYPE,
        SpeakersFormats.json(list, language).toString().getBytes(StandardCharsets.UTF_8),
        list.steadyUntil().getOrNull());
  }

  /**
   * Who may ask for the floor, for the desk's autocompletion: each participant of the roster by
   * key, name in the reader's language and category on the meeting's date, in alphabetical order.
   * Public, as the speakers' list is: the roster is the Assembly's own published list of States and
   * organisations. The mail identities the roster also holds are not given.
   */
  void roster(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    Language language = language(ctx);
    java.text.Collator order = java.text.Collator.getInstance(language.locale());
    ObjectNode body = JSON.createObjectNode();
    body.put("plenary", plenary.id().value());
    body.put("roster", plenary.roster().name());
    ArrayNode participants = body.putArray("participants");
    plenary
        .roster()
        .entries()
        .sortBy(order, e -> e.names().in(language))
        .forEach(
            e -> {
              ObjectNode o = participants.addObject();
              o.put("key", e.key().value());
              o.put("name", e.names().in(language));
              o.put("category", e.categoryOn(plenary.date()).name());
            });
    json(ctx, 200, body);
  }

  /** What a display shows: who is at the rostrum, since when, and who comes next. */
  void session(Context ctx) {
    Plenary plenary = plenaryOf(ctx);
    json(ctx, 200, sessionView(plenary, language(ctx)));
  }

  ObjectNode sessionView(Plenary plenary, Language language) {
    RoomView room = services.query().room(plenary.id());
    Messages messages = Messages.in(language, plenary.zone(), plenary.roster());
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
      atRostrum(body.putObject("current"), room.current().get(), messages);
    } else {
      body.putNull("current");
    }
    ArrayNode next = body.putArray("next");
    room.waiting().take(3).forEach(e -> speaker(next.addObject(), e, messages));
    if (room.resumable().isDefined()) {
      body.put("resumable", room.resumable().get().value());
    } else {
      body.putNull("resumable");
    }
    if (room.interrupted().isDefined()) {
      atRostrum(body.putObject("interrupted"), room.interrupted().get(), messages);
    } else {
      body.putNull("interrupted");
    }
    return body;
  }

  /**
   * A speaker at the rostrum, called or speaking, with the speech's signals as the core computes
   * them: its phase, its own limit (the time its kind gives and any time granted), whether the
   * chair paused it, the time left and the instants of the warning and the limit.
   */
  private static void atRostrum(ObjectNode node, RoomView.AtRostrum at, Messages messages) {
    speaker(node, at.entry(), messages);
    node.put("phase", at.speaking() ? "SPEAKING" : "CALLED");
    for (Signals signals : at.speech()) {
      node.put("startedAt", signals.startedAt().toString());
      ObjectNode o = node.putObject("signals");
      o.put("phase", signals.phase().name());
      o.put("warningAt", signals.warningAt().toString());
      o.put("limitAt", signals.limitAt().toString());
      o.put("leftSeconds", signals.left().toSeconds());
      o.put("limitSeconds", signals.limit().toSeconds());
      o.put("paused", signals.paused());
    }
  }

  /**
   * One speaker of the room: who, the kind of intervention (its name in the reader's language, as
   * the core names it), the group it speaks for, and the time its kind gives it.
   */
  static void speaker(ObjectNode node, ListEntry entry, Messages messages) {
    Registration r = entry.registration();
    node.put("registrationId", r.id().value());
    node.put("participant", r.participant().name(messages.language()));
    if (r.speaker().isDefined()) {
      node.put("speaker", r.speaker().get());
    } else {
      node.putNull("speaker");
    }
    node.put("kind", r.kind().name());
    node.put("kindName", messages.kind(r.kind()));
    r.onBehalfOf().forEach(group -> node.put("onBehalfOf", group));
    node.put("allottedSeconds", entry.allotted().toSeconds());
  }

  /** A plenary's definition, with its procedure named in the reader's language. */
  static ObjectNode describe(Plenary p, Messages messages) {
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
    o.set("procedure", procedure(p, messages));
    return o;
  }

  /**
   * The plenary's procedure as its definition states it: each kind of intervention it takes, with
   * its name, its limit, and whether it is asked for on the list (before the deadline) or in the
   * room; and the precedence of its statements with its tiers.
   */
  static ObjectNode procedure(Plenary p, Messages messages) {
    Procedure procedure = p.procedure();
    Duration standard = p.slot().limit();
    ObjectNode o = JSON.createObjectNode();
    ArrayNode kinds = o.putArray("kinds");
    for (InterventionKind kind : procedure.kinds()) {
      ObjectNode k = kinds.addObject();
      k.put("kind", kind.name());
      k.put("name", messages.kind(kind));
      k.put("fromTheList", kind.fromTheList());
      k.put("limitSeconds", procedure.limit(kind, 1, standard).toSeconds());
    }
    for (Procedure.RightOfReply reply : procedure.rightOfReply()) {
      ObjectNode r = o.putObject("rightOfReply");
      r.put("perParticipant", reply.perParticipant());
      ArrayNode limits = r.putArray("limitsSeconds");
      reply.limits().forEach(l -> limits.add(l.toSeconds()));
      r.put("after", reply.scope().name());
    }
    for (Procedure.GroupStatements groups : procedure.groupStatements()) {
      o.putObject("groupStatements").put("first", groups.first());
    }
    o.set("precedence", precedence(procedure.precedence(), messages));
    return o;
  }

  /**
   * The precedence of statements: first come, first served; or tiers, by category or by level, each
   * tier's members with their names.
   */
  static ObjectNode precedence(Precedence precedence, Messages messages) {
    ObjectNode o = JSON.createObjectNode();
    if (precedence instanceof Precedence.ByCategory byCategory) {
      o.put("order", "BY_CATEGORY");
      ArrayNode tiers = o.putArray("tiers");
      byCategory
          .order()
          .forEach(
              tier -> {
                ArrayNode members = tiers.addArray();
                List.ofAll(tier)
                    .sortBy(Enum::ordinal)
                    .forEach(c -> member(members, c.name(), messages.category(c)));
              });
    } else if (precedence instanceof Precedence.ByLevel byLevel) {
      o.put("order", "BY_LEVEL");
      ArrayNode tiers = o.putArray("tiers");
      byLevel
          .order()
          .forEach(
              tier -> {
                ArrayNode members = tiers.addArray();
                List.ofAll(tier)
                    .sortBy(Enum::ordinal)
                    .forEach(l -> member(members, l.name(), messages.level(l)));
              });
    } else {
      // Precedence is sealed: FirstCome is the one left (PlenariesResourceTest names all three).
      o.put("order", "FIRST_COME");
    }
    return o;
  }

  private static void member(ArrayNode members, String code, String name) {
    ObjectNode m = members.addObject();
    m.put("code", code);
    m.put("name", name);
  }
}
