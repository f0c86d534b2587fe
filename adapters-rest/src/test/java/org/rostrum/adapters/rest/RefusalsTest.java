package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;
import static org.rostrum.adapters.rest.TestServer.BASE;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;

/** Every refusal reason of the rules, as the API answers it: its code, its sentence, its status. */
@Timeout(120)
class RefusalsTest {

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

  String v() {
    return "\"" + api.version() + "\"";
  }

  Response command(String name, String body, boolean guarded) {
    return guarded
        ? api.post(BASE + "/commands/" + name, api.secretariat, body, "If-Match", v())
        : api.post(BASE + "/commands/" + name, api.chair, body);
  }

  @Test
  void refusals_of_a_request_for_the_floor_are_recorded_and_answered_422() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    problem(api.register("II", "Kenya", "2024-12-02T11:00:00+01:00"), 422, "DUPLICATE");
    problem(api.register("I", "Atlantis", "2024-12-02T11:00:00+01:00"), 422, "INVALID");
    problem(api.register("IV", "Chile", "2024-12-02T11:00:00+01:00"), 422, "UNKNOWN_SEGMENT");
    command("close-list", "{\"segment\":\"II\"}", true);
    Response closed = api.register("II", "Peru", "2024-12-02T12:00:00+01:00");
    problem(closed, 422, "LIST_CLOSED");
    assertThat(closed.json().get("detail").asText()).contains("II");
    api.clock.now = Instant.parse("2024-12-05T09:00:00Z");
    problem(api.register("I", "Japan", "2024-12-05T09:00:00+01:00"), 422, "LATE");
    assertThat(api.get(BASE + "/speakers").json().get("rejected")).hasSize(5);
  }

  @Test
  void refusals_of_the_secretariat_s_changes_record_nothing() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("II", "Chile", "2024-12-02T10:00:00+01:00");
    long before = api.version();
    problem(command("swap", "{\"first\":1,\"second\":2}", true), 422, "DIFFERENT_SEGMENTS");
    problem(command("swap", "{\"first\":1,\"second\":9}", true), 404, "NOT_FOUND");
    problem(command("reopen-list", "{\"segment\":\"I\"}", true), 422, "NOT_CLOSED");
    command("close-list", "{\"segment\":\"I\"}", true);
    problem(command("close-list", "{\"segment\":\"I\"}", true), 422, "ALREADY_CLOSED");
    problem(
        command("extend-deadline", "{\"closesAt\":\"2024-12-04T00:00:00+01:00\"}", true),
        422,
        "DEADLINE_NOT_LATER");
    api.call("DELETE", BASE + "/registrations/1", api.secretariat, null, "If-Match", v());
    problem(
        api.call("DELETE", BASE + "/registrations/1", api.secretariat, null, "If-Match", v()),
        422,
        "NOT_WAITING");
    assertThat(api.version()).isEqualTo(before + 2); // the close and the withdrawal only
  }

  @Test
  void refusals_of_the_chair_s_actions_say_what_to_do_instead() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    problem(command("start", null, false), 422, "NO_SPEAKER_CALLED");
    problem(command("mark-absent", null, false), 422, "NO_SPEAKER_CALLED");
    command("call-next", null, false);
    problem(command("call-next", null, false), 422, "SPEAKER_AT_ROSTRUM");
    command("start", null, false);
    problem(command("call-next", null, false), 422, "SPEECH_RUNNING");
    command("stop", null, false);
    problem(command("stop", null, false), 422, "NO_SPEECH_RUNNING");
    problem(command("call-next", null, false), 422, "NO_WAITING_SPEAKER");
    command("end-segment", null, false);
    command("end-segment", null, false);
    Response over = command("call-next", null, false);
    problem(over, 422, "NO_OPEN_SEGMENT");
    Response french =
        api.post(BASE + "/commands/call-next", api.chair, null, "Accept-Language", "fr");
    assertThat(french.json().get("detail").asText())
        .isNotEqualTo(over.json().get("detail").asText());
  }
}
