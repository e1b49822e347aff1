package org.framescope.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import smile.util.SparseArray;

/**
 * A trained linear classifier over a {@link Vectorizer}: k weight rows (intercept last), softmax
 * probabilities. Weights are rounded to 8 significant digits at construction so that the in-memory
 * model and its JSON form are the same.
 *
 * <p>Input: hashed features ({@link Features}). Output: class probabilities, or per-feature contributions.
 */
public final class LinearModel {
  private final Vectorizer vectorizer;
  private final double[][] weights;
  /**
   * The same weights column-major ({@code [j * k + c]}): scoring reads all classes of one feature, and this way
   * they share a cache line (the rows are megabytes apart).
   */
  private final double[] byColumn;
  private final boolean binaryFeatures;

  /** Model over {@code vectorizer}; weights is k x (size+1). */
  public LinearModel(Vectorizer vectorizer, double[][] weights, boolean binaryFeatures) {
    this.vectorizer = vectorizer;
    this.binaryFeatures = binaryFeatures;
    this.weights = new double[weights.length][];
    if (weights.length < 2) {
      throw new IllegalArgumentException("need at least 2 classes, got " + weights.length);
    }
    for (int c = 0; c < weights.length; c++) {
      if (weights[c].length != vectorizer.size() + 1) {
        throw new IllegalArgumentException("weight row " + c + " has " + weights[c].length
            + " entries, expected " + (vectorizer.size() + 1));
      }
      this.weights[c] = new double[weights[c].length];
      for (int j = 0; j < weights[c].length; j++) {
        this.weights[c][j] = ModelFile.round(weights[c][j]);
      }
    }
    int k = weights.length;
    this.byColumn = new double[(vectorizer.size() + 1) * k];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j <= vectorizer.size(); j++) {
        byColumn[j * k + c] = this.weights[c][j];
      }
    }
  }

  public Vectorizer vectorizer() {
    return vectorizer;
  }

  public int classes() {
    return weights.length;
  }

  /** Weight of feature j for class c (j = size() is the intercept). */
  public double weight(int c, int j) {
    return byColumn[j * weights.length + c];
  }

  /** Sparse vector of raw features. */
  public SparseArray vector(Features raw) {
    return vectorizer.transform(raw);
  }

  /** Class probabilities (scored without building a Smile vector: this runs per token and per target). */
  public double[] probabilities(Features raw) {
    int[] idx = new int[raw.size()];
    double[] val = new double[raw.size()];
    int m = vectorizer.columns(raw, idx, val);
    int k = weights.length;
    int p = vectorizer.size();
    double[] s = new double[k];
    // each class sums its terms in column order, as row by row would
    for (int c = 0; c < k; c++) {
      s[c] = byColumn[p * k + c];
    }
    for (int j = 0; j < m; j++) {
      double x = binaryFeatures ? (val[j] != 0 ? 1.0 : 0.0) : val[j];
      int base = idx[j] * k;
      for (int c = 0; c < k; c++) {
        s[c] += byColumn[base + c] * x;
      }
    }
    return SmileFit.softmax(s);
  }

  /**
   * Class probabilities of an item given as distinct ascending keys with value 1, for models over binary
   * count features (the word model, per token): the same sums in the same order as
   * {@link #probabilities(Features)}, without building a {@link Features}.
   */
  double[] probabilitiesOfKeys(int[] keys, int n) {
    if (!binaryFeatures || vectorizer.tfidf()) {
      throw new IllegalStateException("probabilitiesOfKeys needs a binary-feature model without tf-idf");
    }
    int k = weights.length;
    int p = vectorizer.size();
    double[] s = new double[k];
    for (int c = 0; c < k; c++) {
      s[c] = byColumn[p * k + c];
    }
    for (int j = 0; j < n; j++) {
      int col = vectorizer.indexOf(keys[j]);
      if (col >= 0) {
        for (int c = 0; c < k; c++) {
          s[c] += byColumn[col * k + c] * 1.0;
        }
      }
    }
    return SmileFit.softmax(s);
  }

  /** Class probabilities of an already vectorized item. */
  public double[] probabilities(SparseArray x) {
    return SmileFit.predict(weights, x, binaryFeatures);
  }

  /** Binary models: the logit of class 1 (w1 - w0) . x. */
  public double logit(SparseArray x) {
    int p = vectorizer.size();
    double z = weights[1][p] - weights[0][p];
    for (SparseArray.Entry e : x) {
      z += (weights[1][e.i] - weights[0][e.i]) * (binaryFeatures ? 1.0 : e.x);
    }
    return z;
  }

  /** JSON form: kept feature keys, idf (if tf-idf), weight rows. */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("tfidf", vectorizer.tfidf());
    o.put("binaryFeatures", binaryFeatures);
    ArrayNode t = o.putArray("keys");
    for (int key : vectorizer.keys()) {
      t.add(key);
    }
    if (vectorizer.tfidf()) {
      o.set("idf", ModelFile.doubles(vectorizer.idfs()));
    }
    ArrayNode w = o.putArray("weights");
    for (double[] row : weights) {
      w.add(ModelFile.doubles(row));
    }
    return o;
  }

  /** Reads the form written by {@link #toJson()}. */
  public static LinearModel fromJson(JsonNode o) {
    boolean tfidf = o.path("tfidf").asBoolean();
    JsonNode tn = o.get("keys");
    if (tn == null || !tn.isArray()) {
      throw new IllegalArgumentException("'keys' must be an array");
    }
    int[] keys = new int[tn.size()];
    for (int i = 0; i < keys.length; i++) {
      if (!tn.get(i).canConvertToInt()) {
        throw new IllegalArgumentException("'keys' must hold integers, got " + tn.get(i));
      }
      keys[i] = tn.get(i).intValue();
      FeatureBlock.ofKey(keys[i]);
    }
    double[] idf = tfidf ? ModelFile.doubles(o.get("idf"), "idf") : new double[keys.length];
    JsonNode wn = o.get("weights");
    if (wn == null || !wn.isArray()) {
      throw new IllegalArgumentException("'weights' must be an array");
    }
    double[][] w = new double[wn.size()][];
    for (int c = 0; c < w.length; c++) {
      w[c] = ModelFile.doubles(wn.get(c), "weights[" + c + "]");
    }
    return new LinearModel(new Vectorizer(keys, idf, tfidf), w, o.path("binaryFeatures").asBoolean());
  }
}
