package org.framescope.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.framescope.compare.ArticleFeatures;
import org.framescope.compare.Comparison;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ComparisonReport.ArticleRow;
import org.framescope.compare.ComparisonReport.TestRow;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.io.CsvCells;
import org.framescope.io.OutputDir;

/**
 * Writes a {@link ComparisonReport} to a directory: {@code report.json} (deterministic, sorted keys,
 * LF line ends), tidy CSVs ({@code articles.csv} one row per article x metric, {@code spans.csv} one per
 * span, {@code attributions.csv} one per attribution, {@code tests.csv} one per test) and a self-contained
 * {@code report.html} (see {@link HtmlReport}). The plain-language sentences are the report's: {@link Narrative}
 * writes them before anything is written. Same report in, same bytes out.
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

  /**
   * Writes every file into {@code outDir} (created if needed) as one unit, the articles embedded in report.html: the
   * files are staged in a hidden folder inside it and renamed into place only when all are written
   * ({@link OutputDir}), so an interrupted run never leaves a truncated file beside the files of an earlier report.
   */
  public static void write(ComparisonReport report, Path outDir) throws IOException {
    write(report, outDir, true);
  }

  /**
   * As {@link #write(ComparisonReport, Path)}; without {@code embedArticles}, each article goes to its own page
   * {@code articles/<id>.html} (as {@code analyze --format html} writes it) and report.html links to it.
   */
  public static void write(ComparisonReport report, Path outDir, boolean embedArticles) throws IOException {
    try (OutputDir dir = OutputDir.open(outDir)) {
      write(report, dir, embedArticles);
      dir.commit("report.json");
    }
  }

  /** Writes every file into the staging folder of {@code dir}; the caller commits (with other files of its run). */
  public static void write(ComparisonReport raw, OutputDir dir) throws IOException {
    write(raw, dir, true);
  }

  /** As {@link #write(ComparisonReport, OutputDir)}; article pages instead of embedded articles without {@code embedArticles}. */
  public static void write(ComparisonReport raw, OutputDir dir, boolean embedArticles) throws IOException {
    ComparisonReport report = Narrative.apply(raw);
    Map<String, String> links = null;
    if (!embedArticles) {
      links = new java.util.TreeMap<>();
      java.util.Set<String> used = new java.util.HashSet<>();
      for (ArticleResult a : report.sourceArticles()) {
        String name = "articles/" + OutputDir.fileName(a.id(), used) + ".html";
        dir.writeString(name, HtmlReport.renderArticle(a));
        links.put(a.id(), name);
      }
    }
    dir.writeString("report.json", toJson(report));
    writeArticles(report, dir.stage("articles.csv"));
    writeSpans(report, dir.stage("spans.csv"));
    writeAttributions(report, dir.stage("attributions.csv"));
    writeTests(report, dir.stage("tests.csv"));
    dir.writeString("report.html", links == null ? HtmlReport.render(report) : HtmlReport.render(report, links));
  }

  /**
   * report.json text: two-space indent, LF line ends, map keys sorted, trailing newline; with the sentences
   * written ({@link Narrative}).
   */
  public static String toJson(ComparisonReport report) throws IOException {
    return org.framescope.io.Json.pretty().writeValueAsString(Narrative.apply(report)) + "\n";
  }

  /** Every CSV cell goes through {@link CsvCells}: text that a spreadsheet would run as a formula is neutralised. */
  private static CSVPrinter printer(Writer w, List<String> header) throws IOException {
    return CsvCells.printer(w, header);
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
          CsvCells.row(p, a.id(), a.outlet(), a.side(), a.event(), a.published(), m.getKey(), number(m.getValue()));
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
            CsvCells.row(p, a.id(), row.side(), row.event(), s.index(), sp.begin(), sp.end(),
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
          CsvCells.row(p, a.id(), row.side(), row.event(), at.sentence(), at.speaker().name(), at.speaker().role(),
              at.speaker().country(), at.speaker().type(), at.verb(), at.verbClass(), at.kind(), at.begin(),
              at.end(), at.text());
        }
      }
    }
  }

  static void writeTests(ComparisonReport r, Path f) throws IOException {
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8); CSVPrinter p = printer(w, TEST_COLUMNS)) {
      for (TestRow t : r.tests()) {
        CsvCells.row(p, t.id(), t.scope(), t.contrast(), t.subject(), t.sideA(), t.sideB(), t.test(), t.statisticName(),
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
    return Comparison.VERSION;
  }
}
