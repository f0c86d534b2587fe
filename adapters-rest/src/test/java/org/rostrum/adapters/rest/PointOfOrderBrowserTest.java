package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.BrowserTest.chromium;
import static org.rostrum.adapters.rest.BrowserTest.screenshot;
import static org.rostrum.adapters.rest.BrowserTest.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The general debate in the room, in Chromium: a point of order raised from the chair's console
 * pauses the group statement at the rostrum; the display shows the paused speech with its time
 * left, then the point of order at the rostrum with the speaker it interrupted, then that speaker
 * back, paused until the chair resumes and grants thirty seconds more. In English, then French.
 */
@Timeout(180)
class PointOfOrderBrowserTest {

  static final String DEBATE = "/api/plenaries/asp23-general-debate";

  @TempDir Path dir;
  TestServer api;
  ChromeDriver display;
  ChromeDriver console;

  @BeforeAll
  static void present() {
    BrowserTest.browser();
  }

  @BeforeEach
  void start() {
    api = TestServer.generalDebate(dir);
  }

  @AfterEach
  void stop() {
    for (WebDriver d : new WebDriver[] {display, console}) {
      if (d != null) {
        d.quit();
      }
    }
    api.close();
  }

  String page(String name) {
    return api.uri("/plenaries/asp23-general-debate/" + name).toString();
  }

  void request(String participant, String receivedAt, String extra) {
    TestServer.Response r =
        api.post(
            DEBATE + "/registrations",
            api.secretariat,
            "{\"segment\":\"AM\",\"participant\":\""
                + participant
                + "\",\"receivedAt\":\""
                + receivedAt
                + "\""
                + extra
                + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  /** 2 December 2024 at this time in The Hague (UTC+1). */
  void at(String time) {
    api.clock.now = Instant.parse("2024-12-02T" + time + "+01:00");
  }

  String text(WebDriver d, String id) {
    return d.findElement(By.id(id)).getText();
  }

  WebDriverWait waiting(WebDriver d) {
    return within(d, Duration.ofSeconds(5));
  }

  void click(String id) {
    console.findElement(By.id(id)).click();
  }

  @Test
  void the_display_shows_the_point_of_order_and_the_speaker_it_interrupted() throws IOException {
    request("Chile", "2024-11-26T10:00:00+01:00", "");
    request(
        "Uganda",
        "2024-11-28T12:00:00+01:00",
        ",\"kind\":\"GROUP_STATEMENT\",\"onBehalfOf\":\"the African Group\","
            + "\"speaker\":\"H.E. Mr. Okello\"");
    request("France", "2024-11-28T09:00:00+01:00", ",\"level\":\"MINISTER\"");
    at("10:00:00");
    api.post(DEBATE + "/commands/call-next", api.chair, null);
    api.post(DEBATE + "/commands/start", api.chair, null);

    display = chromium(dir, "display");
    display.get(page("display"));
    waiting(display).until(d -> text(d, "speaker").equals("Uganda"));
    assertThat(text(display, "on-behalf")).isEqualTo("on behalf of the African Group");
    assertThat(text(display, "kind")).as("a group's statement says so by its group").isEmpty();
    assertThat(text(display, "countdown")).isIn("5:00", "4:59");
    assertThat(text(display, "next")).contains("France").contains("Chile");

    // Two minutes in, Venezuela rises on a point of order; the chair notes it at the desk.
    at("10:02:00");
    console = chromium(dir, "console");
    console.get(page("console"));
    console.findElement(By.id("token")).sendKeys(api.chair);
    click("use");
    waiting(console).until(d -> d.findElement(By.id("room-form")).isDisplayed());
    assertThat(console.findElement(By.id("mail-section")).isDisplayed()).isFalse(); // a chair's
    assertThat(new Select(console.findElement(By.id("room-kind"))).getOptions())
        .extracting(o -> o.getText())
        .containsExactly("Point of order", "Right of reply");
    console.findElement(By.id("room-participant")).sendKeys("Venezuela");
    click("room-submit");
    waiting(console)
        .until(
            d ->
                text(d, "message")
                    .equals(
                        "Inscribed as #4: Point of order, Venezuela (Bolivarian Republic of)."));

    // The display: the speech stands still with its time left; the point of order comes next.
    waiting(display).until(d -> text(d, "paused").equals("Paused — 3:00 left"));
    assertThat(text(display, "countdown")).isEqualTo("3:00");
    assertThat(display.findElement(By.id("countdown")).getAttribute("class")).contains("paused");
    screenshot(display, "display-paused");
    assertThat(display.findElements(By.cssSelector("#next li")).get(0).getText())
        .startsWith("Venezuela (Bolivarian Republic of)")
        .endsWith("Point of order");
    waiting(console).until(d -> text(d, "current").endsWith("— paused"));
    assertThat(console.findElement(By.id("resume-speech")).isDisplayed()).isTrue();
    assertThat(console.findElement(By.id("pause-speech")).isDisplayed()).isFalse();

    // The chair gives the floor on the point of order: Uganda waits aside, paused.
    click("call-next");
    waiting(display).until(d -> text(d, "speaker").startsWith("Venezuela"));
    assertThat(text(display, "kind")).isEqualTo("Point of order");
    assertThat(text(display, "phase")).isEqualTo("Called to the rostrum");
    assertThat(text(display, "countdown")).isEqualTo("2:00");
    assertThat(text(display, "paused")).isEmpty();
    assertThat(display.findElement(By.id("interrupted")).isDisplayed()).isTrue();
    assertThat(text(display, "interrupted-title"))
        .isEqualTo("Speech interrupted by the point of order");
    assertThat(text(display, "interrupted-speaker"))
        .isEqualTo("Uganda, on behalf of the African Group — H.E. Mr. Okello");
    assertThat(text(display, "interrupted-left")).isEqualTo("Paused — 3:00 left");
    waiting(console).until(d -> !d.findElement(By.id("interrupted-line")).getText().isEmpty());
    assertThat(text(console, "interrupted-line"))
        .isEqualTo(
            "Interrupted: #2 Uganda (H.E. Mr. Okello), on behalf of the African Group — Paused —"
                + " 3:00 left");

    at("10:02:30");
    click("start");
    waiting(display)
        .until(d -> d.findElement(By.id("countdown")).getAttribute("class").contains("ok"));
    assertThat(text(display, "countdown")).isIn("2:00", "1:59");
    assertThat(text(display, "phase")).isEmpty();
    assertThat(text(display, "interrupted-left")).isEqualTo("Paused — 3:00 left");
    screenshot(display, "display-point-of-order");
    screenshot(console, "console-point-of-order");

    // The same room in French.
    display.get(page("display") + "?lang=fr");
    waiting(display).until(d -> text(d, "kind").equals("Motion d'ordre"));
    assertThat(text(display, "interrupted-title"))
        .isEqualTo("Intervention interrompue par la motion d'ordre");
    assertThat(text(display, "interrupted-speaker"))
        .isEqualTo("Ouganda, au nom de the African Group — H.E. Mr. Okello");
    assertThat(text(display, "interrupted-left")).isEqualTo("Suspendue — il reste 3:00");
    screenshot(display, "display-point-of-order-fr");

    // The point of order is over: Uganda is back at the rostrum, still paused.
    at("10:03:30");
    click("stop");
    waiting(display).until(d -> text(d, "speaker").equals("Ouganda"));
    waiting(display).until(d -> !d.findElement(By.id("interrupted")).isDisplayed());
    assertThat(text(display, "paused")).isEqualTo("Suspendue — il reste 3:00");
    assertThat(text(display, "kind")).isEmpty();
    assertThat(text(display, "on-behalf")).isEqualTo("au nom de the African Group");

    // The chair resumes it, and grants thirty seconds more.
    waiting(console).until(d -> d.findElement(By.id("resume-speech")).isDisplayed());
    click("resume-speech");
    waiting(display).until(d -> text(d, "paused").isEmpty());
    waiting(display)
        .until(d -> d.findElement(By.id("countdown")).getAttribute("class").contains("ok"));
    assertThat(text(display, "countdown")).isIn("3:00", "2:59");
    waiting(console).until(d -> d.findElement(By.id("pause-speech")).isDisplayed());
    click("grant-time");
    waiting(display).until(d -> text(d, "countdown").matches("3:(30|29)"));
    assertThat(api.get(DEBATE + "/session").json().at("/current/signals/limitSeconds").asInt())
        .isEqualTo(330);

    // Paused by the chair from the desk, without a point of order.
    click("pause-speech");
    waiting(display).until(d -> text(d, "paused").startsWith("Suspendue — il reste 3:"));
    assertThat(display.findElement(By.id("countdown")).getAttribute("class")).contains("paused");
  }

  @Test
  void the_mail_form_asks_kind_group_and_level_only_where_the_plenary_takes_them()
      throws IOException {
    console = chromium(dir, "console");
    console.get(page("console"));
    console.findElement(By.id("token")).sendKeys(api.secretariat);
    click("use");
    waiting(console).until(d -> d.findElement(By.id("mail-section")).isDisplayed());
    console.findElement(By.cssSelector("#mail-section summary")).click();
    assertThat(new Select(console.findElement(By.id("mail-kind"))).getOptions())
        .extracting(o -> o.getText())
        .containsExactly("Statement", "Statement on behalf of a group");
    assertThat(new Select(console.findElement(By.id("mail-level"))).getOptions())
        .extracting(o -> o.getText())
        .containsExactly(
            "not stated",
            "Head of State or Government",
            "Minister",
            "Vice-Minister",
            "Head of delegation",
            "other representative");

    mail("Uganda", "2024-11-28T12:00:00");
    new Select(console.findElement(By.id("mail-kind"))).selectByValue("GROUP_STATEMENT");
    console.findElement(By.id("mail-on-behalf")).sendKeys("the African Group");
    click("mail-submit");
    waiting(console).until(d -> text(d, "message").startsWith("Inscribed as #1"));
    mail("France", "2024-11-28T09:00:00");
    new Select(console.findElement(By.id("mail-kind"))).selectByValue("STATEMENT");
    console.findElement(By.id("mail-on-behalf")).clear();
    new Select(console.findElement(By.id("mail-level"))).selectByValue("MINISTER");
    click("mail-submit");
    waiting(console).until(d -> text(d, "message").startsWith("Inscribed as #2"));

    theGroupThenTheMinister();
    waiting(console).until(d -> text(d, "segments").contains("France"));
    assertThat(text(console, "segments"))
        .contains("Why here")
        .contains("on behalf of the African Group")
        .contains("tier 3 — Minister; received 2024-11-28 09:00:00 (Europe/Amsterdam)");
    console.executeScript("window.scrollTo(0, 0)");
    screenshot(console, "console-general-debate");
  }

  void mail(String participant, String receivedAt) {
    org.openqa.selenium.WebElement who = console.findElement(By.id("mail-participant"));
    who.clear();
    who.sendKeys(participant);
    new Select(console.findElement(By.id("mail-segment"))).selectByValue("AM");
    console.executeScript(
        "arguments[0].value = arguments[1]",
        console.findElement(By.id("mail-received")),
        receivedAt);
  }

  /** The morning's list as the API gives it: the group's statement, then the Minister's. */
  void theGroupThenTheMinister() {
    com.fasterxml.jackson.databind.JsonNode speakers =
        api.get(DEBATE + "/speakers?segment=AM").json().at("/segments/0/speakers");
    assertThat(speakers.findValuesAsText("name")).containsExactly("Uganda", "France");
    assertThat(speakers.get(0).get("kind").asText()).isEqualTo("GROUP_STATEMENT");
    assertThat(speakers.get(0).get("onBehalfOf").asText()).isEqualTo("the African Group");
    assertThat(speakers.get(1).at("/standing/tier/level").asText()).isEqualTo("MINISTER");
  }

  @Test
  void the_plenary_on_cooperation_keeps_its_desk_statements_only() throws IOException {
    try (TestServer asp23 =
        new TestServer(java.nio.file.Files.createDirectories(dir.resolve("asp23")))) {
      asp23.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
      console = chromium(dir, "console");
      console.get(asp23.uri("/plenaries/asp23-cooperation/console").toString());
      console.findElement(By.id("token")).sendKeys(asp23.secretariat);
      click("use");
      waiting(console).until(d -> text(d, "segments").contains("Kenya"));
      console.findElement(By.cssSelector("#mail-section summary")).click();
      for (String hidden :
          new String[] {
            "room-form",
            "mail-kind-field",
            "mail-on-behalf-field",
            "mail-level-field",
            "resume-speech"
          }) {
        assertThat(console.findElement(By.id(hidden)).isDisplayed()).as(hidden).isFalse();
      }
      assertThat(console.findElement(By.id("pause-speech")).isDisplayed()).isTrue();
      assertThat(console.findElement(By.id("grant-time")).getText()).isEqualTo("+30 s");
      assertThat(text(console, "segments")).doesNotContain("Why here");
    }
  }
}
