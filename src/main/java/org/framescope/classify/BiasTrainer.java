package org.framescope.classify;

import org.framescope.eval.BiasEvaluation;
import org.framescope.stats.Metrics;
import org.framescope.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import smile.util.SparseArray;

/**
 * Trains a {@link BiasModel} on labelled sentences with Smile.
 *
 * <p>Steps, all on the given training items only: (1) the token-level word model is trained in
 * {@code stackFolds} cross-fitted parts so every training sentence gets word-model features from a
 * model that did not see it, and once more on everything for use at prediction time; the word
 * model's threshold is the one maximizing token F1 on those out-of-fold token probabilities;
 * (2) the sentence vocabulary is built; (3) if several lambdas are given, inner stratified 3-fold
 * CV picks the one with the best macro-F1; (4) the sentence model is fitted with it.
 * The result is uncalibrated ({@link Platt#IDENTITY}); see {@link BiasEvaluation} for calibration.
 */
public final class BiasTrainer {
  /**
   * Training settings.
   *
   * @param features feature config
   * @param family Smile model family for the sentence model
   * @param lambdas L2 strengths to choose from (inner CV when more than one)
   * @param wordLambda L2 strength of the word model
   * @param stackFolds cross-fitting folds for the stacked word-model features
   * @param seed seed for all fold assignments
   */
  public record Params(FeatureConfig features, SmileFit.Family family, List<Double> lambdas, double wordLambda,
                       int stackFolds, long seed) {
    public Params {
      lambdas = List.copyOf(lambdas);
      if (lambdas.isEmpty()) {
        throw new IllegalArgumentException("need at least one lambda");
      }
      for (double l : lambdas) {
        if (!(l > 0)) {
          throw new IllegalArgumentException("lambda must be > 0, got " + l);
        }
      }
      if (!(wordLambda > 0)) {
        throw new IllegalArgumentException("wordLambda must be > 0, got " + wordLambda);
      }
      if (stackFolds < 2) {
        throw new IllegalArgumentException("stackFolds must be >= 2, got " + stackFolds);
      }
    }

    /** Sorted key/value form for provenance. */
    public Map<String, String> asMap() {
      TreeMap<String, String> m = new TreeMap<>();
      m.put("family", family.name().toLowerCase(java.util.Locale.ROOT));
      m.put("lambdaGrid", lambdas.toString());
      m.put("wordLambda", Double.toString(wordLambda));
      m.put("stackFolds", Integer.toString(stackFolds));
      m.put("seed", Long.toString(seed));
      m.put("tol", Double.toString(SmileFit.TOL));
      m.put("maxIter", Integer.toString(SmileFit.MAX_ITER));
      return m;
    }
  }

  /** The default settings of the shipped model. */
  public static Params defaults(long seed) {
    return new Params(FeatureConfig.DEFAULT, SmileFit.Family.LOGISTIC, List.of(0.25, 0.5, 1.0), 1.0, 5, seed);
  }

  /** A trained model and the lambda inner CV chose (with the inner macro-F1 of each candidate). */
  public record Result(BiasModel model, double lambda, Map<Double, Double> innerMacroF1) { }

  private BiasTrainer() { }

  /** Trains on {@code train} (light features only: no sentence encoder). */
  public static Result fit(List<Labelled> train, Params p) {
    return fit(train, p, null);
  }

  /** Trains on {@code train}; {@code encoder} is needed when the features use an embedding. */
  public static Result fit(List<Labelled> train, Params p, SentenceEncoder encoder) {
    return fit(prepare(train, p, encoder), p);
  }

  /** Training items with their cross-fitted stacked features and the word model (shared by families). */
  public record Prepared(List<Features> raw, int[] y, WordModel words) { }

  /** Light features only. */
  public static Prepared prepare(List<Labelled> train, Params p) {
    return prepare(train, p, null);
  }

  /** Step (1)-(2): word model, stacked features and raw sentence features (+ embedding). */
  public static Prepared prepare(List<Labelled> train, Params p, SentenceEncoder encoder) {
    if (p.features().usesEmbedding() && (encoder == null || !encoder.id().equals(p.features().embedding()))) {
      throw new IllegalArgumentException("features use the embedding " + p.features().embedding()
          + " but the encoder is " + (encoder == null ? "missing" : encoder.id()));
    }
    int n = train.size();
    int[] y = labels(train);
    // (1) cross-fitted word-model features and token threshold
    List<Features> stack = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      stack.add(Features.EMPTY);
    }
    double threshold = 0.5;
    WordModel words;
    if (p.features().wordStack()) {
      int[] sf = Folds.stratified(y, p.stackFolds(), p.seed() + 17);
      List<double[]> oofProbs = new ArrayList<>();
      List<int[]> oofGold = new ArrayList<>();
      for (int f = 0; f < p.stackFolds(); f++) {
        List<Labelled> part = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (sf[i] != f) {
            part.add(train.get(i));
          }
        }
        WordModel wm = WordModel.train(part, p.wordLambda(), 0.5);
        for (int i = 0; i < n; i++) {
          if (sf[i] == f) {
            List<Tokenizer.Tok> toks = Tokenizer.tokens(train.get(i).text());
            double[] pr = wm.probabilities(toks);
            oofProbs.add(pr);
            oofGold.add(WordModel.goldLabels(toks, train.get(i).biasedWords()));
            stack.set(i, wm.stackFeatures(pr));
          }
        }
      }
      threshold = bestThreshold(oofProbs, oofGold);
      double display = displayThreshold(oofProbs, oofGold, WordModel.DISPLAY_PRECISION);
      words = new WordModel(WordModel.train(train, p.wordLambda(), threshold).linear(), threshold, display);
      // stacked count feature depends on the threshold: recompute with the chosen one
      WordModel thresholded = new WordModel(words.linear(), threshold);
      int k = 0;
      int[] order = new int[n];
      for (int f = 0, m = 0; f < p.stackFolds(); f++) {
        for (int i = 0; i < n; i++) {
          if (sf[i] == f) {
            order[m++] = i;
          }
        }
      }
      for (int i : order) {
        stack.set(i, thresholded.stackFeatures(oofProbs.get(k++)));
      }
    } else {
      words = WordModel.train(train, p.wordLambda(), threshold);
    }
    List<Features> raw = new ArrayList<>(n);
    FeatureSink sink = new FeatureSink();
    for (int i = 0; i < n; i++) {
      String text = train.get(i).text();
      TextFeatures.sentence(text, Tokenizer.tokens(text), p.features(), sink);
      if (p.features().usesEmbedding()) {
        sink.vector(FeatureBlock.EMBED, BiasModel.scaled(encoder.encode(text), p.features().embeddingScale()));
      }
      raw.add(sink.finish().plus(stack.get(i)));
    }
    return new Prepared(raw, y, words);
  }

  /** Steps (3)-(4) on prepared items, with the family and lambdas of {@code p}. */
  public static Result fit(Prepared prep, Params p) {
    List<Features> raw = prep.raw();
    int[] y = prep.y();
    int n = y.length;
    WordModel words = prep.words();
    // (3) lambda by inner CV
    double lambda = p.lambdas().get(0);
    TreeMap<Double, Double> inner = new TreeMap<>();
    if (p.lambdas().size() > 1) {
      int[] inf = Folds.stratified(y, 3, p.seed() + 31);
      double best = -1;
      for (double l : p.lambdas()) {
        int[] pred = new int[n];
        for (int f = 0; f < 3; f++) {
          List<Features> tr = new ArrayList<>();
          List<Integer> ty = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (inf[i] != f) {
              tr.add(raw.get(i));
              ty.add(y[i]);
            }
          }
          LinearModel lm = fitLinear(tr, ty.stream().mapToInt(Integer::intValue).toArray(), p, l);
          for (int i = 0; i < n; i++) {
            if (inf[i] == f) {
              pred[i] = lm.probabilities(raw.get(i))[1] >= 0.5 ? 1 : 0;
            }
          }
        }
        double f1 = Metrics.report(y, pred, List.of("non-biased", "biased")).macroF1();
        inner.put(l, f1);
        if (f1 > best + 1e-12) {
          best = f1;
          lambda = l;
        }
      }
    }
    LinearModel lm = fitLinear(raw, y, p, lambda);
    String name = "babe-bias-" + p.family().name().toLowerCase(java.util.Locale.ROOT)
        + (p.features().usesEmbedding() ? "-embedding" : "");
    return new Result(new BiasModel(name, p.features(), lm, words, Platt.IDENTITY, null), lambda, inner);
  }

  /**
   * Full training as shipped: k-fold CV on {@code data} gives out-of-fold logits, Platt scaling is
   * fitted on them, then the model is trained on all rows, calibrated and given its provenance
   * (data file name and SHA-256, rows, seed, hyperparameters, chosen lambda, library versions, CV
   * macro-F1 and Brier scores). Same data and seed give byte-identical {@link BiasModel#toBytes()}.
   */
  public static BiasModel trainCalibrated(Datasets.Babe data, Params p, int folds) {
    return trainCalibrated(data, p, folds, null);
  }

  /** As {@link #trainCalibrated(Datasets.Babe, Params, int)}, with the encoder for embedding features. */
  public static BiasModel trainCalibrated(Datasets.Babe data, Params p, int folds, SentenceEncoder encoder) {
    List<Labelled> rows = data.rows();
    int n = rows.size();
    int[] y = labels(rows);
    int[] fold = Folds.stratified(y, folds, p.seed());
    double[] z = new double[n];
    for (int f = 0; f < folds; f++) {
      List<Labelled> train = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold[i] != f) {
          train.add(rows.get(i));
        }
      }
      BiasModel m = fit(train, p, encoder).model();
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          String text = rows.get(i).text();
          z[i] = m.logit(text, m.needsEmbedding() ? encoder.encode(text) : null);
        }
      }
    }
    Platt platt = Platt.fit(z, y);
    int[] pred = new int[n];
    double[] raw = new double[n];
    double[] cal = new double[n];
    for (int i = 0; i < n; i++) {
      pred[i] = z[i] >= 0 ? 1 : 0;
      raw[i] = Platt.IDENTITY.apply(z[i]);
      cal[i] = platt.apply(z[i]);
    }
    Result all = fit(rows, p, encoder);
    com.fasterxml.jackson.databind.node.ObjectNode prov =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    prov.put("trainingData", data.path().getFileName().toString());
    prov.put("trainingDataSha256", data.sha256());
    prov.put("rows", n);
    prov.put("droppedRows", data.dropped());
    prov.put("seed", p.seed());
    var hp = prov.putObject("hyperparameters");
    p.asMap().forEach(hp::put);
    prov.put("chosenLambda", all.lambda());
    prov.put("wordThreshold", all.model().words().threshold());
    prov.put("calibration", "Platt scaling fitted on " + folds + "-fold out-of-fold logits (same seed)");
    prov.put("smile", ModelFile.SMILE_VERSION);
    prov.put("java", System.getProperty("java.version"));
    prov.put("framescope", "0.1.0");
    if (encoder != null && p.features().usesEmbedding()) {
      var enc = prov.putObject("sentenceEncoder");
      encoder.provenance().forEach(enc::put);
    }
    var cv = prov.putObject("cv");
    cv.put("folds", folds);
    cv.put("macroF1", ModelFile.round(Metrics.report(y, pred, List.of("non-biased", "biased")).macroF1()));
    cv.put("brierRaw", ModelFile.round(Metrics.brier(raw, y)));
    cv.put("brierPlattInSample", ModelFile.round(Metrics.brier(cal, y)));
    return all.model().withCalibration(platt).withProvenance(prov);
  }

  static LinearModel fitLinear(List<Features> raw, int[] y, Params p, double lambda) {
    Vectorizer v = Vectorizer.fit(raw, p.features().minDf(), true);
    List<SparseArray> x = new ArrayList<>(raw.size());
    for (Features r : raw) {
      x.add(v.transform(r));
    }
    double[][] w = SmileFit.fit(p.family(), x, y, v.size(), 2, lambda);
    return new LinearModel(v, w, p.family() == SmileFit.Family.MAXENT);
  }

  /** 1 for biased, 0 for non-biased. */
  public static int[] labels(List<Labelled> data) {
    int[] y = new int[data.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = data.get(i).biased() ? 1 : 0;
    }
    return y;
  }

  /**
   * Smallest threshold in 0.05..0.95 (step 0.05) whose token precision on the given (cross-fitted)
   * predictions reaches {@code precision}, with at least 20 flagged tokens; 0.95 if none does.
   */
  static double displayThreshold(List<double[]> probs, List<int[]> gold, double precision) {
    for (int s = 1; s <= 19; s++) {
      double t = s * 0.05;
      long tp = 0;
      long fp = 0;
      for (int j = 0; j < probs.size(); j++) {
        for (int i = 0; i < probs.get(j).length; i++) {
          if (probs.get(j)[i] >= t) {
            if (gold.get(j)[i] == 1) {
              tp++;
            } else {
              fp++;
            }
          }
        }
      }
      if (tp + fp >= 20 && tp >= precision * (tp + fp)) {
        return t;
      }
    }
    return 0.95;
  }

  /** Threshold in 0.05..0.95 (step 0.05) maximizing token F1 of the positive class. */
  static double bestThreshold(List<double[]> probs, List<int[]> gold) {
    double best = -1;
    double bestT = 0.5;
    for (int s = 1; s <= 19; s++) {
      double t = s * 0.05;
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (int j = 0; j < probs.size(); j++) {
        double[] pr = probs.get(j);
        int[] g = gold.get(j);
        for (int i = 0; i < pr.length; i++) {
          boolean pred = pr[i] >= t;
          if (pred && g[i] == 1) {
            tp++;
          } else if (pred) {
            fp++;
          } else if (g[i] == 1) {
            fn++;
          }
        }
      }
      double f = Metrics.binary("w", tp, fp, fn).f1();
      if (f > best + 1e-12) {
        best = f;
        bestT = t;
      }
    }
    return bestT;
  }
}
