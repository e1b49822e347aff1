package org.framescope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.framescope.eval.Benchmark;
import org.framescope.eval.MatcherBenchmark;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.OutletRegistry;
import org.framescope.lexicon.FramingLexicons;
import org.framescope.model.RawDocument;
import org.framescope.nlp.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code framescope bench}: articles/s and tokens/s per profile on a corpus, the engine's own overhead
 * (everything but CoreNLP) as a share of the CoreNLP time, extraction's cost, the sentence encoder's share for
 * the accurate profile, and with {@code --matcher} the lexicon matcher alone. Figures come from
 * {@link Benchmark} and {@link MatcherBenchmark}; this command only prints them.
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
      if (matcher) {
        MatcherBenchmark.Result m = MatcherBenchmark.run(FramingLexicons.load(Common.lexicons(null)), matcherTokens);
        System.out.printf(Locale.ROOT, "matcher: %d entries, %d sentences, %d tokens, %d spans a pass; %.0f tokens/s "
                + "median (best %.0f), %.0f tokens per CPU second (median)%n", m.entries(), m.sentences(), m.tokens(),
            m.spansPerPass(), m.tokensPerSecondMedian(), m.tokensPerSecondBest(), m.tokensPerCpuSecondMedian());
      }
      return 0;
    });
  }
}
