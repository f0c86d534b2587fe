package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.JournalProof;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * A receipt's inclusion proof on a SQLite file and on PostgreSQL: the entry with that hash and
 * every one after it, each as the text its hash covers, so that SHA-256 of the hash before and the
 * text gives each link's hash in turn, up to the head the store's own walk of the chain finds.
 */
class InclusionProofTest {

  @TempDir Path dir;

  void check(Store store) throws Exception {
    PlenaryId p = TestStores.freshPlenary(store).id();
    PlenaryService service =
        new PlenaryService(
            store.journal(),
            store.catalog(),
            Notifier.none(),
            Clock.fixed(Instant.parse("2024-12-03T10:00:00Z"), ZoneOffset.UTC));
    String first = service.register(RegisterCommand.of(p, "I", "Kenya")).receipt();
    String second = service.register(RegisterCommand.of(p, "I", "France")).receipt();
    service.register(RegisterCommand.of(p, "II", "Japan"));
    JournalProof proof = store.proof();

    JournalProof.Inclusion fromSecond = proof.inclusion(p, second).get();
    assertThat(fromSecond.previous()).isEqualTo(first);
    assertThat(fromSecond.links().map(JournalProof.Link::seq)).containsExactly(2L, 3L);
    assertThat(fromSecond.links().head().hash()).isEqualTo(second);
    assertThat(fromSecond.links().head().text()).contains("France");
    String hash = fromSecond.previous();
    for (JournalProof.Link link : fromSecond.links()) {
      hash = sha256(hash + link.text());
      assertThat(link.hash()).as("link %s", link.seq()).isEqualTo(hash);
    }
    assertThat(fromSecond.head()).isEqualTo(proof.verify(p).headHash());

    JournalProof.Inclusion fromFirst = proof.inclusion(p, first).get();
    assertThat(fromFirst.previous()).isEmpty();
    assertThat(sha256(fromFirst.links().head().text())).isEqualTo(first);
    assertThat(fromFirst.links()).hasSize(3);

    assertThat(proof.inclusion(p, "0".repeat(64))).isEmpty();
    assertThat(proof.inclusion(TestStores.freshPlenary(store).id(), second))
        .as("another plenary's receipt")
        .isEmpty();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void on_sqlite() throws Exception {
    try (Store store = TestStores.sqlite(dir.resolve("proof.db"))) {
      check(store);
    }
  }

  @Test
  void on_postgresql() throws Exception {
    try (Store store = TestStores.postgres()) {
      check(store);
    }
  }
}
