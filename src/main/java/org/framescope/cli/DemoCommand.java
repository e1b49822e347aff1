package org.framescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.framescope.compare.CompareConfig;
import org.framescope.compare.Comparison;
import org.framescope.compare.ComparisonReport;
import org.framescope.ingest.Ingestor;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.Settings;
import org.framescope.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framescope demo}: the whole pipeline on the bundled sample corpus (constructed examples):
 * analyze every article, write its JSON, compare outlets per event, write the report.
 * Output: {@code ./framescope-out/} (articles/*.json, report.json, report.html, CSVs).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyze and compare the bundled sample corpus; report in ./framescope-out/.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: framescope-out)")
  Path out = Path.of("framescope-out");

  @Option(names = "--corpus", paramLabel = "DIR", description = "corpus directory with manifest.csv (default: samples/corpus)")
  Path corpus;

  @Option(names = "--profile", description = "fast, full (default) or accurate")
  Profile profile = Profile.FULL;

  @Override
  public Integer call() throws Exception {
    Path dir = corpus != null ? corpus : Common.home().resolve("samples/corpus");
    if (!Files.isDirectory(dir)) {
      System.err.println("error: " + dir + ": sample corpus not found");
      return 2;
    }
    System.err.println("framescope demo: analyzing " + dir + " (loading the CoreNLP models first) ...");
    List<Path> roots = List.of(dir);
    List<Path> files = Ingestor.expand(roots, e -> System.err.println("error: " + e.getMessage())).stream()
        .map(Ingestor.InputRef::path).toList();
    CorpusAnalysis.Result r;
    try {
      Settings settings = Settings.of(profile, Common.lexicons(null)).withManifest(Settings.manifestFor(null, roots));
      r = new CorpusAnalysis(settings, Runtime.getRuntime().availableProcessors()).analyze(files, roots,
          new java.io.PrintWriter(System.err, true));
    } catch (InputException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    Path articlesDir = out.resolve("articles");
    Set<String> used = new HashSet<>();
    for (ArticleResult a : r.articles()) {
      org.framescope.io.ArticleJson.write(articlesDir.resolve(AnalyzeCommand.fileName(a.id(), used) + ".json"), a);
    }
    System.err.println("framescope demo: comparing " + r.articles().size() + " articles ...");
    ComparisonReport report = Comparison.compare(r.articles(), CompareConfig.defaults());
    ReportWriter.write(report, out);
    System.out.println("articles:  " + articlesDir.toAbsolutePath());
    System.out.println("report:    " + out.resolve("report.html").toAbsolutePath());
    System.out.println("data:      " + out.resolve("report.json").toAbsolutePath() + " and *.csv");
    return r.failed() == 0 ? 0 : 1;
  }
}
