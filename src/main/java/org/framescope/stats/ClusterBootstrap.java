package org.framescope.stats;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Seeded percentile bootstrap over whole units (clusters) for a statistic of summed per-unit counts: F1 scores,
 * accuracies and other ratios of a corpus, where the articles, not the attributions in them, are the independent
 * draws (attributions of one article share its writer, topic and parse, so resampling them one by one would give
 * intervals that are too narrow).
 *
 * <p>Input: one count vector per unit (all of one length) and a statistic of their element-wise sum. A paired
 * comparison of two systems on the same units is one vector per unit holding both systems' counts, and a
 * statistic that computes the difference: every resample then draws the same units for both.
 *
 * <p>Output: an {@link Interval} whose estimate is the statistic of the sum over all units and whose bounds are the
 * (1 - confidence) / 2 and (1 + confidence) / 2 type-7 quantiles of the statistic over the resamples (as
 * {@link Bootstrap}'s percentile method). Fewer than 2 units: the estimate with NaN bounds.
 *
 * <p>Determinism: each call starts a fresh {@link Well19937c} from the seed and draws, for every resample in turn,
 * the unit indices in order; the sums add the units in drawn order. The same units, statistic and seed give
 * identical bounds. Immutable and thread-safe.
 */
public final class ClusterBootstrap {
  private final int resamples;
  private final double confidence;
  private final long seed;

  /**
   * @param resamples number of resamples, at least 100
   * @param confidence confidence level in (0,1)
   * @param seed generator seed
   */
  public ClusterBootstrap(int resamples, double confidence, long seed) {
    if (resamples < 100) {
      throw new IllegalArgumentException("resamples must be at least 100, got " + resamples);
    }
    this.resamples = resamples;
    this.confidence = Checks.confidence(confidence);
    this.seed = seed;
  }

  public int resamples() {
    return resamples;
  }

  public double confidence() {
    return confidence;
  }

  public long seed() {
    return seed;
  }

  /** The statistic of the units' sum, with its percentile interval over unit resamples. */
  public Interval interval(List<double[]> units, ToDoubleFunction<double[]> statistic) {
    return intervals(units, List.of(statistic)).get(0);
  }

  /**
   * Several statistics of the units' sum, each with its percentile interval, from one pass over the resamples:
   * every statistic sees the same drawn units, and its bounds are those {@link #interval} gives it alone.
   */
  public List<Interval> intervals(List<double[]> units, List<ToDoubleFunction<double[]>> statistics) {
    int width = width(units);
    double[] all = sum(units, null, width);
    double[][] stats = new double[statistics.size()][];
    if (units.size() >= 2) {
      RandomGenerator rng = new Well19937c(seed);
      int[] drawn = new int[units.size()];
      for (int j = 0; j < stats.length; j++) {
        stats[j] = new double[resamples];
      }
      for (int b = 0; b < resamples; b++) {
        for (int i = 0; i < drawn.length; i++) {
          drawn[i] = rng.nextInt(drawn.length);
        }
        double[] s = sum(units, drawn, width);
        for (int j = 0; j < stats.length; j++) {
          stats[j][b] = statistics.get(j).applyAsDouble(s);
        }
      }
    }
    double alpha = 1.0 - confidence;
    List<Interval> out = new java.util.ArrayList<>(stats.length);
    for (int j = 0; j < stats.length; j++) {
      double estimate = statistics.get(j).applyAsDouble(all);
      if (stats[j] == null) {
        out.add(new Interval(estimate, Double.NaN, Double.NaN, confidence)); // fewer than 2 units
      } else {
        Arrays.sort(stats[j]);
        out.add(new Interval(estimate, Bootstrap.quantile(stats[j], alpha / 2.0),
            Bootstrap.quantile(stats[j], 1.0 - alpha / 2.0), confidence));
      }
    }
    return out;
  }

  private static int width(List<double[]> units) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("no units to resample");
    }
    int width = units.get(0).length;
    for (int i = 0; i < units.size(); i++) {
      double[] u = units.get(i);
      if (u.length != width) {
        throw new IllegalArgumentException("unit " + i + " has " + u.length + " counts, unit 0 has " + width);
      }
      for (double x : u) {
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException("unit " + i + " has a count that is not a finite number: " + x);
        }
      }
    }
    return width;
  }

  /** Element-wise sum of the units at the drawn indices (all units, in order, when {@code drawn} is null). */
  private static double[] sum(List<double[]> units, int[] drawn, int width) {
    double[] s = new double[width];
    int n = drawn == null ? units.size() : drawn.length;
    for (int i = 0; i < n; i++) {
      double[] u = units.get(drawn == null ? i : drawn[i]);
      for (int j = 0; j < width; j++) {
        s[j] += u[j];
      }
    }
    return s;
  }
}
