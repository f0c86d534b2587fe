package org.rostrum.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.out.MailboxPositions;
import org.rostrum.core.port.out.Outbox;

/**
 * The outbox and the watched folders' positions on a SQLite file and on PostgreSQL: a reply is
 * recorded once per key, due when its time has come, held by one sender at a time (even when
 * several race for it), marked sent or failed as the server answered, retried by an officer; a
 * folder's position is kept and replaced.
 */
class StoreOutboxTest {

  @TempDir Path dir;

  static final Instant T = Instant.parse("2024-11-28T10:00:00Z");

  static Outbox.Draft draft(String key) {
    return new Outbox.Draft(
        key,
        Outbox.Occasion.INSCRIBED,
        "#12",
        "yuki.sato@mofa.go.jp",
        "en",
        "<ack-" + key + "@rostrum.invalid>",
        "Re: [Japan] Registration",
        "Message-ID: <ack-" + key + "@rostrum.invalid>\r\n\r\nJapan is inscribed.\r\n");
  }

  void check(Store store) throws Exception {
    PlenaryId p = TestStores.freshPlenary(store).id();
    Outbox outbox = store.outbox();
    assertThat(outbox.record(p, draft("<a@x>"), T)).isEqualTo(1);
    assertThat(outbox.record(p, draft("<b@x>"), T.plusSeconds(1))).isEqualTo(2);
    assertThat(outbox.record(p, draft("<a@x>"), T.plusSeconds(2))).as("once per key").isEqualTo(1);
    Outbox.Reply first = outbox.find(p, 1).get();
    assertThat(first.draft()).isEqualTo(draft("<a@x>"));
    assertThat(first.state()).isEqualTo(Outbox.State.PENDING);
    assertThat(first.recordedAt()).isEqualTo(T);
    assertThat(first.nextAttempt()).isEqualTo(T);
    assertThat(
            outbox
                .due(T.plusSeconds(5), 10)
                .filter(r -> r.plenary().equals(p))
                .map(Outbox.Reply::id))
        .containsExactly(1L, 2L);

    // one sender at a time, even when eight race for the same reply
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      java.util.List<Callable<Boolean>> racers = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String sender = "host " + i + " t";
        racers.add(() -> outbox.claim(p, 1, sender, T.plusSeconds(5), T.plusSeconds(125)));
      }
      int won = 0;
      for (Future<Boolean> f : pool.invokeAll(racers)) {
        won += f.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(
            outbox
                .due(T.plusSeconds(6), 10)
                .filter(r -> r.plenary().equals(p))
                .map(Outbox.Reply::id))
        .containsExactly(2L);
    assertThat(
            outbox
                .due(T.plusSeconds(126), 10)
                .filter(r -> r.plenary().equals(p))
                .map(Outbox.Reply::id))
        .as("a claim lapses")
        .containsExactly(1L, 2L);

    outbox.sent(p, 1, T.plusSeconds(7), "250 2.0.0 OK");
    Outbox.Reply sent = outbox.find(p, 1).get();
    assertThat(sent.state()).isEqualTo(Outbox.State.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.sentAt()).contains(T.plusSeconds(7));
    assertThat(sent.answer()).contains("250 2.0.0 OK");
    assertThat(outbox.retry(p, 1, T.plusSeconds(8))).as("a sent reply is never retried").isFalse();

    assertThat(outbox.claim(p, 2, "host 9 t", T.plusSeconds(8), T.plusSeconds(128))).isTrue();
    outbox.failed(p, 2, "451 4.3.0 busy", Option.some(T.plusSeconds(13)));
    Outbox.Reply deferred = outbox.find(p, 2).get();
    assertThat(deferred.state()).isEqualTo(Outbox.State.PENDING);
    assertThat(deferred.nextAttempt()).isEqualTo(T.plusSeconds(13));
    assertThat(outbox.due(T.plusSeconds(12), 10).filter(r -> r.plenary().equals(p))).isEmpty();
    assertThat(outbox.claim(p, 2, "host 9 t", T.plusSeconds(13), T.plusSeconds(133))).isTrue();
    outbox.failed(p, 2, "550 5.1.1 no such user", Option.none());
    assertThat(outbox.find(p, 2).get().state()).isEqualTo(Outbox.State.FAILED);
    assertThat(outbox.find(p, 2).get().attempts()).isEqualTo(2);
    assertThat(outbox.due(T.plusSeconds(999), 10).filter(r -> r.plenary().equals(p))).isEmpty();
    assertThat(outbox.retry(p, 2, T.plusSeconds(20))).isTrue();
    assertThat(outbox.find(p, 2).get().state()).isEqualTo(Outbox.State.PENDING);
    assertThat(
            outbox
                .due(T.plusSeconds(20), 10)
                .filter(r -> r.plenary().equals(p))
                .map(Outbox.Reply::id))
        .containsExactly(2L);
    assertThat(outbox.retry(p, 3, T)).isFalse();

    // the claims of a sender that is gone are freed
    assertThat(outbox.claim(p, 2, "gone 1 t", T.plusSeconds(20), T.plusSeconds(140))).isTrue();
    assertThat(outbox.release(s -> s.equals("gone 1 t"))).isEqualTo(1);
    assertThat(outbox.claim(p, 2, "host 2 t", T.plusSeconds(21), T.plusSeconds(141))).isTrue();
    assertThat(outbox.all(p).map(Outbox.Reply::id)).containsExactly(1L, 2L);

    MailboxPositions positions = store.positions();
    String folder = "imap://asp@127.0.0.1:3143/INBOX";
    assertThat(positions.find(p, folder)).isEmpty();
    positions.keep(p, folder, new MailboxPositions.Position(77, 3));
    positions.keep(p, folder, new MailboxPositions.Position(77, 4));
    assertThat(positions.find(p, folder)).contains(new MailboxPositions.Position(77, 4));
    positions.keep(p, folder, new MailboxPositions.Position(78, 1));
    assertThat(positions.find(p, folder)).contains(new MailboxPositions.Position(78, 1));
    assertThat(positions.find(p, folder + "2")).isEmpty();
  }

  @Test
  void on_sqlite() throws Exception {
    try (Store store = TestStores.sqlite(dir.resolve("outbox.db"))) {
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
