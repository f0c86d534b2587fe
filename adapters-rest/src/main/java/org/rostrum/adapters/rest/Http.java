package org.rostrum.adapters.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.QueryPlenaryUseCase;
import org.rostrum.core.rules.Messages;

/** What every resource of the API shares: JSON, the asker's language, versions and plenaries. */
final class Http {

  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  static final String PROBLEM = "application/problem+json";
  static final String JSON_TYPE = "application/json; charset=utf-8";

  /** What a plenary's id may be; any other path names no plenary. */
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** The request attribute that holds a request's id, for the log and the problem's instance. */
  static final String REQUEST_ID = "rostrum.request";

  private Http() {}

  /** The plenary named by the path, or a 404 problem that names the plenaries there are. */
  static Plenary plenaryOf(Context ctx, QueryPlenaryUseCase query) {
    String id = ctx.pathParam("id");
    Option<Plenary> found =
        ID.matcher(id).matches() ? query.plenary(PlenaryId.of(id)) : Option.none();
    if (found.isDefined()) {
      return found.get();
    }
    Seq<Plenary> all = query.plenaries();
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

  /**
   * The version now of the plenary named by the path, read without computing any view; or the 404
   * problem of {@link #plenaryOf}.
   */
  static long versionOf(Context ctx, QueryPlenaryUseCase query) {
    String id = ctx.pathParam("id");
    Option<Long> found = ID.matcher(id).matches() ? query.version(PlenaryId.of(id)) : Option.none();
    return found.getOrElse(() -> query.version(plenaryOf(ctx, query).id()).get());
  }

  /**
   * Whether the request's If-None-Match names {@code version}'s ETag (compared weakly, RFC 9110
   * §13.1.2) or is {@code *}: the reader holds what it would be sent.
   */
  static boolean notModified(Context ctx, long version) {
    String header = ctx.header("If-None-Match");
    if (header == null) {
      return false;
    }
    String current = etag(version);
    for (String tag : header.split(",", -1)) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(current) || t.equals("W/" + current)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the request's Accept-Encoding takes gzip (RFC 9110 §12.5.3): named with a weight above
   * zero, or not named and {@code *} is.
   */
  static boolean acceptsGzip(Context ctx) {
    String header = ctx.header("Accept-Encoding");
    if (header == null) {
      return false;
    }
    Option<Double> gzip = Option.none();
    Option<Double> any = Option.none();
    for (String coding : header.split(",", -1)) {
      String[] parts = coding.split(";", -1);
      String name = parts[0].strip().toLowerCase(Locale.ROOT);
      double weight = 1;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        if (p.startsWith("q=") || p.startsWith("Q=")) {
          try {
            weight = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            weight = 0; // an unreadable weight takes nothing
          }
        }
      }
      if (name.equals("gzip") || name.equals("x-gzip")) {
        gzip = Option.some(weight);
      } else if (name.equals("*")) {
        any = Option.some(weight);
      }
    }
    return gzip.orElse(any).exists(w -> w > 0);
  }

  static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType(JSON_TYPE).result(body.toString());
  }

  static Option<Long> ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      return Option.none();
    }
    String v = header.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    // a moving list's ETag carries the instant it was projected at after the version
    v = v.replace("\"", "").replaceFirst("^(\\d+)-\\d+$", "$1");
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

  static Language language(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang == null) {
      lang = Option.of(ctx.header("Accept-Language")).getOrElse("en");
    }
    String tag = lang.strip().toLowerCase(Locale.ROOT);
    return tag.startsWith("fr") ? Language.FR : tag.startsWith("es") ? Language.ES : Language.EN;
  }

  static Messages messages(Context ctx, Plenary plenary) {
    return Messages.in(language(ctx), plenary.zone(), plenary.roster());
  }

  static String text(Context ctx, String key, Object... values) {
    // the API's own sentences are in English and French; a Spanish reader gets them in English
    Language language = language(ctx) == Language.ES ? Language.EN : language(ctx);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "org.rostrum.adapters.rest.rest",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), language.locale()).format(values);
  }

  static String resource(String name) {
    try (java.io.InputStream in = Http.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
