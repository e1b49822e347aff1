package org.framescope.stats;

import java.util.Objects;

/** Argument checks shared by the package; failures are programming errors (IllegalArgumentException). */
final class Checks {
  private Checks() { }

  static double[] finite(double[] x, String name) {
    Objects.requireNonNull(x, name);
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + x[i]);
      }
    }
    return x;
  }

  static double confidence(double confidence) {
    if (!(confidence > 0.0 && confidence < 1.0)) {
      throw new IllegalArgumentException("confidence must be in (0,1), got " + confidence);
    }
    return confidence;
  }

  static double mean(double[] x) {
    double s = 0.0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** Sample variance with n-1 in the denominator (two-pass for accuracy). */
  static double variance(double[] x) {
    double m = mean(x);
    double s = 0.0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / (x.length - 1);
  }
}
