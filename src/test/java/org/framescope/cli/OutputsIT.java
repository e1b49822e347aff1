package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framescope.io.Schemas;
import org.framescope.store.CorpusStore;
import org.framescope.store.StoreSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real outputs of the sample corpus against their contracts: every article document (from the corpus store and
 * from {@code export --format json}) and {@code report.json} conform to the JSON Schemas; every CSV column and
 * metric name in the outputs is in docs/data-dictionary.md, and every name there occurs in the outputs.
 */
@Tag("models")
class OutputsIT {
  @TempDir
  static Path dir;

  private static final Map<String, List<String>> DICTIONARY = new LinkedHashMap<>();

  @BeforeAll
  static void produce() throws Exception {
    run("analyze", "--db", dir.resolve("c.duckdb").toString(), "--no-progress", "samples/corpus");
    run("analyze", "--format", "csv", "--out", dir.resolve("csv").toString(), "--no-progress",
        "samples/corpus");
    run("export", "--db", dir.resolve("c.duckdb").toString(), "--format", "csv", "--out",
        dir.resolve("export").toString());
    run("export", "--db", dir.resolve("c.duckdb").toString(), "--format", "json", "--out",
        dir.resolve("json").toString());
    run("compare", "--db", dir.resolve("c.duckdb").toString(), "--out", dir.resolve("report").toString());
    Matcher m = Pattern.compile("<!-- dictionary: ([a-z_-]+) -->(.*?)<!-- /dictionary -->", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("docs", "data-dictionary.md")));
    while (m.find()) {
      List<String> names = new ArrayList<>();
      for (String line : m.group(2).split("\n")) {
        Matcher n = Pattern.compile("^\\| `([^`]+)` \\|").matcher(line);
        if (n.find()) {
          names.add(n.group(1));
        }
      }
      DICTIONARY.put(m.group(1), names);
    }
  }

  private static void run(String... args) {
    StringWriter err = new StringWriter();
    int rc = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
    assertEquals(0, rc, String.join(" ", args) + ": " + err);
  }

  @Test
  void documentsConformToTheirSchemas() throws Exception {
    List<String> docs;
    try (CorpusStore s = CorpusStore.openReadOnly(dir.resolve("c.duckdb"))) {
      docs = s.documents();
    }
    assertEquals(14, docs.size());
    for (String d : docs) {
      assertEquals(List.of(), Schemas.validateArticle(d));
    }
    try (var files = Files.list(dir.resolve("json"))) {
      for (Path f : files.toList()) {
        assertEquals(List.of(), Schemas.validateArticle(Files.readString(f)), f.toString());
      }
    }
    assertEquals(List.of(), Schemas.validateReport(Files.readString(dir.resolve("report").resolve("report.json"))));
  }

  @Test
  void everyColumnIsInTheDataDictionaryAndViceVersa() throws Exception {
    assertEquals(DICTIONARY.get("analyze-sentences-csv"), header(dir.resolve("csv").resolve("sentences.csv")));
    for (String f : List.of("articles", "spans", "attributions", "tests")) {
      assertEquals(DICTIONARY.get("compare-" + f + "-csv"), header(dir.resolve("report").resolve(f + ".csv")), f);
    }
    for (StoreSchema.Table t : StoreSchema.ALL_TABLES) {
      assertEquals(DICTIONARY.get("store-" + t.name()), t.columnNames(), t.name());
      if (!t.name().equals("runs")) {
        assertEquals(t.columnNames(), header(dir.resolve("export").resolve(t.name() + ".csv")), t.name());
      }
    }
  }

  @Test
  void everyMetricNameIsInTheDataDictionaryAndViceVersa() throws Exception {
    Set<String> articleMetrics = new TreeSet<>();
    for (CSVRecord r : records(dir.resolve("export").resolve("metrics.csv"))) {
      articleMetrics.add(r.get("metric"));
    }
    matchBothWays("article-metrics", articleMetrics);
    Set<String> compareMetrics = new TreeSet<>();
    Set<String> contrasts = new TreeSet<>();
    for (CSVRecord r : records(dir.resolve("report").resolve("articles.csv"))) {
      compareMetrics.add(r.get("metric"));
    }
    for (CSVRecord r : records(dir.resolve("report").resolve("tests.csv"))) {
      contrasts.add(r.get("contrast"));
    }
    matchBothWays("compare-metrics", compareMetrics);
    List<String> documented = DICTIONARY.get("compare-contrasts");
    assertTrue(documented.containsAll(contrasts), "undocumented contrast in " + contrasts);
  }

  /** Each name matches a documented pattern, and each documented pattern matches a name. */
  private static void matchBothWays(String section, Set<String> names) {
    List<String> documented = DICTIONARY.get(section);
    assertTrue(documented != null && !documented.isEmpty(), section);
    List<Pattern> patterns = documented.stream()
        .map(d -> Pattern.compile(Pattern.quote(d).replaceAll("<[a-z]+>", "\\\\E.+\\\\Q"))).toList();
    for (String n : names) {
      assertTrue(patterns.stream().anyMatch(p -> p.matcher(n).matches()), section + ": '" + n + "' is not documented");
    }
    for (int i = 0; i < patterns.size(); i++) {
      Pattern p = patterns.get(i);
      assertTrue(names.stream().anyMatch(n -> p.matcher(n).matches()), section + ": '" + documented.get(i)
          + "' is documented but occurs in no output");
    }
  }

  private static List<String> header(Path csv) throws Exception {
    String first = Files.readString(csv, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    return List.of(first.split(","));
  }

  private static List<CSVRecord> records(Path csv) throws Exception {
    try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }
}
