package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framescope.io.Json;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end on the bundled sample corpus: the report must show the contrast the corpus was
 * written to have (docs/sample-corpus.md: the state outlet introduces US officials with distancing verbs,
 * the independent wire with neutral ones), backed by a test that survives the BH correction.
 */
@Tag("models")
class DemoCommandIT {
  @TempDir
  static Path dir;
  static int code;
  static String err;

  @BeforeAll
  static void demo() {
    java.io.StringWriter e = new java.io.StringWriter();
    code = Main.execute(new java.io.PrintWriter(new java.io.StringWriter(), true),
        new java.io.PrintWriter(e, true), "demo", "--out", dir.toString());
    err = e.toString();
  }

  @Test
  void sampleCorpusReportShowsTheWrittenContrast() throws Exception {
    assertEquals(0, code, err);
    JsonNode report = Json.mapper().readTree(dir.resolve("report.json").toFile());
    assertEquals(4, report.get("events").size(), "four events from the manifest");
    boolean found = false;
    for (JsonNode s : report.get("summary")) {
      String id = s.get("testId").asText();
      if (s.get("kind").asText().equals("difference") && id.contains("sourcing/United States|distancing")
          && id.contains("Meridian Wire") && id.contains("Vostok Herald")) {
        found = true;
        assertTrue(s.get("sentence").asText().startsWith("Vostok Herald introduces speakers from the United States "
            + "with distancing verbs"), s.get("sentence").asText());
      }
    }
    assertTrue(found, "the distancing-verb contrast is a reported difference: " + report.get("summary"));
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("Vostok Herald introduces speakers from the United States"));
    try (var s = Files.list(dir.resolve("articles"))) {
      assertEquals(14, s.count());
    }
  }

  /**
   * The printed handout: headless Chromium prints report.html (A4 landscape, the page's print styles) in at most 20
   * pages. Skipped, visibly, without /usr/bin/chromium.
   */
  @Test
  @Tag("browser")
  void reportPrintsInAtMostTwentyPages() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    Assumptions.assumeTrue(Files.isExecutable(chromium), "chromium not installed");
    assertEquals(0, code, err);
    Path pdf = dir.resolve("report.pdf");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("chrome-profile"), "--no-pdf-header-footer",
        "--print-to-pdf=" + pdf, dir.resolve("report.html").toUri().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "chromium --print-to-pdf timed out");
    String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    // page objects: "/Type /Page" (not "/Pages"); Chromium writes them uncompressed
    long pages = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw).results().count();
    assertTrue(pages > 4 && pages <= 20, "the demo report prints in " + pages + " pages");
  }
}
