package org.framescope.classify;

/**
 * Platt scaling: p = 1 / (1 + exp(-(a * s + b))) fitted to scores s and 0/1 outcomes by Newton's
 * method with Platt's (2003, Lin et al. 2007) smoothed targets. Identity is a = 1, b = 0 on logits.
 *
 * @param a slope
 * @param b offset
 */
public record Platt(double a, double b) {
  /** No recalibration (for logit scores). */
  public static final Platt IDENTITY = new Platt(1, 0);

  public Platt {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw new IllegalArgumentException("Platt parameters must be finite, got a=" + a + " b=" + b);
    }
  }

  /** Calibrated probability of score s. */
  public double apply(double s) {
    double z = a * s + b;
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /** Fits a and b. */
  public static Platt fit(double[] s, int[] y) {
    int pos = 0;
    for (int v : y) {
      pos += v;
    }
    int neg = y.length - pos;
    double hi = (pos + 1.0) / (pos + 2.0);
    double lo = 1.0 / (neg + 2.0);
    double a = 1;
    double b = 0;
    for (int it = 0; it < 100; it++) {
      double g1 = 0;
      double g2 = 0;
      double h11 = 1e-12;
      double h22 = 1e-12;
      double h12 = 0;
      for (int i = 0; i < s.length; i++) {
        double t = y[i] == 1 ? hi : lo;
        double p = new Platt(a, b).apply(s[i]);
        double d = p - t;
        g1 += d * s[i];
        g2 += d;
        double w = p * (1 - p);
        h11 += w * s[i] * s[i];
        h22 += w;
        h12 += w * s[i];
      }
      double det = h11 * h22 - h12 * h12;
      double da = (h22 * g1 - h12 * g2) / det;
      double db = (h11 * g2 - h12 * g1) / det;
      a -= da;
      b -= db;
      if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
        break;
      }
    }
    return new Platt(ModelFile.round(a), ModelFile.round(b));
  }
}
