package org.framescope.classify;

import org.framescope.text.Tokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import smile.util.SparseArray;

/**
 * Token-level "biased word" model trained on BABE's {@code biased_words}: L2 logistic regression
 * (Smile) over {@link WordFeatures}.
 *
 * <p>Input: a sentence's tokens. Output: for each token the probability that annotators would mark
 * it as biased; tokens at or above {@link #threshold()} are highlighted.
 */
public final class WordModel {
  /** Precision that shown word spans must reach on cross-fitted training predictions. */
  public static final double DISPLAY_PRECISION = 0.6;

  private final LinearModel model;
  private final double threshold;
  private final double displayThreshold;

  /** A word model whose spans are shown from {@code threshold} on (no separate display threshold). */
  public WordModel(LinearModel model, double threshold) {
    this(model, threshold, threshold);
  }

  /**
   * @param threshold token probability from which a word counts as flagged in the stacked sentence features
   *     (chosen for token F1)
   * @param displayThreshold token probability from which a word is shown as a span (chosen so that the
   *     cross-fitted precision on the training data reaches {@link #DISPLAY_PRECISION})
   */
  public WordModel(LinearModel model, double threshold, double displayThreshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0,1), got " + threshold);
    }
    if (!(displayThreshold > 0 && displayThreshold < 1)) {
      throw new IllegalArgumentException("displayThreshold must be in (0,1), got " + displayThreshold);
    }
    this.model = model;
    this.threshold = ModelFile.round(threshold);
    this.displayThreshold = ModelFile.round(displayThreshold);
  }

  public double threshold() {
    return threshold;
  }

  /** Token probability from which words are shown as spans. */
  public double displayThreshold() {
    return displayThreshold;
  }

  public LinearModel linear() {
    return model;
  }

  /** Gold token labels of one sentence: 1 where the normalized token is among its biased words. */
  public static int[] goldLabels(List<Tokenizer.Tok> toks, List<String> biasedWords) {
    Set<String> set = new HashSet<>(biasedWords);
    int[] y = new int[toks.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = set.contains(toks.get(i).norm()) ? 1 : 0;
    }
    return y;
  }

  /** Trains on all tokens of the given sentences. */
  public static WordModel train(List<Labelled> data, double lambda, double threshold) {
    List<Features> raw = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    FeatureSink sink = new FeatureSink();
    for (Labelled l : data) {
      List<Tokenizer.Tok> toks = Tokenizer.tokens(l.text());
      int[] y = goldLabels(toks, l.biasedWords());
      for (int i = 0; i < toks.size(); i++) {
        WordFeatures.token(toks, i, sink);
        raw.add(sink.finish());
        ys.add(y[i]);
      }
    }
    Vectorizer v = Vectorizer.fit(raw, 2, false);
    List<SparseArray> x = new ArrayList<>(raw.size());
    for (Features r : raw) {
      x.add(v.transform(r));
    }
    int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
    double[][] w = SmileFit.fit(SmileFit.Family.LOGISTIC, x, y, v.size(), 2, lambda);
    return new WordModel(new LinearModel(v, w, true), threshold);
  }

  /** Probability of "biased word" for each token. */
  public double[] probabilities(List<Tokenizer.Tok> toks) {
    double[] p = new double[toks.size()];
    FeatureSink sink = new FeatureSink();
    for (int i = 0; i < p.length; i++) {
      WordFeatures.token(toks, i, sink);
      int n = sink.finishKeys();
      p[i] = model.probabilitiesOfKeys(sink.lastKeys(), n)[1];
    }
    return p;
  }

  /**
   * Sentence-level features stacked into the bias model: the highest token probability, the mean of
   * the top two, a noisy-or over all tokens, and the number of tokens over the threshold (capped at 3,
   * divided by 3).
   */
  public void stackFeatures(double[] p, FeatureSink f) {
    double[] s = p.clone();
    java.util.Arrays.sort(s);
    int n = s.length;
    if (n == 0) {
      return;
    }
    double notAny = 1;
    int over = 0;
    for (double v : s) {
      notAny *= 1 - v;
      if (v >= threshold) {
        over++;
      }
    }
    f.dense("wmax", s[n - 1]);
    f.dense("wtop2", n > 1 ? (s[n - 1] + s[n - 2]) / 2 : s[n - 1]);
    f.dense("wnoisyor", 1 - notAny);
    f.dense("wcount", Math.min(3, over) / 3.0);
  }

  /** {@link #stackFeatures(double[], FeatureSink)} on their own. */
  public Features stackFeatures(double[] p) {
    FeatureSink f = new FeatureSink();
    stackFeatures(p, f);
    return f.finish();
  }

  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("threshold", threshold);
    o.put("displayThreshold", displayThreshold);
    o.set("model", model.toJson());
    return o;
  }

  public static WordModel fromJson(JsonNode o) {
    return new WordModel(LinearModel.fromJson(o.path("model")), o.path("threshold").asDouble(),
        o.path("displayThreshold").asDouble());
  }
}
