package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;
import static org.rostrum.adapters.rest.TestServer.ASP23;
import static org.rostrum.adapters.rest.TestServer.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;
import org.rostrum.core.port.out.AccessTokens.Role;
import org.rostrum.core.port.out.MailReviews;
import org.rostrum.core.port.out.Outbox;

/**
 * The replies owed to the delegations, over HTTP on a real server and a real SQLite store: listed
 * with where each stands and what the mail server answered (never their message), tried again by
 * the Secretariat, a sent one never; and a dismissal that tells the sender why records its reply.
 */
class OutboxApiTest {

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

  /** A reply recorded as the mail intake records one, now by the test's clock. */
  long record(String key, Outbox.Occasion occasion, String recipient, String subject) {
    String messageId = "<" + key + "@rostrum.test>";
    return api.store
        .outbox()
        .record(
            ASP23,
            new Outbox.Draft(
                key,
                occasion,
                "#4",
                recipient,
                "EN",
                messageId,
                subject,
                String.join(
                    "\r\n",
                    "Message-ID: " + messageId,
                    "Subject: " + subject,
                    "",
                    "CONFIDENTIAL BODY TEXT",
                    "")),
            api.clock.instant());
  }

  @Test
  void the_secretariat_reads_each_reply_with_where_it_stands_and_never_its_message() {
    long kenya = record("<k@kenya>", Outbox.Occasion.INSCRIBED, "mission@kenya.example", "Re: I");
    long japan = record("<j@mofa>", Outbox.Occasion.HELD, "icc-team@mofa.go.jp", "Re: II");
    long chile = record("<c@minrel>", Outbox.Occasion.REFUSED, "del@minrel.example", "Re: late");
    Instant sent = api.clock.instant().plusSeconds(2);
    api.store.outbox().sent(ASP23, kenya, sent, "250 2.0.0 Ok: queued as 4B2F1");
    api.store
        .outbox()
        .failed(
            ASP23, japan, "550 5.1.1 <icc-team@mofa.go.jp>: Recipient address rejected", none());
    Instant next = api.clock.instant().plusSeconds(30);
    api.store.outbox().failed(ASP23, chile, "421 4.3.2 Service not available", Option.some(next));

    Response r = api.get(BASE + "/outbox", api.secretariat);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("CONFIDENTIAL");
    JsonNode body = r.json();
    assertThat(body.get("plenary").asText()).isEqualTo("asp23-cooperation");
    assertThat(body.get("serverTime").asText()).isEqualTo("2024-12-04T13:00+01:00");
    assertThat(body.at("/counts/pending").asInt()).isEqualTo(1);
    assertThat(body.at("/counts/sent").asInt()).isEqualTo(1);
    assertThat(body.at("/counts/failed").asInt()).isEqualTo(1);
    JsonNode replies = body.get("replies");
    assertThat(replies).hasSize(3);
    JsonNode first = replies.get(0);
    assertThat(first.get("id").asLong()).isEqualTo(kenya);
    assertThat(first.get("occasion").asText()).isEqualTo("INSCRIBED");
    assertThat(first.get("reference").asText()).isEqualTo("#4");
    assertThat(first.get("recipient").asText()).isEqualTo("mission@kenya.example");
    assertThat(first.get("language").asText()).isEqualTo("EN");
    assertThat(first.get("messageId").asText()).isEqualTo("<<k@kenya>@rostrum.test>");
    assertThat(first.get("state").asText()).isEqualTo("SENT");
    assertThat(first.get("sentAt").asText()).isEqualTo("2024-12-04T13:00:02+01:00");
    assertThat(first.get("nextAttempt").isNull()).isTrue();
    assertThat(first.get("answer").asText()).startsWith("250");
    JsonNode failed = replies.get(1);
    assertThat(failed.get("state").asText()).isEqualTo("FAILED");
    assertThat(failed.get("subject").asText()).isEqualTo("Re: II");
    assertThat(failed.get("answer").asText()).contains("Recipient address rejected");
    assertThat(failed.get("nextAttempt").isNull()).isTrue();
    assertThat(failed.get("sentAt").isNull()).isTrue();
    JsonNode pending = replies.get(2);
    assertThat(pending.get("state").asText()).isEqualTo("PENDING");
    assertThat(pending.get("nextAttempt").asText()).isEqualTo("2024-12-04T13:00:30+01:00");
    assertThat(pending.get("recordedAt").asText()).isEqualTo("2024-12-04T13:00+01:00");
  }

  @Test
  void a_failed_reply_is_made_due_now_and_a_sent_one_is_never_tried_again() {
    long sent = record("<k@kenya>", Outbox.Occasion.INSCRIBED, "mission@kenya.example", "Re: I");
    long failed = record("<j@mofa>", Outbox.Occasion.HELD, "icc-team@mofa.go.jp", "Re: II");
    api.store.outbox().sent(ASP23, sent, api.clock.instant(), "250 Ok");
    api.store.outbox().failed(ASP23, failed, "550 rejected", none());
    assertThat(api.store.outbox().due(api.clock.instant(), 10)).isEmpty();
    api.clock.now = api.clock.now.plus(Duration.ofMinutes(20));

    Response retried = api.post(BASE + "/outbox/" + failed + "/retry", api.secretariat, null);
    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    assertThat(retried.json().get("id").asLong()).isEqualTo(failed);
    assertThat(retried.json().get("state").asText()).isEqualTo("PENDING");
    assertThat(retried.json().get("nextAttempt").asText()).isEqualTo("2024-12-04T13:20+01:00");
    assertThat(retried.json().get("answer").asText()).isEqualTo("550 rejected");
    // due now, for the next round of the sender
    assertThat(api.store.outbox().due(api.clock.instant(), 10).map(Outbox.Reply::id))
        .containsExactly(failed);
    // {} is no body too; and a pending reply may be asked for again
    assertThat(api.post(BASE + "/outbox/" + failed + "/retry", api.secretariat, "{}").status())
        .isEqualTo(200);

    Response again =
        api.call(
            "POST",
            BASE + "/outbox/" + sent + "/retry",
            api.secretariat,
            null,
            "Accept-Language",
            "fr");
    problem(again, 409, "SENT");
    assertThat(again.json().get("detail").asText()).contains("n° " + sent).contains("pas envoyée");
    assertThat(api.store.outbox().find(ASP23, sent).get().state()).isEqualTo(Outbox.State.SENT);
    problem(api.post(BASE + "/outbox/99/retry", api.secretariat, null), 404, "NO_REPLY");
    problem(api.post(BASE + "/outbox/first/retry", api.secretariat, null), 404, "NO_REPLY");
    problem(
        api.post(BASE + "/outbox/" + failed + "/retry", api.secretariat, "{\"now\":true}"),
        400,
        "UNKNOWN_FIELDS");
  }

  @Test
  void only_the_secretariat_of_the_plenary_reads_and_retries_the_replies() {
    long failed = record("<j@mofa>", Outbox.Occasion.HELD, "icc-team@mofa.go.jp", "Re: II");
    api.store.outbox().failed(ASP23, failed, "550 rejected", none());
    String retry = BASE + "/outbox/" + failed + "/retry";
    String kenya = api.token(Role.REGISTRANT, "Kenya");

    problem(api.get(BASE + "/outbox"), 401, "UNAUTHORIZED");
    problem(api.post(retry, null, null), 401, "UNAUTHORIZED");
    for (String token : new String[] {api.chair, kenya}) {
      problem(api.get(BASE + "/outbox", token), 403, "FORBIDDEN");
      problem(api.post(retry, token, null), 403, "FORBIDDEN");
    }
    problem(api.get("/api/plenaries/no-such-plenary/outbox", api.secretariat), 403, "FORBIDDEN");
    assertThat(api.store.outbox().find(ASP23, failed).get().state()).isEqualTo(Outbox.State.FAILED);
  }

  @Test
  void a_dismissal_with_reply_tells_the_sender_why_and_one_without_does_not() {
    long asked = hold("<q@mofa.go.jp>", "icc-team@mofa.go.jp");
    long silent = hold("<s@minrel.example>", "del@minrel.example");
    problem(
        api.post(
            BASE + "/reviews/" + asked + "/dismiss",
            api.secretariat,
            "{\"reason\":\"a question about the room\",\"reply\":\"yes\"}"),
        400,
        "INVALID");
    assertThat(api.store.reviews().find(ASP23, asked).get().resolution()).isEmpty();

    Response told =
        api.post(
            BASE + "/reviews/" + asked + "/dismiss",
            api.secretariat,
            "{\"reason\":\"a question about the room\",\"reply\":true}");
    assertThat(told.status()).as(told.body()).isEqualTo(200);
    assertThat(told.json().at("/resolution/outcome").asText()).isEqualTo("DISMISSED");
    Response quiet =
        api.post(
            BASE + "/reviews/" + silent + "/dismiss",
            api.secretariat,
            "{\"reason\":\"a duplicate\",\"reply\":false}");
    assertThat(quiet.status()).as(quiet.body()).isEqualTo(200);

    JsonNode replies = api.get(BASE + "/outbox", api.secretariat).json().get("replies");
    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).get("occasion").asText()).isEqualTo("DISMISSED");
    assertThat(replies.get(0).get("recipient").asText()).isEqualTo("icc-team@mofa.go.jp");
    assertThat(replies.get(0).get("reference").asText()).isEqualTo("#" + asked);
    assertThat(replies.get(0).get("state").asText()).isEqualTo("PENDING");
    assertThat(api.store.outbox().all(ASP23).get(0).draft().message())
        .contains("a question about the room");
  }

  @Test
  void the_documents_example_of_the_list_is_what_the_schema_allows() {
    JsonNode schema =
        OpenApiContract.resolve(OpenApiContract.DOCUMENT.at("/components/schemas/Replies"));
    assertThat(schema.get("examples")).isNotEmpty();
    for (JsonNode example : schema.get("examples")) {
      assertThat(OpenApiContract.problems(schema, example)).isEmpty();
    }
    // and the schema is no blank cheque: a reply with its message is refused
    JsonNode withMessage = schema.get("examples").get(0).deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) withMessage.at("/replies/0"))
        .put("message", "Subject: Re: I");
    assertThat(OpenApiContract.problems(schema, withMessage)).isNotEmpty();
  }

  long hold(String key, String sender) {
    return api.store
        .reviews()
        .hold(
            ASP23,
            new MailReviews.Held(
                0,
                key,
                Instant.parse("2024-12-03T10:30:10Z"),
                false,
                List.of("NOT_A_REQUEST"),
                Option.none(),
                Option.none(),
                Option.none(),
                "EN",
                sender,
                "Plenary on cooperation",
                "q.eml",
                Option.none()))
        .get();
  }

  private static Option<Instant> none() {
    return Option.none();
  }
}
