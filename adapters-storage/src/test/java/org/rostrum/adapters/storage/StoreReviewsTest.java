package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.port.out.MailReviews.Held;

/** Mails held for review, on a SQLite file and on PostgreSQL: once per key, resolved once. */
class StoreReviewsTest {

  @TempDir Path dir;

  static Held mail(String key) {
    return new Held(
        0,
        key,
        Instant.parse("2024-12-03T10:30:10Z"),
        false,
        List.of("BOTH_SEGMENTS"),
        Option.some("Japan"),
        Option.none(),
        Option.none(),
        "EN",
        "icc-team@mofa.go.jp",
        "Request to speak",
        "inbox.mbox #7",
        Option.none());
  }

  void check(Store store) {
    PlenaryId p = TestStores.freshPlenary(store).id();
    MailReviews reviews = store.reviews();
    assertThat(reviews.hold(p, mail("<a@x>"))).contains(1L);
    assertThat(reviews.hold(p, mail("<b@x>"))).contains(2L);
    assertThat(reviews.hold(p, mail("<a@x>"))).as("the same mail again").isEmpty();
    assertThat(reviews.knows(p, "<a@x>")).isTrue();
    assertThat(reviews.knows(p, "<c@x>")).isFalse();
    Held first = reviews.find(p, 1).get();
    assertThat(first.doubts()).containsExactly("BOTH_SEGMENTS");
    assertThat(first.receivedAt()).isEqualTo(Instant.parse("2024-12-03T10:30:10Z"));
    assertThat(first.participantSeen()).contains("Japan");
    assertThat(first.resolution()).isEmpty();
    MailReviews.Resolution dismissed =
        new MailReviews.Resolution(
            "DISMISSED", "asked by phone instead", Instant.parse("2024-12-04T09:00:00Z"));
    assertThat(reviews.resolve(p, 1, dismissed)).isTrue();
    assertThat(reviews.resolve(p, 1, dismissed)).as("resolved once").isFalse();
    assertThat(reviews.find(p, 1).get().resolution()).contains(dismissed);
    assertThat(reviews.all(p).map(Held::id)).containsExactly(1L, 2L);
  }

  @Test
  void on_sqlite() {
    try (Store store = TestStores.sqlite(dir.resolve("r.db"))) {
      check(store);
    }
  }

  @Test
  void on_postgresql() {
    try (Store store = TestStores.postgres()) {
      check(store);
    }
  }
}
