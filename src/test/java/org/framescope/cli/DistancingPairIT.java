package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.io.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framescope compare} on the constructed pair of {@code samples/distancing-pair/} (raw text through the
 * whole pipeline, one article per side): Vostok Herald introduces three UK officials with "claimed", Meridian
 * Wire two with "said". The report must state that difference as a descriptive finding naming the verbs, with the
 * sentences as evidence, in report.json and report.html. ServeBrowserTest checks the same on the web page.
 */
@Tag("models")
class DistancingPairIT {
  @TempDir
  Path dir;

  @Test
  void compareStatesTheDistancingVerbsWithTheSentences() throws Exception {
    StringWriter err = new StringWriter();
    Path pair = Path.of("samples", "distancing-pair");
    int code = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "compare",
        "--manifest", pair.resolve("manifest.csv").toString(), "--out", dir.toString(), "--threads", "1",
        pair.toString());
    assertEquals(0, code, err.toString());
    JsonNode report = Json.mapper().readTree(dir.resolve("report.json").toFile());
    JsonNode finding = null;
    for (JsonNode s : report.get("summary")) {
      if (s.path("kind").asText().equals("description") && s.path("topic").asText().equals("introductions")) {
        finding = s;
      }
    }
    assertTrue(finding != null, report.get("summary").toString());
    assertEquals("Vostok Herald introduces 3 of 3 officials from the United Kingdom with distancing verbs such as"
        + " \u2018claimed\u2019; Meridian Wire introduces none of its 2 officials from the United Kingdom that way"
        + " (it uses \u2018said\u2019).", finding.get("sentence").asText());
    List<String> evidence = new ArrayList<>();
    finding.get("evidence").forEach(e -> evidence.add(e.path("text").asText()));
    assertTrue(evidence.contains("British Defence Secretary Grant Shapps claimed that the patrol had stayed in"
        + " international waters throughout the voyage."), evidence.toString());
    assertTrue(evidence.contains("Prime Minister Rishi Sunak claimed that Britain wants calm in the strait and no"
        + " further escalation."), evidence.toString());

    Document html = Jsoup.parse(Files.readString(dir.resolve("report.html")));
    Element li = html.select(".findings li.description").stream()
        .filter(e -> e.text().contains("with distancing verbs such as")).findFirst()
        .orElseThrow(() -> new AssertionError(html.select(".findings").text()));
    assertTrue(li.text().contains("Grant Shapps claimed that the patrol"), li.text());
  }
}
