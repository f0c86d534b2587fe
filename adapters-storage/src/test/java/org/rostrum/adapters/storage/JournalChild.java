package org.rostrum.adapters.storage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import org.rostrum.core.decider.Event;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.model.SegmentId;
import org.rostrum.core.port.out.Journal;
import org.rostrum.core.port.out.JournalEntry;
import org.rostrum.core.port.out.VersionConflict;

/**
 * A separate process that appends to a store and reports each acknowledged append on its standard
 * output as {@code ACK seq hash}, for the crash and concurrency tests.
 *
 * <p>{@code JournalChild LOCATION PLENARY THREADS COUNT}: THREADS threads append COUNT entries each
 * (COUNT 0: until killed), then it prints {@code ORDER digest} of the whole journal as read.
 */
public final class JournalChild {

  private JournalChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Store store = Store.open(args[0], false, Clock.systemUTC());
    PlenaryId plenary = PlenaryId.of(args[1]);
    int threads = Integer.parseInt(args[2]);
    int count = Integer.parseInt(args[3]);
    Journal journal = store.journal();
    java.util.List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                for (int i = 0; count == 0 || i < count; i++) {
                  JournalEntry entry = appendOne(journal, plenary);
                  synchronized (out) {
                    out.println("ACK " + entry.seq() + " " + entry.hash());
                  }
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    out.println("ORDER " + digest(journal.read(plenary, 0)));
  }

  static JournalEntry appendOne(Journal journal, PlenaryId plenary) {
    Seq<Journal.Attributed> event =
        List.of(
            new Journal.Attributed(
                new Event.ListClosed(SegmentId.of("I")),
                org.rostrum.core.model.Actor.commandLine("child")));
    long version = journal.read(plenary, 0).lastOption().map(JournalEntry::seq).getOrElse(0L);
    while (true) {
      Either<VersionConflict, Seq<JournalEntry>> appended =
          journal.append(plenary, version, event, Instant.now());
      if (appended.isRight()) {
        return appended.get().head();
      }
      version = appended.getLeft().actual();
    }
  }

  /** The journal's order as one hash: its entries' hashes, in order. */
  static String digest(Seq<JournalEntry> entries) {
    return Hashes.sha256(entries.map(e -> e.seq() + ":" + e.hash()).mkString(","));
  }
}
