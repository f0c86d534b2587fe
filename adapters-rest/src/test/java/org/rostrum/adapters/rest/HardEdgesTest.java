package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;
import static org.rostrum.adapters.rest.TestServer.BASE;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;

/**
 * What independent clients sent to find the API's edges: control characters, bytes that are not
 * UTF-8, fields sent twice, a stream asked for without its media type, HEAD. Over real HTTP.
 */
@Timeout(120)
class HardEdgesTest {

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

  /** A registration by the Secretariat whose JSON members are {@code members}. */
  Response register(String members, String... headers) {
    return api.post(BASE + "/registrations", api.secretariat, "{" + members + "}", headers);
  }

  @Test
  void head_on_the_list_answers_the_headers_of_get_and_no_body() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    for (String accept : new String[] {"application/json", "text/csv"}) {
      Response get = api.call("GET", BASE + "/speakers", null, null, "Accept", accept);
      Response head = api.call("HEAD", BASE + "/speakers", null, null, "Accept", accept);
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(head.header("ETag")).isEqualTo(get.header("ETag")).isEqualTo("\"1\"");
      for (String name : new String[] {"Content-Type", "Cache-Control", "X-Content-Type-Options"}) {
        assertThat(head.headers().allValues(name))
            .as(name)
            .isEqualTo(get.headers().allValues(name));
      }
    }
    Response unknown = api.call("HEAD", BASE + "/speakers?segment=IX", null, null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).isEmpty();
  }

  @Test
  void a_body_over_the_limit_is_refused_413_even_where_none_is_expected() {
    String big = "{\"x\":\"" + "y".repeat(RestApi.MAX_BODY) + "\"}";
    problem(api.call("GET", "/api/plenaries", null, big), 413, "TOO_LARGE");
    problem(api.call("GET", "/openapi.json", null, big), 413, "TOO_LARGE");
  }
}
