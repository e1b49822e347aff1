package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framescope.io.Json;
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
  Path dir;

  @Test
  void sampleCorpusReportShowsTheWrittenContrast() throws Exception {
    java.io.StringWriter err = new java.io.StringWriter();
    int code = Main.execute(new java.io.PrintWriter(new java.io.StringWriter(), true),
        new java.io.PrintWriter(err, true), "demo", "--out", dir.toString());
    assertEquals(0, code, err.toString());
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
}
