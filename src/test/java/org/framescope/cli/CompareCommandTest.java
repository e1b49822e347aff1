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
    assertTrue(err.toString().contains("group-by must be outlet, group or article"), err.toString());
    StringWriter clash = new StringWriter();
    assertEquals(2, run(clash, "--out", tmp.toString(), "--side-by-side", "--group-by", "outlet", FIXTURES.toString()));
    assertTrue(clash.toString().contains("--side-by-side puts each article on its own side; it cannot be combined with"
        + " --group-by outlet"), clash.toString());
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

  @Test
  void articlesWithoutOutletsAreComparedSideBySideOnlyWhenAsked(@TempDir Path tmp) throws Exception {
    // Two analysed articles of different events whose outlet is removed: a teacher's two pages without site names.
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (String f : new String[] {"vh-port.json", "mw-flood.json"}) {
      Files.writeString(in.resolve(f), Files.readString(FIXTURES.resolve(f))
          .replaceAll("\"outlet\" : \"[^\"]*\"", "\"outlet\" : \"\""));
    }
    StringWriter err = new StringWriter();
    Path out = tmp.resolve("out");
    assertEquals(0, run(err, "--out", out.toString(), in.toString()), err.toString());
    assertTrue(err.toString().contains("warning: nothing compared: 2 articles have no outlet"), err.toString());
    assertTrue(err.toString().contains("--side-by-side puts each article on its own side"), err.toString());
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    assertEquals("[\"(unknown outlet)\"]", mapper.readTree(out.resolve("report.json").toFile()).get("sides")
        .toString());

    StringWriter err2 = new StringWriter();
    Path out2 = tmp.resolve("out2");
    assertEquals(0, run(err2, "--out", out2.toString(), "--side-by-side", in.toString()), err2.toString());
    assertEquals("", err2.toString());
    var json = mapper.readTree(out2.resolve("report.json").toFile());
    assertEquals("article", json.get("groupBy").asText());
    assertEquals("[\"mw-flood\",\"vh-port\"]", json.get("sides").toString());
    assertEquals(1, json.get("events").size());
    assertEquals("true", json.get("provenance").get("config").get("oneEvent").asText());

    // outlets known but the events apart: --one-event is the hint
    StringWriter err3 = new StringWriter();
    Path two = tmp.resolve("two");
    Files.createDirectories(two);
    Files.copy(FIXTURES.resolve("vh-port.json"), two.resolve("vh-port.json"));
    Files.copy(FIXTURES.resolve("mw-flood.json"), two.resolve("mw-flood.json"));
    assertEquals(0, run(err3, "--out", tmp.resolve("out3").toString(), two.toString()), err3.toString());
    assertTrue(err3.toString().contains("warning: nothing compared: no event was covered by two sides (2 events);"
        + " --one-event compares all the articles as one event"), err3.toString());
  }
}
