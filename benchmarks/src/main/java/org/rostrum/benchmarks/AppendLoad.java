package org.rostrum.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.Plenary;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.Notifier;
import org.rostrum.core.service.PlenaryService;

/**
 * Durable, acknowledged registrations per second through the service and the store, on SQLite and
 * PostgreSQL, with 1 and 16 concurrent writers, beside a baseline in the same run: plain JDBC, one
 * single-row INSERT and COMMIT at a time, on the same database.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.rostrum.benchmarks.AppendLoad [SECONDS]}
 * — PostgreSQL is the one at {@code ROSTRUM_BENCH_PG_URL}, or an embedded one.
 */
public final class AppendLoad {

  private AppendLoad() {}

  /** One writer's loop; returns how many it completed. */
  interface Writer {
    long run(long until) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Duration each = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
    Path dir = Files.createTempDirectory("rostrum-bench");
    EmbeddedPostgres embedded = null;
    String pg = System.getenv("ROSTRUM_BENCH_PG_URL");
    if (pg == null) {
      embedded = EmbeddedPostgres.builder().start();
      pg = embedded.getJdbcUrl("postgres", "postgres");
    }
    System.out.printf(
        Locale.ROOT,
        "%-10s %-9s %7s %14s %14s %7s%n",
        "database",
        "writers",
        "seconds",
        "rostrum/s",
        "baseline/s",
        "ratio");
    int run = 0;
    for (String db : List.of("sqlite", "postgresql")) {
      for (int writers : new int[] {1, 16}) {
        run++;
        String location = db.equals("sqlite") ? dir.resolve("bench-" + run + ".db").toString() : pg;
        double rostrum = rostrum(location, writers, each, run);
        String jdbc =
            db.equals("sqlite") ? "jdbc:sqlite:" + dir.resolve("base-" + run + ".db") : pg;
        double baseline = baseline(jdbc, db, writers, each, run);
        System.out.printf(
            Locale.ROOT,
            "%-10s %-9d %7d %14.0f %14.0f %6.2fx%n",
            db,
            writers,
            each.toSeconds(),
            rostrum,
            baseline,
            rostrum / baseline);
      }
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  /** How many requests one plenary takes before the load moves to the next: a very busy plenary. */
  static final int PER_PLENARY = 500;

  /**
   * Registrations through the service, as {@code rostrum serve} would run them: every writer on the
   * same plenary, moving together to a fresh one every {@link #PER_PLENARY} requests.
   */
  static double rostrum(String location, int writers, Duration each, int run) throws Exception {
    try (Store store = Store.open(location, true, Clock.systemUTC())) {
      java.util.List<Plenary> plenaries = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String id = "bench-" + ProcessHandle.current().pid() + "-" + run + "-" + i;
        plenaries.add(
            store
                .catalog()
                .define(
                    PlenaryDefinitions.bundled()
                        .replace("id: " + PlenaryDefinitions.ASP23, "id: " + id),
                    id));
      }
      PlenaryService service =
          new PlenaryService(store.journal(), store.catalog(), Notifier.none(), Clock.systemUTC());
      AtomicLong requests = new AtomicLong();
      return measure(
          writers,
          each,
          until -> {
            long done = 0;
            while (System.nanoTime() < until) {
              long n = requests.getAndIncrement();
              Plenary plenary = plenaries.get((int) (n / PER_PLENARY % plenaries.size()));
              service.register(
                  RegisterCommand.of(plenary.id(), n % 2 == 0 ? "I" : "II", "Organisation " + n)
                      .category(ParticipantCategory.CIVIL_SOCIETY)
                      .receivedAt(java.time.Instant.parse("2024-12-03T10:00:00Z")));
              done++;
            }
            return done;
          });
    }
  }

  /** Plain JDBC: one row inserted and committed at a time, each writer on its own connection. */
  static double baseline(String jdbc, String db, int writers, Duration each, int run)
      throws Exception {
    String table = "baseline_" + ProcessHandle.current().pid() + "_" + run;
    try (Connection c = DriverManager.getConnection(jdbc);
        Statement s = c.createStatement()) {
      if (db.equals("sqlite")) {
        s.execute("PRAGMA journal_mode=WAL");
      }
      s.execute("CREATE TABLE " + table + " (seq BIGINT, event TEXT)");
    }
    AtomicLong seq = new AtomicLong();
    String event = "{\"registration\":{\"id\":1,\"participant\":{\"category\":\"CIVIL_SOCIETY\"}}}";
    return measure(
        writers,
        each,
        until -> {
          java.util.Properties settings = new java.util.Properties();
          if (db.equals("sqlite")) {
            // As Rostrum's own connections: WAL, full sync, writers queue for the lock.
            settings.setProperty("journal_mode", "WAL");
            settings.setProperty("synchronous", "FULL");
            settings.setProperty("busy_timeout", "10000");
            settings.setProperty("transaction_mode", "IMMEDIATE");
          }
          try (Connection c = DriverManager.getConnection(jdbc, settings)) {
            c.setAutoCommit(false);
            long done = 0;
            try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO " + table + " (seq, event) VALUES (?, ?)")) {
              while (System.nanoTime() < until) {
                insert.setLong(1, seq.incrementAndGet());
                insert.setString(2, event);
                insert.executeUpdate();
                c.commit();
                done++;
              }
            }
            return done;
          }
        });
  }

  static double measure(int writers, Duration each, Writer writer) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    AtomicLong total = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    List<Exception> failures = new ArrayList<>();
    long[] until = new long[1];
    for (int w = 0; w < writers; w++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  total.addAndGet(writer.run(until[0]));
                } catch (Exception e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    long begin = System.nanoTime();
    until[0] = begin + each.toNanos();
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    long elapsed = System.nanoTime() - begin;
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return total.get() / (elapsed / 1e9);
  }
}
