package org.framescope.classify;

import java.util.ArrayList;
import java.util.List;
import smile.classification.Maxent;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * Thin wrapper over the Smile 3.1.1 trainers used here (pure Java, no native BLAS): L2-regularized
 * logistic regression on sparse vectors and Maxent on binary features, binomial and multinomial.
 *
 * <p>Input: sparse vectors, labels, dimension, lambda. Output: plain weight arrays
 * (weights[class][feature], with the intercept in the last column, and for multinomial models the
 * last class as the all-zero reference), which the model files store instead of Smile objects.
 */
public final class SmileFit {
  /** Model family. */
  public enum Family { LOGISTIC, MAXENT }

  static final double TOL = 1e-5;
  static final int MAX_ITER = 500;

  private SmileFit() { }

  /**
   * Fits a binomial (k = 2) or multinomial model and returns a k x (p+1) weight matrix; the
   * probability of class c is softmax over rows of (w_c . x + w_c[p]).
   */
  public static double[][] fit(Family family, List<SparseArray> x, int[] y, int p, int k, double lambda) {
    if (x.size() != y.length) {
      throw new IllegalArgumentException("x and y sizes differ: " + x.size() + " vs " + y.length);
    }
    double[][] w = new double[k][p + 1];
    if (family == Family.LOGISTIC) {
      SparseDataset data = SparseDataset.of(x, p);
      if (k == 2) {
        double[] c = SparseLogisticRegression.binomial(data, y, lambda, TOL, MAX_ITER).coefficients();
        // binomial: P(1) = sigmoid(c . x); as softmax over [0, c]
        System.arraycopy(c, 0, w[1], 0, p + 1);
      } else {
        double[][] c = SparseLogisticRegression.multinomial(data, y, lambda, TOL, MAX_ITER).coefficients();
        for (int j = 0; j < k - 1; j++) {
          System.arraycopy(c[j], 0, w[j], 0, p + 1);
        }
      }
    } else {
      int[][] bin = new int[x.size()][];
      for (int i = 0; i < bin.length; i++) {
        List<Integer> idx = new ArrayList<>();
        for (SparseArray.Entry e : x.get(i)) {
          if (e.x != 0.0) {
            idx.add(e.i);
          }
        }
        bin[i] = idx.stream().mapToInt(Integer::intValue).toArray();
      }
      if (k == 2) {
        double[] c = Maxent.binomial(p, bin, y, lambda, TOL, MAX_ITER).coefficients();
        System.arraycopy(c, 0, w[1], 0, p + 1);
      } else {
        double[][] c = Maxent.multinomial(p, bin, y, lambda, TOL, MAX_ITER).coefficients();
        for (int j = 0; j < k - 1; j++) {
          System.arraycopy(c[j], 0, w[j], 0, p + 1);
        }
      }
    }
    return w;
  }

  /** Class probabilities of x under weight matrix w (see {@link #fit}); binary features if maxent. */
  public static double[] predict(double[][] w, SparseArray x, boolean binary) {
    int k = w.length;
    int p = w[0].length - 1;
    double[] s = new double[k];
    for (int c = 0; c < k; c++) {
      double z = w[c][p];
      for (SparseArray.Entry e : x) {
        z += w[c][e.i] * (binary ? (e.x != 0 ? 1.0 : 0.0) : e.x);
      }
      s[c] = z;
    }
    return softmax(s);
  }

  /** Numerically stable softmax. */
  public static double[] softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] out = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = Math.exp(s[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < s.length; i++) {
      out[i] /= sum;
    }
    return out;
  }
}
