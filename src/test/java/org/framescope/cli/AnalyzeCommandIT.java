package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.framescope.model.ArticleResult;
import org.framescope.io.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of {@code framescope analyze} through the real CoreNLP pipeline. */
@Tag("models")
class AnalyzeCommandIT {
  @TempDir
  Path dir;

  private static final String PAGE = """
      <html><head><meta property="og:site_name" content="Meridian Wire">
      <meta property="article:published_time" content="2026-03-14T10:00:00Z"><title>Port hit</title></head>
      <body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
      <article><h1>Port hit</h1>
      <p>A drone attack set fire to a grain terminal in the port overnight, regional officials said on Saturday.</p>
      <p>"We have been through worse nights," the port's director, Olena Savchuk, told reporters at the scene.</p>
      </article><footer>© 2026 Meridian Wire</footer></body></html>""";

  /** Result of one CLI run. */
  record Run(int exit, String out, String err) { }

  static Run run(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = Main.execute(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void singleInputPrintsOneDocumentThatRoundTripsAndHasTheContractFields() throws Exception {
    Path page = Files.writeString(dir.resolve("port.html"), PAGE);
    Run r = run("analyze", "--profile", "fast", page.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode n = Json.mapper().readTree(r.out());
    for (String f : List.of("schema", "id", "source", "title", "outlet", "published", "url", "body", "removed",
        "sentences", "attributions", "stance", "frames", "metrics", "flags", "provenance")) {
      assertTrue(n.has(f), "missing field " + f + " in: " + r.out().substring(0, Math.min(300, r.out().length())) + " err: " + r.err());
    }
    assertEquals("framescope.article/1", n.get("schema").asText());
    assertEquals("Meridian Wire", n.get("outlet").asText());
    assertEquals("2026-03-14", n.get("published").asText());
    String body = n.get("body").asText();
    for (JsonNode s : n.get("sentences")) {
      assertEquals(body.substring(s.get("begin").asInt(), s.get("end").asInt()), s.get("text").asText());
    }
    assertFalse(body.contains("Home"));
    assertEquals(64, n.at("/provenance/inputSha256").asText().length());
    // Round trip through the record type: the JSON contract and the Java model agree.
    ArticleResult a = Json.mapper().readValue(r.out(), ArticleResult.class);
    assertEquals(r.out().strip(), Json.pretty().writeValueAsString(a).strip());
  }

  @Test
  void sameInputTwiceGivesByteIdenticalFiles() throws Exception {
    Path page = Files.writeString(dir.resolve("port.html"), PAGE);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(0, run("analyze", "--profile", "fast", "--threads", "2", "--out", a.toString(), page.toString()).exit());
    assertEquals(0, run("analyze", "--profile", "fast", "--threads", "1", "--out", b.toString(), page.toString()).exit());
    assertArrayEquals(Files.readAllBytes(a.resolve("port.json")), Files.readAllBytes(b.resolve("port.json")));
    assertTrue(Files.exists(a.resolve("run.json")), "run metadata goes to its own file");
    assertFalse(Files.readString(a.resolve("port.json")).matches("(?s).*20\\d\\d-\\d\\d-\\d\\dT\\d\\d:.*"),
        "no timestamps in the article document");
  }

  @Test
  void badInputsAreReportedOneLineEachAndOthersStillProcessed() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "Title\nThe minister said the port would reopen next week after repairs.\n");
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("bin.html"), new byte[] {0, 1, 2, 3, 0});
    Path latin = Files.write(dir.resolve("latin.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path unknown = Files.writeString(dir.resolve("doc.pdf"), "%PDF");
    Path jsonl = Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"Officials said the talks ended.\"}\n{bad\n");
    Path missing = dir.resolve("missing.txt");
    Path out = dir.resolve("out");
    Run r = run("analyze", "--profile", "fast", "--format", "jsonl", "--out", out.toString(), good.toString(),
        empty.toString(), binary.toString(), latin.toString(), unknown.toString(), jsonl.toString(), missing.toString());
    assertEquals(1, r.exit(), "partial failure exit code");
    List<String> lines = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
    assertEquals(6, lines.size(), r.err());
    assertTrue(r.err().contains(empty + ": empty file"));
    assertTrue(r.err().contains(binary + ": binary file"));
    assertTrue(r.err().contains(latin + ": invalid UTF-8"));
    assertTrue(r.err().contains(unknown + ": unsupported file type '.pdf'"));
    assertTrue(r.err().contains(jsonl + ":2: malformed JSON line"));
    assertTrue(r.err().contains(missing + ": no such file or directory"));
    assertEquals(2, Files.readAllLines(out.resolve("articles.jsonl")).size());
    try (Stream<Path> s = Files.list(out)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
    }
  }

  @Test
  void aLegacyEncodingIsNamedOnceAndRecorded() throws Exception {
    Path latin = Files.write(dir.resolve("latin.txt"),
        "Title\nThe caf\u00e9 owner said the port would reopen.".getBytes(StandardCharsets.ISO_8859_1));
    Path out = dir.resolve("enc");
    Run r = run("analyze", "--profile", "fast", "--encoding", "windows-1252", "--out", out.toString(),
        latin.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode n = Json.mapper().readTree(out.resolve("latin.json").toFile());
    assertTrue(n.get("body").asText().contains("caf\u00e9 owner"), n.get("body").asText());
    assertEquals("windows-1252", n.at("/provenance/config/ingest.encoding").asText(), n.get("provenance").toString());
    assertEquals("windows-1252", Json.mapper().readTree(out.resolve("run.json").toFile()).get("encoding").asText());
    Run bad = run("analyze", "--encoding", "no-such-charset", latin.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--encoding") && bad.err().contains("no-such-charset"), bad.err());
  }

  @Test
  void nothingUsableExitsTwo() throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Run r = run("analyze", "--profile", "fast", "--out", dir.resolve("o").toString(), empty.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("empty file"));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("analyze", "--profile", "turbo", "x.txt").exit());
    assertEquals(2, run("analyze", "--date", "5 March", "x.txt").exit());
    assertEquals(2, run("analyze").exit());
  }
}
