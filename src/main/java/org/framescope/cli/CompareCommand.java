package org.framescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framescope.compare.CompareConfig;
import org.framescope.compare.Comparison;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ManifestOverrides;
import org.framescope.ingest.ArticleIds;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.Manifest;
import org.framescope.io.ArticleJson;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.pipeline.Settings;
import org.framescope.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framescope compare}: reads analysed articles (framescope.article/1 as .json, .jsonl or directories
 * of them), compares outlets or outlet groups per event and pooled, and writes report.json, report.html and
 * the tidy CSVs to {@code --out}. Exit 0 when every input was read, 1 when some inputs were skipped (each
 * named on stderr), 2 for usage errors or when nothing could be compared.
 *
 * <p>The manifest ({@code --manifest}) is applied to the article JSON inputs too ({@link ManifestOverrides}:
 * rows match articles by source path or file name), so articles analysed without it can still be grouped.
 * Raw (not yet analysed) inputs are analysed first, exactly as {@code analyze} would. An output folder of
 * {@code analyze} can be given as it is: its {@code run.json} is run metadata and is not read. Article ids are
 * made unique across all inputs ({@link ArticleIds}) before the comparison, so two runs that reused ids never
 * stop it. The report's files are staged and renamed into place together ({@link ReportWriter}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare how outlets covered the same events; writes report.json, report.html and CSVs.")
public final class CompareCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--manifest", paramLabel = "FILE", description = "corpus manifest CSV (file,outlet,group,date,event)")
  Path manifest;

  @Option(names = "--group-by", paramLabel = "outlet|group|article",
      description = "compare outlets, outlet groups, or each article on its own side (default: outlet)")
  String groupBy;

  @Option(names = "--one-event", description = "all the articles cover one event: no automatic grouping, and the"
      + " manifest's event column is not read")
  boolean oneEvent;

  @Option(names = "--side-by-side", description = "the articles side by side, as a class compares two or three"
      + " articles on one event: the same as --group-by article --one-event")
  boolean sideBySide;

  @Option(names = "--seed", description = "seed for bootstrap and permutation tests (default: 42)")
  long seed = CompareConfig.defaults().seed();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
  Path out;

  @Option(names = "--db", paramLabel = "FILE|DIR", description = "read the articles from a corpus database"
      + " (analyze --db) or a Parquet directory (export --format parquet, or the Spark job's output)")
  Path db;

  @Option(names = "--article-bodies", negatable = true, description = "embed every article's text in report.html"
      + " (default: yes up to " + ARTICLE_BODY_LIMIT + " articles; above that, or with --no-article-bodies, the report"
      + " links to one page per article in articles/)")
  Boolean articleBodies;

  /** Above this many articles the report links to article pages instead of embedding the articles. */
  static final int ARTICLE_BODY_LIMIT = 200;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "article JSON/JSONL (from analyze) or raw inputs (HTML, .txt, .jsonl records), files or directories")
  List<Path> paths = new ArrayList<>();

  @picocli.CommandLine.Mixin
  AnalysisOptions analysis = new AnalysisOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
    RunLog log = new RunLog(err);
    CompareConfig config;
    Settings settings;
    try {
      config = config(groupBy, oneEvent, sideBySide).withSeed(seed);
      settings = Settings.of(analysis.profile, Common.lexicons(analysis.lexicons))
          .withManifest(Settings.manifestFor(manifest, paths))
          .withOverrides(null, null, analysis.maxBytes()).withTimeBudget(analysis.timeBudget)
          .withEncoding(analysis.encoding);
    } catch (IllegalArgumentException e) {
      err.println("framescope compare: " + e.getMessage());
      return 2;
    }
    List<ArticleResult> articles = new ArrayList<>();
    List<Path> raw = new ArrayList<>();
    if (db == null && paths.isEmpty()) {
      err.println("framescope compare: give article or input PATHs, or --db");
      return 2;
    }
    if (db != null && !fromDb(articles, err)) {
      return 2;
    }
    // Inputs may mix analysed article JSON and raw pages; directories are walked like analyze does.
    for (Ingestor.InputRef ref : Ingestor.expand(paths, log::error)) {
      if (ArticleJson.isArticleFile(ref.path())) {
        try {
          articles.addAll(ManifestOverrides.apply(manifest, ArticleJson.read(List.of(ref.path()))));
        } catch (InputException e) {
          log.error(e);
        }
      } else {
        raw.add(ref.path());
      }
    }
    List<InputException> manifestRows = List.of();
    if (!raw.isEmpty()) {
      try {
        CorpusAnalysis.Result r = new CorpusAnalysis(settings, analysis.threads, !analysis.noProgress)
            .analyze(raw, paths, log);
        articles.addAll(r.articles());
        manifestRows = r.manifestRows();
      } catch (InputException e) {
        err.println("error: " + e.getMessage());
        return 2;
      }
    }
    if (settings.manifest() != null) {
      manifestRows = rowsMatchingNoArticle(settings.manifest(), articles, log);
    }
    log.manifestRows(manifestRows);
    articles = uniqueIds(articles, log);
    if (articles.isEmpty()) {
      err.println("framescope compare: no articles to compare");
      return 2;
    }
    try {
      ComparisonReport report = Comparison.compare(articles, config);
      for (ComparisonReport.NotScored n : report.notScored()) {
        err.println("warning: " + n.id() + ": " + n.reason() + " (not English): kept out of the comparison, counted in"
            + " report.json notScored");
      }
      String nothing = nothingCompared(report);
      if (nothing != null) {
        err.println("warning: " + nothing);
      }
      writeReport(report, articles.size());
    } catch (IllegalArgumentException e) {
      err.println("framescope compare: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("error: " + out + ": cannot write report: " + e.getMessage());
      return 2;
    }
    return log.failures() > 0 ? 1 : 0;
  }

  /** The comparison settings the options ask for; a clash or an unknown grouping is an error naming the options. */
  static CompareConfig config(String groupBy, boolean oneEvent, boolean sideBySide) {
    if (sideBySide) {
      if (groupBy != null && CompareConfig.GroupBy.parse(groupBy) != CompareConfig.GroupBy.ARTICLE) {
        throw new IllegalArgumentException("--side-by-side puts each article on its own side; it cannot be combined"
            + " with --group-by " + groupBy);
      }
      return CompareConfig.defaults().sideBySide();
    }
    CompareConfig c = CompareConfig.defaults().withOneEvent(oneEvent);
    return groupBy == null ? c : c.withGroupBy(CompareConfig.GroupBy.parse(groupBy));
  }

  /**
   * Why nothing was compared, with the option that would compare something, or null when some event has two sides
   * (or there is only one article). The pooled scope never compares sides that share no event with two sides.
   */
  static String nothingCompared(ComparisonReport report) {
    if (report.articles().size() < 2
        || report.scopes().stream().anyMatch(s -> !s.id().equals(ComparisonReport.POOLED) && s.sides().size() >= 2)) {
      return null;
    }
    long unknown = report.articles().stream().filter(a -> Comparison.unknownSide(a.side())).count();
    if (unknown >= 2) {
      String why = report.groupBy().equals("group") ? "no outlet group (the manifest's group column)"
          : "no outlet (no site name in the page, the outlet registry or a manifest)";
      return "nothing compared: " + unknown + " articles have " + why + ", so they are one side; --side-by-side"
          + " puts each article on its own side";
    }
    if (report.events().size() > 1) {
      return "nothing compared: no event was covered by two sides (" + report.events().size() + " events); --one-event"
          + " compares all the articles as one event";
    }
    return "nothing compared: all the articles are on one side (" + report.sides().get(0) + ")";
  }

  /**
   * Every article keeps its id unless an earlier one (in input order) has it; then it gets an id derived from its
   * source ({@link ArticleIds}).
   */
  static List<ArticleResult> uniqueIds(List<ArticleResult> articles, RunLog log) {
    ArticleIds ids = new ArticleIds();
    List<ArticleResult> out = new ArrayList<>(articles.size());
    for (ArticleResult a : articles) {
      String id = ids.claim(a.id(), a.source());
      out.add(id.equals(a.id()) ? a : a.withId(id));
    }
    log.renamed(ids.renamed());
    return out;
  }

  /** Manifest rows that no article matched and whose file does not exist (an empty list when it cannot be read). */
  private static List<InputException> rowsMatchingNoArticle(Path manifestFile, List<ArticleResult> articles,
                                                            RunLog log) {
    try {
      Manifest m = Manifest.read(manifestFile);
      for (ArticleResult a : articles) {
        m.lookupSource(a.source());
      }
      return m.rowsWithoutFile();
    } catch (InputException e) {
      log.error(e);
      return List.of();
    }
  }

  // ------------------------------------------------------------------ --db and article pages (issue 11)

  /** Adds the articles of {@code --db} (a corpus database or a Parquet directory); false after an error. */
  private boolean fromDb(List<ArticleResult> articles, PrintWriter err) {
    try {
      List<ArticleResult> read;
      if (java.nio.file.Files.isDirectory(db)) {
        read = new ArrayList<>();
        for (String d : org.framescope.store.StoreExport.parquetDocuments(db)) {
          read.add(org.framescope.store.StoreExport.parse(d, db));
        }
      } else {
        try (org.framescope.store.CorpusStore store = org.framescope.store.CorpusStore.openReadOnly(db)) {
          read = store.articles();
        }
      }
      articles.addAll(manifest == null ? read : ManifestOverrides.apply(manifest, read));
      return true;
    } catch (InputException e) {
      err.println("error: " + e.getMessage());
      return false;
    } catch (java.io.UncheckedIOException e) {
      err.println("error: " + db + ": " + e.getMessage());
      return false;
    }
  }

  /** Writes the report; article pages instead of embedded articles above the limit or when asked. */
  private void writeReport(ComparisonReport report, int articleCount) throws IOException {
    boolean embed = articleBodies != null ? articleBodies : articleCount <= ARTICLE_BODY_LIMIT;
    ReportWriter.write(report, out, embed);
  }
}
