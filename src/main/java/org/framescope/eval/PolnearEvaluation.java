package org.framescope.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.framescope.model.AttributionSpans;
import org.framescope.model.InputException;
import org.framescope.model.NlpDocument;
import org.framescope.stats.ClusterBootstrap;
import org.framescope.stats.Interval;
import org.framescope.voice.DetectedAttribution;

/**
 * Attribution on PolNeAR, for framescope and any peer, in one run and by one scorer ({@link PolnearScorer}).
 *
 * <p>Input: a compartment ({@link PolnearCorpus}), an annotator giving each article's parse (the scorer's
 * tokens and heads, the same for every system), and named systems that map an article to predicted
 * attributions. Where an article has several annotators' files it is scored against each, and each score
 * weighs 1/k, so every article counts once; on those articles the annotators are also scored against each other
 * ({@link Agreement}). Output: a {@link Result} with the figures per system.
 */
public final class PolnearEvaluation {
  /** A system under evaluation. */
  @FunctionalInterface
  public interface AttributionSystem {
    List<AttributionSpans> predict(PolnearCorpus.Article article, NlpDocument parse) throws InputException;
  }

  /** The parse of an article's text. */
  @FunctionalInterface
  public interface Parser {
    NlpDocument parse(String text) throws InputException;
  }

  /** Cue figures. */
  public record Cue(double precision, double recall, double f1) { }

  /**
   * Source figures.
   *
   * @param precision source spans overlapping the gold source, over predictions with a source
   * @param recall the same over gold attributions with a source
   * @param f1 their harmonic mean
   * @param headAccuracy right heads over matched attributions whose gold has a source (the figure)
   * @param headRecall right heads over all gold attributions with a source ({@link PolnearScorer.Counts#headRecall})
   */
  public record Source(double precision, double recall, double f1, double headAccuracy, double headRecall) { }

  /** Content figures. */
  public record Content(double tokenPrecision, double tokenRecall, double tokenF1, double overlap) { }

  /** One system's figures with the weighted counts behind them. */
  @JsonPropertyOrder({"cue", "source", "content", "counts"})
  public record Figures(Cue cue, Source source, Content content, PolnearScorer.Counts counts) {
    static Figures of(PolnearScorer.Counts c) {
      return new Figures(new Cue(r(c.cuePrecision()), r(c.cueRecall()), r(c.cueF1())),
          new Source(r(c.sourcePrecision()), r(c.sourceRecall()), r(c.sourceF1()), r(c.headAccuracy()),
              r(c.headRecall())),
          new Content(r(c.contentPrecision()), r(c.contentRecall()), r(c.contentF1()), r(c.contentOverlap())),
          new PolnearScorer.Counts(r(c.gold()), r(c.predicted()), r(c.matched()), r(c.sourceGold()),
              r(c.sourcePredicted()), r(c.sourceMatched()), r(c.headTotal()), r(c.headCorrect()), r(c.contentGold()),
              r(c.contentPredicted()), r(c.contentCorrect()), r(c.overlapTotal()), r(c.overlapCorrect())));
    }

    static double r(double v) {
      return Math.round(v * 10000) / 10000.0;
    }
  }

  /**
   * Source head accuracy of the first system and another one on the gold attributions (with a source) that both
   * matched, so a system that finds only the easy cases is compared on those cases.
   *
   * @param other the other system
   * @param attributions gold attributions both matched (weighted 1/k like every count)
   * @param first head accuracy of the first system on them
   * @param second head accuracy of the other system on them
   */
  public record PairedHeads(String other, double attributions, double first, double second) { }

  /**
   * The outcome.
   *
   * @param data the compartment folder
   * @param dataSha256 its hash ({@link PolnearCorpus.Compartment#sha256()})
   * @param articles articles scored
   * @param annotationFiles annotator files scored
   * @param multiAnnotated articles with more than one annotator file (each file weighs 1/k)
   * @param systems figures per system, in the order given
   * @param pairedHeads the first system against each other one, on the attributions both matched
   * @param agreement the annotators against each other, and the systems, on the multi-annotated articles
   * @param uncertainty confidence intervals over resampled articles; null when not asked for
   */
  public record Result(String data, String dataSha256, int articles, int annotationFiles, int multiAnnotated,
                       Map<String, Figures> systems, List<PairedHeads> pairedHeads, Agreement agreement,
                       Uncertainty uncertainty) {
    public Result {
      systems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(systems));
      pairedHeads = List.copyOf(pairedHeads);
    }
  }

  /**
   * Intervals of the four headline figures and of head recall (a difference of two systems' figures in
   * {@link Difference}).
   */
  @JsonPropertyOrder({"cueF1", "sourceF1", "headAccuracy", "contentTokenF1", "headRecall"})
  public record Intervals(Interval cueF1, Interval sourceF1, Interval headAccuracy, Interval contentTokenF1,
                          Interval headRecall) { }

  /**
   * The first system minus another one, each on the same resampled articles.
   *
   * @param other the other system
   * @param figures first minus other for the four figures, each over its own matches as in {@link Result#systems}
   * @param headOnCommon first minus other in head accuracy on the gold attributions both matched
   *     ({@link PairedHeads})
   */
  public record Difference(String other, Intervals figures, Interval headOnCommon) { }

  /**
   * How far the figures could move with other articles of the same kind: a percentile bootstrap over the scored
   * articles ({@link ClusterBootstrap}; an article with several annotator files is one unit, its files weighing
   * 1/k as in the figures).
   *
   * @param method how the intervals were made
   * @param resamples bootstrap resamples
   * @param confidence confidence level
   * @param seed generator seed
   * @param systems each system's intervals, in the order given
   * @param differences the first system against each other one
   */
  @JsonPropertyOrder({"method", "resamples", "confidence", "seed", "systems", "differences"})
  public record Uncertainty(String method, int resamples, double confidence, long seed, Map<String, Intervals> systems,
                            List<Difference> differences) {
    public Uncertainty {
      systems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(systems));
      differences = List.copyOf(differences);
    }
  }

  /**
   * The annotators against each other, and every system, on the articles that several annotators marked: what
   * the annotation itself allows a system to reach. Each annotator's file is scored as a prediction against each
   * other one (both directions; an article with k files gives k(k-1) pairs, each weighing 1/(k(k-1))); a system is
   * scored against each file as in {@link Result#systems} (1/k), so every article counts once in both.
   *
   * <p>The articles are {@link Result#multiAnnotated}; with none, the figures are all zero.
   *
   * @param annotators the annotators' figures against each other
   * @param systems each system's figures on the same articles, in the order given
   */
  @JsonPropertyOrder({"annotators", "systems"})
  public record Agreement(Figures annotators, Map<String, Figures> systems) {
    public Agreement {
      systems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(systems));
    }
  }

  /** The five figures of {@link Intervals}, in its order. */
  private static final List<ToDoubleFunction<PolnearScorer.Counts>> FIGURES = List.of(PolnearScorer.Counts::cueF1,
      PolnearScorer.Counts::sourceF1, PolnearScorer.Counts::headAccuracy, PolnearScorer.Counts::contentF1,
      PolnearScorer.Counts::headRecall);

  private PolnearEvaluation() { }

  /**
   * A nested attribution (its cue inside another's content) is kept for PolNeAR from this cue probability on.
   * Chosen on the validation split of train with the fit-only model (cue F1 with none kept 0.785; from 0.8, 0.7,
   * 0.6: 0.793, 0.794, 0.793; docs/evaluation-polnear.md).
   */
  public static final double NESTED_KEPT = 0.7;

  /**
   * framescope's attributions as PolNeAR annotates them. PolNeAR marks no attribution inside another's content:
   * where two cues nest ("Smith said the report, which the agency called flawed, ..."), its annotators marked
   * the outer one, the inner one, or both with the outer content cut short. framescope keeps the outer content
   * whole (the codebook's rule for nested speech) and marks the inner attribution {@code nested}; for PolNeAR
   * every outer attribution counts, and an inner one when its cue probability is at least {@code keptFrom}
   * ({@link #NESTED_KEPT} for the trained model; the rules alone have no probability, so pass
   * {@link Double#POSITIVE_INFINITY} and none of their inner ones count). {@code voicedOnly}: only those that pass
   * the voice gate (what changes the article's voice labels).
   */
  public static List<AttributionSpans> asPolnear(List<DetectedAttribution> found, boolean voicedOnly,
                                                 double keptFrom) {
    List<AttributionSpans> out = new ArrayList<>();
    for (DetectedAttribution d : found) {
      if ((!d.nested() || d.confidence() >= keptFrom) && (d.voiced() || !voicedOnly)) {
        out.add(d.spans());
      }
    }
    return out;
  }

  /** Scores the systems on the articles of {@code c} that {@code include} accepts, without intervals. */
  public static Result run(PolnearCorpus.Compartment c, Predicate<String> include, Parser parser,
                           Map<String, AttributionSystem> systems, java.util.function.Consumer<String> progress)
      throws InputException {
    return run(c, include, parser, systems, progress, null);
  }

  /**
   * Scores the systems on the articles of {@code c} that {@code include} accepts; with {@code bootstrap} (may be
   * null) also the intervals of {@link Uncertainty}.
   */
  public static Result run(PolnearCorpus.Compartment c, Predicate<String> include, Parser parser,
                           Map<String, AttributionSystem> systems, java.util.function.Consumer<String> progress,
                           ClusterBootstrap bootstrap)
      throws InputException {
    Map<String, List<double[]>> perArticle = new LinkedHashMap<>();
    Map<String, List<double[]>> pairedPerArticle = new LinkedHashMap<>();
    systems.keySet().forEach(k -> perArticle.put(k, new ArrayList<>()));
    Map<String, PolnearScorer.Counts> totals = new LinkedHashMap<>();
    Map<String, PolnearScorer.Counts> onMulti = new LinkedHashMap<>();
    PolnearScorer.Counts annotators = PolnearScorer.Counts.ZERO;
    systems.keySet().forEach(k -> totals.put(k, PolnearScorer.Counts.ZERO));
    systems.keySet().forEach(k -> onMulti.put(k, PolnearScorer.Counts.ZERO));
    int articles = 0;
    int files = 0;
    int multi = 0;
    List<PolnearCorpus.Article> chosen = new ArrayList<>();
    for (PolnearCorpus.Article a : c.articles()) {
      if (include.test(a.id())) {
        chosen.add(a);
      }
    }
    for (PolnearCorpus.Article a : chosen) {
      NlpDocument doc = parser.parse(a.text());
      articles++;
      int kFiles = a.annotations().size();
      files += kFiles;
      multi += kFiles > 1 ? 1 : 0;
      double w = 1.0 / kFiles;
      Map<String, List<AttributionSpans>> preds = new LinkedHashMap<>();
      for (Map.Entry<String, AttributionSystem> e : systems.entrySet()) {
        List<AttributionSpans> pred = e.getValue().predict(a, doc);
        preds.put(e.getKey(), pred);
        PolnearScorer.Counts sum = totals.get(e.getKey());
        PolnearScorer.Counts multiSum = onMulti.get(e.getKey());
        PolnearScorer.Counts article = PolnearScorer.Counts.ZERO;
        for (PolnearCorpus.Annotation an : a.annotations()) {
          PolnearScorer.Counts one = PolnearScorer.score(doc, an.attributions(), pred);
          sum = sum.plus(one, w);
          multiSum = kFiles > 1 ? multiSum.plus(one, w) : multiSum;
          article = article.plus(one, w);
        }
        perArticle.get(e.getKey()).add(article.toArray());
        totals.put(e.getKey(), sum);
        onMulti.put(e.getKey(), multiSum);
      }
      for (PolnearCorpus.Annotation gold : a.annotations()) {
        for (PolnearCorpus.Annotation other : a.annotations()) {
          if (other != gold) {
            annotators = annotators.plus(PolnearScorer.score(doc, gold.attributions(), other.attributions()),
                1.0 / (kFiles * (kFiles - 1)));
          }
        }
      }
      List<String> names = new ArrayList<>(preds.keySet());
      for (int k = 1; k < names.size(); k++) {
        double[] one = new double[3]; // gold attributions both matched, heads right by the first, by system k
        for (PolnearCorpus.Annotation an : a.annotations()) {
          int[] h0 = PolnearScorer.heads(doc, an.attributions(), preds.get(names.get(0)));
          int[] hk = PolnearScorer.heads(doc, an.attributions(), preds.get(names.get(k)));
          for (int g = 0; g < h0.length; g++) {
            if (h0[g] >= 0 && hk[g] >= 0) {
              one[0] += w;
              one[1] += w * h0[g];
              one[2] += w * hk[g];
            }
          }
        }
        pairedPerArticle.computeIfAbsent(names.get(k), x -> new ArrayList<>()).add(one);
      }
      if (articles % 10 == 0) {
        progress.accept("polnear: " + articles + "/" + chosen.size() + " articles");
      }
    }
    Map<String, Figures> figures = new LinkedHashMap<>();
    totals.forEach((k, v) -> figures.put(k, Figures.of(v)));
    Map<String, Figures> multiFigures = new LinkedHashMap<>();
    onMulti.forEach((k, v) -> multiFigures.put(k, Figures.of(v)));
    List<PairedHeads> pairs = new ArrayList<>();
    pairedPerArticle.forEach((k, units) -> {
      double[] v = new double[3];
      units.forEach(one -> {
        for (int j = 0; j < 3; j++) {
          v[j] += one[j];
        }
      });
      pairs.add(new PairedHeads(k, Figures.r(v[0]), v[0] == 0 ? 0 : Figures.r(v[1] / v[0]),
          v[0] == 0 ? 0 : Figures.r(v[2] / v[0])));
    });
    return new Result(c.dir().toString(), c.sha256(), articles, files, multi, figures, pairs,
        new Agreement(Figures.of(annotators), multiFigures),
        bootstrap == null || articles == 0 ? null : uncertainty(bootstrap, perArticle, pairedPerArticle));
  }

  private static Uncertainty uncertainty(ClusterBootstrap boot, Map<String, List<double[]>> perArticle,
                                         Map<String, List<double[]>> pairedPerArticle) {
    Map<String, Intervals> own = new LinkedHashMap<>();
    perArticle.forEach((k, units) -> own.put(k, intervals(boot, units, false)));
    List<Difference> differences = new ArrayList<>();
    List<String> names = new ArrayList<>(perArticle.keySet());
    int w = PolnearScorer.Counts.WIDTH;
    List<double[]> first = perArticle.get(names.get(0));
    for (int k = 1; k < names.size(); k++) {
      List<double[]> other = perArticle.get(names.get(k));
      List<double[]> both = new ArrayList<>(); // per article: the first system's counts, then the other's
      for (int i = 0; i < first.size(); i++) {
        double[] u = java.util.Arrays.copyOf(first.get(i), 2 * w);
        System.arraycopy(other.get(i), 0, u, w, w);
        both.add(u);
      }
      Interval common = boot.interval(pairedPerArticle.get(names.get(k)),
          a -> a[0] == 0 ? 0 : (a[1] - a[2]) / a[0]);
      differences.add(new Difference(names.get(k), intervals(boot, both, true), round(common)));
    }
    return new Uncertainty("percentile bootstrap over articles", boot.resamples(), boot.confidence(), boot.seed(), own,
        differences);
  }

  /**
   * The intervals of the five figures over {@code units}: of one system's counts, or ({@code paired}) of the first
   * system's figure minus the second's, where each unit holds both systems' counts one after the other.
   */
  private static Intervals intervals(ClusterBootstrap boot, List<double[]> units, boolean paired) {
    int w = PolnearScorer.Counts.WIDTH;
    List<ToDoubleFunction<double[]>> stats = new ArrayList<>();
    for (ToDoubleFunction<PolnearScorer.Counts> f : FIGURES) {
      stats.add(paired
          ? a -> f.applyAsDouble(PolnearScorer.Counts.fromArray(a, 0))
              - f.applyAsDouble(PolnearScorer.Counts.fromArray(a, w))
          : a -> f.applyAsDouble(PolnearScorer.Counts.fromArray(a, 0)));
    }
    List<Interval> i = boot.intervals(units, stats);
    return new Intervals(round(i.get(0)), round(i.get(1)), round(i.get(2)), round(i.get(3)), round(i.get(4)));
  }

  private static Interval round(Interval i) {
    return new Interval(Figures.r(i.estimate()), i.isDefined() ? Figures.r(i.lower()) : Double.NaN,
        i.isDefined() ? Figures.r(i.upper()) : Double.NaN, i.confidence());
  }
}
