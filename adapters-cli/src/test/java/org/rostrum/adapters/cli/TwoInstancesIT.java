package org.rostrum.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.storage.PlenaryDefinitions;

/**
 * Two {@code rostrum serve} processes on one PostgreSQL form one service: 2,000 concurrent
 * registrations split across both give one list — every acknowledged request once, positions 1..n
 * without a gap, the same from both — and a display attached to one sees what the other did.
 * PostgreSQL is {@code ROSTRUM_TEST_PG_URL} when set, otherwise one started from Maven jars.
 */
class TwoInstancesIT {

  static EmbeddedPostgres embedded;
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static synchronized String postgres() throws IOException {
    String url = System.getenv("ROSTRUM_TEST_PG_URL");
    if (url != null && !url.isBlank()) {
      return url;
    }
    if (embedded == null) {
      embedded = EmbeddedPostgres.builder().start();
    }
    return embedded.getJdbcUrl("postgres", "postgres");
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }

  static List<String> java(String db, String plenary, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(CommandsAsProcessesIT.JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    command.addAll(List.of("--db", db, "--plenary", plenary, "--lang", "en"));
    return command;
  }

  static String run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** A server process, and the address it printed. */
  record Instance(Process process, String base) {}

  static Instance serve(String db, String plenary) throws Exception {
    Process p = new ProcessBuilder(java(db, plenary, "serve", "--port", "0")).start();
    CommandsAsProcessesIT.Screen out = new CommandsAsProcessesIT.Screen(p.getInputStream());
    new CommandsAsProcessesIT.Screen(p.getErrorStream()); // drained, so logging never blocks
    out.await("Listening on http://127.0.0.1:");
    return new Instance(p, out.text().strip().replace("Listening on ", ""));
  }

  static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void two_instances_on_one_postgresql_keep_one_list_and_tell_each_others_displays()
      throws Exception {
    String db = postgres();
    String plenary = "two-" + ProcessHandle.current().pid();
    Path definition = dir.resolve(plenary + ".yaml");
    Files.writeString(
        definition,
        PlenaryDefinitions.bundled().replace("id: " + PlenaryDefinitions.ASP23, "id: " + plenary));
    run(java(db, plenary, "init", "--definition", definition.toString()));
    String secretariat = token(run(java(db, plenary, "token", "add", "--role", "secretariat")));
    String chair = token(run(java(db, plenary, "token", "add", "--role", "chair")));

    Instance a = serve(db, plenary);
    Instance b = serve(db, plenary);
    try {
      String path = "/api/plenaries/" + plenary;
      Display display = new Display(URI.create(a.base() + path + "/live"));

      int requests = 2_000;
      ExecutorService clients = Executors.newFixedThreadPool(32);
      Map<Long, String> acknowledged = new ConcurrentHashMap<>();
      List<Future<Integer>> statuses = new ArrayList<>();
      Instant first = Instant.parse("2024-12-03T09:00:00Z");
      for (int i = 0; i < requests; i++) {
        int n = i;
        Instance to = n % 2 == 0 ? a : b;
        statuses.add(
            clients.submit(
                () -> {
                  String body =
                      "{\"segment\":\""
                          + (n % 3 == 0 ? "II" : "I")
                          + "\",\"participant\":{\"name\":\"Association "
                          + n
                          + "\",\"category\":\"CIVIL_SOCIETY\"},\"receivedAt\":\""
                          + first.plusMillis(n * 37L % 5_000)
                          + "\"}";
                  HttpResponse<String> r =
                      send(
                          HttpRequest.newBuilder(URI.create(to.base() + path + "/registrations"))
                              .header("Authorization", "Bearer " + secretariat)
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .timeout(Duration.ofSeconds(60))
                              .build());
                  if (r.statusCode() == 201) {
                    JsonNode ack = JSON.readTree(r.body());
                    acknowledged.put(
                        ack.get("registrationId").asLong(),
                        ack.get("participant").get("name").asText());
                  }
                  return r.statusCode();
                }));
      }
      for (Future<Integer> s : statuses) {
        assertThat(s.get(120, TimeUnit.SECONDS)).isEqualTo(201);
      }
      clients.shutdown();
      assertThat(acknowledged).hasSize(requests);

      String listA =
          send(HttpRequest.newBuilder(URI.create(a.base() + path + "/speakers")).build()).body();
      String listB =
          send(HttpRequest.newBuilder(URI.create(b.base() + path + "/speakers")).build()).body();
      // one list, whichever instance answers; each says when it projected the times
      assertThat(withoutInstant(listA)).isEqualTo(withoutInstant(listB));
      JsonNode list = JSON.readTree(listA);
      Map<Long, Integer> listed = new HashMap<>();
      for (JsonNode segment : list.get("segments")) {
        List<Integer> positions = new ArrayList<>();
        for (JsonNode s : segment.get("speakers")) {
          positions.add(s.get("position").asInt());
          listed.merge(s.get("registrationId").asLong(), 1, Integer::sum);
          assertThat(s.get("participant").get("name").asText())
              .isEqualTo(acknowledged.get(s.get("registrationId").asLong()));
        }
        List<Integer> expected = new ArrayList<>();
        for (int p = 1; p <= positions.size(); p++) {
          expected.add(p);
        }
        assertThat(positions).as("segment %s", segment.get("id")).isEqualTo(expected);
      }
      assertThat(listed.keySet()).isEqualTo(acknowledged.keySet());
      assertThat(new HashSet<>(listed.values())).containsOnly(1);

      // An action on B reaches the display attached to A.
      HttpResponse<String> called =
          send(
              HttpRequest.newBuilder(URI.create(b.base() + path + "/commands/call-next"))
                  .header("Authorization", "Bearer " + chair)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(called.statusCode()).as(called.body()).isEqualTo(200);
      long version = JSON.readTree(called.body()).get("version").asLong();
      assertThat(display.await(version + " speaker-called", Duration.ofSeconds(10))).isTrue();
      assertThat(display.count(" inscription")).isEqualTo(requests);
      display.close();
    } finally {
      a.process().destroy();
      b.process().destroy();
      assertThat(a.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(b.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
  }

  static String token(String printed) {
    return printed
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith("rst_"))
        .findFirst()
        .orElseGet(
            () ->
                java.util.Arrays.stream(printed.split("\\s+"))
                    .filter(w -> w.startsWith("rst_"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no token in: " + printed)));
  }

  /** A display on the live stream: "id event" for each event received. */
  static final class Display implements AutoCloseable {
    final Set<String> events = ConcurrentHashMap.newKeySet();
    final InputStream body;

    Display(URI live) throws Exception {
      HttpResponse<InputStream> r =
          HTTP.send(
              HttpRequest.newBuilder(live).header("Accept", "text/event-stream").build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(r.statusCode()).isEqualTo(200);
      body = r.body();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                  String id = null;
                  for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("id: ")) {
                      id = line.substring(4);
                    } else if (line.startsWith("event: ")) {
                      events.add(id + " " + line.substring(7));
                    }
                  }
                } catch (IOException e) {
                  // closed
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    boolean await(String event, Duration within) throws InterruptedException {
      long deadline = System.nanoTime() + within.toNanos();
      while (!events.contains(event) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      return events.contains(event);
    }

    long count(String suffix) {
      return events.stream().filter(e -> e.endsWith(suffix)).count();
    }

    @Override
    public void close() throws IOException {
      body.close();
    }
  }

  /** The list without the instant its times were projected at, which each instance states. */
  private static JsonNode withoutInstant(String list) throws java.io.IOException {
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(list);
    tree.remove("at");
    return tree;
  }
}
