package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.BrowserTest.chromium;
import static org.rostrum.adapters.rest.BrowserTest.fullPage;
import static org.rostrum.adapters.rest.BrowserTest.screenshot;
import static org.rostrum.adapters.rest.BrowserTest.within;
import static org.rostrum.adapters.rest.TestServer.BASE;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rostrum.core.port.out.AccessTokens.Role;

/** The desk of the Secretariat and the chair, and a delegation's registration page, in Chromium. */
@Timeout(180)
class DeskBrowserTest {

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
    synchronized (api.log) {
      api.log.stream()
          .filter(l -> !l.matches(".* [1-4]\\d\\d [\\d.]+ ms"))
          .forEach(System.out::println);
    }
    api.close();
  }

  String page(String name) {
    return api.uri("/plenaries/asp23-cooperation/" + name).toString();
  }

  /** A desk on the eve of the meeting: two full lists, refusals, mails held for review. */
  void busyDesk() {
    String[] first = {"Kenya", "Chile", "Peru", "Senegal", "Japan", "Germany", "France", "Mexico"};
    String[] second = {"Argentina", "Canada", "Ghana", "Norway", "Spain"};
    for (int i = 0; i < first.length; i++) {
      api.register("I", first[i], "2024-12-02T1" + i + ":00:00+01:00");
    }
    for (int i = 0; i < second.length; i++) {
      api.register("II", second[i], "2024-12-03T1" + i + ":00:00+01:00");
    }
    api.register("I", "Germny", "2024-12-03T09:00:00+01:00");
    api.register("II", "Kenya", "2024-12-03T09:30:00+01:00");
    api.clock.now = java.time.Instant.parse("2024-12-05T08:00:00Z"); // the meeting's morning
    api.register("II", "Brazil", "2024-12-05T00:02:00+01:00"); // after the list closed
    BrowserTest.hold(api, "<jp@mofa.go.jp>", "BOTH_SEGMENTS", "II");
    BrowserTest.hold(api, "<q@mofa.go.jp>", "NOT_A_REQUEST", null);
  }

  void signIn(String token, String query) throws IOException {
    browser = chromium(dir, "desk");
    browser.get(page("console") + query);
    browser.findElement(By.id("token")).sendKeys(token);
    browser.findElement(By.id("use")).click();
    within(browser, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("table.list tr")).size() > 1);
  }

  WebDriverWait waiting() {
    return within(browser, Duration.ofSeconds(5));
  }

  String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  @Test
  void a_token_not_accepted_is_refused_on_the_sign_in_form_and_the_desk_says_whose_it_is()
      throws Exception {
    browser = chromium(dir, "desk");
    browser.get(page("console"));
    browser.findElement(By.id("token")).sendKeys("rst_not-a-token");
    browser.findElement(By.id("use")).click();
    waiting().until(d -> !d.findElement(By.id("login-message")).getText().isEmpty());
    assertThat(text("login-message"))
        .isEqualTo("This token is not accepted: check it, or ask the Secretariat for a new one.");
    assertThat(browser.findElement(By.id("desk")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("who-line")).isDisplayed()).isFalse();
    screenshot(browser, "console-refused-token");

    WebElement token = browser.findElement(By.id("token"));
    token.clear();
    token.sendKeys(api.token(Role.REGISTRANT, "Chile"));
    browser.findElement(By.id("use")).click();
    waiting().until(d -> text("login-message").contains("Registrant for Chile"));
    assertThat(text("login-message")).contains("registration page");
    assertThat(browser.findElement(By.id("desk")).isDisplayed()).isFalse();

    token.clear();
    token.sendKeys(api.secretariat);
    browser.findElement(By.id("use")).click();
    waiting().until(d -> d.findElement(By.id("desk")).isDisplayed());
    assertThat(text("who")).isEqualTo("Secretariat");
    assertThat(text("who-line")).startsWith("Signed in as Secretariat");
    assertThat(browser.findElement(By.id("login")).isDisplayed()).isFalse();
  }

  @Test
  void a_token_revoked_while_the_desk_types_sends_it_to_sign_in_and_keeps_what_was_typed()
      throws Exception {
    busyDesk();
    String mine = api.token(Role.SECRETARIAT, null);
    signIn(mine, "");
    browser.findElement(By.cssSelector("#mail-section summary")).click();
    browser.findElement(By.id("mail-participant")).sendKeys("Sierra Leone");
    new Select(browser.findElement(By.id("mail-segment"))).selectByValue("II");
    browser.findElement(By.id("mail-speaker")).sendKeys("H.E. Mr. Kamara");
    browser.findElement(By.id("pick-2")).click();
    assertThat(api.store.tokens().revoke(api.store.tokens().idOf(mine), api.clock.now)).isTrue();

    browser.findElement(By.id("close-I")).click();
    waiting().until(d -> d.findElement(By.id("login")).isDisplayed());
    assertThat(text("login-message"))
        .startsWith("Your token is no longer accepted (it may have been revoked).")
        .endsWith("what you were typing at the desk is kept.");
    assertThat(browser.findElement(By.id("desk")).isDisplayed()).isFalse();
    assertThat(api.get(BASE + "/speakers").json().at("/segments/0/listClosed").asBoolean())
        .isFalse();
    screenshot(browser, "console-revoked");

    browser.findElement(By.id("token")).sendKeys(api.secretariat);
    browser.findElement(By.id("use")).click();
    waiting().until(d -> d.findElement(By.id("desk")).isDisplayed());
    waiting().until(d -> d.findElement(By.id("segments")).getText().contains("Kenya"));
    assertThat(browser.findElement(By.id("mail-participant")).getDomProperty("value"))
        .isEqualTo("Sierra Leone");
    assertThat(browser.findElement(By.id("mail-speaker")).getDomProperty("value"))
        .isEqualTo("H.E. Mr. Kamara");
    assertThat(
            new Select(browser.findElement(By.id("mail-segment")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("II");
    assertThat(browser.findElement(By.id("pick-2")).isSelected()).isTrue();
  }

  @Test
  void the_chairs_console_counts_down_turns_amber_at_the_warning_and_red_past_the_limit()
      throws Exception {
    api.register("I", "Senegal", "2024-12-02T10:00:00+01:00");
    api.register("I", "Kenya", "2024-12-02T11:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T12:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    api.post(BASE + "/commands/call-next", api.chair, null);
    api.post(BASE + "/commands/start", api.chair, null);
    signIn(api.chair, "");
    assertThat(text("who")).isEqualTo("Chair");
    WebElement countdown = browser.findElement(By.id("countdown"));
    waiting().until(d -> countdown.getAttribute("class").contains("ok"));
    assertThat(countdown.getText()).isIn("2:00", "1:59");
    assertThat(text("current")).startsWith("#1 Senegal");
    // A chair's desk: the session and the lists, not the Secretariat's parts.
    assertThat(browser.findElements(By.cssSelector("td.row-actions"))).isEmpty();
    for (String secretariats :
        new String[] {"mail-section", "reviews-section", "history-section"}) {
      assertThat(browser.findElement(By.id(secretariats)).isDisplayed()).as(secretariats).isFalse();
    }
    assertThat(browser.findElement(By.id("withdraw")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("swap")).isDisplayed()).isTrue();

    api.clock.now = Instant.parse("2024-12-05T14:01:35Z"); // 0:25 left
    waiting().until(d -> countdown.getAttribute("class").contains("warning"));
    assertThat(countdown.getText()).matches("0:2\\d");
    assertThat(countdown.getCssValue("color")).isEqualTo("rgba(179, 107, 0, 1)");

    api.clock.now = Instant.parse("2024-12-05T14:02:15Z"); // 0:15 over
    waiting().until(d -> countdown.getAttribute("class").contains("over"));
    assertThat(countdown.getText()).matches("\\+0:1\\d");
    assertThat(countdown.getCssValue("color")).isEqualTo("rgba(192, 21, 27, 1)");
    screenshot(browser, "console-chair-countdown");

    browser.findElement(By.id("stop")).click();
    waiting().until(d -> countdown.getAttribute("class").contains("idle"));
    assertThat(countdown.getText()).isEqualTo("2:00");
  }

  @Test
  void the_desk_offers_the_rosters_names_and_dates_each_time_of_receipt() throws Exception {
    busyDesk();
    signIn(api.secretariat, "?lang=fr");
    browser.findElement(By.cssSelector("#mail-section summary")).click();
    waiting()
        .until(
            d ->
                d.findElements(By.cssSelector("#roster option[value='Sierra Leone']")).size() == 1);
    assertThat(browser.findElement(By.id("mail-participant")).getDomAttribute("list"))
        .isEqualTo("roster");
    assertThat(browser.findElements(By.cssSelector("#roster option[value='Chili']"))).hasSize(1);
    assertThat(browser.findElement(By.id("refused")).getText())
        .contains("3 déc. 09:00")
        .contains("5 déc. 00:02");
    assertThat(browser.findElement(By.id("segments")).getText()).contains("2 déc. 10:00");
    Object help = browser.executeScript("return document.getElementById('picked').textContent");
    assertThat(String.valueOf(help)).startsWith("Cochez deux demandes");
    Object colon =
        browser.executeScript(
            "return document.querySelector('#lists-section summary').textContent"
                + " + document.getElementById('deadline').textContent");
    assertThat(String.valueOf(colon)).doesNotContain(" :").doesNotContain(" ?");
    screenshot(browser, "console-fr");
  }

  @Test
  void
      the_registration_page_says_whose_token_it_is_when_the_list_closes_and_why_a_request_is_refused()
          throws Exception {
    String chile = api.token(Role.REGISTRANT, "Chile");
    browser = chromium(dir, "register");
    browser.executeCdpCommand(
        "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "America/Santiago"));
    browser.get(page("register"));
    waiting().until(d -> !text("deadline").isEmpty());
    assertThat(text("deadline"))
        .isEqualTo(
            "The list closes on Thursday, 5 December 2024 at 00:00, the meeting's time"
                + " (Europe/Amsterdam), that is Wednesday, 4 December 2024 at 20:00 your time"
                + " (America/Santiago).");
    assertThat(text("rule"))
        .isEqualTo(
            "Each statement may last 2 minutes: the screen in the room turns amber 30 seconds"
                + " before the end, and red once the time is up.");

    WebElement token = browser.findElement(By.id("token"));
    token.sendKeys("rst_forged");
    browser.findElement(By.id("speaker")).click(); // the token is checked on leaving its field
    waiting().until(d -> text("who").startsWith("This token is not accepted"));
    token.clear();
    token.sendKeys(chile);
    browser.findElement(By.id("speaker")).click();
    waiting().until(d -> text("who").equals("This token asks for the floor for Chile."));
    assertThat(browser.findElement(By.id("participant")).isDisplayed())
        .as("a delegation's token speaks for it: no participant to type")
        .isFalse();

    api.clock.now = Instant.parse("2024-12-05T09:00:00Z"); // after the list closed
    browser.findElement(By.id("speaker")).sendKeys("Ms. Rojas");
    browser.findElement(By.id("submit")).click();
    waiting().until(d -> !d.findElements(By.id("ack-title")).isEmpty());
    assertThat(text("ack-title")).isEqualTo("Not inscribed.");
    String detail =
        api.call("GET", BASE + "/registrations/1", api.secretariat, null, "Accept-Language", "en")
            .json()
            .get("detail")
            .asText();
    assertThat(text("ack-text"))
        .as("the API's own sentence: what was seen, and what follows")
        .isEqualTo(detail)
        .startsWith("Received 2024-12-05 10:00:00 (Europe/Amsterdam), at or after the list closed");
    screenshot(browser, "register");
  }

  @Test
  void the_registration_page_speaks_french_with_its_typography() throws Exception {
    String chile = api.token(Role.REGISTRANT, "Chile");
    browser = chromium(dir, "register");
    browser.get(page("register") + "?lang=fr");
    waiting().until(d -> !text("rule").isEmpty());
    browser.findElement(By.id("token")).sendKeys(chile);
    browser.findElement(By.id("speaker")).click();
    waiting().until(d -> text("who").contains("Chili"));
    assertThat(text("who")).isEqualTo("Ce jeton demande la parole pour : Chili.");
    assertThat(text("deadline")).startsWith("La liste est close le jeudi 5 décembre 2024 à 00:00");
    Object raw =
        browser.executeScript(
            "return document.getElementById('rule').textContent"
                + " + document.getElementById('who').textContent");
    assertThat(String.valueOf(raw)).contains("\u00a0:").doesNotContain(" :");
    new Select(browser.findElement(By.id("segment"))).selectByValue("II");
    browser.findElement(By.id("submit")).click();
    waiting().until(d -> !d.findElements(By.id("receipt")).isEmpty());
    assertThat(text("ack-text"))
        .isEqualTo(
            "Inscrit sous le n° 1 : position 1 dans le segment II, intervention prévue à 16:00.");
    assertThat(text("ack-received")).isEqualTo("Reçue le 4 déc. 13:00.");
    screenshot(browser, "register-fr");
  }

  @Test
  void the_whole_desk_of_the_secretariat_fits_in_a_few_screens() throws Exception {
    busyDesk();
    signIn(api.secretariat, "");
    within(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("reviews")).getText().contains("mofa"));
    long height = fullPage(browser, "console-full");
    System.out.println("DESK HEIGHT " + height);
    assertThat(height).as("was 3,390 px with every part open one under the other").isLessThan(1800);
  }
}
