package org.framescope.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.framescope.compare.ArticleFeatures;
import org.framescope.compare.Comparator;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ComparisonReport.ArticleRow;
import org.framescope.compare.ComparisonReport.TestRow;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;

/**
 * Writes a {@link ComparisonReport} to a directory: {@code report.json} (deterministic, sorted keys,
 * LF line ends), tidy CSVs ({@code articles.csv} one row per article x metric, {@code spans.csv} one per
 * span, {@code attributions.csv} one per attribution, {@code tests.csv} one per test) and a self-contained
 * {@code report.html} (see {@link HtmlReport}). Same report in, same bytes out.
 */
public final class ReportWriter {
  /** Column headers of each CSV, in order (a public contract for researchers' scripts). */
  public static final List<String> ARTICLE_COLUMNS = List.of("article_id", "outlet", "side", "event", "published",
      "metric", "value");
  public static final List<String> SPAN_COLUMNS = List.of("article_id", "side", "event", "sentence", "begin", "end",
      "voice", "category", "group", "text", "source", "explanation", "valence", "intensity", "negated");
  public static final List<String> ATTRIBUTION_COLUMNS = List.of("article_id", "side", "event", "sentence",
      "speaker", "role", "country", "type", "verb", "verb_class", "kind", "begin", "end", "text");
  public static final List<String> TEST_COLUMNS = List.of("id", "scope", "contrast", "subject", "side_a", "side_b",
      "test", "statistic_name", "statistic", "p", "q", "effect_name", "effect", "difference", "ci_low", "ci_high",
      "value_a", "value_b", "count_a", "n_a", "count_b", "n_b", "status", "reason", "significant", "sentence");

  
  private ReportWriter() { }

  /** Writes every file into {@code outDir} (created if needed), the articles embedded in report.html. */
  public static void write(ComparisonReport report, Path outDir) throws IOException {
    write(report, outDir, true);
  }

  /**
   * Writes every file into {@code outDir}; without {@code embedArticles}, each article goes to its own page
   * {@code articles/<id>.html} (as {@code analyze --format html} writes it) and report.html links to it.
   */
  public static void write(ComparisonReport report, Path outDir, boolean embedArticles) throws IOException {
    Files.createDirectories(outDir);
    Map<String, String> links = null;
    if (!embedArticles) {
      links = new java.util.TreeMap<>();
      java.util.Set<String> used = new java.util.HashSet<>();
      Path dir = outDir.resolve("articles");
      Files.createDirectories(dir);
      for (ArticleResult a : report.sourceArticles()) {
        String name = pageName(a.id(), used) + ".html";
        org.framescope.io.AtomicFiles.writeString(dir.resolve(name), HtmlReport.renderArticle(a));
        links.put(a.id(), "articles/" + name);
      }
    }
    Files.writeString(outDir.resolve("report.json"), toJson(report), StandardCharsets.UTF_8);
    writeArticles(report, outDir.resolve("articles.csv"));
    writeSpans(report, outDir.resolve("spans.csv"));
    writeAttributions(report, outDir.resolve("attributions.csv"));
    writeTests(report, outDir.resolve("tests.csv"));
    Files.writeString(outDir.resolve("report.html"), HtmlReport.render(report, links), StandardCharsets.UTF_8);
  }

  /** A file name for an article id, unique among {@code used}. */
  private static String pageName(String id, java.util.Set<String> used) {
    String base = id.replaceAll("[^A-Za-z0-9._-]+", "_");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "article" + base;
    }
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  /** report.json text: two-space indent, LF line ends, map keys sorted, trailing newline. */
  public static String toJson(ComparisonReport report) throws IOException {
    return org.framescope.io.Json.pretty().writeValueAsString(report) + "\n";
  }

  private static CSVPrinter printer(Writer w, List<String> header) throws IOException {
    return new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
        .setHeader(header.toArray(String[]::new)).build());
  }

  private static Map<String, ArticleRow> rows(ComparisonReport r) {
    Map<String, ArticleRow> m = new java.util.TreeMap<>();
    for (ArticleRow a : r.articles()) {
      m.put(a.id(), a);
    }
    return m;
  }

  static void writeArticles(ComparisonReport r, Path f) throws IOException {
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8); CSVPrinter p = printer(w, ARTICLE_COLUMNS)) {
      for (ArticleRow a : r.articles()) {
        for (Map.Entry<String, Double> m : a.metrics().entrySet()) {
          p.printRecord(a.id(), a.outlet(), a.side(), a.event(), a.published(), m.getKey(), number(m.getValue()));
        }
      }
    }
  }

  static void writeSpans(ComparisonReport r, Path f) throws IOException {
    Map<String, ArticleRow> rows = rows(r);
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8); CSVPrinter p = printer(w, SPAN_COLUMNS)) {
      for (ArticleResult a : r.sourceArticles()) {
        ArticleRow row = rows.get(a.id());
        ArticleFeatures features = new ArticleFeatures(a);
        for (SentenceResult s : a.sentences()) {
          for (Span sp : s.spans()) {
            p.printRecord(a.id(), row.side(), row.event(), s.index(), sp.begin(), sp.end(),
                features.voiceAt(sp.begin()), sp.category(), sp.group(), sp.text(), sp.source(), sp.explanation(),
                sp.valence(), sp.intensity(), sp.negated());
          }
        }
      }
    }
  }

  static void writeAttributions(ComparisonReport r, Path f) throws IOException {
    Map<String, ArticleRow> rows = rows(r);
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
         CSVPrinter p = printer(w, ATTRIBUTION_COLUMNS)) {
      for (ArticleResult a : r.sourceArticles()) {
        ArticleRow row = rows.get(a.id());
        for (Attribution at : a.attributions()) {
          p.printRecord(a.id(), row.side(), row.event(), at.sentence(), at.speaker().name(), at.speaker().role(),
              at.speaker().country(), at.speaker().type(), at.verb(), at.verbClass(), at.kind(), at.begin(),
              at.end(), at.text());
        }
      }
    }
  }

  static void writeTests(ComparisonReport r, Path f) throws IOException {
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8); CSVPrinter p = printer(w, TEST_COLUMNS)) {
      for (TestRow t : r.tests()) {
        p.printRecord(t.id(), t.scope(), t.contrast(), t.subject(), t.sideA(), t.sideB(), t.test(), t.statisticName(),
            number(t.statistic()), number(t.p()), number(t.q()), t.effectName(), number(t.effect()),
            number(t.difference()), number(t.low()), number(t.high()), number(t.valueA()), number(t.valueB()),
            t.countA(), t.nA(), t.countB(), t.nB(), t.status(), t.reason(), t.significant(), t.sentence());
      }
    }
  }

  /** A number as CSV text: empty for null, no exponent, no trailing zeros. */
  static String number(Double v) {
    if (v == null) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString(v.longValue());
    }
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  /** The framescope version that wrote the report. */
  public static String version() {
    return Comparator.VERSION;
  }
}
