package org.framescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framescope.compare.ArticleJson;
import org.framescope.compare.CompareConfig;
import org.framescope.compare.Comparator;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ManifestOverrides;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
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
 * Raw (not yet analysed) inputs are handed to the analyser set with {@link #setAnalyzer(Analyzer)}.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare how outlets covered the same events; writes report.json, report.html and CSVs.")
public final class CompareCommand implements Callable<Integer> {
  /** Turns inputs that are not article JSON (HTML, text, ...) into article results; set by the CLI wiring. */
  public interface Analyzer {
    /** Articles for {@code inputs} (files that are not framescope.article/1 JSON). */
    List<ArticleResult> analyze(List<Path> inputs, Path manifest) throws InputException;
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--manifest", paramLabel = "FILE", description = "corpus manifest CSV (file,outlet,group,date,event)")
  Path manifest;

  @Option(names = "--group-by", paramLabel = "outlet|group", defaultValue = "outlet",
      description = "compare outlets or outlet groups (default: ${DEFAULT-VALUE})")
  String groupBy;

  @Option(names = "--seed", defaultValue = "42", description = "seed for bootstrap and permutation tests (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
  Path out;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "article JSON/JSONL files or directories")
  List<Path> paths = new ArrayList<>();

  private Analyzer analyzer;

  /** Lets the CLI analyse raw inputs before comparing them. */
  public void setAnalyzer(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

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
    int failed = 0;
    for (Path p : paths) {
      String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      boolean json = java.nio.file.Files.isDirectory(p) || name.endsWith(".json") || name.endsWith(".jsonl");
      if (!json) {
        raw.add(p);
        continue;
      }
      try {
        articles.addAll(ArticleJson.read(List.of(p)));
      } catch (InputException e) {
        if (analyzer != null && java.nio.file.Files.isRegularFile(p)) {
          raw.add(p);
        } else {
          err.println(e.getMessage());
          failed++;
        }
      }
    }
    if (!raw.isEmpty()) {
      if (analyzer == null) {
        for (Path p : raw) {
          err.println(p + ": not article JSON (run framescope analyze first)");
          failed++;
        }
      } else {
        try {
          articles.addAll(analyzer.analyze(raw, manifest));
        } catch (InputException e) {
          err.println(e.getMessage());
          failed++;
        }
      }
    }
    if (articles.isEmpty()) {
      err.println("framescope compare: no articles to compare");
      return 2;
    }
    if (manifest != null) {
      try {
        articles = ManifestOverrides.read(manifest).apply(articles);
      } catch (InputException e) {
        err.println(e.getMessage());
        return 2;
      }
    }
    try {
      ComparisonReport report = Comparator.compare(articles, config);
      ReportWriter.write(report, out);
    } catch (IllegalArgumentException e) {
      err.println("framescope compare: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(out + ": cannot write report: " + e.getMessage());
      return 2;
    }
    return failed > 0 ? 1 : 0;
  }
}
