package org.rostrum.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rostrum.adapters.rest.TestServer.BASE;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rostrum.core.port.out.AccessTokens.Role;

/**
 * The room's pages in a real headless Chromium (Debian's chromium and chromium-driver). Run when
 * the browser is present; CI installs it and sets {@code ROSTRUM_REQUIRE_BROWSER}, so that there a
 * missing browser fails instead of skipping. Screenshots go to {@code target/screenshots}.
 */
@Timeout(180)
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir Path dir;
  TestServer api;
  ChromeDriver display;
  ChromeDriver console;

  @BeforeAll
  static void browser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (System.getenv("ROSTRUM_REQUIRE_BROWSER") != null) {
      assertThat(present).as("Chromium and ChromeDriver are required here").isTrue();
    }
    assumeTrue(
        present,
        "no Chromium here (/usr/bin/chromium and /usr/bin/chromedriver, Debian's chromium and"
            + " chromium-driver): browser tests skipped");
  }

  @BeforeEach
  void start() {
    api = new TestServer(dir);
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

  ChromeDriver chromium(String name) throws IOException {
    return chromium(dir, name);
  }

  /**
   * A headless Chromium with a fresh profile under {@code dir}, fetching nothing from elsewhere.
   */
  static ChromeDriver chromium(Path dir, String name) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1600,900",
        "--lang=en-GB",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-" + name)));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  String page(String name) {
    return api.uri("/plenaries/asp23-cooperation/" + name).toString();
  }

  static WebDriverWait within(WebDriver driver, Duration d) {
    WebDriverWait wait = new WebDriverWait(driver, d);
    wait.pollingEvery(Duration.ofMillis(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // pages re-render
    return wait;
  }

  /**
   * The whole page, however long, in one screenshot (Chromium's own capture beyond the window).
   * Returns the page's height in CSS pixels.
   */
  static long fullPage(ChromeDriver driver, String name) throws IOException {
    java.util.Map<?, ?> size =
        (java.util.Map<?, ?>)
            driver.executeScript(
                "return {width: document.documentElement.scrollWidth,"
                    + " height: document.documentElement.scrollHeight}");
    long width = ((Number) size.get("width")).longValue();
    long height = ((Number) size.get("height")).longValue();
    java.util.Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            java.util.Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                java.util.Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.createDirectories(SHOTS);
    Files.write(
        SHOTS.resolve(name + ".png"),
        java.util.Base64.getDecoder().decode(String.valueOf(shot.get("data"))));
    return height;
  }

  static void screenshot(ChromeDriver driver, String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.copy(
        driver.getScreenshotAs(OutputType.FILE).toPath(),
        SHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  void openConsole() throws IOException {
    openConsole(api.chair);
  }

  void openConsole(String token) throws IOException {
    openConsole(token, "");
  }

  void openConsole(String token, String query) throws IOException {
    console = chromium("console");
    console.get(page("console") + query);
    console.findElement(By.id("token")).sendKeys(token);
    console.findElement(By.id("use")).click();
    within(console, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("table.list tr")).size() > 1);
  }

  void openDisplay() throws IOException {
    display = chromium("display");
    display.get(page("display"));
    within(display, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("title")).getText().isEmpty());
  }

  @Test
  void an_action_on_the_console_shows_on_the_display_within_one_second() throws Exception {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    openDisplay();
    openConsole();
    assertThat(display.findElement(By.id("speaker")).getText()).isEqualTo("Nobody at the rostrum");
    assertThat(console.findElement(By.id("segments")).getText())
        .contains("Kenya")
        .contains("Chile")
        .contains("15:00");

    console.findElement(By.id("call-next")).click();
    long clicked = System.nanoTime();
    within(display, Duration.ofSeconds(1))
        .until(d -> d.findElement(By.id("speaker")).getText().equals("Kenya"));
    assertThat(Duration.ofNanos(System.nanoTime() - clicked)).isLessThan(Duration.ofSeconds(1));
    assertThat(display.findElement(By.id("next")).getText()).contains("Chile");

    console.findElement(By.id("start")).click();
    within(display, Duration.ofSeconds(1))
        .until(d -> d.findElement(By.id("countdown")).getAttribute("class").contains("ok"));
    assertThat(display.findElement(By.id("countdown")).getText()).isIn("2:00", "1:59");
    screenshot(display, "display");
    screenshot(console, "console");
    assertThat(SHOTS.resolve("display.png")).isNotEmptyFile();
  }

  @Test
  void the_countdown_turns_amber_at_the_warning_and_red_counting_up_past_the_limit()
      throws Exception {
    api.register("I", "Senegal", "2024-12-02T10:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    api.post(BASE + "/commands/call-next", api.chair, null);
    api.post(BASE + "/commands/start", api.chair, null);
    openDisplay();
    WebElement countdown = display.findElement(By.id("countdown"));
    within(display, Duration.ofSeconds(5))
        .until(d -> countdown.getAttribute("class").contains("ok"));

    api.clock.now = Instant.parse("2024-12-05T14:01:35Z"); // 0:25 left
    within(display, Duration.ofSeconds(5))
        .until(d -> countdown.getAttribute("class").contains("warning"));
    assertThat(countdown.getText()).matches("0:2\\d");
    assertThat(countdown.getCssValue("color")).isEqualTo("rgba(255, 176, 0, 1)");
    screenshot(display, "display-warning");

    api.clock.now = Instant.parse("2024-12-05T14:02:15Z"); // 0:15 over
    within(display, Duration.ofSeconds(5))
        .until(d -> countdown.getAttribute("class").contains("over"));
    assertThat(countdown.getText()).matches("\\+0:1\\d");
    assertThat(countdown.getCssValue("color")).isEqualTo("rgba(255, 59, 48, 1)");
    screenshot(display, "display-over");
  }

  @Test
  void a_name_written_as_markup_is_shown_as_text() throws Exception {
    String markup = "<img src=x onerror=alert(1)>";
    api.post(
        BASE + "/registrations",
        api.secretariat,
        "{\"segment\":\"I\",\"participant\":\"Kenya\",\"speaker\":\""
            + markup
            + "\","
            + "\"receivedAt\":\"2024-12-02T10:00:00+01:00\"}");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    api.post(BASE + "/commands/call-next", api.chair, null);
    openDisplay();
    within(display, Duration.ofSeconds(5))
        .until(d -> d.findElement(By.id("speaker-name")).getText().equals(markup));
    assertThat(display.findElements(By.cssSelector("img"))).isEmpty();
    assertThatThrownBy(() -> display.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    openConsole();
    assertThat(console.findElement(By.id("segments")).getText()).contains(markup);
    assertThat(console.findElements(By.cssSelector("img"))).isEmpty();
  }

  @Test
  void an_old_record_with_an_impossible_time_and_an_override_still_shows_the_list()
      throws Exception {
    org.rostrum.core.model.Registration old =
        org.rostrum.core.model.Registration.builder()
            .id(org.rostrum.core.model.RegistrationId.of(1))
            .participant(
                org.rostrum.core.model.Participant.of(
                    org.rostrum.core.model.ParticipantKey.of("KEN"),
                    org.rostrum.core.model.LocalizedText.of("Kenya", "Kenya"),
                    org.rostrum.core.model.ParticipantCategory.STATE_PARTY))
            .segment(org.rostrum.core.model.SegmentId.of("I"))
            .receivedAt(Instant.parse("-0001-01-01T00:00:00Z"))
            .speaker(io.vavr.control.Option.some("Mr. \u202Eevil\u202C Smith"))
            .build();
    assertThat(
            api.store
                .journal()
                .append(
                    api.plenary,
                    api.version(),
                    io.vavr.collection.List.of(
                        new org.rostrum.core.port.out.Journal.Attributed(
                            new org.rostrum.core.decider.Event.RegistrationInscribed(old),
                            org.rostrum.core.model.Actor.unnamed())),
                    Instant.parse("2024-12-02T10:00:00Z"))
                .isRight())
        .isTrue();
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    openConsole(api.secretariat);
    String segments = console.findElement(By.id("segments")).getText();
    assertThat(segments).contains("Mr. evil Smith").contains("Chile").doesNotContain("\u202E");
    screenshot(console, "console-old-record");
  }

  @Test
  void the_secretariat_changes_the_list_from_the_console() throws Exception {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    api.register("I", "Peru", "2024-12-02T12:00:00+01:00");
    openConsole(api.secretariat);
    WebDriverWait wait = within(console, Duration.ofSeconds(5));

    // Two rows ticked, the swap asked and confirmed.
    WebElement swap = console.findElement(By.id("swap"));
    WebElement withdraw = console.findElement(By.id("withdraw"));
    assertThat(swap.isEnabled()).isFalse();
    console.findElement(By.id("pick-1")).click();
    assertThat(withdraw.isEnabled()).as("one row ticked: withdraw it").isTrue();
    assertThat(swap.isEnabled()).isFalse();
    console.findElement(By.id("pick-3")).click();
    assertThat(swap.isEnabled()).as("two rows of one segment: swap them").isTrue();
    assertThat(withdraw.isEnabled()).isFalse();
    swap.click();
    WebElement confirm = console.findElement(By.id("confirm-dialog"));
    wait.until(d -> confirm.isDisplayed());
    assertThat(console.findElement(By.id("confirm-text")).getText())
        .isEqualTo("Swap request #1 (Kenya) and request #3 (Peru) in segment I?");
    screenshot(console, "console-swap");
    console.findElement(By.id("confirm-yes")).click();
    wait.until(d -> firstSpeaker(d).equals("Peru"));
    wait.until(
        d -> d.findElement(By.id("message")).getText().equals("Requests #1 and #3 swapped."));
    assertThat(console.findElements(By.cssSelector("input.pick:checked"))).isEmpty();

    // One row ticked, the withdrawal asked; "Cancel" keeps it, then confirmed.
    console.findElement(By.id("pick-2")).click();
    withdraw.click();
    wait.until(d -> confirm.isDisplayed());
    assertThat(console.findElement(By.id("confirm-text")).getText())
        .startsWith("Withdraw request #2 (Chile) from segment I?");
    console.findElement(By.id("confirm-no")).click();
    assertThat(console.findElement(By.id("segments")).getText()).contains("Chile");
    withdraw.click();
    wait.until(d -> confirm.isDisplayed());
    console.findElement(By.id("confirm-yes")).click();
    wait.until(d -> !d.findElement(By.id("segments")).getText().contains("Chile"));
    assertThat(console.findElement(By.id("message")).getText()).isEqualTo("Request #2 withdrawn.");

    console.findElement(By.cssSelector("#mail-section summary")).click();
    console.findElement(By.id("mail-participant")).sendKeys("Sierra Leone");
    new Select(console.findElement(By.id("mail-segment"))).selectByValue("II");
    console.findElement(By.id("mail-speaker")).sendKeys("H.E. Mr. Kamara");
    console.executeScript(
        "arguments[0].value = '2024-12-04T11:30:00'", console.findElement(By.id("mail-received")));
    console.findElement(By.id("mail-sender-clock")).click(); // the mail bore no stamp of ours
    console.findElement(By.id("mail-submit")).click();
    wait.until(d -> d.findElement(By.id("message")).getText().startsWith("Inscribed as #4"));
    com.fasterxml.jackson.databind.JsonNode mailed =
        api.get(BASE + "/registrations/4", api.secretariat).json();
    assertThat(mailed.get("receivedAt").asText()).isEqualTo("2024-12-04T11:30+01:00");
    assertThat(mailed.get("senderClock").asBoolean()).isTrue();
    // Read in one step: the lists are re-rendered as changes arrive.
    Object mark =
        wait.until(
            d ->
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "const a = document.querySelector('abbr.sender-clock');"
                            + " return a ? a.textContent.trim() + '|' + a.title : null;"));
    assertThat(String.valueOf(mark)).startsWith("†|").contains("sender's clock");

    console.findElement(By.id("close-I")).click();
    wait.until(d -> !d.findElements(By.id("reopen-I")).isEmpty());
    assertThat(api.get(BASE + "/speakers").json().at("/segments/0/listClosed").asBoolean())
        .isTrue();

    // Another desk reopens the list: the console shows it without being asked.
    String seen = api.get(BASE + "/speakers").header("ETag");
    api.post(
        BASE + "/commands/reopen-list", api.secretariat, "{\"segment\":\"I\"}", "If-Match", seen);
    wait.until(d -> !d.findElements(By.id("close-I")).isEmpty());
    screenshot(console, "console-secretariat");
  }

  @Test
  void the_secretariat_resolves_held_mails_from_the_console_and_a_chair_does_not_see_them()
      throws Exception {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    long japan = hold("<jp@mofa.go.jp>", "BOTH_SEGMENTS", "II");
    long question = hold("<q@mofa.go.jp>", "NOT_A_REQUEST", null);

    openConsole(api.chair);
    assertThat(console.findElement(By.id("reviews-section")).isDisplayed()).isFalse();
    console.quit();

    openConsole(api.secretariat);
    WebDriverWait wait = within(console, Duration.ofSeconds(5));
    wait.until(d -> d.findElement(By.id("reviews-section")).isDisplayed());
    assertThat(console.findElement(By.id("review-" + japan)).getText())
        .contains("icc-team@mofa.go.jp")
        .contains("it names both segments");
    assertThat(
            new Select(console.findElement(By.id("review-segment-" + japan)))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("II");
    console.findElement(By.id("review-participant-" + japan)).sendKeys("Japan");
    // A change from another desk refreshes the console: what is typed stays.
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    wait.until(d -> d.findElement(By.id("segments")).getText().contains("Chile"));
    assertThat(console.findElement(By.id("review-participant-" + japan)).getDomProperty("value"))
        .isEqualTo("Japan");
    console.findElement(By.id("review-accept-" + japan)).click();
    wait.until(d -> d.findElement(By.id("message")).getText().startsWith("Mail #" + japan));
    wait.until(d -> d.findElement(By.id("segments")).getText().contains("Japan"));
    assertThat(console.findElement(By.id("review-" + japan)).getText()).contains("ACCEPTED #");

    console.findElement(By.id("review-reason-" + question)).sendKeys("a question about the room");
    console.findElement(By.id("review-dismiss-" + question)).click();
    wait.until(
        d ->
            d.findElement(By.id("review-" + question))
                .getText()
                .contains("DISMISSED — a question about the room"));
    assertThat(console.findElement(By.id("reviews")).getText())
        .contains("No mail waits for a decision; those below are resolved.")
        .doesNotContain("No mail is held for review.");
    assertThat(
            api.get(BASE + "/speakers?segment=II")
                .json()
                .at("/segments/0/speakers/0/participant/key")
                .asText())
        .isEqualTo("JPN");
    screenshot(console, "console-reviews");
  }

  @Test
  void the_secretariat_amends_a_refused_request_and_annuls_a_waiting_one_from_the_console()
      throws Exception {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Germny", "2024-12-02T09:00:00+01:00"); // refused: not a name of the roster
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    openConsole(api.secretariat);
    WebDriverWait wait = within(console, Duration.ofSeconds(5));
    assertThat(console.findElement(By.id("refused")).getText()).contains("Germny");

    wait.until(d -> d.findElement(By.id("amend-2"))).click();
    WebElement dialog = console.findElement(By.id("amend-dialog"));
    wait.until(d -> dialog.isDisplayed());
    assertThat(console.findElement(By.id("amend-title")).getText()).isEqualTo("Amend request #2");
    assertThat(console.findElement(By.id("amend-was")).getText())
        .contains("Germny")
        .contains("decided again at that time of receipt");
    WebElement participant = console.findElement(By.id("amend-participant"));
    participant.clear();
    participant.sendKeys("Germany");
    console.findElement(By.id("amend-reason")).sendKeys("the mail says Germany");
    screenshot(console, "console-amend");
    console.findElement(By.id("amend-submit")).click();
    wait.until(
        d ->
            d.findElement(By.id("message"))
                .getText()
                .equals(
                    "Request #2 amended: position 1 in segment I, projected to speak at 15:00."));
    assertThat(dialog.isDisplayed()).isFalse();
    wait.until(d -> firstSpeaker(d).equals("Germany"));
    wait.until(d -> !d.findElement(By.id("refused")).getText().contains("Germny"));

    wait.until(d -> d.findElement(By.id("annul-3"))).click();
    WebElement annul = console.findElement(By.id("annul-dialog"));
    wait.until(d -> annul.isDisplayed());
    assertThat(console.findElement(By.id("annul-title")).getText())
        .isEqualTo("Annul request #3 — Chile?");
    console.findElement(By.id("annul-confirm")).click(); // no reason: the form does not go
    assertThat(annul.isDisplayed()).isTrue();
    console.findElement(By.id("annul-reason")).sendKeys("sent twice by mistake");
    console.findElement(By.id("annul-confirm")).click();
    wait.until(
        d ->
            d.findElement(By.id("message"))
                .getText()
                .equals("Request #3 annulled; it stays in the record."));
    wait.until(d -> !d.findElement(By.id("segments")).getText().contains("Chile"));
    assertThat(api.get(BASE + "/registrations/3", api.secretariat).json().get("status").asText())
        .isEqualTo("ANNULLED");
    console.findElement(By.cssSelector("#history-section summary")).click();
    WebElement history = console.findElement(By.id("history"));
    wait.until(d -> history.getText().contains("annulled #3 — sent twice by mistake"));
    assertThat(history.findElements(By.tagName("tr")).get(1).getText())
        .as("the newest change first, with who made it")
        .contains("token:")
        .contains("(secretariat)")
        .contains("annulled #3");
    assertThat(history.getText()).contains("corrected #2");
    console.executeScript("window.scrollTo(0, 0)"); // the answer, above the list
    screenshot(console, "console-corrected");
  }

  @Test
  void the_chair_confirms_ending_a_segment_and_can_resume_it_in_french() throws Exception {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("I", "Chile", "2024-12-02T11:00:00+01:00");
    api.register("II", "Peru", "2024-12-02T11:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    openConsole(api.chair, "?lang=fr");
    WebDriverWait wait = within(console, Duration.ofSeconds(5));
    WebElement confirm = console.findElement(By.id("confirm-dialog"));
    assertThat(console.findElements(By.cssSelector("td.row-actions"))).isEmpty(); // a chair's

    console.findElement(By.id("end-segment")).click();
    wait.until(d -> confirm.isDisplayed());
    assertThat(console.findElement(By.id("confirm-text")).getText())
        .isEqualTo(
            "Clore le segment I ? Les orateurs encore en attente seront notés comme non atteints.");
    console.findElement(By.id("confirm-no")).click();
    assertThat(confirm.isDisplayed()).isFalse();
    assertThat(api.get(BASE + "/session").json().at("/segment/id").asText()).isEqualTo("I");

    console.findElement(By.id("end-segment")).click();
    wait.until(d -> confirm.isDisplayed());
    console.findElement(By.id("confirm-yes")).click();
    WebElement resume = console.findElement(By.id("resume-segment"));
    wait.until(d -> resume.isDisplayed());
    assertThat(resume.getText()).isEqualTo("Reprendre le segment I");
    assertThat(console.findElement(By.id("message")).getText()).startsWith("Segment I clos.");
    assertThat(api.get(BASE + "/session").json().at("/segment/id").asText()).isEqualTo("II");

    resume.click();
    wait.until(d -> confirm.isDisplayed());
    assertThat(console.findElement(By.id("confirm-text")).getText())
        .startsWith("Reprendre le segment I ?");
    screenshot(console, "console-resume");
    console.findElement(By.id("confirm-yes")).click();
    wait.until(
        d ->
            d.findElement(By.id("message"))
                .getText()
                .equals("Segment I repris : 2 orateur(s) non atteint(s) attendent de nouveau."));
    assertThat(resume.isDisplayed()).isFalse();
    assertThat(api.get(BASE + "/session").json().at("/segment/id").asText()).isEqualTo("I");
  }

  @Test
  void the_console_opens_on_the_segment_being_run_with_the_ended_ones_folded() throws Exception {
    api.register("I", "Kenya", "2024-12-02T10:00:00+01:00");
    api.register("II", "Peru", "2024-12-02T11:00:00+01:00");
    api.clock.now = Instant.parse("2024-12-05T14:00:00Z");
    assertThat(api.post(BASE + "/commands/end-segment", api.chair, null).status()).isEqualTo(200);
    api.clock.now = Instant.parse("2024-12-05T15:20:00Z");
    openConsole();
    WebElement ended = console.findElement(By.id("segment-I"));
    assertThat(ended.getTagName()).isEqualTo("details");
    assertThat(ended.getAttribute("open")).isNull();
    assertThat(console.findElement(By.id("segment-II")).getText()).contains("Peru");
    assertThat(console.findElement(By.id("clock")).getText()).matches("16:2[01]");
    assertThat(console.findElement(By.id("segment-left")).getText())
        .isEqualTo("Segment II: 40 min left");
    screenshot(console, "console-segment-running");
  }

  long hold(String key, String doubt, String segmentSeen) {
    return hold(api, key, doubt, segmentSeen);
  }

  /** A mail held for review, as the mail intake would hold it. */
  static long hold(TestServer api, String key, String doubt, String segmentSeen) {
    return api.store
        .reviews()
        .hold(
            TestServer.ASP23,
            new org.rostrum.core.port.out.MailReviews.Held(
                0,
                key,
                Instant.parse("2024-12-03T10:30:10Z"),
                false,
                io.vavr.collection.List.of(doubt),
                io.vavr.control.Option.none(),
                io.vavr.control.Option.of(segmentSeen),
                io.vavr.control.Option.none(),
                "EN",
                "icc-team@mofa.go.jp",
                "Plenary on cooperation",
                key,
                io.vavr.control.Option.none()))
        .get();
  }

  /** The first speaker of the first list, read in one step (the table may be re-rendered). */
  static String firstSpeaker(WebDriver d) {
    return String.valueOf(
        ((org.openqa.selenium.JavascriptExecutor) d)
            .executeScript(
                "const c = document.querySelector('table.list tr:nth-child(2) td:nth-child(3)');"
                    + " return c ? c.textContent : '';"));
  }

  @Test
  void the_registration_form_shows_its_acknowledgement() throws Exception {
    String chile = api.token(Role.REGISTRANT, "Chile");
    ChromeDriver form = chromium("register");
    display = form; // quit with the others
    form.get(page("register") + "?lang=fr");
    within(form, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#segment option")).size() == 2);
    assertThat(form.findElement(By.cssSelector("label[for=segment]")).getText())
        .isEqualTo("Segment");
    form.findElement(By.id("token")).sendKeys(chile);
    new Select(form.findElement(By.id("segment"))).selectByValue("II");
    form.findElement(By.id("speaker")).sendKeys("Mme Rojas");
    form.findElement(By.id("submit")).click();
    within(form, Duration.ofSeconds(5)).until(d -> !d.findElements(By.id("receipt")).isEmpty());
    assertThat(form.findElement(By.id("ack-text")).getText())
        .isEqualTo(
            "Inscrit sous le n° 1 : position 1 dans le segment II, intervention prévue à 16:00.");
    assertThat(form.findElement(By.id("receipt")).getText()).matches("[0-9a-f]{64}");
    screenshot(form, "register");
    assertThat(api.get(BASE + "/speakers").json().at("/segments/1/speakers/0/speaker").asText())
        .isEqualTo("Mme Rojas");
  }
}
