package org.framescope.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * "Fightin' Words": the words that most distinguish corpus i from corpus j, by the log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, section 3.5). Inputs: word counts of i, of
 * j, and of a background (prior) corpus, plus the prior's total weight alpha0. Each word gets the prior
 * count alpha_w = alpha0 * prior_w / prior_total, and
 * <pre>
 *   delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
 *   var_w  ~= 1/(y_iw + a_w) + 1/(y_jw + a_w)          z_w = delta_w / sqrt(var_w)
 * </pre>
 * (natural logarithms). Output: one {@link WordScore} per word counted in i or j, sorted by z descending
 * (words typical of i first, of j last), ties by word; z above 1.96 in absolute value is the usual cut-off.
 */
public final class FightinWords {
  /** Default alpha0 as a share of the prior corpus total: the prior weighs 1% of the background tokens. */
  public static final double DEFAULT_ALPHA0_SHARE = 0.01;

  private FightinWords() { }

  /**
   * Score of one word.
   *
   * @param word the word
   * @param countI its count in corpus i
   * @param countJ its count in corpus j
   * @param delta log-odds ratio of i versus j (positive: more typical of i)
   * @param variance approximate variance of delta
   * @param z delta / sqrt(variance)
   */
  public record WordScore(String word, double countI, double countJ, double delta, double variance, double z) {
    public WordScore {
      Objects.requireNonNull(word, "word");
    }
  }

  /** Scores with the prior = i + j and alpha0 = {@value #DEFAULT_ALPHA0_SHARE} times its total. */
  public static List<WordScore> score(Map<String, ? extends Number> i, Map<String, ? extends Number> j) {
    Map<String, Double> prior = new java.util.TreeMap<>();
    i.forEach((w, c) -> prior.merge(w, c.doubleValue(), Double::sum));
    j.forEach((w, c) -> prior.merge(w, c.doubleValue(), Double::sum));
    double total = prior.values().stream().mapToDouble(Double::doubleValue).sum();
    return score(i, j, prior, DEFAULT_ALPHA0_SHARE * total);
  }

  /**
   * @param i word counts of corpus i
   * @param j word counts of corpus j
   * @param prior word counts of the background corpus; every word counted in i or j needs a positive count
   * @param alpha0 total prior weight, &gt; 0
   * @return scores sorted by z descending, ties by word
   */
  public static List<WordScore> score(Map<String, ? extends Number> i, Map<String, ? extends Number> j,
                                      Map<String, ? extends Number> prior, double alpha0) {
    Objects.requireNonNull(i, "i");
    Objects.requireNonNull(j, "j");
    Objects.requireNonNull(prior, "prior");
    if (!(alpha0 > 0) || Double.isInfinite(alpha0)) {
      throw new IllegalArgumentException("alpha0 must be finite and > 0, got " + alpha0);
    }
    double ni = total(i, "i");
    double nj = total(j, "j");
    double np = total(prior, "prior");
    if (ni == 0 || nj == 0 || np == 0) {
      throw new IllegalArgumentException("each corpus needs at least one counted word (totals " + ni + ", "
          + nj + ", prior " + np + ")");
    }
    TreeSet<String> words = new TreeSet<>();
    i.forEach((w, c) -> {
      if (c.doubleValue() > 0) {
        words.add(w);
      }
    });
    j.forEach((w, c) -> {
      if (c.doubleValue() > 0) {
        words.add(w);
      }
    });
    List<WordScore> out = new ArrayList<>();
    for (String w : words) {
      double pw = count(prior, w);
      if (pw <= 0) {
        throw new IllegalArgumentException("word '" + w + "' is counted in i or j but not in the prior");
      }
      double aw = alpha0 * pw / np;
      double yi = count(i, w);
      double yj = count(j, w);
      double restI = ni + alpha0 - yi - aw;
      double restJ = nj + alpha0 - yj - aw;
      if (restI <= 0 || restJ <= 0) {
        throw new IllegalArgumentException("word '" + w + "' has no complement in a corpus (the vocabulary"
            + " has a single word?)");
      }
      double delta = Math.log((yi + aw) / restI) - Math.log((yj + aw) / restJ);
      double variance = 1.0 / (yi + aw) + 1.0 / (yj + aw);
      out.add(new WordScore(w, yi, yj, delta, variance, delta / Math.sqrt(variance)));
    }
    out.sort(Comparator.comparingDouble(WordScore::z).reversed().thenComparing(WordScore::word));
    return List.copyOf(out);
  }

  private static double count(Map<String, ? extends Number> m, String w) {
    Number c = m.get(w);
    return c == null ? 0.0 : c.doubleValue();
  }

  private static double total(Map<String, ? extends Number> m, String name) {
    double s = 0.0;
    for (Map.Entry<String, ? extends Number> e : m.entrySet()) {
      Objects.requireNonNull(e.getKey(), name + " has a null word");
      double c = Objects.requireNonNull(e.getValue(), name + " has a null count").doubleValue();
      if (!(c >= 0) || Double.isInfinite(c)) {
        throw new IllegalArgumentException(name + ": count of '" + e.getKey() + "' must be finite and >= 0, got "
            + c);
      }
      s += c;
    }
    return s;
  }
}
