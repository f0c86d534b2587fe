package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.TestServer.BASE;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes of any kind, and mutations of valid bodies (the seeds), sent as the JSON body of a request
 * for the floor, of each command and of a review's resolution, through the real server on
 * 127.0.0.1: each is answered with a documented status and body (the contract's check) — refused as
 * a client's mistake or taken — never a failure (500), and within the client's timeout. The log
 * holds no stack trace.
 */
class BodiesFuzzTest {

  /** Where a body goes, with the version it claims to have seen. */
  private static final List<String> TARGETS =
      List.of(
          "/registrations",
          "/commands/close-list",
          "/commands/reopen-list",
          "/commands/swap",
          "/commands/extend-deadline",
          "/commands/call-next",
          "/commands/resume-segment",
          "/commands/grant-time",
          "/commands/amend",
          "/commands/annul",
          "/commands/add-participant",
          "/reviews/1/accept",
          "/reviews/1/dismiss");

  @TempDir static Path dir;
  static TestServer api;

  @BeforeAll
  static void start() {
    api = new TestServer(dir);
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @FuzzTest(maxDuration = "40s")
  void bodies_never_fail_nor_hang(FuzzedDataProvider data) {
    String target = TARGETS.get(data.consumeInt(0, TARGETS.size() - 1));
    // a stale version: a body that is read whole is then refused 409, and the list stays small
    boolean stale = data.consumeBoolean();
    byte[] body = data.consumeRemainingAsBytes();
    TestServer.Response r =
        stale
            ? api.callBytes("POST", BASE + target, api.secretariat, body, "If-Match", "\"999999\"")
            : api.callBytes("POST", BASE + target, api.secretariat, body);
    assertThat(r.status()).as(target + " " + r.body()).isBetween(200, 499);
    if (r.status() >= 400) {
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }
    assertThat(api.log).noneMatch(line -> line.contains("\tat ") || line.contains(" failed: "));
  }
}
