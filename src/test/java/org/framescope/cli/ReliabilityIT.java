package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.framescope.io.Json;
import org.framescope.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through CoreNLP, the failures hostile testing found (issue 12): reused ids through analyze then
 * compare, one long unpunctuated text, inputs that yield nothing and manifest rows without a file, output modes
 * and the temporary files of killed runs.
 */
@Tag("models")
class ReliabilityIT {
  @TempDir
  Path dir;

  static AnalyzeCommandIT.Run run(String... args) {
    return AnalyzeCommandIT.run(args);
  }

  @Test
  void reusedIdsGoThroughAnalyzeThenCompareWithEveryArticle() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // Two feeds that number their records from 1, and a page beside its own text dump.
    Files.writeString(corpus.resolve("feed-a.jsonl"), """
        {"id":"1","outlet":"Alpha","title":"Port reopens","text":"The port reopened on Monday after repairs, officials said."}
        {"id":"2","outlet":"Alpha","title":"Talks","text":"Talks between the unions and the ministry resumed in Kyiv."}
        """);
    Files.writeString(corpus.resolve("feed-b.jsonl"), """
        {"id":"1","outlet":"Beta","title":"Port reopens","text":"Ships left the reopened port, the harbour master said."}
        {"id":"2","outlet":"Beta","title":"Talks","text":"The ministry claimed the talks were a success for workers."}
        """);
    Files.writeString(corpus.resolve("story.html"), "<html><head><meta property=\"og:site_name\" content=\"Gamma\">"
        + "<title>Strike</title></head><body><article><p>Dock workers at the northern terminal went on strike"
        + " on Tuesday over pay and safety, the"
        + " union said.</p></article></body></html>");
    Files.writeString(corpus.resolve("story.txt"), "Strike\n\nDock workers at the northern terminal went on"
        + " strike on Tuesday over pay and safety, the union said.\n");
    Path out = dir.resolve("out");
    AnalyzeCommandIT.Run a = run("analyze", "--profile", "fast", "--out", out.toString(), corpus.toString());
    assertEquals(0, a.exit(), a.err());
    assertTrue(a.err().contains("note: 3 article id(s) were already taken"), a.err());
    Set<String> ids = new TreeSet<>();
    Set<String> originals = new TreeSet<>();
    try (Stream<Path> s = Files.list(out)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json") && !p.endsWith("run.json")).toList()) {
        JsonNode n = Json.mapper().readTree(f.toFile());
        assertTrue(ids.add(n.get("id").asText()), "unique id " + n.get("id"));
        originals.add(n.get("originalId").asText());
      }
    }
    assertEquals(Set.of("1", "2", "feed-b.jsonl#1", "feed-b.jsonl#2", "story", "story.txt"), ids);
    assertEquals(Set.of("1", "2", "story"), originals);
    // The README's workflow: compare the analyze output folder as it is (run.json included).
    Path report = dir.resolve("report");
    AnalyzeCommandIT.Run c = run("compare", "--out", report.toString(), out.toString());
    assertEquals(0, c.exit(), c.err());
    List<String> reported = new ArrayList<>();
    Json.mapper().readTree(report.resolve("report.json").toFile()).get("articles")
        .forEach(n -> reported.add(n.get("id").asText()));
    assertEquals(ids, new TreeSet<>(reported), "every article is in the report");
  }

  @Test
  void aLongUnpunctuatedTextIsCappedNotStalled() throws Exception {
    StringBuilder text = new StringBuilder("The minister spoke to reporters in Kyiv on Monday. ");
    String[] words = {"port", "workers", "ships", "grain", "officials", "union", "harbour", "repairs", "talks"};
    for (int i = 0; i < 2500; i++) {
      text.append(words[i % words.length]).append(i % 8 == 7 ? ", " : " ");
    }
    text.append("end.");
    Path feed = Files.writeString(dir.resolve("long.jsonl"),
        Json.mapper().writeValueAsString(java.util.Map.of("id", "long", "text", text.toString())) + "\n");
    AnalyzeCommandIT.Run r = run("analyze", "--profile", "full", "--format", "jsonl", feed.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode doc = Json.mapper().readTree(r.out());
    JsonNode sentences = doc.get("sentences");
    assertFalse(sentences.get(0).has("capped"), "an ordinary sentence carries no capped field");
    int capped = 0;
    String body = doc.get("body").asText();
    for (int i = 1; i < sentences.size(); i++) {
      JsonNode s = sentences.get(i);
      assertTrue(s.path("capped").asBoolean(), "sentence " + i + " is a capped piece");
      assertEquals(body.substring(s.get("begin").asInt(), s.get("end").asInt()), s.get("text").asText());
      capped++;
    }
    assertTrue(capped >= 9, "2,800 tokens in pieces of at most " + CoreNlpAnnotator.MAX_SENTENCE_TOKENS + ": " + capped);
    assertEquals(String.valueOf(CoreNlpAnnotator.MAX_SENTENCE_TOKENS),
        doc.at("/provenance/config/nlp.maxSentenceTokens").asText());
    assertEquals("300", doc.at("/provenance/config/pipeline.timeBudgetSeconds").asText());
  }

  @Test
  void nothingYieldsNothingSilentlyAndTheCountsGoToRunJson() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Files.writeString(corpus.resolve("good.txt"), "Talks\n\nThe minister said on Monday that the talks with"
        + " the dock workers' union would resume next week.\n");
    Files.writeString(corpus.resolve("menu.html"), "<html><body><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a>"
        + "</nav></body></html>");
    Files.writeString(corpus.resolve("none.json"), "[]");
    Files.writeString(corpus.resolve("manifest.csv"), "file,outlet\ngood.txt,Alpha\nmissing.html,Beta\n");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    // what a killed 'analyze --format jsonl' of an earlier version left behind
    Path stale = Files.writeString(out.resolve(".articles.5512093318472280.tmp"), "{\"schema\":");
    AnalyzeCommandIT.Run r = run("analyze", "--profile", "fast", "--out", out.toString(), corpus.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("warning: " + corpus.resolve("menu.html") + ": no article text found"), r.err());
    assertTrue(r.err().contains("error: " + corpus.resolve("none.json") + ": no articles in this input"), r.err());
    assertTrue(r.err().contains("warning: " + corpus.resolve("manifest.csv") + ":3: manifest row names 'missing.html',"
        + " which does not exist"), r.err());
    JsonNode run = Json.mapper().readTree(out.resolve("run.json").toFile());
    assertEquals(3, run.get("failed").asInt(), run.toString());
    assertEquals(1, run.at("/problems/inputErrors").asInt());
    assertEquals(1, run.at("/problems/noArticleText").asInt());
    assertEquals(1, run.at("/problems/manifestRowsWithoutFile").asInt());
    assertFalse(Files.exists(stale), "temporary files of killed runs are removed");
    if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> plain = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
      try (Stream<Path> s = Files.list(out)) {
        for (Path f : s.toList()) {
          assertEquals(plain, Files.getPosixFilePermissions(f), f + " has the mode of any new file");
        }
      }
    }
  }
}
