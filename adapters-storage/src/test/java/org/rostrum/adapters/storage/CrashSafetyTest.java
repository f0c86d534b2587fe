package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.JournalEntry;

/**
 * A process appending to the journal is killed with SIGKILL at a random moment, again and again;
 * after each restart every acknowledged entry is there, nothing half-written is, and the chain
 * verifies.
 */
class CrashSafetyTest {

  static final int KILLS = 10;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void every_acknowledged_append_survives_a_kill(String kind) throws Exception {
    String location =
        kind.equals("sqlite") ? dir.resolve("crash.db").toString() : TestStores.postgresUrl();
    Store store =
        kind.equals("sqlite") ? TestStores.sqlite(Path.of(location)) : TestStores.postgres();
    PlenaryId plenary = TestStores.freshPlenary(store).id();
    Random random = new Random(42);
    Map<Long, String> acknowledged = new HashMap<>();
    for (int kill = 0; kill < KILLS; kill++) {
      Children child = Children.start(location, plenary.value(), 2, 0);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (child.acks().size() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(random.nextInt(300));
      child.kill();
      for (String ack : child.acks()) {
        int space = ack.indexOf(' ');
        acknowledged.put(Long.parseLong(ack.substring(0, space)), ack.substring(space + 1));
      }

      Store reopened =
          kind.equals("sqlite") ? TestStores.sqlite(Path.of(location)) : TestStores.postgres();
      Seq<JournalEntry> entries = reopened.journal().read(plenary, 0);
      assertThat(entries.map(JournalEntry::seq))
          .as("no gap after kill %d", kill)
          .isEqualTo(io.vavr.collection.List.rangeClosed(1L, (long) entries.size()));
      for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
        assertThat(entries.find(e -> e.seq() == ack.getKey()).map(JournalEntry::hash))
            .as("acknowledged entry %d after kill %d", ack.getKey(), kill)
            .contains(ack.getValue());
      }
      Verification verification = reopened.verify(plenary);
      reopened.close();
      assertThat(verification.intact()).as("chain after kill %d: %s", kill, verification).isTrue();
    }
    store.close();
    assertThat(acknowledged).hasSizeGreaterThan(KILLS * 3);
  }
}
