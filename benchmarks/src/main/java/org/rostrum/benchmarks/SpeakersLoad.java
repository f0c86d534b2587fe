package org.rostrum.benchmarks;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rostrum.adapters.rest.LiveFeed;
import org.rostrum.adapters.rest.RestApi;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.ParticipantCategory;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegisterCommand;
import org.rostrum.core.port.out.JournalProof;
import org.rostrum.core.service.PlenaryService;

/**
 * Many readers of the speakers' list: concurrent clients GET {@code /api/plenaries/{id}/speakers}
 * (JSON, {@code Accept-Encoding: gzip}) from the API as {@code rostrum serve} runs it on SQLite, on
 * a plenary with 48 registrations and on one with 1,000; beside it in the same run, a baseline: a
 * bare Javalin endpoint that answers the very bytes Rostrum answered (gzip included) with the same
 * headers, as a constant. Prints requests/s, the p50/p99 latency of each, and their ratio.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.rostrum.benchmarks.SpeakersLoad [SECONDS]
 * [CLIENTS]}
 */
public final class SpeakersLoad {

  private SpeakersLoad() {}

  /** The headers Rostrum's answer carries that the baseline sends as well. */
  private static final List<String> COPIED =
      List.of(
          "Content-Type",
          "Content-Encoding",
          "ETag",
          "Vary",
          "Cache-Control",
          "X-Content-Type-Options");

  /** Each server is loaded this long, not counted, before it is measured. */
  private static final Duration WARM_UP = Duration.ofSeconds(3);

  /**
   * Both lines are measured this many times, in turn, and every round is printed: on 2 shared cores
   * whichever line is measured first in a fresh JVM comes out slower (about half, whichever it is),
   * so the later rounds are the ones to read.
   */
  private static final int ROUNDS = 2;

  public static void main(String[] args) throws Exception {
    Duration each = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    Path dir = Files.createTempDirectory("rostrum-speakers-bench");
    System.out.printf(
        Locale.ROOT,
        "%-5s %-14s %7s %7s %7s | %10s %8s %8s | %10s %8s %8s | %5s%n",
        "round",
        "list",
        "bytes",
        "clients",
        "seconds",
        "rostrum/s",
        "p50 ms",
        "p99 ms",
        "baseline/s",
        "p50 ms",
        "p99 ms",
        "ratio");
    try (Store store = Store.open(dir.resolve("speakers.db").toString(), true, Clock.systemUTC())) {
      String bundled = PlenaryDefinitions.bundled();
      String thousand = "asp23-thousand";
      store.catalog().define(bundled, "bundled");
      store
          .catalog()
          .define(bundled.replace("id: " + PlenaryDefinitions.ASP23, "id: " + thousand), thousand);
      LiveFeed live = new LiveFeed(store.journal(), Duration.ofMillis(250));
      PlenaryService service =
          new PlenaryService(store.journal(), store.catalog(), live, Clock.systemUTC());
      live.rooms(p -> service.plenary(p).map(found -> service.room(p)));
      register(service, PlenaryId.of(PlenaryDefinitions.ASP23), 48);
      register(service, PlenaryId.of(thousand), 1000);
      Javalin server = serve(store, service, live);
      try {
        for (int round = 1; round <= ROUNDS; round++) {
          for (Map.Entry<String, String> line :
              List.of(
                  Map.entry("48 speakers", PlenaryDefinitions.ASP23),
                  Map.entry("1,000 speakers", thousand))) {
            URI uri =
                URI.create(
                    "http://127.0.0.1:"
                        + server.port()
                        + "/api/plenaries/"
                        + line.getValue()
                        + "/speakers");
            measure(round, line.getKey(), uri, clients, each);
          }
        }
      } finally {
        live.close();
        server.stop();
      }
    }
  }

  /** {@code count} requests for the floor, alternately on Segments I and II, all on time. */
  static void register(PlenaryService service, PlenaryId plenary, int count) {
    Instant received = Instant.parse("2024-12-03T10:00:00Z");
    for (int n = 0; n < count; n++) {
      service.register(
          RegisterCommand.of(plenary, n % 2 == 0 ? "I" : "II", "Organisation " + n)
              .category(ParticipantCategory.CIVIL_SOCIETY)
              .receivedAt(received.plusSeconds(n)));
    }
    int listed = service.list(plenary).schedules().map(s -> s.speakers().size()).sum().intValue();
    if (listed != count) {
      throw new IllegalStateException(plenary + ": " + listed + " speakers listed of " + count);
    }
  }

  /** The API as {@code rostrum serve} wires it, on 127.0.0.1 and a free port. */
  static Javalin serve(Store store, PlenaryService service, LiveFeed live) {
    JournalProof proof = store.proof();
    return RestApi.create(
            new RestApi.Services(
                service,
                service::as,
                service::as,
                actor ->
                    new org.rostrum.core.service.MailReviewService(
                        store.reviews(), service.as(actor), Clock.systemUTC()),
                new org.rostrum.core.service.DeliveryService(store.outbox(), Clock.systemUTC()),
                new org.rostrum.core.service.AccessService(
                    store.tokens(), store.catalog(), Clock.systemUTC()),
                new org.rostrum.core.service.RecordService(proof, store.catalog()),
                live,
                Clock.systemUTC()),
            line -> {})
        .start("127.0.0.1", 0);
  }

  static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").GET().build();
  }

  /** Rostrum's line, then the baseline's serving the bytes Rostrum answered. */
  static void measure(int round, String name, URI uri, int clients, Duration each)
      throws Exception {
    HttpResponse<byte[]> answer =
        HttpClient.newHttpClient().send(get(uri), HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + answer.statusCode());
    }
    RestLoad.rush(clients, WARM_UP, n -> get(uri), 200);
    RestLoad.Result rostrum = RestLoad.rush(clients, each, n -> get(uri), 200);
    byte[] body = answer.body();
    Javalin baseline =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  cfg.routes.get(
                      "/baseline",
                      ctx -> {
                        for (String header : COPIED) {
                          answer.headers().firstValue(header).ifPresent(v -> ctx.header(header, v));
                        }
                        ctx.status(200).result(body);
                      });
                })
            .start("127.0.0.1", 0);
    RestLoad.Result bare;
    try {
      URI base = URI.create("http://127.0.0.1:" + baseline.port() + "/baseline");
      RestLoad.rush(clients, WARM_UP, n -> get(base), 200);
      bare = RestLoad.rush(clients, each, n -> get(base), 200);
    } finally {
      baseline.stop();
    }
    System.out.printf(
        Locale.ROOT,
        "%-5d %-14s %7d %7d %7d | %10.0f %8.2f %8.2f | %10.0f %8.2f %8.2f | %5.2f%n",
        round,
        name,
        body.length,
        clients,
        each.toSeconds(),
        rostrum.perSecond(),
        rostrum.p50(),
        rostrum.p99(),
        bare.perSecond(),
        bare.p50(),
        bare.p99(),
        rostrum.perSecond() / bare.perSecond());
    System.out.printf(
        Locale.ROOT,
        "  %s: %s%n",
        name,
        COPIED.stream()
            .map(h -> h + "=" + answer.headers().firstValue(h).orElse("-"))
            .reduce((a, b) -> a + " " + b)
            .orElse(""));
    if (rostrum.errors() + bare.errors() > 0) {
      System.out.printf(
          Locale.ROOT, "  errors: rostrum %d, baseline %d%n", rostrum.errors(), bare.errors());
    }
  }
}
