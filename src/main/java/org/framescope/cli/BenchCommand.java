package org.framescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.framescope.eval.Benchmark;
import org.framescope.eval.MatcherBenchmark;
import org.framescope.eval.StoreBenchmark;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.OutletRegistry;
import org.framescope.lexicon.FramingLexicons;
import org.framescope.model.ArticleResult;
import org.framescope.model.RawDocument;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.pipeline.Settings;
import org.framescope.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code framescope bench}: articles/s and tokens/s per profile on a corpus, the engine's own overhead
 * (everything but CoreNLP) as a share of the CoreNLP time, extraction's cost, the sentence encoder's share for
 * the accurate profile, with {@code --matcher} the lexicon matcher alone and with {@code --store} the corpus store's
 * write cost. Figures come from {@link Benchmark}, {@link MatcherBenchmark} and {@link StoreBenchmark}; this
 * command only prints them (and makes and removes the temporary store).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark the analysis pipeline.")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "corpus (default: samples/corpus)")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--profiles", split = ",", description = "profiles to run (default fast,full,accurate)")
  List<Profile> profiles = List.of(Profile.FAST, Profile.FULL, Profile.ACCURATE);

  @Option(names = "--repeat", description = "timed passes over the corpus (default 3)")
  int repeat = 3;

  @Option(names = "--warmup", description = "untimed passes over the corpus before the timed ones, per profile, "
      + "so the JIT has compiled the code measured (default 3)")
  int warmup = 3;

  @Option(names = "--matcher", description = "also benchmark the lexicon matcher alone on generated sentences")
  boolean matcher;

  @Option(names = "--matcher-tokens", description = "tokens for the matcher benchmark (default 1000000)")
  int matcherTokens = 1_000_000;

  @Option(names = "--store", paramLabel = "N", description = "also benchmark the corpus store: write N copies of the"
      + " corpus's articles (analysed with the first profile) into a new temporary store, as analyze --db does")
  int storeArticles;

  @Option(names = "--store-group", paramLabel = "G", description = "articles per transaction for --store (default 16,"
      + " about what one thread of the fast profile hands on in a second)")
  int storeGroup = 16;

  @Override
  public Integer call() throws Exception {
    return Guard.run("bench", () -> {
      if (paths.isEmpty()) {
        paths = List.of(Common.home().resolve("samples/corpus"));
      }
      List<RawDocument> docs = new ArrayList<>();
      Ingestor ing = new Ingestor(null, OutletRegistry.empty(), Ingestor.Options.defaults());
      List<Ingestor.InputRef> refs = Ingestor.expand(paths, e -> System.err.println("error: " + e.getMessage()));
      for (Ingestor.InputRef ref : refs) {
        docs.addAll(ing.read(ref, e -> System.err.println("error: " + e.getMessage())));
      }
      if (docs.isEmpty()) {
        System.err.println("error: no documents to benchmark");
        return 2;
      }
      System.out.printf("corpus: %d articles; JVM %s; %d cores%n", docs.size(), System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      Map<Profile, Double> endToEnd = new EnumMap<>(Profile.class);
      for (Profile p : profiles) {
        Benchmark.Result r = Benchmark.run(p, Common.lexicons(null), refs, ing, docs, warmup, repeat);
        endToEnd.put(p, r.tokensPerSecond());
        System.out.printf(Locale.ROOT, "profile %-8s  %7.2f articles/s  %8.0f tokens/s  (CoreNLP alone %8.0f tokens/s)"
                + "  engine overhead %.1f%% of CoreNLP time (cleaning %.1f%%, voice+lexicons+classifiers %.1f%%)%n",
            p, r.articlesPerSecond(), r.tokensPerSecond(), r.nlpTokensPerSecond(), 100 * r.overhead(),
            100 * r.cleaningShare(), 100 * r.restShare());
        StringBuilder stages = new StringBuilder();
        r.stageShares().forEach((name, share) -> stages.append(String.format(Locale.ROOT, " %s %.1f%%", name,
            100 * share)));
        System.out.printf(Locale.ROOT, "profile %-8s  engine overhead by stage, share of CoreNLP time (nlp: beyond CoreNLP):%s%n", p,
            stages);
        if (p.embeddings()) {
          System.out.printf(Locale.ROOT, "  accurate: sentence encoder alone %.1f%% of CoreNLP time (sentence "
                  + "embeddings only; target embeddings of the stance model come on top)%s%n", 100 * r.encoderShare(),
              endToEnd.containsKey(Profile.FULL) ? String.format(Locale.ROOT,
                  "; end to end %.0f%% of full's tokens/s in this run", 100 * endToEnd.get(p) / endToEnd.get(Profile.FULL))
                  : "");
        }
        System.out.printf(Locale.ROOT, "profile %-8s  extraction (reading + cleaning each input) %.1f ms/article,"
            + " %.1f%% of CoreNLP time%n", p, r.extractionMsPerArticle(), 100 * r.extractionShare());
      }
      if (storeArticles > 0) {
        benchStore(docs);
      }
      if (matcher) {
        MatcherBenchmark.Result m = MatcherBenchmark.run(FramingLexicons.load(Common.lexicons(null)), matcherTokens);
        System.out.printf(Locale.ROOT, "matcher: %d entries, %d sentences, %d tokens, %d spans a pass; %.0f tokens/s "
                + "median (best %.0f), %.0f tokens per CPU second (median)%n", m.entries(), m.sentences(), m.tokens(),
            m.spansPerPass(), m.tokensPerSecondMedian(), m.tokensPerSecondBest(), m.tokensPerCpuSecondMedian());
      }
      return 0;
    });
  }

  private void benchStore(List<RawDocument> docs) throws Exception {
    if (storeGroup < 1) {
      throw new IllegalArgumentException("--store-group must be >= 1, got " + storeGroup);
    }
    Settings settings = Settings.of(profiles.get(0), Common.lexicons(null));
    List<ArticleResult> analysed = PipelineFactory.build(settings).analyzeAll(docs, null);
    Path dir = Files.createTempDirectory("framescope-bench-store");
    Path file = dir.resolve("store.duckdb");
    try {
      StoreBenchmark.Result r = StoreBenchmark.run(analysed, StoreConfig.of(settings), file, storeArticles,
          storeGroup);
      System.out.printf(Locale.ROOT, "store: %d articles (copies of the corpus's %d, profile %s), %d a transaction:"
              + " %.2f ms CPU an article (whole JVM; writing thread %.2f), %.2f ms wall; file %.1f MB%n",
          r.articles(), analysed.size(), profiles.get(0), r.group(), r.processCpuMsPerArticle(),
          r.writerCpuMsPerArticle(), r.wallMsPerArticle(), r.fileBytes() / 1e6);
    } finally {
      try (java.util.stream.Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }
}
