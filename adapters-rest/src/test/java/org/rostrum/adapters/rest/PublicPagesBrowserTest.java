package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.BrowserTest.fullPage;
import static org.rostrum.adapters.rest.BrowserTest.within;
import static org.rostrum.adapters.rest.TestServer.BASE;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The delegations' pages in Chromium, opened without any token: the speakers' list in English and
 * in French, at a phone's width (375 px, no sideways scrolling) and a desk's; the receipt page with
 * a receipt nobody was given. Screenshots go to {@code target/screenshots}, as the other browser
 * tests' do.
 */
@Timeout(180)
class PublicPagesBrowserTest {

  @TempDir Path dir;
  TestServer api;
  ChromeDriver browser;

  @BeforeAll
  static void present() {
    BrowserTest.browser();
  }

  @BeforeEach
  void start() {
    api = new TestServer(dir);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    api.close();
  }

  String page(String name) {
    return api.uri("/plenaries/asp23-cooperation/" + name).toString();
  }

  /** The page as a phone shows it: 375 CSS pixels wide, its viewport meta honoured. */
  void phone() {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
  }

  long scrollWidth() {
    return ((Number)
            browser.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
        .longValue();
  }

  void list(String query) {
    browser.get(page("list") + query);
    within(browser, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#segments tr.place")).size() >= 3);
  }

  /** Three requests in segment I, one refused (not a name of the roster); the meeting under way. */
  void meeting() {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    api.register("I", "Peru", "2024-12-02T12:00:00+01:00");
    api.register("I", "Germny", "2024-12-02T09:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    api.post(BASE + "/commands/call-next", api.chair, null);
    api.post(BASE + "/commands/start", api.chair, null);
  }

  @Test
  void the_list_reads_without_a_token_in_english_on_a_phone_and_a_desk() throws Exception {
    meeting();
    browser = BrowserTest.chromium(dir, "list");
    phone();
    list("?lang=en");
    String text = browser.findElement(By.tagName("body")).getText();
    assertThat(text)
        .contains("Speakers' list")
        .contains("Kenya")
        .contains("Chile")
        .contains("waiting")
        .contains("Refused requests");
    assertThat(browser.findElement(By.id("segments")).getText()).contains("15:0");
    assertThat(scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
    fullPage(browser, "list-phone");

    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    list("?lang=en");
    assertThat(browser.findElement(By.cssSelector("#segments th")).isDisplayed()).isTrue();
    fullPage(browser, "list-desktop");
  }

  @Test
  void the_list_reads_in_french() throws Exception {
    meeting();
    browser = BrowserTest.chromium(dir, "list-fr");
    list("?lang=fr");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    String text = browser.findElement(By.tagName("body")).getText();
    assertThat(text)
        .contains("Liste des orateurs")
        .contains("Chili")
        .contains("en attente")
        .contains("Demandes refusées")
        .doesNotContain("Speakers' list");
    phone();
    list("?lang=fr");
    assertThat(scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
    fullPage(browser, "list-phone-fr");
  }

  @Test
  void the_list_follows_a_change_without_being_reloaded() throws Exception {
    meeting();
    browser = BrowserTest.chromium(dir, "list-live");
    list("?lang=en");
    api.register("I", "Japan", "2024-12-02T13:00:00+01:00");
    within(browser, Duration.ofSeconds(5))
        .until(d -> d.findElement(By.tagName("main")).getText().contains("Japan"));
  }

  @Test
  void an_unknown_receipt_is_said_not_found() throws Exception {
    browser = BrowserTest.chromium(dir, "receipt");
    phone();
    browser.get(page("receipt") + "?lang=en&r=" + "0".repeat(64));
    within(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("not-found")).isEmpty());
    assertThat(browser.findElement(By.id("not-found")).getText())
        .startsWith("No request of this plenary has this receipt.");
    assertThat(browser.findElement(By.id("proof")).isDisplayed()).isFalse();
    assertThat(scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
    fullPage(browser, "receipt-not-found");

    browser.get(page("receipt") + "?lang=es");
    browser.findElement(By.id("receipt")).sendKeys("abc");
    browser.findElement(By.id("check")).click();
    within(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("not-found")).isEmpty());
    assertThat(browser.findElement(By.id("not-found")).getText())
        .startsWith("Ninguna solicitud de esta sesión tiene este recibo.");
    assertThat(browser.findElement(By.id("answer")).getText()).contains("este tiene 3");
  }

  @Test
  void the_registration_page_says_the_list_is_closed_after_the_deadline() throws Exception {
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    browser = BrowserTest.chromium(dir, "register-closed");
    phone();
    browser.get(page("register") + "?lang=en");
    within(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("closed")).isDisplayed());
    assertThat(browser.findElement(By.id("closed-text")).getText())
        .startsWith("The list of speakers closed on ")
        .contains("the deadline has passed");
    assertThat(browser.findElement(By.id("form")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("list-link")).getAttribute("href"))
        .endsWith("/plenaries/asp23-cooperation/list?lang=en");
    assertThat(scrollWidth()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
    fullPage(browser, "register-closed");
  }

  @Test
  void the_registration_page_no_longer_offers_a_segment_the_chair_closed() throws Exception {
    String seen = api.get(BASE + "/speakers").header("ETag");
    TestServer.Response closed =
        api.post(BASE + "/commands/close-list", api.chair, "{\"segment\":\"I\"}", "If-Match", seen);
    assertThat(closed.status()).as(closed.body()).isLessThan(300);
    browser = BrowserTest.chromium(dir, "register-segment-closed");
    browser.get(page("register") + "?lang=fr");
    within(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("closed")).isDisplayed());
    assertThat(browser.findElement(By.id("closed-segments")).getText())
        .isEqualTo(
            "La présidence a clos la liste du segment I : il n’est plus proposé ci-dessous.");
    assertThat(browser.findElements(By.cssSelector("#segment option")))
        .extracting(o -> o.getAttribute("value"))
        .containsExactly("II");
    assertThat(browser.findElement(By.id("form")).isDisplayed()).isTrue();
  }

  @Test
  void the_display_shows_the_meeting_s_time_of_day() throws Exception {
    api.clock.now = Instant.parse("2024-12-05T14:03:00Z");
    browser = BrowserTest.chromium(dir, "display-clock");
    browser.get(page("display"));
    within(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("clock")).getText().isEmpty());
    assertThat(browser.findElement(By.id("clock")).getText()).matches("15:0[34]");
  }
}
