package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.rostrum.core.model.Language;
import org.rostrum.core.model.PlenaryId;

class RenderedViewsTest {

  static final RenderedViews.Key ALL_EN =
      new RenderedViews.Key(PlenaryId.of("asp23-cooperation"), Option.none(), Language.EN, false);

  static Supplier<RenderedViews.Rendered> at(long version) {
    return () ->
        new RenderedViews.Rendered(
            version, Http.JSON_TYPE, ("{\"v\":" + version + "}").getBytes(StandardCharsets.UTF_8));
  }

  static Supplier<RenderedViews.Rendered> never() {
    return () -> {
      throw new AssertionError("rendered again at a version kept");
    };
  }

  @Test
  void a_view_is_rendered_once_per_version_and_only_the_newest_is_kept() {
    RenderedViews views = new RenderedViews();
    RenderedViews.Rendered one = views.at(ALL_EN, 1, at(1));
    assertThat(views.at(ALL_EN, 1, never())).isSameAs(one);
    RenderedViews.Rendered two = views.at(ALL_EN, 2, at(2));
    assertThat(two.version()).isEqualTo(2);
    assertThat(views.at(ALL_EN, 2, never())).isSameAs(two);
    // a reader that read version 1 before the append renders it, but does not push 2 out
    assertThat(views.at(ALL_EN, 1, at(1)).version()).isEqualTo(1);
    assertThat(views.at(ALL_EN, 2, never())).isSameAs(two);
    RenderedViews.Key french =
        new RenderedViews.Key(ALL_EN.plenary(), Option.none(), Language.FR, false);
    assertThat(views.at(french, 2, at(2))).isNotSameAs(two);
    assertThat(views.size()).isEqualTo(2);
  }

  @Test
  void the_gzip_kept_decompresses_to_the_body() throws IOException {
    RenderedViews.Rendered view = at(7).get();
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(view.gzip()))) {
      assertThat(in.readAllBytes()).isEqualTo(view.body());
    }
  }
}
