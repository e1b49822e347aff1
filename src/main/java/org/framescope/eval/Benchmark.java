package org.framescope.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framescope.classify.OnnxSentenceEncoder;
import org.framescope.classify.SentenceEncoder;
import org.framescope.clean.BoilerplateRemover;
import org.framescope.clean.ExtractionRules;
import org.framescope.ingest.Ingestor;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.model.NlpDocument;
import org.framescope.model.RawDocument;
import org.framescope.model.SentenceResult;
import org.framescope.nlp.CoreNlpAnnotator;
import org.framescope.nlp.Profile;
import org.framescope.nlp.TextAnnotator;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.PipelineFactory;
import org.framescope.pipeline.Settings;

/**
 * Throughput of one profile on a corpus, single-threaded after warm-up passes (so figures are per core), with
 * the engine's own cost (everything but CoreNLP) as a share of the CoreNLP time measured in the same run:
 * ratios within one run hold up better than absolute speeds on a shared machine. Also times extraction as the
 * pipeline runs it (each input read and cleaned, one parse per page), cleaning alone, and for the accurate
 * profile the sentence encoder alone on the same sentences.
 */
public final class Benchmark {
  /** The NLP stage's name: its time includes CoreNLP's. */
  static final String NLP_STAGE = "nlp";

  private Benchmark() { }

  /** What one profile's run measured (times in seconds over all passes). */
  public record Result(Profile profile, int articles, int passes, long tokens, double seconds, double nlpSeconds,
                       double cleanSeconds, double extractionSeconds, double encoderSeconds,
                       Map<String, Double> stageSeconds) {
    public Result {
      stageSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
    }

    /**
     * Each stage's wall time as a share of the CoreNLP time, in run order; for the NLP stage only its time
     * beyond CoreNLP (converting CoreNLP's annotations), so the shares add up to the engine overhead.
     */
    public Map<String, Double> stageShares() {
      Map<String, Double> shares = new LinkedHashMap<>();
      stageSeconds.forEach((k, v) -> shares.put(k, (k.equals(NLP_STAGE) ? v - nlpSeconds : v) / nlpSeconds));
      return shares;
    }

    public double articlesPerSecond() {
      return articles * (double) passes / seconds;
    }

    public double tokensPerSecond() {
      return tokens / seconds;
    }

    /** CoreNLP alone, tokens per second of CoreNLP time. */
    public double nlpTokensPerSecond() {
      return tokens / nlpSeconds;
    }

    /** Everything but CoreNLP, as a share of the CoreNLP time. */
    public double overhead() {
      return (seconds - nlpSeconds) / nlpSeconds;
    }

    public double cleaningShare() {
      return cleanSeconds / nlpSeconds;
    }

    /** Voice, lexicons, classifiers and assembly: the overhead less cleaning. */
    public double restShare() {
      return (seconds - nlpSeconds - cleanSeconds) / nlpSeconds;
    }

    public double extractionMsPerArticle() {
      return extractionSeconds * 1000 / (articles * (double) passes);
    }

    public double extractionShare() {
      return extractionSeconds / nlpSeconds;
    }

    public double encoderShare() {
      return encoderSeconds / nlpSeconds;
    }
  }

  /**
   * Benchmarks one profile.
   *
   * @param refs the inputs (read again for the extraction timing)
   * @param ingestor how they are read
   * @param docs the documents they hold, read once beforehand
   * @param warmup untimed passes before the timed ones, so the JIT has compiled the measured code (at least
   *     one: it also collects the sentences the encoder timing uses)
   * @param repeat timed passes over the corpus
   */
  public static Result run(Profile profile, Path lexicons, List<Ingestor.InputRef> refs, Ingestor ingestor,
                           List<RawDocument> docs, int warmup, int repeat) throws InputException {
    if (repeat < 1 || warmup < 1 || docs.isEmpty()) {
      throw new IllegalArgumentException("need at least one warm-up pass, one timed pass and one document, got "
          + warmup + ", " + repeat + " and " + docs.size());
    }
    CoreNlpAnnotator core = CoreNlpAnnotator.forProfile(profile.corenlp());
    long[] nlpNanos = {0};
    TextAnnotator timed = new TextAnnotator() {
      @Override
      public NlpDocument annotate(String body) {
        long t0 = System.nanoTime();
        NlpDocument d = core.annotate(body);
        synchronized (nlpNanos) {
          nlpNanos[0] += System.nanoTime() - t0;
        }
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
    ArticlePipeline pipe = PipelineFactory.build(Settings.of(profile, lexicons), a -> timed);
    List<String> sentences = new ArrayList<>();
    for (RawDocument d : docs) {
      for (SentenceResult s : pipe.analyze(d).sentences()) { // warm-up
        sentences.add(s.text());
      }
    }
    for (int w = 1; w < warmup; w++) {
      for (RawDocument d : docs) {
        pipe.analyze(d);
      }
    }
    nlpNanos[0] = 0;
    long tokens = 0;
    Map<String, Long> stageNanos = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    for (int r = 0; r < repeat; r++) {
      for (ArticleResult a : pipe.analyzeAll(docs, stageNanos)) {
        tokens += a.metrics().getOrDefault("tokens", 0.0).longValue();
      }
    }
    long total = System.nanoTime() - t0;
    BoilerplateRemover cleaner = new BoilerplateRemover(ExtractionRules.load(lexicons));
    long c0 = System.nanoTime();
    for (int r = 0; r < repeat; r++) {
      for (RawDocument d : docs) {
        cleaner.clean(d);
      }
    }
    long cleanNanos = System.nanoTime() - c0;
    long i0 = System.nanoTime();
    for (int r = 0; r < repeat; r++) {
      for (Ingestor.InputRef ref : refs) {
        for (RawDocument d : ingestor.read(ref, e -> { })) {
          cleaner.clean(d);
        }
      }
    }
    long extractNanos = System.nanoTime() - i0;
    long encNanos = 0;
    if (profile.embeddings()) {
      SentenceEncoder enc = OnnxSentenceEncoder.shared();
      long e0 = System.nanoTime();
      for (int r = 0; r < repeat; r++) {
        for (String s : sentences) {
          enc.encode(s);
        }
      }
      encNanos = System.nanoTime() - e0;
    }
    return new Result(profile, docs.size(), repeat, tokens, total / 1e9, nlpNanos[0] / 1e9, cleanNanos / 1e9,
        extractNanos / 1e9, encNanos / 1e9, seconds(stageNanos));
  }

  private static Map<String, Double> seconds(Map<String, Long> nanos) {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v / 1e9));
    return out;
  }
}
