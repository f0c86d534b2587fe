package org.rostrum.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rostrum.adapters.storage.PlenaryDefinitions;
import org.rostrum.adapters.storage.Store;
import org.rostrum.core.model.PlenaryId;
import org.rostrum.core.port.in.RegistrationOutcome;
import org.rostrum.core.port.out.AccessTokens.Grant;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.port.out.JournalProof;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.port.out.Outbox;
import org.rostrum.core.port.out.Replies;
import org.rostrum.core.service.AccessService;
import org.rostrum.core.service.DeliveryService;
import org.rostrum.core.service.MailReviewService;
import org.rostrum.core.service.PlenaryService;
import org.rostrum.core.service.RecordService;

/**
 * The API as {@code rostrum serve} runs it — a real SQLite file, the service, the live feed,
 * Javalin on 127.0.0.1 and a free port — with a clock the test moves, and an HTTP client.
 */
final class TestServer implements AutoCloseable {

  static final PlenaryId ASP23 = PlenaryId.of("asp23-cooperation");
  static final String BASE = "/api/plenaries/asp23-cooperation";

  /** A clock the test sets; the day before the meeting by default. */
  static final class MovingClock extends Clock {
    volatile Instant now = Instant.parse("2024-12-04T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  record Response(int status, java.net.http.HttpHeaders headers, String body) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  final MovingClock clock = new MovingClock();
  final Store store;
  final LiveFeed live;
  final Javalin server;
  final List<String> log = Collections.synchronizedList(new ArrayList<>());
  final HttpClient http = HttpClient.newHttpClient();

  final String secretariat;
  final String chair;

  /** The plenary the tokens are for. */
  final PlenaryId plenary;

  TestServer(Path dir) {
    this(dir, true);
  }

  /** Without {@code defined}, the store holds no plenary at all. */
  TestServer(Path dir, boolean defined) {
    this(dir, defined ? Option.some(PlenaryDefinitions.ASP23) : Option.none(), RestApi.IDLE);
  }

  /** The bundled plenary, with {@code idle} the time a request body may pause. */
  static TestServer withIdleTimeout(Path dir, Duration idle) {
    return new TestServer(dir, Option.some(PlenaryDefinitions.ASP23), idle);
  }

  /**
   * The second bundled plenary, a general debate (precedence by level, group statements, points of
   * order, the right of reply), alone in the store; the tokens are for it.
   */
  static TestServer generalDebate(Path dir) {
    return new TestServer(dir, Option.some(PlenaryDefinitions.GENERAL_DEBATE), RestApi.IDLE);
  }

  private TestServer(Path dir, Option<String> bundled, Duration idle) {
    plenary = PlenaryId.of(bundled.getOrElse(PlenaryDefinitions.ASP23));
    store = Store.open(dir.resolve("rostrum.db").toString(), true, clock);
    for (String id : bundled) {
      store.catalog().define(PlenaryDefinitions.bundled(id).get(), "bundled");
    }
    live = new LiveFeed(store.journal(), Duration.ofMillis(100));
    PlenaryService service = new PlenaryService(store.journal(), store.catalog(), live, clock);
    live.rooms(p -> service.plenary(p).map(found -> service.room(p)));
    JournalProof proof = store.proof();
    server =
        RestApi.create(
                new RestApi.Services(
                    service,
                    service::as,
                    service::as,
                    actor ->
                        new MailReviewService(
                            store.reviews(), service.as(actor), clock, new Answers(store, clock)),
                    new DeliveryService(store.outbox(), clock),
                    new AccessService(store.tokens(), store.catalog(), clock),
                    new RecordService(proof, store.catalog()),
                    live,
                    clock),
                log::add,
                idle)
            .start("127.0.0.1", 0);
    secretariat = token(Role.SECRETARIAT, null);
    chair = token(Role.CHAIR, null);
  }

  /**
   * The review's replies recorded in the store's outbox, as {@code rostrum serve}'s mail adapter
   * records them, in a few plain words: the mail adapter writes the real ones (this module does not
   * depend on it); here what matters is that a reply is recorded, once, to the mail's sender.
   */
  record Answers(Store store, Clock clock) implements Replies {
    @Override
    public void accepted(PlenaryId plenary, MailReviews.Held mail, RegistrationOutcome outcome) {
      record(plenary, mail, Outbox.Occasion.ACCEPTED, "Accepted.");
    }

    @Override
    public void dismissed(PlenaryId plenary, MailReviews.Held mail, String reason) {
      record(plenary, mail, Outbox.Occasion.DISMISSED, reason);
    }

    private void record(
        PlenaryId plenary, MailReviews.Held mail, Outbox.Occasion occasion, String text) {
      String messageId = "<reply-" + mail.id() + "-" + occasion + "@rostrum.test>";
      store
          .outbox()
          .record(
              plenary,
              new Outbox.Draft(
                  mail.key() + " " + occasion,
                  occasion,
                  "#" + mail.id(),
                  mail.sender(),
                  mail.language(),
                  messageId,
                  "Re: " + mail.subject(),
                  String.join(
                      "\r\n",
                      "Message-ID: " + messageId,
                      "To: " + mail.sender(),
                      "Subject: Re: " + mail.subject(),
                      "",
                      text,
                      "")),
              clock.instant());
    }
  }

  String token(Role role, String participant) {
    return store.tokens().issue(new Grant(role, Option.some(plenary), Option.of(participant)));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** One request: {@code headers} as name, value pairs; a body is sent as JSON. */
  Response call(String method, String path, String token, String body, String... headers) {
    return send(
        method,
        path,
        token,
        body,
        body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        headers);
  }

  /** One request whose body is {@code bytes}, whatever they are (sent as JSON). */
  Response callBytes(String method, String path, String token, byte[] bytes, String... headers) {
    return send(method, path, token, null, bytes, headers);
  }

  private Response send(
      String method, String path, String token, String body, byte[] bytes, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (bytes != null && !typed) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        bytes == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(bytes));
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.headers().allValues("Cache-Control").size() > 1) {
        throw new AssertionError(
            method + " " + path + ": more than one Cache-Control: " + r.headers().map());
      }
      OpenApiContract.check(
          method,
          path,
          body,
          r.statusCode(),
          r.headers(),
          r.headers().firstValue("Content-Type").orElse(null),
          r.body());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  Response get(String path) {
    return call("GET", path, null, null);
  }

  Response get(String path, String token) {
    return call("GET", path, token, null);
  }

  Response post(String path, String token, String body, String... headers) {
    return call("POST", path, token, body, headers);
  }

  /** A request for the floor sent by the Secretariat with its time of receipt. */
  Response register(String segment, String participant, String receivedAt) {
    return post(
        BASE + "/registrations",
        secretariat,
        "{\"segment\":\""
            + segment
            + "\",\"participant\":\""
            + participant
            + "\",\"receivedAt\":\""
            + receivedAt
            + "\"}");
  }

  long version() {
    return get(BASE).json().get("version").asLong();
  }

  @Override
  public void close() {
    live.close(); // first: the displays' connections end while the server can still end them
    server.stop();
    store.close();
  }
}
