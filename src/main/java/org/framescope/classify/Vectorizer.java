package org.framescope.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import smile.util.SparseArray;

/**
 * Maps hashed features ({@link Features}) to a sparse vector over a fixed set of kept keys (the
 * "vocabulary" of the hashed space: keys seen in at least {@code minDf} training items).
 *
 * <p>Dense blocks ({@link FeatureBlock.Kind#DENSE}) pass through with their raw value. Count blocks:
 * with {@code tfidf} they get sublinear tf (1 + ln tf) times smoothed idf (ln((1+n)/(1+df)) + 1, as in
 * scikit-learn), then each block is L2-normalized on its own; without it they are binary (value 1).
 * Keys not kept are ignored. The kept keys come only from the training items given to {@link #fit},
 * so cross-validation has no leakage. Immutable and thread-safe.
 */
public final class Vectorizer {
  private final int[] keys;
  private final double[] idf;
  private final boolean tfidf;
  /**
   * Open-addressing key -> column table, one long per slot ({@code key << 32 | column}, -1 = empty; keys are
   * non-negative), size a power of two. One slot is one memory access: scoring looks up hundreds of keys per
   * sentence, often after CoreNLP has evicted the model from the caches.
   */
  private final long[] table;

  /** A vectorizer over {@code keys} (ascending, unique) with their idf values (ignored unless tfidf). */
  public Vectorizer(int[] keys, double[] idf, boolean tfidf) {
    if (keys.length != idf.length) {
      throw new IllegalArgumentException("keys and idf lengths differ: " + keys.length + " vs " + idf.length);
    }
    this.keys = keys.clone();
    this.idf = new double[idf.length];
    for (int i = 0; i < idf.length; i++) {
      if (i > 0 && keys[i - 1] >= keys[i]) {
        throw new IllegalArgumentException("keys must be ascending and unique at " + i + ": " + keys[i]);
      }
      FeatureBlock.ofKey(keys[i]);
      // rounded as stored in model files, so a loaded model scores exactly like the trained one
      this.idf[i] = ModelFile.round(idf[i]);
    }
    this.tfidf = tfidf;
    int cap = Integer.highestOneBit(Math.max(4, keys.length * 2)) * 2;
    this.table = new long[cap];
    Arrays.fill(table, -1L);
    for (int i = 0; i < keys.length; i++) {
      int s = slot(keys[i], cap);
      while (table[s] != -1L) {
        s = (s + 1) & (cap - 1);
      }
      table[s] = ((long) keys[i] << 32) | i;
    }
  }

  /** First slot of a key in an open-addressing table of {@code cap} slots (a power of two). */
  static int slot(int key, int cap) {
    return FeatureSink.fmix(key * 0x9E3779B9) & (cap - 1);
  }

  /**
   * Builds the kept keys from training items: count keys kept when their document frequency is at
   * least {@code minDf}; dense keys always kept.
   */
  public static Vectorizer fit(List<Features> docs, int minDf, boolean tfidf) {
    Map<Integer, int[]> df = new HashMap<>();
    for (Features d : docs) {
      for (int i = 0; i < d.size(); i++) {
        df.computeIfAbsent(d.key(i), k -> new int[1])[0]++;
      }
    }
    int[] all = df.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    List<Integer> kept = new ArrayList<>();
    List<Double> idfs = new ArrayList<>();
    int n = docs.size();
    for (int k : all) {
      boolean d = FeatureBlock.isDense(k);
      int c = df.get(k)[0];
      if (d || c >= minDf) {
        kept.add(k);
        idfs.add(d ? 1.0 : Math.log((1.0 + n) / (1.0 + c)) + 1.0);
      }
    }
    return new Vectorizer(kept.stream().mapToInt(Integer::intValue).toArray(),
        idfs.stream().mapToDouble(Double::doubleValue).toArray(), tfidf);
  }

  /** Number of features (columns). */
  public int size() {
    return keys.length;
  }

  /** Key of column i. */
  public int key(int i) {
    return keys[i];
  }

  /** Column of a key, or -1. */
  public int indexOf(int key) {
    int cap = table.length;
    int s = slot(key, cap);
    long e;
    while ((e = table[s]) != -1L) {
      if ((int) (e >>> 32) == key) {
        return (int) e;
      }
      s = (s + 1) & (cap - 1);
    }
    return -1;
  }

  /** The idf of column i. */
  public double idf(int i) {
    return idf[i];
  }

  /** Whether count features are tf-idf weighted and block-normalized (else binary). */
  public boolean tfidf() {
    return tfidf;
  }

  /** Copy of the kept keys. */
  public int[] keys() {
    return keys.clone();
  }

  /** Copy of the idf values. */
  public double[] idfs() {
    return idf.clone();
  }

  /** The sparse vector (indices ascending) of one item. */
  public SparseArray transform(Features raw) {
    int[] idx = new int[raw.size()];
    double[] val = new double[raw.size()];
    int m = columns(raw, idx, val);
    SparseArray out = new SparseArray(m);
    for (int j = 0; j < m; j++) {
      out.append(idx[j], val[j]);
    }
    return out;
  }

  /**
   * Writes the item's columns (ascending, since keys and columns are in the same order) and values into
   * the given arrays (at least {@code raw.size()} long); returns how many were written.
   */
  public int columns(Features raw, int[] idx, double[] val) {
    return columns(raw, idx, val, null);
  }

  /**
   * As {@link #columns(Features, int[], double[])}, also writing each column's key into {@code keysOut} when it
   * is not null (callers that name features need the key, and reading it here saves a look-up per column).
   */
  public int columns(Features raw, int[] idx, double[] val, int[] keysOut) {
    int m = 0;
    int[] blocks = tfidf ? new int[raw.size()] : null;
    for (int j = 0; j < raw.size(); j++) {
      int key = raw.key(j);
      int i = indexOf(key);
      if (i < 0) {
        continue;
      }
      int block = key >>> 24;
      double v = value(key, raw.value(j), tfidf, idf[i]);
      idx[m] = i;
      val[m] = v;
      if (keysOut != null) {
        keysOut[m] = key;
      }
      if (blocks != null) {
        blocks[m] = block;
      }
      m++;
    }
    if (tfidf) {
      normalizeBlocks(val, blocks, m);
    }
    return m;
  }

  /**
   * A kept feature's value before block normalisation: a dense key's raw value; a count with tf-idf its sublinear
   * tf times idf; else 1.
   */
  static double value(int key, double raw, boolean tfidf, double idf) {
    if (FeatureBlock.isDense(key)) {
      return raw;
    }
    return tfidf ? (1.0 + Math.log(raw)) * idf : 1.0;
  }

  /**
   * L2-normalises the first {@code m} values block by block ({@code blocks}: each value's block id; the values
   * of one block are contiguous, since the block id is a key's top bits), leaving dense blocks as they are;
   * sums in the given order, so the result depends on nothing but the input.
   */
  static void normalizeBlocks(double[] val, int[] blocks, int m) {
    int start = 0;
    while (start < m) {
      int b = blocks[start];
      int end = start;
      double sq = 0;
      while (end < m && blocks[end] == b) {
        sq += val[end] * val[end];
        end++;
      }
      if (!FeatureBlock.isDense(b << 24) && sq > 0) {
        double norm = Math.sqrt(sq);
        for (int j = start; j < end; j++) {
          val[j] /= norm;
        }
      }
      start = end;
    }
  }
}
