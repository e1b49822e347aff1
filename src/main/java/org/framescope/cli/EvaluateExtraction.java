package org.framescope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.framescope.clean.BoilerplateRemover;
import org.framescope.clean.ExtractionRules;
import org.framescope.eval.ExtractionEvaluation;
import org.framescope.eval.Extractors;
import org.framescope.io.Json;
import org.framescope.resource.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framescope evaluate extraction}: the article body that {@code analyze} produces (ingestion + cleaning,
 * no NLP) against the true bodies of an article-extraction benchmark folder, optionally side by side with a
 * peer library on the same pages in the same run. Prints F1, precision, recall, empty bodies and the worst
 * pages (text or {@code --format json}). Exit 0 when the evaluation ran, 2 on bad data or options.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Score the cleaned body against an article-extraction benchmark (DIR/ground-truth.json, DIR/html/<key>.html[.gz]).")
final class EvaluateExtraction implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR",
      description = "benchmark folder (default: ../shared/datasets/article-extraction-benchmark)")
  Path data;

  @Option(names = "--compare", paramLabel = "NAME", split = ",",
      description = "also score these on the same pages: readability4j (the library alone), readability4j-zone"
          + " (its article element, then framescope's removals), framescope+readability4j (framescope plus the"
          + " library's paragraphs it dropped)")
  List<String> compare = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text or json")
  String format;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return Guard.run("evaluate extraction", () -> {
      EvaluateCommand.checkFormat(format);
      List<ExtractionEvaluation.Extractor> xs = new ArrayList<>();
      BoilerplateRemover cleaner = new BoilerplateRemover(ExtractionRules.load(Common.lexicons(null)));
      xs.add(Extractors.framescope(cleaner));
      for (String c : compare) {
        xs.add(Extractors.peer(c, cleaner));
      }
      ExtractionEvaluation.Data d = ExtractionEvaluation.read(
          data != null ? data : SharedData.dataset("article-extraction-benchmark"));
      ExtractionEvaluation.Result r = ExtractionEvaluation.run(d, xs);
      java.io.PrintWriter out = spec.commandLine().getOut();
      if (format.equals("json")) {
        out.println(Json.pretty().writeValueAsString(r));
      } else {
        out.print(text(r));
      }
      out.flush();
      return 0;
    });
  }

  static String text(ExtractionEvaluation.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "data %s: %d pages, ground truth sha256 %s%n", r.data(), r.pages(),
        r.groundTruthSha256()));
    sb.append("metric: ").append(r.metric()).append("\n\n");
    sb.append(String.format(Locale.ROOT, "%-26s %7s %10s %7s %12s %7s %8s%n", "extractor", "F1", "precision",
        "recall", "empty bodies", "errors", "pages/s"));
    for (ExtractionEvaluation.ExtractorResult x : r.extractors()) {
      sb.append(String.format(Locale.ROOT, "%-26s %7.4f %10.4f %7.4f %12d %7d %8.1f%n", x.name(), x.f1(),
          x.precision(), x.recall(), x.emptyBodies(), x.errors(), x.pagesPerSecond()));
    }
    for (ExtractionEvaluation.ExtractorResult x : r.extractors()) {
      sb.append(String.format(Locale.ROOT, "%nworst %d pages, %s (page F1, precision, recall, tokens true/extracted):%n",
          x.worst().size(), x.name()));
      for (ExtractionEvaluation.PageScore p : x.worst()) {
        sb.append(String.format(Locale.ROOT, "  %s  F1 %.3f  P %.3f  R %.3f  %5d/%-5d %s%s%n", p.key().substring(0,
            Math.min(12, p.key().length())), p.f1(), p.precision(), p.recall(), p.truthTokens(), p.predictedTokens(),
            p.url(), p.error() == null ? "" : "  [" + p.error() + "]"));
      }
    }
    return sb.toString();
  }
}
