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
    private final java.time.Instant steadyUntil;

    Rendered(long version, String contentType, byte[] body) {
      this(version, contentType, body, null);
    }

    /**
     * A view whose times hold until {@code steadyUntil} on the same version (null: they do not
     * depend on the clock).
     */
    Rendered(long version, String contentType, byte[] body, java.time.Instant steadyUntil) {
      this.version = version;
      this.contentType = contentType;
      this.body = body;
      this.gzip = gzipped(body);
      this.steadyUntil = steadyUntil;
    }

    /** Whether these bytes are still the view at {@code now}, for the same version. */
    boolean holdsAt(java.time.Instant now) {
      return steadyUntil == null || now.isBefore(steadyUntil);
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
    return at(key, version, null, render);
  }

  /**
   * As {@link #at(Key, long, Supplier)}, at {@code now}: bytes kept whose projected times have
   * moved with the clock since they were rendered are rendered again.
   */
  Rendered at(Key key, long version, java.time.Instant now, Supplier<Rendered> render) {
    Rendered kept = views.get(key);
    if (kept != null && kept.version() == version && (now == null || kept.holdsAt(now))) {
      return kept;
    }
    Rendered fresh = render.get();
    views.merge(key, fresh, (old, made) -> old.version() > made.version() ? old : made);
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
