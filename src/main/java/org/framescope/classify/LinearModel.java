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
  private final boolean binaryFeatures;
  /**
   * The scoring layout, built for look-ups in a model the caches no longer hold (CoreNLP evicts it between
   * articles; a sentence looks up hundreds of keys): a key table ({@code slotKeys}, open addressing with linear
   * probing, at most half full, -1 = empty) small enough to stay mostly in cache, where most keys - character
   * n-grams the model never kept - are found missing after one or two neighbouring reads; and beside it, for each
   * slot, everything scoring reads about the key, side by side ({@code slotData}: idf, then the k weights), so a
   * kept key costs one more read instead of two scattered ones (idf, weights). The values are the same doubles as
   * {@link #weight} and {@link Vectorizer#idf}, summed in the same order, so scores do not change.
   */
  private final int[] slotKeys;
  private final double[] slotData;
  private final int stride;
  private final int mask;
  private final double[] intercepts;

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
    int p = vectorizer.size();
    this.stride = 1 + k;
    int cap = Integer.highestOneBit(Math.max(4, p * 2 - 1)) * 2;
    this.mask = cap - 1;
    this.slotKeys = new int[cap];
    java.util.Arrays.fill(slotKeys, -1);
    this.slotData = new double[cap * stride];
    for (int j = 0; j < p; j++) {
      int s = home(vectorizer.key(j));
      while (slotKeys[s] != -1) {
        s = (s + 1) & mask;
      }
      slotKeys[s] = vectorizer.key(j);
      slotData[s * stride] = vectorizer.idf(j);
      for (int c = 0; c < k; c++) {
        slotData[s * stride + 1 + c] = this.weights[c][j];
      }
    }
    this.intercepts = new double[k];
    for (int c = 0; c < k; c++) {
      intercepts[c] = this.weights[c][p];
    }
  }

  /** First slot to probe for a key: the vectorizer's slot function over this table's size. */
  private int home(int key) {
    return Vectorizer.slot(key, mask + 1);
  }

  /**
   * Start of the key's data in {@code slotData}, or -1 when the key is not kept, given the home slot {@code s} of
   * the key and the key that slot holds.
   */
  private int probe(int key, int s, int first) {
    int e = first;
    while (true) {
      if (e == key) {
        return s * stride;
      }
      if (e == -1) {
        return -1;
      }
      s = (s + 1) & mask;
      e = slotKeys[s];
    }
  }

  /**
   * The home slots of {@code n} keys and the key each holds, read in one pass without branches: the reads do not
   * depend on each other, so the processor has many of them in flight at once, while the probing loop, which
   * branches on each one, would wait for them one at a time.
   */
  private void homes(int n, int[] keys, int[] home, int[] first) {
    for (int j = 0; j < n; j++) {
      home[j] = home(keys[j]);
    }
    for (int j = 0; j < n; j++) {
      first[j] = slotKeys[home[j]];
    }
  }

  /**
   * The kept features of an item as slot positions (for {@link #weightAt}) and values - the values
   * {@link Vectorizer#columns} gives, in the same (key) order - and, when {@code keysOut} is not null, their
   * keys; the arrays are at least {@code raw.size()} long. Returns how many were written.
   */
  int lookUp(Features raw, int[] at, double[] val, int[] keysOut) {
    boolean tfidf = vectorizer.tfidf();
    int[] blocks = tfidf ? new int[raw.size()] : null;
    int[] rawKeys = raw.keyArray();
    int[] home = new int[raw.size()];
    int[] first = new int[raw.size()];
    homes(raw.size(), rawKeys, home, first);
    int m = 0;
    for (int j = 0; j < raw.size(); j++) {
      int key = rawKeys[j];
      int b = probe(key, home[j], first[j]);
      if (b < 0) {
        continue;
      }
      at[m] = b;
      val[m] = Vectorizer.value(key, raw.value(j), tfidf, slotData[b]);
      if (keysOut != null) {
        keysOut[m] = key;
      }
      if (blocks != null) {
        blocks[m] = key >>> 24;
      }
      m++;
    }
    if (tfidf) {
      Vectorizer.normalizeBlocks(val, blocks, m);
    }
    return m;
  }

  /** Weight for class c of the feature at slot position {@code at} (from {@link #lookUp}). */
  double weightAt(int at, int c) {
    return slotData[at + 1 + c];
  }

  /** The intercept of class c. */
  double intercept(int c) {
    return intercepts[c];
  }

  public Vectorizer vectorizer() {
    return vectorizer;
  }

  public int classes() {
    return weights.length;
  }

  /** Weight of feature j for class c (j = size() is the intercept). */
  public double weight(int c, int j) {
    return weights[c][j];
  }

  /** Sparse vector of raw features. */
  public SparseArray vector(Features raw) {
    return vectorizer.transform(raw);
  }

  /** Class probabilities (scored without building a Smile vector: this runs per token and per target). */
  public double[] probabilities(Features raw) {
    int[] at = new int[raw.size()];
    double[] val = new double[raw.size()];
    int m = lookUp(raw, at, val, null);
    int k = weights.length;
    double[] s = intercepts.clone();
    // each class sums its terms in column (= key) order, as row by row would
    for (int j = 0; j < m; j++) {
      double x = binaryFeatures ? (val[j] != 0 ? 1.0 : 0.0) : val[j];
      int base = at[j] + 1;
      for (int c = 0; c < k; c++) {
        s[c] += slotData[base + c] * x;
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
    double[] s = intercepts.clone();
    int[] home = new int[n];
    int[] first = new int[n];
    homes(n, keys, home, first);
    for (int j = 0; j < n; j++) {
      int b = probe(keys[j], home[j], first[j]);
      if (b >= 0) {
        for (int c = 0; c < k; c++) {
          s[c] += slotData[b + 1 + c] * 1.0;
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
