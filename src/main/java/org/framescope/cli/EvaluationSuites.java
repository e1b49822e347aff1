package org.framescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.framescope.eval.BoilerplateEvaluation;
import org.framescope.model.InputException;
import org.framescope.eval.AttributionGoldEvaluation;
import org.framescope.eval.BasilCorpus;
import org.framescope.eval.BasilOutletComparison;
import org.framescope.eval.BasilResults;
import org.framescope.eval.BasilStanceAgreement;
import org.framescope.eval.EventGroupingEvaluation;
import org.framescope.eval.PtcEvaluation;
import org.framescope.io.AtomicFiles;
import org.framescope.io.Json;
import org.framescope.lexicon.FramingLexicons;
import org.framescope.classify.OnnxCueTagger;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.pipeline.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The evaluation suites beyond the classifiers, as {@code framescope evaluate} subcommands, so every figure
 * in docs/evaluation.md has a command. Each delegates to the stage's own evaluation class.
 */
final class EvaluationSuites {
  private EvaluationSuites() { }

  /** {@code evaluate boilerplate}: cleaner against line gold. */
  @Command(name = "boilerplate", mixinStandardHelpOptions = true,
      description = "Score the boilerplate remover against line-level gold (every GOLD.gold.tsv beside its page in --data DIR).")
  static final class Boilerplate implements Callable<Integer> {
    @Option(names = "--data", arity = "1..*", required = true, paramLabel = "DIR",
        description = "folders holding <page>.gold.tsv next to <page>.html|.txt (several allowed)")
    List<Path> dirs;

    @Option(names = "--pages", paramLabel = "DIR",
        description = "folder of pages for gold files that name a page elsewhere (e.g. ../shared/pages)")
    Path pages;

    @Override
    public Integer call() throws Exception {
      List<String> args = new ArrayList<>();
      for (Path dir : dirs) {
        try (Stream<Path> s = Files.list(dir)) {
          for (Path gold : s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
            String name = gold.getFileName().toString();
            String stem = name.endsWith(".gold.tsv") ? name.substring(0, name.length() - 9)
                : name.substring(0, name.length() - 4);
            Path page = Stream.of(".html", ".htm", ".txt")
                .flatMap(ext -> Stream.of(dir.resolve(stem + ext), pages == null ? null : pages.resolve(stem + ext)))
                .filter(p -> p != null && Files.exists(p)).findFirst().orElse(null);
            if (page == null) {
              System.err.println("error: " + gold + ": no page " + stem + ".html|.txt beside it"
                  + (pages == null ? " (use --pages DIR)" : " or in " + pages));
              continue;
            }
            args.add(gold.toString());
            args.add(page.toString());
          }
        }
      }
      try {
        printBoilerplate(BoilerplateEvaluation.scoreAll(pairs(args)));
      } catch (InputException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
      }
      return 0;
    }
  }

  private static List<Path[]> pairs(List<String> args) {
    List<Path[]> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i += 2) {
      pairs.add(new Path[] {Path.of(args.get(i)), Path.of(args.get(i + 1))});
    }
    return pairs;
  }

  /** The boilerplate scores as a markdown table with a total row. */
  static void printBoilerplate(List<BoilerplateEvaluation.Score> scores) {
    System.out.println("| page | body recall | precision | boilerplate removed | headings kept | glued left | char recall | char precision |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    int body = 0;
    int kept = 0;
    int boiler = 0;
    int gone = 0;
    for (BoilerplateEvaluation.Score s : scores) {
      body += s.bodyLines();
      kept += s.bodyKept();
      boiler += s.boilerLines();
      gone += s.boilerRemoved();
      System.out.printf(Locale.ROOT, "| %s | %.3f (%d/%d) | %.3f | %.3f (%d/%d) | %d/%d | %d | %.3f | %.3f |%n",
          s.page(), s.recall(), s.bodyKept(), s.bodyLines(), s.precision(), s.removed(), s.boilerRemoved(),
          s.boilerLines(), s.headingsKept(), s.headings(), s.gluedLeft(), s.charRecall(), s.charPrecision());
    }
    int left = boiler - gone;
    System.out.printf(Locale.ROOT, "| **all %d pages** | %.3f (%d/%d) | %.3f | %.3f (%d/%d) | | | | |%n", scores.size(),
        body == 0 ? 1.0 : kept / (double) body, kept, body, kept + left == 0 ? 1.0 : kept / (double) (kept + left),
        boiler == 0 ? 1.0 : gone / (double) boiler, gone, boiler);
  }

  /** {@code evaluate spans}: lexicon spans against PTC technique spans. */
  @Command(name = "spans", mixinStandardHelpOptions = true,
      description = "Recall/precision of loaded+label lexicon spans against PTC Loaded_Language and Name_Calling spans.")
  static final class Spans implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "PTC-format folder (default: ../shared/datasets/ptc)")
    Path data;

    @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon folder (default: lexicons)")
    Path lexicons;

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate spans", () -> {
        Path dir = data != null ? data : PtcEvaluation.defaultDir();
        System.out.println(Json.pretty().writeValueAsString(
            PtcEvaluation.run(dir, FramingLexicons.load(Common.lexicons(lexicons)))));
        return 0;
      });
    }
  }

  /** {@code evaluate voice}: quote detection and speaker accuracy on BASIL. */
  @Command(name = "voice", mixinStandardHelpOptions = true,
      description = "Quote/voice detection and speaker accuracy on BASIL's annotated phrases.")
  static final class Voice implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "BASIL folder (default: ../shared/datasets/basil)")
    Path data;

    @Option(names = "--limit", description = "only the first N articles (sorted by path)")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon folder (default: lexicons)")
    Path lexicons;

    @Option(names = "--cache", paramLabel = "DIR", description = "parse cache (default: target/voice-eval-cache)")
    Path cache = Path.of("target", "voice-eval-cache");

    @Option(names = "--errors", description = "print up to N disagreements")
    int errors;

    @Option(names = "--profile", description = "full (default, with its small cue tagger mixed in), or accurate "
        + "(with the 12-layer one)")
    String profile = "full";

    @Option(names = "--no-cue-tagger", description = "the attribution model alone, without the profile's cue tagger")
    boolean noCueTagger;

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate voice", () -> {
        Profile prof = Common.parsedProfile(profile);
        Path basil = data != null ? data : BasilCorpus.defaultDir();
        if (!Files.isDirectory(basil.resolve("articles"))) {
          throw new InputException(basil.toString(), "BASIL not found (no articles/ folder; use --data DIR)");
        }
        Files.createDirectories(cache);
        org.framescope.voice.AttributionAnalyzer an =
            org.framescope.voice.AttributionAnalyzer.fromLexicons(Common.lexicons(lexicons));
        if (!noCueTagger) {
          an = an.withCueTagger(OnnxCueTagger.shared(OnnxCueTagger.Shipped.of(prof)));
        }
        System.out.println(org.framescope.eval.VoiceEvaluation.run(basil, an, cache, limit, errors));
        return 0;
      });
    }
  }

  /** {@code evaluate events}: automatic event grouping on BASIL. */
  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "Adjusted Rand index and purity of automatic event grouping on BASIL (all years, and the earlier "
          + "and later half of the years found).")
  static final class Events implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "BASIL folder (default: ../shared/datasets/basil)")
    Path data;

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate events", () -> {
        Path dir = data != null ? data : EventGroupingEvaluation.defaultBasilDir();
        for (EventGroupingEvaluation.Split split : EventGroupingEvaluation.sweep(dir)) {
          System.out.printf(Locale.ROOT, "== %s (%d articles)%n", split.label(), split.articles());
          System.out.println("threshold  windowDays  predicted  trueEvents  ARI     purity");
          for (EventGroupingEvaluation.Row r : split.rows()) {
            EventGroupingEvaluation.Score sc = r.score();
            System.out.printf(Locale.ROOT, "%-9.2f  %-10s  %-9d  %-10d  %.4f  %.4f%s%n", r.threshold(),
                r.windowDays() == EventGroupingEvaluation.NO_WINDOW ? "none" : String.valueOf(r.windowDays()),
                sc.predictedEvents(), sc.trueEvents(), sc.ari(), sc.purity(), r.isDefault() ? "  (default)" : "");
          }
        }
        return 0;
      });
    }
  }

  /** {@code evaluate attribution}: attributions against our gold (sample corpus and the real pages). */
  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = "Attribution recall/precision, speaker, country and verb-class accuracy against our gold "
          + "(gold-annotations/samples and gold-annotations/pages).")
  static final class Attribution implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "gold folder (default: gold-annotations)")
    Path data;

    @Option(names = "--gold", paramLabel = "FILE", arity = "1..*",
        description = "gold files to score instead of the default ones under --data")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR", description = "texts of the sample gold (default: samples/corpus)")
    Path corpus = Path.of("samples", "corpus");

    @Option(names = "--pages", paramLabel = "DIR", description = "texts of the page gold (default: ../shared/pages)")
    Path pages;

    @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon folder (default: lexicons)")
    Path lexicons;

    @Option(names = "--format", description = "json, markdown or both (default)")
    String format = "both";

    @Option(names = "--errors", description = "print every disagreement on stderr")
    boolean errors;

    @Option(names = "--profile", description = "fast, full (default) or accurate")
    String profile = "full";

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate attribution", () -> {
        Profile prof = Profile.parse(profile);
        if (!List.of("json", "markdown", "both").contains(format)) {
          throw new IllegalArgumentException("--format must be json, markdown or both, got '" + format + "'");
        }
        List<Path> files = gold.isEmpty()
            ? AttributionGoldEvaluation.defaultGold(data != null ? data : Path.of("gold-annotations")) : gold;
        Path lex = Common.lexicons(lexicons);
        AttributionGoldEvaluation.Options opt = new AttributionGoldEvaluation.Options(files, corpus,
            pages != null ? pages : AttributionGoldEvaluation.sharedDir().resolve("pages"), lex);
        AttributionGoldEvaluation.Report r = AttributionGoldEvaluation.run(opt,
            PipelineFactory.build(Settings.of(prof, lex)));
        r.notes().forEach(n -> System.err.println("note: " + n));
        if (errors) {
          r.groups().forEach((g, t) -> {
            if (!g.equals("overall")) {
              t.errors().forEach(e -> System.err.println(g + ": " + e));
            }
          });
        }
        if (!format.equals("markdown")) {
          System.out.println(AttributionGoldEvaluation.toJson(r));
        }
        if (!format.equals("json")) {
          System.out.print(AttributionGoldEvaluation.toMarkdown(r));
        }
        return r.failed() > 0 ? 1 : 0;
      });
    }
  }

  /** Options shared by the BASIL evaluations that run the pipeline. */
  static final class BasilOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "BASIL folder (default: ../shared/datasets/basil)")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "where summary files go (default: target/basil-eval)")
    Path out = Path.of("target", "basil-eval");

    @Option(names = "--cache", paramLabel = "DIR", description = "analysed-article cache (default: target/basil-cache)")
    Path cache = BasilResults.DEFAULT_CACHE;

    @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon folder (default: lexicons)")
    Path lexicons;

    Path dir() {
      return data != null ? data : BasilCorpus.defaultDir();
    }
  }

  /** {@code evaluate basil-stance}: author-voice stance against BASIL's author feeling. */
  @Command(name = "basil-stance", mixinStandardHelpOptions = true,
      description = "Agreement of author-voice stance with BASIL's article-level author feeling.")
  static final class BasilStance implements Callable<Integer> {
    @Mixin
    BasilOptions o = new BasilOptions();

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate basil-stance", () -> {
        BasilStanceAgreement.Run r = BasilStanceAgreement.run(o.dir(), Common.lexicons(o.lexicons), o.cache,
            System.err);
        String json = Json.pretty().writeValueAsString(r.summary());
        System.out.println(json);
        System.out.println();
        System.out.println(BasilStanceAgreement.markdown(r.summary()));
        BasilStanceAgreement.write(o.out, json, r.items());
        return 0;
      });
    }
  }

  /** {@code evaluate basil-outlets}: do our measures separate Fox/NYT/HuffPost as BASIL's annotations do? */
  @Command(name = "basil-outlets", mixinStandardHelpOptions = true,
      description = "Outlet differences on BASIL, ours vs BASIL's annotations, paired by event.")
  static final class BasilOutlets implements Callable<Integer> {
    @Mixin
    BasilOptions o = new BasilOptions();

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate basil-outlets", () -> {
        BasilOutletComparison.Summary s = BasilOutletComparison.run(o.dir(), Common.lexicons(o.lexicons), o.cache,
            o.out.resolve("compare"), System.err);
        String json = Json.pretty().writeValueAsString(s);
        System.out.println(json);
        System.out.println();
        System.out.println(BasilOutletComparison.markdown(s));
        AtomicFiles.writeString(o.out.resolve("outlets-summary.json"), json + "\n");
        return 0;
      });
    }
  }
}
