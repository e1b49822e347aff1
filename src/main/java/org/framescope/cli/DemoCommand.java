package org.framescope.cli;

import java.io.PrintWriter;
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
import org.framescope.io.ArticleJson;
import org.framescope.io.OutputDir;
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
 * Output: {@code ./framescope-out/} (articles/*.json, report.json, report.html, CSVs), staged and renamed into
 * place together ({@link OutputDir}).
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
    PrintWriter err = new PrintWriter(System.err, true);
    RunLog log = new RunLog(err);
    Path dir = corpus != null ? corpus : Common.home().resolve("samples/corpus");
    if (!Files.isDirectory(dir)) {
      err.println("error: " + dir + ": sample corpus not found");
      return 2;
    }
    err.println("framescope demo: analyzing " + dir + " (loading the CoreNLP models first) ...");
    List<Path> roots = List.of(dir);
    List<Path> files = Ingestor.expand(roots, log::error).stream().map(Ingestor.InputRef::path).toList();
    CorpusAnalysis.Result r;
    try {
      Settings settings = Settings.of(profile, Common.lexicons(null)).withManifest(Settings.manifestFor(null, roots));
      r = new CorpusAnalysis(settings, Runtime.getRuntime().availableProcessors()).analyze(files, roots, log);
    } catch (InputException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    log.manifestRows(r.manifestRows());
    if (r.articles().isEmpty()) {
      err.println("error: no article could be analyzed");
      return 2;
    }
    err.println("framescope demo: comparing " + r.articles().size() + " articles ...");
    ComparisonReport report = Comparison.compare(r.articles(), CompareConfig.defaults());
    try (OutputDir o = OutputDir.open(out)) {
      Set<String> used = new HashSet<>();
      for (ArticleResult a : r.articles()) {
        o.writeString("articles/" + OutputDir.fileName(a.id(), used) + ".json", ArticleJson.toJson(a));
      }
      ReportWriter.write(report, o);
      o.commit("report.json");
    }
    System.out.println("articles:  " + out.resolve("articles").toAbsolutePath());
    System.out.println("report:    " + out.resolve("report.html").toAbsolutePath());
    System.out.println("data:      " + out.resolve("report.json").toAbsolutePath() + " and *.csv");
    return log.failures() == 0 ? 0 : 1;
  }
}
