package org.framescope.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import smile.util.SparseArray;

/**
 * Maps named raw features to a sparse vector over a fixed, sorted vocabulary.
 *
 * <p>Feature names are "block:value" (e.g. {@code w:barbaric}, {@code c:bar}). Names starting with
 * {@code d:} are dense cues and pass through with their raw value. All other features are counts:
 * with {@code tfidf} they get sublinear tf (1 + ln tf) times smoothed idf (ln((1+n)/(1+df)) + 1, as in
 * scikit-learn), then each block is L2-normalized on its own; without it they are binary (value 1).
 * Out-of-vocabulary features are ignored. The vocabulary is built only from the training items given
 * to {@link #fit}, so cross-validation has no leakage.
 */
public final class Vectorizer {
  private final String[] terms;
  private final double[] idf;
  private final boolean tfidf;
  private final Map<String, Integer> index;
  /** Per feature: its normalisation block ("w", "c", ...; null for dense "d:" features), computed once. */
  private final String[] blockOf;

  /** A vectorizer over {@code terms} (sorted, unique) with their idf values (ignored unless tfidf). */
  public Vectorizer(String[] terms, double[] idf, boolean tfidf) {
    if (terms.length != idf.length) {
      throw new IllegalArgumentException("terms and idf lengths differ: " + terms.length + " vs " + idf.length);
    }
    this.terms = terms.clone();
    this.idf = new double[idf.length];
    for (int i = 0; i < idf.length; i++) {
      // rounded as stored in model files, so a loaded model scores exactly like the trained one
      this.idf[i] = ModelFile.round(idf[i]);
    }
    this.tfidf = tfidf;
    this.index = new HashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) {
      if (i > 0 && terms[i - 1].compareTo(terms[i]) >= 0) {
        throw new IllegalArgumentException("terms must be sorted and unique at " + i + ": " + terms[i]);
      }
      index.put(terms[i], i);
    }
    this.blockOf = new String[terms.length];
    Map<String, String> interned = new HashMap<>();
    for (int i = 0; i < terms.length; i++) {
      blockOf[i] = terms[i].startsWith("d:") ? null : interned.computeIfAbsent(block(terms[i]), b -> b);
    }
  }

  /**
   * Builds the vocabulary from training documents: count features kept when their document frequency
   * is at least {@code minDf}; dense ({@code d:}) features always kept.
   */
  public static Vectorizer fit(List<Map<String, Double>> docs, int minDf, boolean tfidf) {
    TreeMap<String, Integer> df = new TreeMap<>();
    for (Map<String, Double> d : docs) {
      for (String f : d.keySet()) {
        df.merge(f, 1, Integer::sum);
      }
    }
    List<String> kept = new ArrayList<>();
    List<Double> idfs = new ArrayList<>();
    int n = docs.size();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      boolean dense = e.getKey().startsWith("d:");
      if (dense || e.getValue() >= minDf) {
        kept.add(e.getKey());
        idfs.add(dense ? 1.0 : Math.log((1.0 + n) / (1.0 + e.getValue())) + 1.0);
      }
    }
    double[] idf = new double[idfs.size()];
    for (int i = 0; i < idf.length; i++) {
      idf[i] = idfs.get(i);
    }
    return new Vectorizer(kept.toArray(new String[0]), idf, tfidf);
  }

  /** Number of features. */
  public int size() {
    return terms.length;
  }

  /** Feature name at index i. */
  public String term(int i) {
    return terms[i];
  }

  /** Index of a feature name, or -1. */
  public int indexOf(String term) {
    Integer i = index.get(term);
    return i == null ? -1 : i;
  }

  /** The idf of feature i. */
  public double idf(int i) {
    return idf[i];
  }

  /** Whether count features are tf-idf weighted and block-normalized (else binary). */
  public boolean tfidf() {
    return tfidf;
  }

  /** Sorted copy of the vocabulary. */
  public String[] terms() {
    return terms.clone();
  }

  /** Copy of the idf values. */
  public double[] idfs() {
    return idf.clone();
  }

  /** The sparse vector (indices ascending) for one document's raw features. */
  public SparseArray transform(Map<String, Double> raw) {
    int[] idx = new int[raw.size()];
    double[] val = new double[raw.size()];
    int m = 0;
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i == null) {
        continue;
      }
      String name = e.getKey();
      double v;
      if (name.startsWith("d:")) {
        v = e.getValue();
      } else if (tfidf) {
        v = (1.0 + Math.log(e.getValue())) * idf[i];
      } else {
        v = 1.0;
      }
      idx[m] = i;
      val[m] = v;
      m++;
    }
    // Sort positions by feature index without boxing: (index << 32 | position) sorts by index.
    long[] order = new long[m];
    for (int j = 0; j < m; j++) {
      order[j] = ((long) idx[j] << 32) | j;
    }
    Arrays.sort(order);
    if (tfidf) {
      // Sums in feature-index order, which is the terms' sorted order: the result does not depend on the
      // order of the raw map (a TreeMap or a HashMap give the same bits).
      Map<String, Double> norms = new HashMap<>();
      for (long o : order) {
        int j = (int) o;
        String b = blockOf[idx[j]];
        if (b != null) {
          norms.merge(b, val[j] * val[j], Double::sum);
        }
      }
      for (int j = 0; j < m; j++) {
        String b = blockOf[idx[j]];
        if (b != null) {
          val[j] /= Math.sqrt(norms.get(b));
        }
      }
    }
    SparseArray out = new SparseArray(m);
    for (int j = 0; j < m; j++) {
      int pos = (int) order[j];
      out.append(idx[pos], val[pos]);
    }
    return out;
  }

  private static String block(String term) {
    int c = term.indexOf(':');
    return c < 0 ? "" : term.substring(0, c);
  }
}
