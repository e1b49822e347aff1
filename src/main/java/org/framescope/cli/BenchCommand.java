package org.framescope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framescope.clean.BoilerplateRemover;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.OutletRegistry;
import org.framescope.model.NlpDocument;
import org.framescope.model.RawDocument;
import org.framescope.nlp.CoreNlpAnnotator;
import org.framescope.nlp.Profile;
import org.framescope.nlp.TextAnnotator;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.PipelineFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code framescope bench}: prints articles/s and tokens/s per profile on a corpus, and the engine's
 * own overhead (everything but CoreNLP) as a share of the CoreNLP time. Single-threaded, after a warm-up
 * pass, so figures are per core.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark the analysis pipeline.")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "corpus (default: samples/corpus)")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--profiles", split = ",", description = "profiles to run (default fast,full)")
  List<String> profiles = List.of("fast", "full");

  @Option(names = "--repeat", description = "timed passes over the corpus (default 3)")
  int repeat = 3;

  @Override
  public Integer call() throws Exception {
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
    for (String p : profiles) {
      Profile prof = Profile.parse(p);
      CoreNlpAnnotator core = CoreNlpAnnotator.forProfile(prof);
      long[] nlpNanos = {0};
      TextAnnotator timed = new TextAnnotator() {
        @Override
        public NlpDocument annotate(String body) {
          long t0 = System.nanoTime();
          NlpDocument d = core.annotate(body);
          nlpNanos[0] += System.nanoTime() - t0;
          return d;
        }

        @Override
        public List<String> annotators() {
          return core.annotators();
        }

        @Override
        public String version() {
          return core.version();
        }
      };
      ArticlePipeline pipe = PipelineFactory.build(new PipelineFactory.Settings(prof, Common.lexicons(null)), a -> timed);
      for (RawDocument d : docs) {
        pipe.analyze(d); // warm-up
      }
      nlpNanos[0] = 0;
      long tokens = 0;
      long t0 = System.nanoTime();
      for (int r = 0; r < repeat; r++) {
        for (RawDocument d : docs) {
          tokens += pipe.analyze(d).metrics().get("tokens").longValue();
        }
      }
      long total = System.nanoTime() - t0;
      long c0 = System.nanoTime();
      BoilerplateRemover cleaner = new BoilerplateRemover();
      for (int r = 0; r < repeat; r++) {
        for (RawDocument d : docs) {
          cleaner.clean(d);
        }
      }
      long cleanNanos = System.nanoTime() - c0;
      // Extraction as the pipeline runs it: each input read (decoding, the page head) and cleaned at once, so
      // the page is parsed once (HtmlPages).
      long i0 = System.nanoTime();
      for (int r = 0; r < repeat; r++) {
        for (Ingestor.InputRef ref : refs) {
          for (RawDocument d : ing.read(ref, e -> { })) {
            cleaner.clean(d);
          }
        }
      }
      long extractNanos = System.nanoTime() - i0;
      double secs = total / 1e9;
      double nlp = nlpNanos[0];
      double overhead = (total - nlp) / nlp;
      System.out.printf(java.util.Locale.ROOT, "profile %-4s  %7.2f articles/s  %8.0f tokens/s  (CoreNLP alone %8.0f tokens/s)"
              + "  engine overhead %.1f%% of CoreNLP time (cleaning %.1f%%, voice+lexicons+classifiers %.1f%%)%n",
          p, docs.size() * repeat / secs, tokens / secs, tokens / (nlp / 1e9), overhead * 100,
          100 * cleanNanos / nlp, 100 * (total - nlp - cleanNanos) / nlp);
      System.out.printf(java.util.Locale.ROOT, "profile %-4s  extraction (reading + cleaning each input) %.1f ms/article,"
              + " %.1f%% of CoreNLP time%n", p, extractNanos / 1e6 / (docs.size() * repeat), 100 * extractNanos / nlp);
    }
    return 0;
  }
}
