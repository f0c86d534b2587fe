package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.RestApiTest.problem;
import static org.rostrum.adapters.rest.TestServer.BASE;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.adapters.rest.TestServer.Response;

/**
 * The delegations' pages over HTTP: the public list and the receipt page answer without a token, as
 * the data they read does; the desk's data still asks for one.
 */
class PublicPagesTest {

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

  @Test
  void the_public_list_answers_200_without_a_token() {
    Response list = api.get("/plenaries/asp23-cooperation/list");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.header("Content-Type")).startsWith("text/html");
    assertThat(list.header("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(list.body()).contains("/assets/list.js").contains("/assets/public.js");
  }

  @Test
  void the_receipt_page_answers_200_without_a_token() {
    Response receipt = api.get("/plenaries/asp23-cooperation/receipt?r=abc");
    assertThat(receipt.status()).isEqualTo(200);
    assertThat(receipt.header("Content-Type")).startsWith("text/html");
    assertThat(receipt.body()).contains("/assets/receipt.js");
  }

  @Test
  void the_data_the_public_pages_read_needs_no_token() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    assertThat(api.get(BASE).status()).isEqualTo(200);
    Response speakers = api.get(BASE + "/speakers");
    assertThat(speakers.status()).isEqualTo(200);
    assertThat(speakers.json().at("/segments/0/speakers/0/participant/name").asText())
        .isEqualTo("Kenya");
    assertThat(api.call("HEAD", BASE + "/live", null, null).status()).isEqualTo(200);
    for (String asset : new String[] {"public.js", "list.js", "receipt.js", "rostrum.css"}) {
      Response got = api.get("/assets/" + asset);
      assertThat(got.status()).as(asset).isEqualTo(200);
      assertThat(got.body()).as(asset).isNotBlank();
    }
  }

  @Test
  void the_desk_data_still_asks_for_a_token() {
    problem(api.get(BASE + "/reviews"), 401, "UNAUTHORIZED");
    problem(api.get(BASE + "/journal"), 401, "UNAUTHORIZED");
  }

  @Test
  void the_public_pages_of_an_unknown_plenary_are_404() {
    assertThat(api.get("/plenaries/XXX/list").status()).isEqualTo(404);
    assertThat(api.get("/plenaries/XXX/receipt").status()).isEqualTo(404);
  }

  /** The Content-Security-Policy allows no inline script nor style: the pages carry none. */
  @Test
  void no_page_carries_an_inline_script_or_style() {
    Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    for (String page : new String[] {"list", "receipt", "register", "display", "console"}) {
      String body = api.get("/plenaries/asp23-cooperation/" + page).body();
      assertThat(inlineScript.matcher(body).find()).as(page + ": inline script").isFalse();
      assertThat(body).as(page).doesNotContain("<style").doesNotContain(" style=");
    }
  }
}
