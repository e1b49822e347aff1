package org.framescope.compare;

/** Rounding and small arithmetic shared by the contrasts, so report.json does not depend on the last bits. */
final class Numbers {
  private Numbers() { }

  /** Rounds to 6 decimals (NaN and infinities pass unchanged; -0 becomes 0). */
  static double round(double v) {
    if (!Double.isFinite(v)) {
      return v;
    }
    double r = Math.round(v * 1e6) / 1e6;
    return r == 0 ? 0.0 : r;
  }

  /** Rounded value, or null when not finite. */
  static Double num(double v) {
    return Double.isFinite(v) ? round(v) : null;
  }

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return x.length == 0 ? Double.NaN : s / x.length;
  }

  static double[] toDouble(long[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    return d;
  }
}
