package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framescope.io.CsvCells;
import org.framescope.io.Json;
import org.framescope.model.SentenceResult;
import org.framescope.model.Voice;
import org.framescope.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command-line failures hostile testing found (issue 12), without models: reused ids, run.json in an
 * output folder, formula injection in every CSV, Jackson internals in error lines, inputs checked before the
 * models load, compare's --max-mb and --no-progress, and --data on every evaluation.
 */
class ReliabilityCommandTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "compare", "articles");

  @TempDir
  Path tmp;

  record Run(int exit, String out, String err) { }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path copyFixtures(String name) throws Exception {
    Path d = Files.createDirectories(tmp.resolve(name));
    try (Stream<Path> s = Files.list(FIXTURES)) {
      for (Path f : s.toList()) {
        Files.copy(f, d.resolve(f.getFileName()));
      }
    }
    return d;
  }

  @Test
  void compareKeepsEveryArticleWhenTwoRunsReusedTheSameIds() throws Exception {
    Path a = copyFixtures("run-a");
    Path b = copyFixtures("run-b");
    Path out = tmp.resolve("report");
    Run r = run("compare", "--out", out.toString(), a.toString(), b.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("note: 7 article id(s) were used by more than one input"), r.err());
    JsonNode report = Json.mapper().readTree(out.resolve("report.json").toFile());
    List<String> ids = new ArrayList<>();
    report.get("articles").forEach(n -> ids.add(n.get("id").asText()));
    assertEquals(14, ids.size(), "every article is in the report");
    assertEquals(14, ids.stream().distinct().count());
    assertTrue(ids.contains("ht-port") && ids.contains("ht-port.html"), ids.toString());
  }

  @Test
  void anAnalyzeOutputFolderWithItsRunJsonIsComparedAsItIs() throws Exception {
    Path a = copyFixtures("analyzed");
    Files.writeString(a.resolve("run.json"), "{\n  \"schema\" : \"framescope.run/1\",\n  \"command\" : \"analyze\",\n"
        + "  \"inputs\" : 7,\n  \"articles\" : 7,\n  \"failed\" : 0\n}\n");
    Run r = run("compare", "--out", tmp.resolve("o").toString(), a.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void noCsvCellOfCompareCanRunAsAFormula() throws Exception {
    Path a = copyFixtures("hostile");
    for (Path f : List.of(a.resolve("ht-port.json"), a.resolve("mw-port.json"))) {
      String json = Files.readString(f)
          .replace("\"outlet\" : \"Harbor Times\"", "\"outlet\" : \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"")
          .replace("\"outlet\" : \"Meridian Wire\"", "\"outlet\" : \"@SUM(1+1)*cmd|' /C calc'!A0\"")
          .replace("\"event\" : \"port-strike\"", "\"event\" : \"-2+3+cmd\"")
          .replace("\"outletGroup\" : null", "\"outletGroup\" : \"+state\"");
      Files.writeString(f, json);
    }
    Path out = tmp.resolve("o");
    for (String groupBy : List.of("outlet", "group")) {
      Run r = run("compare", "--group-by", groupBy, "--out", out.toString(), a.toString());
      assertEquals(0, r.exit(), r.err());
      int cells = 0;
      try (Stream<Path> s = Files.list(out)) {
        for (Path csv : s.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
          cells += assertNoFormula(csv);
        }
      }
      assertTrue(cells > 100, "cells checked: " + cells);
      String articles = Files.readString(out.resolve("articles.csv"));
      assertTrue(articles.contains("'=HYPERLINK"), "the value is kept, neutralised");
      assertTrue(articles.contains("'-2+3+cmd"));
    }
  }

  /** Every cell is safe; returns how many were checked. */
  static int assertNoFormula(Path csv) throws Exception {
    int n = 0;
    try (Reader r = Files.newBufferedReader(csv); CSVParser p = CSVFormat.RFC4180.parse(r)) {
      for (CSVRecord rec : p) {
        for (String cell : rec) {
          assertFalse(CsvCells.dangerous(cell), csv.getFileName() + ":" + rec.getRecordNumber() + ": " + cell);
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void analyzeSentenceCsvNeutralisesToo() throws Exception {
    String text = "=1+1 said the headline.";
    SentenceResult s = new SentenceResult(0, 0, text.length(), text, Voice.AUTHOR, null, List.of(), List.of(), null);
    String rows = SentenceCsv.header() + SentenceCsv.rows(Articles.article("@id").outlet("+Outlet")
        .published("2024-01-01").body(text).sentences(List.of(s)).build());
    Path csv = Files.writeString(tmp.resolve("sentences.csv"), rows);
    assertEquals(14 * 2, assertNoFormula(csv));
    assertTrue(rows.contains("'@id,'+Outlet,2024-01-01,0,0,23,author,,,0,0,0,,'=1+1 said the headline."), rows);
  }

  @Test
  void badArticleJsonIsOnePlainLine() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("bad"));
    Path truncated = Files.writeString(d.resolve("t.json"), "{\"schema\" : \"framescope.article/1\", \"id\" : \"t\",\n"
        + "\"body\" : \"unfinished");
    Path wrongType = Files.writeString(d.resolve("w.json"), "{\"schema\":\"framescope.article/1\",\"id\":\"w\","
        + "\"body\":\"x\",\"provenance\":{},\"sentences\":[{\"index\":0,\"begin\":\"zero\",\"end\":1,\"text\":\"x\","
        + "\"voice\":\"author\"}]}");
    Run r = run("compare", "--out", tmp.resolve("o").toString(), FIXTURES.toString(), truncated.toString(),
        wrongType.toString());
    assertEquals(1, r.exit(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(List.of(
        "error: " + truncated + ": not valid JSON: unexpected end of input in a string at line 2, column 21",
        "error: " + wrongType + ": bad article: field 'sentences[0].begin': expected a whole number"), lines);
  }

  @Test
  void anEmptyInputFailsBeforeAnythingLoads() throws Exception {
    Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
    // A lexicon folder that does not exist would fail the pipeline's loading: the input check comes first.
    Run r = run("analyze", "--lexicons", tmp.resolve("no-lexicons").toString(), empty.toString());
    assertEquals(2, r.exit());
    assertEquals(List.of("error: " + empty + ": empty file", "error: no readable inputs (supported: .html, .htm,"
        + " .txt, .json, .jsonl (each may be gzipped: .html.gz ...), - for stdin, URLs with --fetch)"), r.err().lines().toList());
  }

  @Test
  void compareTakesMaxMbAndNoProgress() throws Exception {
    Path page = Files.writeString(tmp.resolve("big.html"), "<html><body><p>" + "Troops advanced. ".repeat(200)
        + "</p></body></html>");
    Path out = tmp.resolve("o");
    Run r = run("compare", "--no-progress", "--max-mb", "0.001", "--lexicons", tmp.resolve("none").toString(),
        "--out", out.toString(), FIXTURES.toString(), page.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("error: " + page + ": file too large (0.0 MB, limit 0.0 MB; raise it with --max-mb)"),
        r.err());
    assertTrue(Files.exists(out.resolve("report.json")), "the other inputs are still compared");
    assertEquals(2, run("compare", "--time-budget", "-1", "--out", out.toString(), FIXTURES.toString()).exit());
  }

  /**
   * picocli reports a description it cannot format (an unescaped {@code %}) with a "[picocli WARN]" line on
   * System.err, outside the command's own writers: capture that stream while every help page is rendered.
   */
  @Test
  void noHelpPagePrintsAPicocliWarning() throws Exception {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    List<List<String>> pages = new ArrayList<>(List.of(List.of("--help"), List.of("evaluate", "--help")));
    new CommandLine(new Main()).getSubcommands().keySet().forEach(c -> pages.add(List.of(c, "--help")));
    new CommandLine(new EvaluateCommand()).getSubcommands().keySet()
        .forEach(c -> pages.add(List.of("evaluate", c, "--help")));
    try {
      System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      for (List<String> page : pages) {
        Run r = run(page.toArray(String[]::new));
        assertEquals(0, r.exit(), page + ": " + r.err());
        assertFalse(r.out().isBlank(), page + " prints its help");
      }
    } finally {
      System.setErr(saved);
    }
    assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8), "no picocli warning");
    assertTrue(pages.size() > 20, pages.toString());
  }

  @Test
  void everyEvaluationNamesItsDataWithData() {
    CommandLine evaluate = new CommandLine(new EvaluateCommand());
    assertTrue(evaluate.getSubcommands().size() >= 12, "every evaluation is checked: " + evaluate.getSubcommands().keySet());
    evaluate.getSubcommands().forEach((name, cmd) -> {
      assertTrue(cmd.getCommandSpec().findOption("--data") != null, name + " has --data");
      assertTrue(cmd.getUsageMessage().contains("--data"), name + " help lists --data");
      assertFalse(cmd.getUsageMessage().contains("%n") || cmd.getUsageMessage().contains("%%"), name);
    });
  }
}
