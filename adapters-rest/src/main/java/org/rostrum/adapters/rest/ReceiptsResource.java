package org.rostrum.adapters.rest;

import static org.rostrum.adapters.rest.Http.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.ZoneId;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Participant;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.ScheduledSpeaker;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.JournalProof;
import org.rostrum.core.rules.Messages;
import org.rostrum.core.view.ReceiptView;

/**
 * A request found by its receipt, for the delegation that holds it: what became of it, where it
 * stands now, and the proof that its entry is in the record (public: the receipt is the key).
 */
final class ReceiptsResource {

  /** A receipt is a SHA-256 in lower-case hex; anything else is no receipt. */
  private static final java.util.regex.Pattern RECEIPT =
      java.util.regex.Pattern.compile("[0-9a-f]{64}");

  private final RestApi.Services services;

  ReceiptsResource(RestApi.Services services) {
    this.services = services;
  }

  /** The request whose receipt the path names, or the 404 that says no request has it. */
  private ReceiptView found(Context ctx) {
    Plenary plenary = Http.plenaryOf(ctx, services.query());
    String receipt = ctx.pathParam("receipt").strip().toLowerCase(java.util.Locale.ROOT);
    if (!RECEIPT.matcher(receipt).matches()) {
      throw unknown(ctx, plenary);
    }
    return services
        .query()
        .receipt(plenary.id(), receipt)
        .getOrElseThrow(() -> unknown(ctx, plenary));
  }

  private static Problem unknown(Context ctx, Plenary plenary) {
    return new Problem(404, "NOT_FOUND", Http.text(ctx, "not.found.receipt", plenary.id().value()));
  }

  void receipt(Context ctx) {
    ReceiptView view = found(ctx);
    Plenary plenary = view.plenary();
    JournalProof.Inclusion proof =
        services
            .record()
            .inclusion(plenary.id(), view.receipt())
            .getOrElseThrow(() -> unknown(ctx, plenary));
    ctx.header("Cache-Control", "no-cache");
    json(ctx, 200, body(view, proof, Http.language(ctx)));
  }

  /**
   * The slot of the request with this receipt as an iCalendar event (RFC 5545): its actual or
   * projected start and end, its SEQUENCE the plenary's version, so that a calendar that fetches it
   * again moves it when the projection moves; 404 for a request that holds no place.
   */
  void calendar(Context ctx) {
    ReceiptView view = found(ctx);
    Plenary plenary = view.plenary();
    String receipt = view.receipt();
    if (view.place().isEmpty()) {
      throw new Problem(404, "NOT_FOUND", Http.text(ctx, "not.found.slot", plenary.id().value()));
    }
    ScheduledSpeaker place = view.place().get();
    Language language = Http.language(ctx);
    Messages messages = Messages.in(language, plenary.zone(), plenary.roster());
    java.time.format.DateTimeFormatter utc =
        java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(java.time.ZoneOffset.UTC);
    String who = place.entry().registration().participant().name(language);
    StringBuilder ics = new StringBuilder();
    for (String line :
        java.util.List.of(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Rostrum//speakers' list//EN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + plenary.id().value() + "-" + receipt + "@rostrum",
            "SEQUENCE:" + view.version(),
            "DTSTAMP:" + utc.format(view.at()),
            "DTSTART:" + utc.format(place.projectedStart()),
            "DTEND:" + utc.format(place.projectedEnd()),
            "SUMMARY:"
                + org.rostrum.core.text.CalendarText.value(
                    who + " — " + plenary.title().in(language)),
            "DESCRIPTION:"
                + org.rostrum.core.text.CalendarText.value(
                    messages.holding(
                        place.entry().id(),
                        place.entry().position(),
                        place.status(),
                        place.projectedStart())),
            "STATUS:" + (place.timePermitting() ? "TENTATIVE" : "CONFIRMED"),
            "END:VEVENT",
            "END:VCALENDAR")) {
      ics.append(org.rostrum.core.text.CalendarText.line(line));
    }
    ctx.header("Cache-Control", "no-cache");
    ctx.status(200).contentType("text/calendar; charset=utf-8").result(ics.toString());
  }

  static ObjectNode body(ReceiptView view, JournalProof.Inclusion proof, Language language) {
    Plenary plenary = view.plenary();
    ZoneId zone = plenary.zone();
    Messages messages = Messages.in(language, zone, plenary.roster());
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    RegistrationOutcome outcome = view.outcome();
    o.put("receipt", view.receipt());
    o.put("registrationId", outcome.id().value());
    o.put("version", view.version());
    if (outcome instanceof RegistrationOutcome.Inscribed inscribed) {
      Participant p = inscribed.registration().participant();
      ObjectNode participant = o.putObject("participant");
      participant.put("key", p.key().value());
      participant.put("name", p.name(language));
      o.put("segment", inscribed.registration().segment().value());
      o.put("inscribed", true);
      o.put("status", inscribed.status().name());
      o.put("statusText", messages.status(inscribed.status()));
      String text;
      if (view.place().isDefined()) {
        ScheduledSpeaker place = view.place().get();
        o.put("position", place.entry().position());
        o.put("projectedStart", SpeakersFormats.offset(place.projectedStart(), zone));
        o.put("timePermitting", place.timePermitting());
        place
            .actual()
            .forEach(
                a -> {
                  o.put("actualStart", SpeakersFormats.offset(a.start(), zone));
                  a.end().forEach(end -> o.put("actualEnd", SpeakersFormats.offset(end, zone)));
                });
        text =
            messages.holding(
                    place.entry().id(),
                    place.entry().position(),
                    place.status(),
                    place.projectedStart())
                + place.swapped().map(w -> " (" + messages.swap(w) + ")").getOrElse("");
      } else {
        text = messages.status(inscribed.status());
      }
      o.put("text", text);
    } else {
      RegistrationOutcome.Refused refused = (RegistrationOutcome.Refused) outcome;
      o.put("inscribed", false);
      String status = refused.annulled().isDefined() ? "ANNULLED" : "REFUSED";
      o.put("status", status);
      o.put(
          "statusText",
          refused.annulled().isDefined()
              ? messages.status(org.rostrum.core.model.RegistrationStatus.ANNULLED)
              : messages.explain(refused.rejection()));
      o.put("reason", refused.rejection().reason().name());
      o.put("text", RegistrationsResource.why(messages, refused));
    }
    ObjectNode p = o.putObject("proof");
    p.put("previous", proof.previous());
    p.put("head", proof.head());
    ArrayNode links = p.putArray("links");
    for (JournalProof.Link link : proof.links()) {
      ObjectNode l = links.addObject();
      l.put("seq", link.seq());
      l.put("text", link.text());
      l.put("hash", link.hash());
    }
    return o;
  }
}
