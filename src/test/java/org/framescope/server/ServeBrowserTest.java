package org.framescope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.framescope.ingest.OutletRegistry;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code framescope serve} in a real browser: Debian's headless Chromium driven by Selenium through
 * {@code /usr/bin/chromedriver}, against a server running the real pipeline (profile full, CoreNLP loaded once as
 * the command does). A reader pastes the constructed pair of {@code samples/distancing-pair/} (one outlet
 * introduces UK officials with "claimed", the other with "said"), gets the two articles side by side and the
 * comparison naming the verbs with the sentences, switches a highlight category off and on, taps a highlight for
 * its explanation, and the pages fit a 390 px screen without sideways scrolling. Hostile text typed into every
 * field never runs. Screenshots go to {@code target/browser/} (the README's is {@code docs/serve.png}). Skipped,
 * visibly, when chromium or chromedriver is not installed ({@code .ci/run} installs both).
 */
@Tag("browser")
class ServeBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "browser");

  static FramescopeServer server;
  static ChromeDriver driver;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed (apt-get install chromium)");
    Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
        "chromedriver not installed (apt-get install chromium-driver)");
    PipelineAnalyzer analyzer = PipelineAnalyzer.start(Settings.of(Profile.FULL, Path.of("lexicons")));
    ServerConfig c = ServerConfig.defaults().withPort(0);
    server = FramescopeServer.start(c, new AnalysisService(analyzer, OutletRegistry.empty(), c));
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1600", "--no-first-run", "--disable-background-networking", "--disable-sync",
        "--disable-component-update");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(4));
    Files.createDirectories(SHOTS);
    // the page reloads itself while the models load; wait until it says ready (CoreNLP takes about a minute)
    driver.get(base + "/");
    new WebDriverWait(driver, Duration.ofMinutes(6), Duration.ofSeconds(2))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class).until(d -> {
      String state = d.findElement(By.id("status")).getAttribute("data-state");
      if ("failed".equals(state)) {
        throw new AssertionError(d.findElement(By.id("status")).getText());
      }
      return "ready".equals(state);
    });
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  static String sample(String name) throws Exception {
    return Files.readString(Path.of("samples", "distancing-pair", name), StandardCharsets.UTF_8);
  }

  static void type(String name, String value) {
    WebElement e = driver.findElement(By.name(name));
    e.clear();
    // sendKeys types character by character; a script sets long values at once (the same for the server)
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", e, value);
  }

  /** The page's width fits the viewport: nothing scrolls sideways. */
  static void assertNoSidewaysScroll(String what) {
    JavascriptExecutor js = driver;
    long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
    long scroll = ((Number) js.executeScript(
        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")).longValue();
    assertEquals(390, inner, "the viewport is 390 px wide");
    assertTrue(scroll <= inner, what + ": page is " + scroll + " px wide in a " + inner + " px viewport");
  }

  static void phone(boolean on) {
    if (on) {
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
          "deviceScaleFactor", 1, "mobile", true));
    } else {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  static void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void twoPastedArticlesSideBySideWithTheComparisonTogglesTapsAndFitAPhone() throws Exception {
    driver.get(base + "/");
    type("title-1", "");
    type("outlet-1", "Vostok Herald");
    type("date-1", "2024-06-03");
    type("text-1", sample("vostok-herald.txt"));
    type("outlet-2", "Meridian Wire");
    type("date-2", "2024-06-03");
    type("text-2", sample("meridian-wire.txt"));
    driver.findElement(By.id("analyze")).click();
    new WebDriverWait(driver, Duration.ofMinutes(4)).until(d -> !d.findElements(By.cssSelector(".columns")).isEmpty()
        || !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
    assertTrue(driver.findElements(By.cssSelector("[role=alert]")).isEmpty(),
        () -> driver.findElement(By.cssSelector("[role=alert]")).getText());

    // side by side: two article columns next to each other, each with its outlet
    List<WebElement> cols = driver.findElements(By.cssSelector(".columns > article.article"));
    assertEquals(2, cols.size());
    assertEquals(cols.get(0).getRect().getY(), cols.get(1).getRect().getY(), "the columns start at the same height");
    assertTrue(cols.get(1).getRect().getX() > cols.get(0).getRect().getX() + cols.get(0).getRect().getWidth() - 1);
    assertEquals(java.util.Set.of("MERIDIAN WIRE", "VOSTOK HERALD"), java.util.Set.of(
        cols.get(0).findElement(By.cssSelector(".outlet")).getText().strip(),
        cols.get(1).findElement(By.cssSelector(".outlet")).getText().strip()));

    // the comparison below names the verbs, with the sentence it comes from
    WebElement finding = driver.findElements(By.cssSelector(".findings li.description")).stream()
        .filter(li -> li.getText().contains("with distancing verbs such as")).findFirst()
        .orElseThrow(() -> new AssertionError(driver.findElement(By.cssSelector(".findings")).getText()));
    String text = finding.getText();
    assertTrue(text.contains("Vostok Herald introduces 3 of 3") && text.contains("\u2018claimed\u2019")
        && text.contains("Meridian Wire introduces none of its 2") && text.contains("\u2018said\u2019"), text);
    // the sentences are one click away, each linked to its place in the article
    WebElement quotes = finding.findElement(By.tagName("details"));
    quotes.findElement(By.tagName("summary")).click();
    String sentences = quotes.getText();
    assertTrue(sentences.contains("British Defence Secretary Grant Shapps claimed that the patrol")
        && sentences.contains("Prime Minister Rishi Sunak claimed that Britain wants calm"), sentences);
    String target = quotes.findElement(By.cssSelector("blockquote a")).getAttribute("href");
    String id = target.substring(target.indexOf('#') + 1);
    assertTrue(driver.findElement(By.id(id)).getText().contains("claimed"), "the link leads to the sentence");
    shot("serve-compare.png");

    // a category switched off and on again: its highlights lose and regain their colour
    WebElement mark = driver.findElement(By.cssSelector("mark.l-loaded"));
    String on = mark.getCssValue("background-color");
    assertFalse(on.equals("rgba(0, 0, 0, 0)"), "loaded language is shown by default: " + on);
    WebElement key = driver.findElement(By.cssSelector("label.k-loaded"));
    key.click();
    assertEquals("rgba(0, 0, 0, 0)", mark.getCssValue("background-color"), "switched off");
    assertFalse(driver.findElement(By.id("t-loaded")).isSelected());
    key.click();
    assertEquals(on, mark.getCssValue("background-color"), "switched on again");
    // frame cues are off until asked for
    assertFalse(driver.findElement(By.id("t-frame")).isSelected(), "frame cues are off by default");

    // a tap (click) on a highlight opens its explanation; the explanation is not shown before
    WebElement tip = mark.findElement(By.cssSelector(".tip"));
    assertFalse(tip.isDisplayed());
    mark.click();
    assertTrue(tip.isDisplayed(), "the explanation opens on tap");
    assertTrue(tip.getText().toLowerCase(java.util.Locale.ROOT).contains("loaded"), tip.getText());
    // a speaker badge explains itself on tap too
    WebElement badge = driver.findElement(By.cssSelector(".badge"));
    badge.click();
    assertTrue(badge.findElement(By.cssSelector(".tip")).isDisplayed(), "the badge's explanation opens on tap");

    // 390 px: one column, nothing scrolls sideways, explanations still open on tap
    phone(true);
    try {
      assertNoSidewaysScroll("comparison page");
      cols = driver.findElements(By.cssSelector(".columns > article.article"));
      assertTrue(cols.get(1).getRect().getY() > cols.get(0).getRect().getY(), "the columns stack on a phone");
      WebElement m = driver.findElement(By.cssSelector("mark.l-loaded"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", m);
      m.click();
      WebElement t = m.findElement(By.cssSelector(".tip"));
      assertTrue(t.isDisplayed());
      assertTrue(t.getRect().getX() >= 0 && t.getRect().getX() + t.getRect().getWidth() <= 390,
          "the explanation fits the screen: " + t.getRect());
      shot("serve-compare-390.png");
      driver.get(base + "/");
      assertNoSidewaysScroll("input page");
    } finally {
      phone(false);
    }
  }

  @Test
  void hostileTextInEveryFieldNeverRuns() throws Exception {
    String x = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2;alert(2)\">"
        + "<svg onload=\"window.pwned=3\"></svg>\"><b onmouseover=\"window.pwned=4\">x</b>";
    for (boolean two : List.of(false, true)) {
      driver.get(base + "/");
      type("title-1", "Title " + x);
      type("outlet-1", "Outlet " + x);
      type("date-1", "");
      type("text-1", "The regime said " + x + " that the reckless attack was a provocation.\n\nIt spoke again.");
      type("outlet-2", two ? "Other " + x : "");
      type("text-2", two ? "The government " + x + " said the strike hit a port.\n\nOfficials spoke." : "");
      driver.findElement(By.id("analyze")).click();
      new WebDriverWait(driver, Duration.ofMinutes(4)).until(d -> !d.findElements(By.cssSelector("article")).isEmpty()
          || !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
      assertTrue(driver.getPageSource().contains("window.pwned=1") || driver.findElement(By.tagName("body"))
          .getText().contains("<script>"), "the hostile text is on the page, as text");
      for (WebElement b : driver.findElements(By.cssSelector("mark, .badge"))) {
        if (b.isDisplayed()) {
          new org.openqa.selenium.interactions.Actions(driver).moveToElement(b).perform();
        }
      }
      assertNull(driver.executeScript("return window.pwned"), "hostile text ran");
      assertEquals(0L, driver.executeScript("return document.querySelectorAll('script, img[onerror], svg[onload],"
          + " [onmouseover]').length"), "markup from the input became elements");
      try {
        driver.switchTo().alert();
        throw new AssertionError("an alert opened");
      } catch (NoAlertPresentException expected) {
        // nothing ran
      }
    }
    // a hostile date comes back in the form, escaped, with the error
    driver.get(base + "/");
    type("date-1", "\"><script>window.pwned=5</script>");
    type("text-1", "Police acted.");
    type("url-2", "javascript:window.pwned=6//\"><script>window.pwned=7</script>");
    driver.findElement(By.id("analyze")).click();
    new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> !d.findElements(By.cssSelector("[role=alert]"))
        .isEmpty());
    assertNull(driver.executeScript("return window.pwned"));
    assertEquals("\"><script>window.pwned=5</script>", driver.findElement(By.name("date-1")).getAttribute("value"));
    assertEquals("javascript:window.pwned=6//\"><script>window.pwned=7</script>",
        driver.findElement(By.name("url-2")).getAttribute("value"));
    assertEquals(0, driver.findElements(By.cssSelector("a[href^=javascript]")).size());
    // the refused URL, shown in the error, stays text too
    driver.get(base + "/");
    type("url-1", "javascript:window.pwned=8");
    driver.findElement(By.cssSelector("button[name=fetch][value='1']")).click();
    new WebDriverWait(driver, Duration.ofMinutes(1)).until(d -> !d.findElements(By.cssSelector("[role=alert]"))
        .isEmpty());
    assertTrue(driver.findElement(By.cssSelector("[role=alert]")).getText().contains("not a web address"),
        driver.findElement(By.cssSelector("[role=alert]")).getText());
    assertNull(driver.executeScript("return window.pwned"));
  }
}
