package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rostrum.adapters.rest.BrowserTest.chromium;
import static org.rostrum.adapters.rest.BrowserTest.screenshot;
import static org.rostrum.adapters.rest.BrowserTest.within;
import static org.rostrum.adapters.rest.TestServer.ASP23;

import io.vavr.control.Option;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rostrum.core.port.out.Outbox;

/**
 * The replies that could not be sent, on the Secretariat's desk in Chromium at 1366×768: a banner
 * says how many, to whom, about what and what the mail server answered, with "Try again" for each;
 * a chair's desk does not show it; and a dismissal can tell the sender why.
 */
@Timeout(180)
class OutboxBrowserTest {

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
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("II", "Chile", "2024-12-03T10:00:00+01:00");
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    api.close();
  }

  void signIn(String token, String query) throws IOException {
    if (browser != null) {
      browser.quit();
    }
    browser = chromium(dir, "outbox");
    browser.manage().window().setSize(new Dimension(1366, 768));
    browser.get(api.uri("/plenaries/asp23-cooperation/console").toString() + query);
    browser.findElement(By.id("token")).sendKeys(token);
    browser.findElement(By.id("use")).click();
    within(browser, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("table.list tr")).size() > 1);
  }

  long record(String key, String recipient, String subject) {
    String messageId = "<" + key + "@rostrum.test>";
    return api.store
        .outbox()
        .record(
            ASP23,
            new Outbox.Draft(
                key,
                Outbox.Occasion.INSCRIBED,
                "#1",
                recipient,
                "EN",
                messageId,
                subject,
                "Message-ID: " + messageId + "\r\n\r\nInscribed.\r\n"),
            api.clock.instant());
  }

  /** Something happens on the list: every desk loads again (as another desk's action does). */
  void somethingHappens(String participant) {
    api.register("I", participant, "2024-12-02T11:00:00+01:00");
    within(browser, Duration.ofSeconds(5))
        .until(d -> d.findElement(By.id("segments")).getText().contains(participant));
  }

  @Test
  void the_secretariat_sees_the_replies_that_could_not_be_sent_and_tries_one_again()
      throws Exception {
    long rejected =
        record("<k@kenya>", "mission@kenya.example", "Re: <b>Request</b> for the floor");
    long waiting = record("<c@chile>", "delegacion@minrel.example", "Re: Solicitud");
    long sent = record("<p@peru>", "mision@rree.example", "Re: Peru");
    api.store.outbox().sent(ASP23, sent, api.clock.instant(), "250 2.0.0 Ok");
    api.store
        .outbox()
        .failed(
            ASP23,
            rejected,
            "550 5.1.1 <mission@kenya.example>: Recipient address rejected",
            Option.none());
    api.clock.now = api.clock.now.plus(Duration.ofMinutes(25));
    Instant next = api.clock.instant().plusSeconds(300);
    api.store.outbox().failed(ASP23, waiting, "421 4.3.2 Service not available", Option.some(next));
    long fresh = record("<g@ghana>", "mission@ghana.example", "Re: Ghana"); // just recorded

    signIn(api.chair, "");
    assertThat(browser.findElement(By.id("outbox-banner")).isDisplayed()).isFalse();

    signIn(api.secretariat, "");
    WebDriverWait wait = within(browser, Duration.ofSeconds(5));
    wait.until(d -> d.findElement(By.id("outbox-banner")).isDisplayed());
    WebElement banner = browser.findElement(By.id("outbox-banner"));
    assertThat(browser.findElement(By.id("outbox-title")).getText())
        .isEqualTo("2 replies could not be sent");
    String failed = browser.findElement(By.id("reply-" + rejected)).getText();
    assertThat(failed)
        .contains("To mission@kenya.example")
        .contains("“Re: <b>Request</b> for the floor”") // as text, not markup
        .contains("failed after one attempt")
        .contains("The mail server answered: 550 5.1.1")
        .contains("Recipient address rejected");
    assertThat(browser.findElement(By.id("reply-" + waiting)).getText())
        .contains("delegacion@minrel.example")
        .contains("still waiting since")
        .contains("next attempt at 13:30")
        .contains("421 4.3.2 Service not available");
    assertThat(banner.getText()).doesNotContain("mision@rree.example").doesNotContain("ghana");
    assertThat(browser.findElements(By.cssSelector("#outbox-replies b"))).isEmpty();
    // the banner is seen without scrolling, above the session's controls
    assertThat(banner.getLocation().getY() + banner.getSize().getHeight()).isLessThan(768);
    screenshot(browser, "console-outbox");

    WebElement again = browser.findElement(By.id("retry-reply-" + rejected));
    assertThat(again.getText()).isEqualTo("Try again");
    assertThat(again.getDomAttribute("aria-label"))
        .isEqualTo("Try again to send reply #" + rejected + " to mission@kenya.example");
    again.click();
    wait.until(
        d ->
            d.findElement(By.id("message"))
                .getText()
                .equals(
                    "Reply #" + rejected + " to mission@kenya.example will be tried again now."));
    Outbox.Reply retried = api.store.outbox().find(ASP23, rejected).get();
    assertThat(retried.state()).isEqualTo(Outbox.State.PENDING);
    assertThat(retried.nextAttempt()).isEqualTo(api.clock.instant());
    // still not sent: still shown, now as waiting
    wait.until(d -> d.findElement(By.id("reply-" + rejected)).getText().contains("still waiting"));

    // the sender's next round takes both: the banner goes once the desk loads again
    api.store.outbox().sent(ASP23, rejected, api.clock.instant(), "250 Ok");
    api.store.outbox().sent(ASP23, waiting, api.clock.instant(), "250 Ok");
    somethingHappens("Peru");
    wait.until(d -> !d.findElement(By.id("outbox-banner")).isDisplayed());
    assertThat(api.store.outbox().find(ASP23, fresh).get().state()).isEqualTo(Outbox.State.PENDING);
  }

  @Test
  void the_banner_speaks_french() throws Exception {
    long rejected = record("<k@kenya>", "mission@kenya.example", "Re: Demande");
    api.store.outbox().failed(ASP23, rejected, "550 rejected", Option.none());
    signIn(api.secretariat, "?lang=fr");
    WebDriverWait wait = within(browser, Duration.ofSeconds(5));
    wait.until(d -> d.findElement(By.id("outbox-banner")).isDisplayed());
    assertThat(browser.findElement(By.id("outbox-title")).getText())
        .isEqualTo("1 réponse n’a pas pu être envoyée");
    assertThat(browser.findElement(By.id("outbox-help")).getText())
        .startsWith("Cette délégation n’a pas été informée");
    assertThat(browser.findElement(By.id("reply-" + rejected)).getText())
        .contains("À mission@kenya.example")
        .contains("échec après une tentative");
    // French typography: a no-break space before the colon (the driver's text shows a space)
    assertThat(browser.findElement(By.id("reply-" + rejected)).getDomProperty("textContent"))
        .contains("Le serveur de courrier a répondu\u00a0: 550 rejected");
    assertThat(browser.findElement(By.id("retry-reply-" + rejected)).getText())
        .isEqualTo("Réessayer");
    screenshot(browser, "console-outbox-fr");
  }

  @Test
  void a_dismissal_ticked_to_tell_the_sender_records_the_reply() throws Exception {
    long question = BrowserTest.hold(api, "<q@mofa.go.jp>", "NOT_A_REQUEST", null);
    signIn(api.secretariat, "");
    WebDriverWait wait = within(browser, Duration.ofSeconds(5));
    wait.until(d -> d.findElement(By.id("review-" + question)).isDisplayed());
    assertThat(browser.findElement(By.id("review-" + question)).getText())
        .contains("Tell the sender why (by mail)");
    browser.findElement(By.id("review-reason-" + question)).sendKeys("a question about the room");
    browser.findElement(By.id("review-reply-" + question)).click();
    screenshot(browser, "console-dismiss-reply");
    browser.findElement(By.id("review-dismiss-" + question)).click();
    wait.until(d -> d.findElement(By.id("review-" + question)).getText().contains("DISMISSED"));
    assertThat(api.store.outbox().all(ASP23).map(r -> r.draft().occasion()))
        .containsExactly(Outbox.Occasion.DISMISSED);
    assertThat(api.store.outbox().all(ASP23).get(0).draft().message())
        .contains("a question about the room");
  }
}
