package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateExtractionTest {
  @TempDir
  Path dir;

  private String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertEquals(expectedExit, code, () -> "stderr: " + err);
    return out.toString();
  }

  @Test
  void jsonHasStableKeysAndThePeerInTheSameRun() throws Exception {
    org.framescope.eval.ExtractionEvaluationTest.benchmark(dir);
    JsonNode r = Json.mapper().readTree(run(0, "evaluate", "extraction", "--data", dir.toString(), "--compare",
        "readability4j", "--format", "json"));
    List<String> keys = new ArrayList<>();
    r.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("schema", "data", "groundTruthSha256", "pages", "metric", "extractors"), keys);
    assertEquals("framescope.eval.extraction/1", r.path("schema").asText());
    assertEquals("framescope", r.path("extractors").get(0).path("name").asText());
    assertEquals("readability4j", r.path("extractors").get(1).path("name").asText());
    List<String> x = new ArrayList<>();
    r.path("extractors").get(0).fieldNames().forEachRemaining(x::add);
    assertEquals(List.of("name", "f1", "precision", "recall", "pages", "emptyBodies", "errors", "seconds",
        "pagesPerSecond", "worst", "perPage"), x);
  }

  @Test
  void textNamesTheFiguresAndWorstPages() throws Exception {
    org.framescope.eval.ExtractionEvaluationTest.benchmark(dir);
    String t = run(0, "evaluate", "extraction", "--data", dir.toString());
    assertTrue(t.contains("empty bodies") && t.contains("worst 2 pages, framescope"), t);
  }

  @Test
  void badPeerOrDataIsAUsageError() {
    run(2, "evaluate", "extraction", "--data", dir.toString());
    run(2, "evaluate", "extraction", "--data", dir.toString(), "--compare", "boilerpipe");
  }
}
