package org.rostrum.benchmarks;

import io.javalin.Javalin;
import io.vavr.control.Option;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.rostrum.adapters.rest.LiveFeed;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.service.PlenaryService;

/**
 * A deadline rush over HTTP: concurrent clients post registrations (durable and acknowledged, 201)
 * to the API as {@code rostrum serve} runs it, on SQLite and PostgreSQL; beside it in the same run,
 * a baseline: a bare Javalin endpoint that only writes the same row with plain JDBC. Prints
 * registrations/s and the p50/p99 latency of each.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.rostrum.benchmarks.RestLoad [SECONDS]
 * [CLIENTS]} — PostgreSQL is the one at {@code ROSTRUM_BENCH_PG_URL}, or an embedded one.
 */
public final class RestLoad {

  private RestLoad() {}

  record Result(double perSecond, double p50, double p99, long errors) {}

  public static void main(String[] args) throws Exception {
    Duration each = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    Path dir = Files.createTempDirectory("rostrum-rest-bench");
    EmbeddedPostgres embedded = null;
    String pg = System.getenv("ROSTRUM_BENCH_PG_URL");
    if (pg == null) {
      embedded = EmbeddedPostgres.builder().start();
      pg = embedded.getJdbcUrl("postgres", "postgres");
    }
    System.out.printf(
        Locale.ROOT,
        "%-10s %7s %7s | %10s %8s %8s | %10s %8s %8s%n",
        "database",
        "clients",
        "seconds",
        "rostrum/s",
        "p50 ms",
        "p99 ms",
        "baseline/s",
        "p50 ms",
        "p99 ms");
    int run = 0;
    for (String db : List.of("sqlite", "postgresql")) {
      run++;
      String location = db.equals("sqlite") ? dir.resolve("rest-" + run + ".db").toString() : pg;
      Result rostrum = rostrum(location, clients, each, run);
      String jdbc = db.equals("sqlite") ? "jdbc:sqlite:" + dir.resolve("base-" + run + ".db") : pg;
      Result baseline = baseline(jdbc, db, clients, each, run);
      System.out.printf(
          Locale.ROOT,
          "%-10s %7d %7d | %10.0f %8.1f %8.1f | %10.0f %8.1f %8.1f%n",
          db,
          clients,
          each.toSeconds(),
          rostrum.perSecond(),
          rostrum.p50(),
          rostrum.p99(),
          baseline.perSecond(),
          baseline.p50(),
          baseline.p99());
      if (rostrum.errors() + baseline.errors() > 0) {
        System.out.printf(
            Locale.ROOT,
            "  errors: rostrum %d, baseline %d%n",
            rostrum.errors(),
            baseline.errors());
      }
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  static Result rostrum(String location, int clients, Duration each, int run) throws Exception {
    try (Store store = Store.open(location, true, Clock.systemUTC())) {
      List<String> plenaries = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        String id = "rush-" + ProcessHandle.current().pid() + "-" + run + "-" + i;
        store
            .catalog()
            .define(
                PlenaryDefinitions.bundled()
                    .replace("id: " + PlenaryDefinitions.ASP23, "id: " + id),
                id);
        plenaries.add(id);
      }
      LiveFeed live = new LiveFeed(store.journal(), Duration.ofMillis(250));
      PlenaryService service =
          new PlenaryService(store.journal(), store.catalog(), live, Clock.systemUTC());
      live.rooms(p -> service.plenary(p).map(found -> service.room(p)));
      String token =
          store.tokens().issue(new Grant(Role.SECRETARIAT, Option.none(), Option.none()));
      Javalin server = SpeakersLoad.serve(store, service, live);
      try {
        String base = "http://127.0.0.1:" + server.port() + "/api/plenaries/";
        return rush(
            clients,
            each,
            n ->
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + plenaries.get(
                                    (int) (n / AppendLoad.PER_PLENARY % plenaries.size()))
                                + "/registrations"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(n)))
                    .build(),
            201);
      } finally {
        live.close();
        server.stop();
      }
    }
  }

  static String body(long n) {
    return "{\"segment\":\""
        + (n % 2 == 0 ? "I" : "II")
        + "\",\"participant\":{\"name\":\"Organisation "
        + n
        + "\",\"category\":\"CIVIL_SOCIETY\"},\"receivedAt\":\"2024-12-03T10:00:00Z\"}";
  }

  /** A bare Javalin endpoint: reads the body and writes one row with plain JDBC, committed. */
  static Result baseline(String jdbc, String db, int clients, Duration each, int run)
      throws Exception {
    String table = "rest_baseline_" + ProcessHandle.current().pid() + "_" + run;
    java.util.Properties settings = new java.util.Properties();
    if (db.equals("sqlite")) {
      settings.setProperty("journal_mode", "WAL");
      settings.setProperty("synchronous", "FULL");
      settings.setProperty("busy_timeout", "10000");
      settings.setProperty("transaction_mode", "IMMEDIATE");
    }
    BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(8);
    for (int i = 0; i < 8; i++) {
      // Autocommit: each INSERT is its own durable transaction (SQLite would otherwise open
      // BEGIN IMMEDIATE at once and hold the write lock between requests).
      pool.add(DriverManager.getConnection(jdbc, settings));
    }
    try (Statement s = pool.peek().createStatement()) {
      s.execute("CREATE TABLE " + table + " (seq BIGINT, event TEXT)");
    }
    AtomicLong seq = new AtomicLong();
    Javalin server =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  cfg.routes.post(
                      "/baseline",
                      ctx -> {
                        String event = ctx.body();
                        Connection c = pool.take();
                        try (PreparedStatement insert =
                            c.prepareStatement(
                                "INSERT INTO " + table + " (seq, event) VALUES (?, ?)")) {
                          insert.setLong(1, seq.incrementAndGet());
                          insert.setString(2, event);
                          insert.executeUpdate();
                        } finally {
                          pool.put(c);
                        }
                        ctx.status(201).result("{}");
                      });
                })
            .start("127.0.0.1", 0);
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/baseline");
      return rush(
          clients,
          each,
          n ->
              HttpRequest.newBuilder(uri)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body(n)))
                  .build(),
          201);
    } finally {
      server.stop();
      for (Connection c : pool) {
        c.close();
      }
    }
  }

  interface Requests {
    HttpRequest nth(long n);
  }

  /** {@code clients} threads post as fast as answers come, for {@code each}; then the figures. */
  static Result rush(int clients, Duration each, Requests requests, int expected) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicLong counter = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(clients);
    long[] window = new long[2];
    // Warm-up: a few hundred requests, not counted.
    for (int i = 0; i < 300; i++) {
      http.send(requests.nth(counter.getAndIncrement()), HttpResponse.BodyHandlers.discarding());
    }
    for (int t = 0; t < clients; t++) {
      int me = t;
      latencies[me] = new long[1 << 16];
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                  long until = window[1];
                  while (System.nanoTime() < until) {
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r =
                        http.send(
                            requests.nth(counter.getAndIncrement()),
                            HttpResponse.BodyHandlers.discarding());
                    long t1 = System.nanoTime();
                    if (r.statusCode() != expected) {
                      errors.incrementAndGet();
                      continue;
                    }
                    if (counts[me] == latencies[me].length) {
                      latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
                    }
                    latencies[me][counts[me]++] = t1 - t0;
                  }
                } catch (Exception e) {
                  errors.incrementAndGet();
                } finally {
                  done.countDown();
                }
              });
      thread.start();
    }
    window[0] = System.nanoTime();
    window[1] = window[0] + each.toNanos();
    start.countDown();
    done.await();
    long elapsed = System.nanoTime() - window[0];
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < clients; t++) {
      System.arraycopy(latencies[t], 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    return new Result(
        total / (elapsed / 1e9),
        all.length == 0 ? 0 : all[(int) (all.length * 0.50)] / 1e6,
        all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6,
        errors.get());
  }
}
