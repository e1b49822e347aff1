package org.framescope.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (Scrapinghub article-extraction-benchmark, {@code evaluate.py}),
 * reimplemented so that our figures are comparable with the published ones. Input: the true article body and
 * the predicted one. Output: per page normalised tp/fp/fn and precision/recall; over pages
 * ({@link #aggregate}) mean precision, mean recall and F1 as their harmonic mean.
 *
 * <p>Definitions, each as the reference scorer does it:
 * <ul>
 *   <li>Tokens are runs of {@code [\p{L}\p{N}_]}: this is what Python 3's Unicode-aware {@code \w} matches
 *       (letters of every script, every numeric character, underscore; combining marks are <em>not</em> word
 *       characters there, so they are not here either: Java's own {@code (?U)\w} would include them). Case is
 *       kept.</li>
 *   <li>Shingles are the runs of 4 consecutive tokens, counted as a multiset. A text with 1-3 tokens has one
 *       shorter shingle (all its tokens); a text with no token has none.</li>
 *   <li>tp = multiset intersection size, fp = predicted shingles beyond the truth, fn = true shingles beyond
 *       the prediction; the three are divided by their sum so that long pages weigh no more than short ones
 *       (all zero when both texts have no token).</li>
 *   <li>Page precision: 1 when fp = fn = 0 (identical shingles, including both empty), 0 when tp = fp = 0,
 *       else tp / (tp + fp); recall symmetrically with fn.</li>
 *   <li>Mean precision is taken over pages whose prediction has shingles (tp + fp &gt; 0): an empty prediction
 *       has no precision and is left out of that mean; it counts 0 in the recall mean, which is taken over
 *       pages whose truth has shingles (tp + fn &gt; 0). F1 is 0 when precision + recall is 0.</li>
 * </ul>
 */
public final class ShingleMetric {
  /** Shingle length of the benchmark. */
  public static final int N = 4;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  private ShingleMetric() { }

  /**
   * The normalised counts for one page.
   *
   * @param tp shared shingles / (tp + fp + fn) before normalisation
   * @param fp predicted-only shingles, normalised the same way
   * @param fn true-only shingles, normalised the same way
   */
  public record Counts(double tp, double fp, double fn) {
    public Counts {
      if (tp < 0 || fp < 0 || fn < 0 || Double.isNaN(tp + fp + fn)) {
        throw new IllegalArgumentException("counts must be >= 0, got tp=" + tp + " fp=" + fp + " fn=" + fn);
      }
    }

    /** Page precision (see class comment). */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fp == 0) {
        return 0.0;
      }
      return tp / (tp + fp);
    }

    /** Page recall (see class comment). */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fn == 0) {
        return 0.0;
      }
      return tp / (tp + fn);
    }

    /** True when the prediction had shingles, so the page enters the precision mean. */
    public boolean hasPrediction() {
      return tp + fp > 0;
    }

    /** True when the truth had shingles, so the page enters the recall mean. */
    public boolean hasTruth() {
      return tp + fn > 0;
    }
  }

  /**
   * Mean precision and recall over pages and their harmonic mean.
   *
   * @param precisionPages pages in the precision mean (prediction not empty)
   * @param recallPages pages in the recall mean (truth not empty)
   */
  public record Summary(double f1, double precision, double recall, int precisionPages, int recallPages) { }

  /** The tokens of a text. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The multiset of shingles of a text (shingle joined with a space, tokens never contain one). */
  public static Map<String, Integer> shingles(String text) {
    List<String> t = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (t.isEmpty()) {
      return out;
    }
    int last = Math.max(1, t.size() - N + 1);
    for (int i = 0; i < last; i++) {
      out.merge(String.join(" ", t.subList(i, Math.min(t.size(), i + N))), 1, Integer::sum);
    }
    return out;
  }

  /** Normalised tp/fp/fn of a prediction against the truth. */
  public static Counts score(String truth, String prediction) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(prediction);
    Set<String> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (String k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    return s == 0 ? new Counts(0, 0, 0) : new Counts(tp / s, fp / s, fn / s);
  }

  /** Means over pages (see class comment for which pages enter which mean). */
  public static Summary aggregate(List<Counts> pages) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    for (Counts c : pages) {
      if (c.hasPrediction()) {
        p += c.precision();
        np++;
      }
      if (c.hasTruth()) {
        r += c.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new Summary(f1, precision, recall, np, nr);
  }
}
