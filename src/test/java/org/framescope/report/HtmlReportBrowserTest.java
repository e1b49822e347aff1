package org.framescope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framescope.io.ArticleJson;
import org.framescope.compare.CompareConfig;
import org.framescope.compare.Comparison;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders report.html of the fixture corpus in headless Chromium: the DOM must load with highlights and
 * event sections, the console must show no script error or failed request, and a screenshot is left in
 * target/browser/report.png for a person to look at. Skipped when /usr/bin/chromium is absent.
 * Run with {@code mvn -o -q test -Dtest=HtmlReportBrowserTest}.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static Process chromium(Path profile, Path log, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(extra));
    return new ProcessBuilder(cmd).redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
  }

  @Test
  void reportRendersInHeadlessChromium(@TempDir Path profiles) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed");
    Path dir = Path.of("target", "browser").toAbsolutePath();
    Files.createDirectories(dir);
    Path fixtures = Path.of("src", "test", "resources", "compare", "articles");
    ReportWriter.write(Comparison.compare(ArticleJson.read(List.of(fixtures)), CompareConfig.defaults()),
        dir.resolve("fixture-report"));
    Path html = dir.resolve("fixture-report").resolve("report.html");
    String url = html.toUri().toString();

    Path domLog = dir.resolve("dump-dom.log");
    Process p = chromium(profiles.resolve("dump-dom"), domLog, "--dump-dom", url);
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium --dump-dom timed out");
    Document d = Jsoup.parse(dom);
    assertEquals("framescope comparison report", d.title());
    assertTrue(d.select("article mark[data-category]").size() >= 10, "highlights present");
    assertEquals(3, d.select("section.event").size());
    assertTrue(d.select("svg circle").size() > 0, "charts rendered");
    String log = Files.readString(domLog, StandardCharsets.UTF_8);
    // a page script error is logged as e.g. INFO:CONSOLE:1] "Uncaught ReferenceError: ..."; the report has no
    // script, so any console line at all means something is wrong
    assertFalse(log.contains("Uncaught"), log);
    assertFalse(log.contains(":CONSOLE"), log);
    assertFalse(log.contains("Failed to load resource"), log);

    Path png = dir.resolve("report.png");
    Files.deleteIfExists(png);
    Process s = chromium(profiles.resolve("screenshot"), dir.resolve("screenshot.log"),
        "--screenshot=" + png, "--window-size=1400,2000", "--hide-scrollbars", url);
    s.getInputStream().readAllBytes();
    assertTrue(s.waitFor(90, TimeUnit.SECONDS), "chromium --screenshot timed out");
    assertTrue(Files.size(png) > 10_000, "screenshot written");
  }
}
