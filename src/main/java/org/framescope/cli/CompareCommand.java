package org.framescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framescope.io.ArticleJson;
import org.framescope.compare.CompareConfig;
import org.framescope.compare.Comparator;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ManifestOverrides;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.nlp.Profile;
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
 * Raw (not yet analysed) inputs are analysed first, exactly as {@code analyze} would.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare how outlets covered the same events; writes report.json, report.html and CSVs.")
public final class CompareCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--manifest", paramLabel = "FILE", description = "corpus manifest CSV (file,outlet,group,date,event)")
  Path manifest;

  @Option(names = "--group-by", paramLabel = "outlet|group", defaultValue = "outlet",
      description = "compare outlets or outlet groups (default: ${DEFAULT-VALUE})")
  String groupBy;

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

  @Option(names = "--profile", description = "analysis profile for raw inputs: fast, full (default) or accurate")
  Profile profile = Profile.FULL;

  @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon directory (default: lexicons/)")
  Path lexicons;

  @Option(names = "--threads", description = "worker threads for analysis (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintWriter err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
    CompareConfig config;
    try {
      config = CompareConfig.defaults().withGroupBy(CompareConfig.GroupBy.parse(groupBy)).withSeed(seed);
    } catch (IllegalArgumentException e) {
      err.println("framescope compare: " + e.getMessage());
      return 2;
    }
    List<ArticleResult> articles = new ArrayList<>();
    List<Path> raw = new ArrayList<>();
    int[] failed = {0};
    if (db == null && paths.isEmpty()) {
      err.println("framescope compare: give article or input PATHs, or --db");
      return 2;
    }
    if (db != null && !fromDb(articles, err)) {
      return 2;
    }
    // Inputs may mix analysed article JSON and raw pages; directories are walked like analyze does.
    for (org.framescope.ingest.Ingestor.InputRef ref : org.framescope.ingest.Ingestor.expand(paths, e -> {
      err.println("error: " + e.getMessage());
      failed[0]++;
    })) {
      if (ArticleJson.isArticleFile(ref.path())) {
        try {
          articles.addAll(ManifestOverrides.apply(manifest, ArticleJson.read(List.of(ref.path()))));
        } catch (InputException e) {
          err.println("error: " + e.getMessage());
          failed[0]++;
        }
      } else {
        raw.add(ref.path());
      }
    }
    if (!raw.isEmpty()) {
      try {
        Settings settings = Settings.of(profile, Common.lexicons(lexicons))
            .withManifest(Settings.manifestFor(manifest, paths));
        CorpusAnalysis.Result r = new CorpusAnalysis(settings, threads).analyze(raw, paths, err);
        articles.addAll(r.articles());
        failed[0] += r.failed();
      } catch (InputException e) {
        err.println("error: " + e.getMessage());
        return 2;
      }
    }
    if (articles.isEmpty()) {
      err.println("framescope compare: no articles to compare");
      return 2;
    }
    try {
      ComparisonReport report = Comparator.compare(articles, config);
      for (ComparisonReport.NotScored n : report.notScored()) {
        err.println("warning: " + n.id() + ": " + n.reason() + " (not English): kept out of the comparison, counted in"
            + " report.json notScored");
      }
      writeReport(report, articles.size());
    } catch (IllegalArgumentException e) {
      err.println("framescope compare: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(out + ": cannot write report: " + e.getMessage());
      return 2;
    }
    return failed[0] > 0 ? 1 : 0;
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
