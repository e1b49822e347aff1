package org.framescope.voice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import smile.math.BFGS;
import smile.math.DifferentiableMultivariateFunction;

/**
 * L2-regularised binary logistic regression on binary features, fitted with Smile's L-BFGS
 * ({@link BFGS#minimize}). The objective and gradient are summed in a fixed order on one thread, so the same data
 * gives the same weights on any machine (Smile's own Maxent sums in parallel, which depends on the core count).
 *
 * <p>Input: rows of feature ids (each row's ids distinct), labels 0/1, the feature count, lambda (the L2 weight,
 * on the summed log-loss; the bias is not penalised). Output: weights (index = feature id) and the bias.
 */
final class LogisticFit {
  private LogisticFit() { }

  /** Fitted weights; {@code weights[p]} is the bias. */
  static double[] fit(int[][] x, int[] y, int p, double lambda, int maxIter) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("rows and labels differ: " + x.length + " vs " + y.length);
    }
    return minimize((w, grad) -> {
      double f = 0;
      for (int i = 0; i < x.length; i++) {
        double z = w[p];
        for (int j : x[i]) {
          z += w[j];
        }
        // log(1 + exp(-s z)) with s = +1/-1, computed stably
        double sz = y[i] == 1 ? z : -z;
        f += sz > 0 ? Math.log1p(Math.exp(-sz)) : -sz + Math.log1p(Math.exp(sz));
        double pr = 1 / (1 + Math.exp(-z));
        double r = pr - y[i];
        for (int j : x[i]) {
          grad[j] += r;
        }
        grad[p] += r;
      }
      return f;
    }, p, lambda, maxIter);
  }

  /**
   * Fitted weights of a conditional logit (a choice among a group's rows or none): for each group, one softmax over
   * its rows' scores {@code w . x + b} and a "none" option of score 0; the loss is minus the log-probability of the
   * group's gold choice (its row labelled 1, or none if it has none), plus {@code lambda/2 |w|^2} (bias not
   * penalised). The bias then weighs a row against "none", so {@code sigmoid(w . x + b) > 0.5} exactly when the row
   * beats "none". Rows of a group must be consecutive; at most one row per group may be labelled 1. Summed in a
   * fixed order on one thread, as {@link #fit}. {@code weights[p]} is the bias.
   */
  static double[] fitChoice(int[][] x, int[] y, int[] group, int p, double lambda, int maxIter) {
    if (x.length != y.length || x.length != group.length) {
      throw new IllegalArgumentException("rows, labels and groups differ: " + x.length + ", " + y.length + ", "
          + group.length);
    }
    List<int[]> ranges = new java.util.ArrayList<>(); // {from, to} of each group's consecutive rows
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int i = 0; i < x.length; ) {
      int j = i;
      int gold = 0;
      while (j < x.length && group[j] == group[i]) {
        gold += y[j++];
      }
      if (!seen.add(group[i]) || gold > 1) {
        throw new IllegalArgumentException("group " + group[i] + " is not consecutive or has " + gold + " gold rows");
      }
      ranges.add(new int[] {i, j});
      i = j;
    }
    double[] z = new double[x.length];
    return minimize((w, grad) -> {
      double f = 0;
      for (int[] r : ranges) {
        double max = 0; // the "none" option's score
        for (int i = r[0]; i < r[1]; i++) {
          double zi = w[p];
          for (int j : x[i]) {
            zi += w[j];
          }
          z[i] = zi;
          max = Math.max(max, zi);
        }
        double sum = Math.exp(-max);
        for (int i = r[0]; i < r[1]; i++) {
          sum += Math.exp(z[i] - max);
        }
        double logZ = max + Math.log(sum);
        double goldScore = 0;
        for (int i = r[0]; i < r[1]; i++) {
          if (y[i] == 1) {
            goldScore = z[i];
          }
          double g = Math.exp(z[i] - logZ) - y[i];
          for (int j : x[i]) {
            grad[j] += g;
          }
          grad[p] += g;
        }
        f += logZ - goldScore;
      }
      return f;
    }, p, lambda, maxIter);
  }

  /** A data loss: adds its gradient at {@code w} to {@code grad} (zeroed) and returns its value. */
  @FunctionalInterface
  private interface DataLoss {
    double addTo(double[] w, double[] grad);
  }

  /**
   * Minimises {@code data} plus {@code lambda/2 |w|^2} over the {@code p} feature weights (the bias, {@code w[p]},
   * not penalised) with L-BFGS from zero; the data loss first, then the penalty, in a fixed order.
   */
  private static double[] minimize(DataLoss data, int p, double lambda, int maxIter) {
    if (!(lambda > 0)) {
      throw new IllegalArgumentException("lambda must be > 0, got " + lambda);
    }
    DifferentiableMultivariateFunction loss = new DifferentiableMultivariateFunction() {
      @Override
      public double f(double[] w) {
        return g(w, new double[w.length]);
      }

      @Override
      public double g(double[] w, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        double f = data.addTo(w, grad);
        for (int j = 0; j < p; j++) {
          f += 0.5 * lambda * w[j] * w[j];
          grad[j] += lambda * w[j];
        }
        return f;
      }
    };
    double[] w = new double[p + 1];
    BFGS.minimize(loss, 7, w, 1e-5, maxIter);
    return w;
  }

  /** Feature vocabulary: names seen at least {@code minCount} times, ids in name order. */
  static Map<String, Integer> vocabulary(List<List<String>> rows, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> r : rows) {
      for (String f : r) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    TreeMap<String, Integer> sorted = new TreeMap<>();
    counts.forEach((k, c) -> {
      if (c >= minCount) {
        sorted.put(k, 0);
      }
    });
    int i = 0;
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      e.setValue(i++);
    }
    return sorted;
  }

  /** Rows as sorted, distinct feature ids (unknown names dropped). */
  static int[][] encode(List<List<String>> rows, Map<String, Integer> vocab) {
    int[][] out = new int[rows.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(i).stream().map(vocab::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
          .distinct().sorted().toArray();
    }
    return out;
  }

  /** The scorer of fitted weights: feature name to weight (zero weights dropped), bias and threshold. */
  static LinearScorer scorer(double[] w, Map<String, Integer> vocab, double threshold) {
    Map<String, Double> named = new TreeMap<>();
    int p = w.length - 1;
    vocab.forEach((name, id) -> {
      double r = LinearScorer.round(w[id]);
      if (Math.abs(r) >= 1e-4) {
        named.put(name, r);
      }
    });
    return new LinearScorer(named, w[p], threshold);
  }
}
