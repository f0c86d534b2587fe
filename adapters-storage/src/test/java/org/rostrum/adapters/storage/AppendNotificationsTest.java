package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.SegmentId;

/** One process hears of another's appends (PostgreSQL LISTEN/NOTIFY). */
class AppendNotificationsTest {

  @Test
  void a_store_hears_of_an_append_made_through_another_store_on_postgresql() throws Exception {
    try (Store listening = TestStores.postgres();
        Store writing = TestStores.postgres()) {
      Plenary plenary = TestStores.freshPlenary(writing);
      BlockingQueue<PlenaryId> heard = new LinkedBlockingQueue<>();
      AutoCloseable subscription = listening.onAppend(heard::add);
      try {
        Thread.sleep(300); // the listener connects
        writing
            .journal()
            .append(
                plenary.id(),
                0,
                JournalContract.by(new Event.ListClosed(SegmentId.of("II"))),
                Instant.parse("2024-12-04T10:00:00Z"));
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(plenary.id());
      } finally {
        subscription.close();
      }
      writing
          .journal()
          .append(
              plenary.id(),
              1,
              JournalContract.by(new Event.ListReopened(SegmentId.of("II"))),
              Instant.parse("2024-12-04T10:01:00Z"));
      assertThat(heard.poll(1, TimeUnit.SECONDS)).as("closed: no longer listening").isNull();
    }
  }
}
