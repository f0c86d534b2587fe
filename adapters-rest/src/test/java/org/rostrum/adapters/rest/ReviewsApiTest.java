package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;
import static org.rostrum.adapters.rest.TestServer.ASP23;
import static org.rostrum.adapters.rest.TestServer.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;
import org.rostrum.core.port.out.MailReviews;

/**
 * The mails held for review, over HTTP on a real server and a real SQLite store: listed with why in
 * the reader's language, accepted through the rules at their own time, dismissed with a reason,
 * each once, by the Secretariat only.
 */
class ReviewsApiTest {

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

  long hold(String key, String receivedAt, boolean senderClock, List<String> doubts) {
    return api.store
        .reviews()
        .hold(
            ASP23,
            new MailReviews.Held(
                0,
                key,
                Instant.parse(receivedAt),
                senderClock,
                doubts,
                Option.none(),
                Option.some("II"),
                Option.some("H.E. Mr. Tanaka"),
                "EN",
                "icc-team@mofa.go.jp",
                "Plenary on cooperation",
                "07-both-segments.eml",
                Option.none()))
        .get();
  }

  @Test
  void the_secretariat_reads_the_held_mails_with_why_in_its_language() {
    long japan = hold("<jp@mofa.go.jp>", "2024-12-03T10:30:10Z", false, List.of("BOTH_SEGMENTS"));
    hold("<late@minrel.gob.cl>", "2024-12-05T08:00:00Z", true, List.of("NO_SEGMENT"));

    problem(api.get(BASE + "/reviews"), 401, "UNAUTHORIZED");
    problem(api.get(BASE + "/reviews", api.chair), 403, "FORBIDDEN");

    JsonNode all = api.get(BASE + "/reviews", api.secretariat).json();
    assertThat(all.get("plenary").asText()).isEqualTo("asp23-cooperation");
    JsonNode first = all.get("held").get(0);
    assertThat(first.get("id").asLong()).isEqualTo(japan);
    assertThat(first.get("receivedAt").asText()).isEqualTo("2024-12-03T11:30:10+01:00");
    assertThat(first.get("why").asText()).isEqualTo("it names both segments");
    assertThat(first.get("doubts").get(0).asText()).isEqualTo("BOTH_SEGMENTS");
    assertThat(first.get("late").asBoolean()).isFalse();
    assertThat(first.get("speaker").asText()).isEqualTo("H.E. Mr. Tanaka");
    assertThat(first.get("participantSeen").isNull()).isTrue();
    assertThat(first.get("resolution").isNull()).isTrue();
    JsonNode late = all.get("held").get(1);
    assertThat(late.get("late").asBoolean()).isTrue();
    assertThat(late.get("senderClock").asBoolean()).isTrue();

    JsonNode french =
        api.call("GET", BASE + "/reviews", api.secretariat, null, "Accept-Language", "fr").json();
    assertThat(french.at("/held/0/why").asText()).isEqualTo("il nomme les deux segments");
  }

  @Test
  void an_accepted_mail_is_inscribed_at_its_own_time_and_resolved_once() {
    long id = hold("<jp@mofa.go.jp>", "2024-12-03T10:30:10Z", false, List.of("BOTH_SEGMENTS"));
    String accept = BASE + "/reviews/" + id + "/accept";

    problem(
        api.post(accept, api.chair, "{\"participant\":\"Japan\",\"segment\":\"II\"}"),
        403,
        "FORBIDDEN");
    problem(api.post(accept, api.secretariat, "{\"participant\":\"Japan\"}"), 400, "INVALID");
    problem(
        api.post(accept, api.secretariat, "{\"participant\":\"Japan\",\"segment\":\"II\",\"x\":1}"),
        400,
        "UNKNOWN_FIELDS");

    Response done =
        api.post(accept, api.secretariat, "{\"participant\":\"Japan\",\"segment\":\"II\"}");
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    assertThat(done.json().get("position").asInt()).isEqualTo(1);
    assertThat(done.json().get("receivedAt").asText()).isEqualTo("2024-12-03T11:30:10+01:00");
    assertThat(done.header("Location"))
        .isEqualTo(BASE + "/registrations/" + done.json().get("registrationId").asLong());
    JsonNode listed = api.get(BASE + "/speakers?segment=II").json().at("/segments/0/speakers/0");
    assertThat(listed.at("/participant/key").asText()).isEqualTo("JPN");
    assertThat(listed.get("speaker").asText()).isEqualTo("H.E. Mr. Tanaka");

    problem(
        api.post(accept, api.secretariat, "{\"participant\":\"Japan\",\"segment\":\"I\"}"),
        409,
        "RESOLVED");
    assertThat(api.get(BASE + "/reviews", api.secretariat).json().at("/held/0/resolution/outcome"))
        .hasToString("\"ACCEPTED #" + done.json().get("registrationId").asLong() + "\"");
    problem(
        api.post(
            BASE + "/reviews/99/accept",
            api.secretariat,
            "{\"participant\":\"Japan\",\"segment\":\"II\"}"),
        404,
        "NOT_HELD");
    problem(
        api.post(
            BASE + "/reviews/first/accept",
            api.secretariat,
            "{\"participant\":\"Japan\",\"segment\":\"II\"}"),
        404,
        "NOT_HELD");
    assertThat(api.store.journal().read(ASP23, 0)).hasSize(1);
  }

  @Test
  void a_mail_held_past_the_deadline_is_refused_late_when_accepted_and_recorded() {
    api.clock.now = Instant.parse("2024-12-05T09:00:00Z"); // the day of the meeting
    long id = hold("<late@minrel.gob.cl>", "2024-12-05T08:00:00Z", false, List.of("NO_SEGMENT"));
    Response late =
        api.post(
            BASE + "/reviews/" + id + "/accept",
            api.secretariat,
            "{\"participant\":\"Chile\",\"segment\":\"II\"}",
            "Accept-Language",
            "fr");
    problem(late, 422, "LATE");
    assertThat(late.json().get("detail").asText()).contains("après");
    assertThat(late.json().get("receipt").asText()).hasSize(64);
    assertThat(
            api.get(BASE + "/reviews", api.secretariat)
                .json()
                .at("/held/0/resolution/outcome")
                .asText())
        .startsWith("REFUSED #");
    assertThat(api.store.journal().read(ASP23, 0)).hasSize(1);
  }

  @Test
  void a_dismissal_needs_a_reason_keeps_it_and_is_final() {
    long id = hold("<q@mofa.go.jp>", "2024-12-03T10:30:10Z", false, List.of("NOT_A_REQUEST"));
    String dismiss = BASE + "/reviews/" + id + "/dismiss";
    problem(api.post(dismiss, api.secretariat, "{\"reason\":\"   \"}"), 400, "INVALID");
    problem(api.post(dismiss, api.secretariat, "{}"), 400, "INVALID");
    Response done =
        api.post(dismiss, api.secretariat, "{\"reason\":\"a question about the room\"}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().at("/resolution/outcome").asText()).isEqualTo("DISMISSED");
    assertThat(done.json().at("/resolution/note").asText()).isEqualTo("a question about the room");
    problem(api.post(dismiss, api.secretariat, "{\"reason\":\"again\"}"), 409, "RESOLVED");
    problem(
        api.post(
            BASE + "/reviews/" + id + "/accept",
            api.secretariat,
            "{\"participant\":\"Japan\",\"segment\":\"II\"}"),
        409,
        "RESOLVED");
    assertThat(api.store.journal().read(ASP23, 0)).isEmpty();
  }
}
