package org.framescope.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.framescope.eval.HighlightPrecision;
import org.framescope.io.Json;
import org.framescope.lexicon.FramingLexicons;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.pipeline.Settings;
import org.framescope.report.Layers;
import org.framescope.resource.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framescope evaluate highlights}: the precision of each highlight layer, from the hand-checked sample
 * ({@code --data}, gold-annotations/highlights) and against PTC ({@code --ptc}); with {@code --draw N}, analyses the
 * real pages and prints N highlights to judge (the annotator's worksheet, text included; only offsets and
 * judgements are committed). Exit 0 ok, 2 bad input.
 */
@Command(name = "highlights", mixinStandardHelpOptions = true,
    description = "Precision per highlight layer: hand-checked sample on the real pages, and PTC for the lexicon layers.")
final class EvaluateHighlights implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "judged sample folder with sample.tsv (default:"
      + " gold-annotations/highlights)")
  Path data = Path.of("gold-annotations", "highlights");

  @Option(names = "--pages", paramLabel = "DIR", description = "the real pages (default: ../shared/pages)")
  Path pages;

  @Option(names = "--ptc", paramLabel = "DIR", description = "PTC folder (default: ../shared/datasets/ptc); 'none' to"
      + " skip")
  String ptc;

  @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon folder (default: lexicons)")
  Path lexicons;

  @Option(names = "--draw", paramLabel = "N", description = "analyse the pages and print N highlights to judge")
  int draw;

  @Option(names = "--basil", paramLabel = "DIR", description = "BASIL folder for the second sample (default:"
      + " ../shared/datasets/basil; 'none' to skip)")
  String basil;

  @Option(names = "--draw-basil", paramLabel = "N", description = "print N strong-loaded and N contested-name"
      + " highlights from BASIL articles to judge")
  int drawBasil;

  @Option(names = "--seed", description = "seed of --draw (default: 10)")
  long seed = 10;

  @Option(names = "--format", description = "text (default) or json")
  String format = "text";

  @Override
  public Integer call() throws Exception {
    return Guard.run("evaluate highlights", () -> {
      Path pageDir = pages != null ? pages : SharedData.dir().resolve("pages");
      if (draw > 0) {
        return drawSample(pageDir);
      }
      Map<String, String> basilTexts = "none".equals(basil) ? Map.of() : basilTexts();
      if (drawBasil > 0) {
        basilTexts.forEach((k, v) -> System.out.println("#! text " + k + " "
            + org.framescope.resource.Hashing.sha256(v.getBytes(StandardCharsets.UTF_8))));
        System.out.println("doc\tbegin\tend\tlayer\tcategory\tjudgement\tnote\t(text)\t(sentence)");
        for (HighlightPrecision.Candidate c : HighlightPrecision.drawLexicon(basilTexts,
            FramingLexicons.load(Common.lexicons(lexicons)), java.util.Set.of("loaded", "label"), drawBasil, seed)) {
          System.out.println(String.join("\t", c.doc(), String.valueOf(c.begin()), String.valueOf(c.end()),
              c.layer(), c.category(), "", "", c.text(), c.context().replace('\t', ' ').replace('\n', ' ')));
        }
        return 0;
      }
      List<HighlightPrecision.Count> counts = new ArrayList<>(HighlightPrecision.handSample(
          HighlightPrecision.readSample(data.resolve("sample.tsv"), pageDir)));
      Path basilSample = data.resolve("basil-sample.tsv");
      if (!basilTexts.isEmpty() && Files.isRegularFile(basilSample)) {
        counts.addAll(HighlightPrecision.handSample(HighlightPrecision.readSample(basilSample, basilTexts::get),
            "hand-checked sample, BASIL"));
      }
      if (!"none".equals(ptc)) {
        Path dir = ptc != null ? Path.of(ptc) : SharedData.dataset("ptc");
        counts.addAll(HighlightPrecision.ptc(dir, FramingLexicons.load(Common.lexicons(lexicons))));
      }
      if (format.equals("json")) {
        System.out.println(Json.pretty().writeValueAsString(HighlightPrecision.toMap(counts)));
        return 0;
      }
      System.out.println("| layer | measurement | precision | right / judged | Wilson 95% | shown by default |");
      System.out.println("|---|---|---|---|---|---|");
      for (HighlightPrecision.Count c : counts) {
        double[] w = c.wilson();
        System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %d / %d | %.2f-%.2f | %s |%n", c.layer(), c.measurement(),
            c.precision(), c.correct(), c.judged(), w[0], w[1], Layers.onByDefault(c.layer()) ? "yes" : "no");
      }
      return 0;
    });
  }

  /** BASIL article id to body, or none when BASIL is absent. */
  private Map<String, String> basilTexts() throws InputException {
    Path dir = basil != null ? Path.of(basil) : org.framescope.eval.BasilCorpus.defaultDir();
    Map<String, String> out = new TreeMap<>();
    if (!org.framescope.eval.BasilCorpus.present(dir)) {
      return out;
    }
    for (org.framescope.eval.BasilArticle a : org.framescope.eval.BasilCorpus.load(dir)) {
      out.put(a.id(), a.body());
    }
    return out;
  }

  private int drawSample(Path pageDir) throws Exception {
    Settings settings = Settings.of(Profile.FULL, Common.lexicons(lexicons));
    ArticlePipeline pipeline = PipelineFactory.build(settings);
    org.framescope.ingest.Ingestor ingestor = PipelineFactory.ingestor(settings);
    List<ArticleResult> articles = new ArrayList<>();
    Map<String, String> raw = new TreeMap<>();
    List<Path> files;
    try (java.util.stream.Stream<Path> s = Files.list(pageDir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new InputException(pageDir.toString(), "no .txt pages");
    }
    Map<String, String> hashes = new LinkedHashMap<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      for (RawDocument d : ingestor.read(new org.framescope.ingest.Ingestor.InputRef(f,
          org.framescope.ingest.Ingestor.Kind.TEXT), e -> System.err.println("error: " + e.getMessage()))) {
        articles.add(pipeline.analyze(d));
      }
      String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
      raw.put(name, new String(bytes, StandardCharsets.UTF_8));
      hashes.put(name, org.framescope.resource.Hashing.sha256(bytes));
    }
    hashes.forEach((k, v) -> System.out.println("#! text " + k + " " + v));
    System.out.println("doc\tbegin\tend\tlayer\tcategory\tjudgement\tnote\t(text)\t(sentence)");
    for (HighlightPrecision.Candidate c : HighlightPrecision.draw(articles, raw, draw, seed)) {
      System.out.println(String.join("\t", c.doc(), String.valueOf(c.begin()), String.valueOf(c.end()), c.layer(),
          c.category(), "", "", c.text(), c.context().replace('\t', ' ').replace('\n', ' ')));
    }
    return 0;
  }
}
