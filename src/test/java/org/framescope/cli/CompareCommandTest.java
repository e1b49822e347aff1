package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "compare", "articles");

  private static int run(StringWriter err, String... args) {
    CommandLine cl = new CommandLine(new CompareCommand());
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void writesAllReportFiles(@TempDir Path tmp) {
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "--out", tmp.toString(), "--seed", "7", FIXTURES.toString()), err.toString());
    for (String f : new String[] {"report.json", "report.html", "articles.csv", "spans.csv", "attributions.csv",
        "tests.csv"}) {
      assertTrue(Files.isRegularFile(tmp.resolve(f)), f);
    }
  }

  @Test
  void badInputIsNamedAndGivesPartialFailure(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"schema\":\"something-else\"}");
    StringWriter err = new StringWriter();
    assertEquals(1, run(err, "--out", tmp.resolve("out").toString(), FIXTURES.toString(), bad.toString()));
    // Not article JSON, so it is read as a corpus record, which has no text: one line naming the file.
    assertTrue(err.toString().startsWith("error: " + bad + ": record has neither 'text' nor 'html'"), err.toString());
    assertEquals(1, err.toString().strip().lines().filter(l -> l.startsWith("error:")).count());
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path tmp) {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "--out", tmp.toString(), "--group-by", "country", FIXTURES.toString()));
    assertTrue(err.toString().contains("group-by must be outlet or group"), err.toString());
    assertEquals(2, run(new StringWriter(), "--out", tmp.toString(), tmp.resolve("missing.json").toString()));
  }

  @Test
  void manifestSetsGroupsOfArticleJsonInputs(@TempDir Path tmp) throws Exception {
    Path manifest = tmp.resolve("corpus.csv");
    Files.writeString(manifest, "file,outlet,group,date,event\n"
        + "vh-port.html,,state-owned,,\nvh-vote.html,,state-owned,,\nvh-flood.html,,state-owned,,flood\n"
        + "mw-flood.html,,,,flood\n");
    StringWriter err = new StringWriter();
    Path out = tmp.resolve("out");
    assertEquals(0, run(err, "--out", out.toString(), "--manifest", manifest.toString(), "--group-by", "group",
        FIXTURES.toString()), err.toString());
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.resolve("report.json").toFile());
    assertEquals("[\"(unknown group)\",\"state-owned\"]", json.get("sides").toString());
    assertEquals("[\"mw-flood\",\"vh-flood\"]", json.get("events").get(0).get("articleIds").toString());
    assertEquals("flood", json.get("events").get(0).get("id").asText());
  }

  @Test
  void manifestWithUnknownColumnIsRejected(@TempDir Path tmp) throws Exception {
    Path manifest = tmp.resolve("corpus.csv");
    Files.writeString(manifest, "file,colour\na.html,red\n");
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "--out", tmp.resolve("o").toString(), "--manifest", manifest.toString(),
        FIXTURES.toString()));
    assertTrue(err.toString().startsWith("error: " + manifest + ": unknown manifest column 'colour'"), err.toString());
  }
}
