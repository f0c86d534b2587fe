package org.rostrum.adapters.rest;

import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.PlenaryId;

/**
 * Views rendered once per version: the bytes of a view as a reader asks for it (its plenary, one
 * segment or all, the language, the format), and their gzip, kept until the plenary's version
 * moves. Only the newest version of each is kept, so the cache holds at most one entry per plenary,
 * segment, language and format. Safe for concurrent readers: two that miss at once both render, and
 * the newer of their versions is kept.
 */
final class RenderedViews {

  /** What a reader asks for: one segment or all (none), in a language, as CSV or as JSON. */
  record Key(PlenaryId plenary, Option<String> segment, Language language, boolean csv) {}

  /**
   * A view rendered at {@code version}: its bytes, and the same bytes gzipped. Neither array is
   * ever written to once built.
   */
  static final class Rendered {
    private final long version;
    private final String contentType;
    private final byte[] body;
    private final byte[] gzip;

    Rendered(long version, String contentType, byte[] body) {
      this.version = version;
      this.contentType = contentType;
      this.body = body;
      this.gzip = gzipped(body);
    }

    long version() {
      return version;
    }

    String contentType() {
      return contentType;
    }

    /** The bytes as rendered; not to be changed. */
    byte[] body() {
      return body;
    }

    /** The bytes gzipped; not to be changed. */
    byte[] gzip() {
      return gzip;
    }
  }

  private final ConcurrentHashMap<Key, Rendered> views = new ConcurrentHashMap<>();

  /**
   * The view of {@code key} at {@code version}: the bytes kept if they are of that version, or else
   * those {@code render} gives (which may be of a newer version), kept unless newer ones are.
   */
  Rendered at(Key key, long version, Supplier<Rendered> render) {
    Rendered kept = views.get(key);
    if (kept != null && kept.version() == version) {
      return kept;
    }
    Rendered fresh = render.get();
    views.merge(key, fresh, (old, now) -> old.version() >= now.version() ? old : now);
    return fresh;
  }

  /** How many views are kept. */
  int size() {
    return views.size();
  }

  static byte[] gzipped(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }
}
