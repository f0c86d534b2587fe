package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.TestServer.BASE;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The live stream as a display reads it: server-sent events over a real connection. */
@Timeout(120)
class LiveStreamTest {

  @TempDir Path dir;
  TestServer api;

  @BeforeEach
  void start() {
    api = new TestServer(dir);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** A display attached to the stream: the events it received, as "id event" lines. */
  final class Display implements AutoCloseable {
    final List<String> events = new ArrayList<>();
    final InputStream body;
    final Thread reader;

    Display(String lastEventId) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(api.uri(BASE + "/live")).header("Accept", "text/event-stream");
      if (lastEventId != null) {
        request.header("Last-Event-ID", lastEventId);
      }
      HttpResponse<InputStream> response =
          api.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/event-stream");
      body = response.body();
      reader =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                  String id = null;
                  for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("id: ")) {
                      id = line.substring(4);
                    } else if (line.startsWith("event: ")) {
                      synchronized (events) {
                        events.add(id + " " + line.substring(7));
                      }
                    }
                  }
                } catch (IOException e) {
                  // the display went away
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    List<String> seen() {
      synchronized (events) {
        return List.copyOf(events);
      }
    }

    List<String> await(int count) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (seen().size() < count && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(300); // and nothing more arrives
      return seen();
    }

    @Override
    public void close() throws IOException {
      body.close();
    }
  }

  @Test
  void a_display_sees_each_change_once_in_order_and_resumes_from_its_last_event_id()
      throws Exception {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    try (Display display = new Display(null)) {
      api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
      api.register("I", "Atlantis", "2024-12-02T11:30:00+01:00"); // refused: not on the roster
      assertThat(display.await(3)).containsExactly("1 inscription", "2 inscription", "3 refusal");
    }
    api.register("II", "Japan", "2024-12-02T12:00:00+01:00");
    api.post(BASE + "/commands/call-next", api.chair, null);
    try (Display resumed = new Display("3")) {
      assertThat(resumed.await(2)).containsExactly("4 inscription", "5 speaker-called");
    }
    try (Display fresh = new Display(null)) {
      assertThat(fresh.await(5)).hasSize(5);
    }
  }

  @Test
  void a_display_resuming_from_an_id_ahead_of_the_journal_is_sent_everything_and_stays_live()
      throws Exception {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    // a display that read another store, or this one before it was made again
    try (Display ahead = new Display("41")) {
      assertThat(ahead.await(2)).containsExactly("1 inscription", "2 inscription");
      api.register("II", "Japan", "2024-12-02T12:00:00+01:00");
      assertThat(ahead.await(3)).endsWith("3 inscription");
    }
    try (Display unreadable = new Display("yesterday")) {
      assertThat(unreadable.await(3)).hasSize(3);
    }
  }

  @Test
  void a_running_speech_sends_its_warning_then_its_overrun_by_the_server_clock() throws Exception {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    try (Display display = new Display("1")) {
      api.post(BASE + "/commands/call-next", api.chair, null);
      api.post(BASE + "/commands/start", api.chair, null);
      assertThat(display.await(2)).containsExactly("2 speaker-called", "3 speech-started");
      api.clock.now = Instant.parse("2024-12-05T14:01:29Z");
      assertThat(display.await(3)).hasSize(2);
      api.clock.now = Instant.parse("2024-12-05T14:01:30Z");
      assertThat(display.await(3)).endsWith("3.warning warning");
      // at the limit itself the speech has not overrun (L4: longer than the limit), as the room
      // view says too: the feed and the screens take one function's word
      api.clock.now = Instant.parse("2024-12-05T14:02:00Z");
      assertThat(display.await(4)).hasSize(3);
      assertThat(api.get(BASE + "/session").body())
          .contains("\"phase\":\"WARNING\"", "\"leftSeconds\":0");
      api.clock.now = Instant.parse("2024-12-05T14:02:01Z");
      assertThat(display.await(4)).endsWith("3.warning warning", "3.overrun overrun");
      assertThat(api.get(BASE + "/session").body())
          .contains("\"phase\":\"OVERRUN\"", "\"limitAt\":\"2024-12-05T14:02:00Z\"");
      api.post(BASE + "/commands/stop", api.chair, null);
      assertThat(display.await(5)).endsWith("4 speech-stopped");
    }
  }
}
