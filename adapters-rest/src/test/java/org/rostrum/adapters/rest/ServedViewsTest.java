package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.TestServer.ASP23;
import static org.rostrum.adapters.rest.TestServer.BASE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;
import org.rostrum.core.view.ListView;

/**
 * The list served from its version (issue 15), over real HTTP on 127.0.0.1 and a real SQLite file:
 * the bytes the formats render for the version, the same from the cache, moved by every append —
 * another writer's to the same file included — gzipped once when asked, and 304 for a reader who
 * holds the version.
 */
@Timeout(120)
class ServedViewsTest {

  @TempDir Path dir;
  TestServer api;

  @BeforeEach
  void start() {
    api = new TestServer(dir);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** An answer with its body as bytes, exactly as sent. */
  static final class Raw {
    private final int status;
    private final java.net.http.HttpHeaders headers;
    private final byte[] body;

    Raw(int status, java.net.http.HttpHeaders headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    int status() {
      return status;
    }

    byte[] body() {
      return body.clone();
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The body decoded as its Content-Encoding says. */
    byte[] plain() {
      if (!"gzip".equals(header("Content-Encoding")) || body.length == 0) {
        return body;
      }
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String text() {
      return new String(plain(), StandardCharsets.UTF_8);
    }
  }

  /** One request, its headers as name, value pairs; the answer is checked against the document. */
  Raw call(String method, String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(api.uri(path))
            .timeout(Duration.ofSeconds(20))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> r = api.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      Raw raw = new Raw(r.statusCode(), r.headers(), r.body());
      assertThat(r.headers().allValues("Cache-Control")).hasSizeLessThanOrEqualTo(1);
      OpenApiContract.check(
          method, path, null, r.statusCode(), r.headers(), raw.header("Content-Type"), raw.text());
      return raw;
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  Raw get(String path, String... headers) {
    return call("GET", path, headers);
  }

  /** The list at the store's version now, as the formats render it: what the code served before. */
  byte[] rendered(String segment, Language language, boolean csv) {
    PlenaryService reader =
        new PlenaryService(api.store.journal(), api.store.catalog(), Notifier.none(), api.clock);
    ListView list = reader.list(ASP23);
    if (segment != null) {
      list = list.only(org.rostrum.core.model.SegmentId.of(segment)).get();
    }
    String text =
        csv ? SpeakersFormats.csv(list, language) : SpeakersFormats.json(list, language).toString();
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void the_bytes_served_are_those_the_formats_render_for_the_version_first_and_from_the_cache() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("II", "Côte d'Ivoire", "2024-12-02T11:00:00+01:00");
    for (String segment : new String[] {null, "II"}) {
      for (Language language : new Language[] {Language.EN, Language.FR}) {
        for (boolean csv : new boolean[] {false, true}) {
          String path =
              BASE
                  + "/speakers?lang="
                  + language.name().toLowerCase(java.util.Locale.ROOT)
                  + (segment == null ? "" : "&segment=" + segment);
          String accept = csv ? "text/csv" : "application/json";
          byte[] expected = rendered(segment, language, csv);
          Raw first = get(path, "Accept", accept);
          Raw again = get(path, "Accept", accept);
          String what = path + " " + accept;
          assertThat(first.status()).as(what).isEqualTo(200);
          assertThat(first.header("Content-Encoding")).as(what).isNull();
          assertThat(first.body()).as(what).isEqualTo(expected);
          assertThat(again.body()).as(what).isEqualTo(expected);
          assertThat(first.header("ETag")).as(what).isEqualTo("\"2\"");
          assertThat(first.header("Content-Type")).as(what).startsWith(csv ? "text/csv" : "app");
        }
      }
    }
    String english = new String(rendered(null, Language.EN, false), StandardCharsets.UTF_8);
    String french = new String(rendered(null, Language.FR, false), StandardCharsets.UTF_8);
    assertThat(english)
        .as("a language served from another's bytes would pass")
        .isNotEqualTo(french);
    assertThat(get(BASE + "/speakers", "Accept-Language", "fr").text()).isEqualTo(french);
  }

  @Test
  void a_registration_moves_the_version_and_the_body() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    Raw before = get(BASE + "/speakers");
    Raw cached = get(BASE + "/speakers", "Accept-Encoding", "gzip");
    assertThat(cached.text()).isEqualTo(before.text()).doesNotContain("Chile");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    for (String encoding : new String[] {"identity", "gzip"}) {
      Raw after = get(BASE + "/speakers", "Accept-Encoding", encoding);
      assertThat(after.header("ETag")).isEqualTo("\"2\"");
      assertThat(after.text()).contains("Chile").contains("Kenya");
      assertThat(after.plain()).isEqualTo(rendered(null, Language.EN, false));
    }
  }

  @Test
  void an_append_by_another_writer_to_the_same_store_is_served_at_once() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    assertThat(get(BASE + "/speakers").header("ETag")).isEqualTo("\"1\"");
    try (Store other = Store.open(dir.resolve("rostrum.db").toString(), false, api.clock)) {
      PlenaryService writer =
          new PlenaryService(other.journal(), other.catalog(), Notifier.none(), api.clock);
      writer.register(
          RegisterCommand.of(ASP23, "II", "Organisation of elsewhere")
              .category(ParticipantCategory.CIVIL_SOCIETY));
    }
    Raw after = get(BASE + "/speakers", "Accept-Encoding", "gzip");
    assertThat(after.header("ETag")).isEqualTo("\"2\"");
    assertThat(after.text()).contains("Organisation of elsewhere");
    assertThat(after.plain()).isEqualTo(rendered(null, Language.EN, false));
  }

  @Test
  void the_gzip_served_decompresses_to_the_plain_body_and_is_compressed_once() {
    for (int i = 0; i < 12; i++) {
      api.register(i % 2 == 0 ? "I" : "II", "Organisation " + i, "2024-12-02T10:00:00+01:00");
    }
    for (String accept : new String[] {"application/json", "text/csv"}) {
      Raw plain = get(BASE + "/speakers", "Accept", accept);
      assertThat(plain.header("Content-Encoding")).isNull();
      for (String encoding : new String[] {"gzip", "br, gzip;q=0.5", "deflate, *"}) {
        Raw zipped = get(BASE + "/speakers", "Accept", accept, "Accept-Encoding", encoding);
        assertThat(zipped.header("Content-Encoding")).as(encoding).isEqualTo("gzip");
        assertThat(zipped.header("Vary")).as(encoding).contains("Accept-Encoding");
        assertThat(zipped.body()).as(encoding).isNotEqualTo(plain.body());
        assertThat(zipped.plain()).as(encoding).isEqualTo(plain.body());
      }
      for (String refused : new String[] {"identity", "gzip;q=0", "br", "*;q=0", "gzip;q=0, *"}) {
        Raw notZipped = get(BASE + "/speakers", "Accept", accept, "Accept-Encoding", refused);
        assertThat(notZipped.header("Content-Encoding")).as(refused).isNull();
        assertThat(notZipped.body()).as(refused).isEqualTo(plain.body());
      }
    }
  }

  @Test
  void a_reader_holding_the_version_is_answered_304_and_a_stale_one_the_list() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    Raw list = get(BASE + "/speakers");
    String etag = list.header("ETag");
    assertThat(etag).isEqualTo("\"1\"");
    for (String held : new String[] {etag, "W/" + etag, "\"0\", " + etag, "*"}) {
      for (String method : new String[] {"GET", "HEAD"}) {
        Raw unchanged =
            call(method, BASE + "/speakers", "If-None-Match", held, "Accept-Encoding", "gzip");
        assertThat(unchanged.status()).as(method + " " + held).isEqualTo(304);
        assertThat(unchanged.body()).as(method + " " + held).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        assertThat(unchanged.header("Cache-Control")).isEqualTo("no-cache");
      }
    }
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    Raw changed = get(BASE + "/speakers", "If-None-Match", etag);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isEqualTo("\"2\"");
    assertThat(changed.text()).contains("Chile");
    Raw head = call("HEAD", BASE + "/speakers", "If-None-Match", etag, "Accept-Encoding", "gzip");
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void the_list_may_be_kept_if_revalidated_and_other_answers_are_not_kept() {
    Raw list = get(BASE + "/speakers");
    assertThat(list.header("Cache-Control")).isEqualTo("no-cache");
    assertThat(list.header("Vary")).contains("Accept").contains("Accept-Language");
    assertThat(list.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(list.header("X-Request-Id")).isNotBlank();
    assertThat(get(BASE).header("Cache-Control")).isEqualTo("no-store");
    Raw unknown = get(BASE + "/speakers?segment=IX", "Accept-Encoding", "gzip");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Cache-Control")).isEqualTo("no-store");
    assertThat(unknown.text()).contains("UNKNOWN_SEGMENT");
    Raw nowhere = get("/api/plenaries/asp99/speakers");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.text()).contains("NOT_FOUND").contains("asp99");
  }
}
