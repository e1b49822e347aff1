package org.framescope.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Classification metrics computed from gold and predicted class indices (and probabilities).
 *
 * <p>Input: int arrays of gold and predicted labels in 0..k-1. Output: confusion matrix, per-class
 * precision/recall/F1, macro-F1, accuracy; for binary probabilities the Brier score and a reliability
 * table. A class with no predictions (or no gold items) gets precision (recall) 0, as in scikit-learn.
 */
public final class Metrics {
  /** Precision, recall, F1 and gold count of one class. */
  public record ClassScores(String name, double precision, double recall, double f1, int support) { }

  /** One reliability-table bin: [lo, hi), count, mean predicted probability, observed positive share. */
  public record Bin(double lo, double hi, int count, double meanPredicted, double observed) { }

  /** Full report for one evaluation. */
  public record Report(List<String> classes, int[][] confusion, List<ClassScores> perClass,
                       double macroF1, double accuracy) {
    public Report {
      classes = List.copyOf(classes);
      perClass = List.copyOf(perClass);
    }
  }

  private Metrics() { }

  /** Confusion matrix: rows gold, columns predicted. */
  public static int[][] confusion(int[] gold, int[] pred, int k) {
    if (gold.length != pred.length) {
      throw new IllegalArgumentException("gold and pred lengths differ: " + gold.length + " vs " + pred.length);
    }
    int[][] cm = new int[k][k];
    for (int i = 0; i < gold.length; i++) {
      cm[gold[i]][pred[i]]++;
    }
    return cm;
  }

  /** Per-class P/R/F1, macro-F1 and accuracy. */
  public static Report report(int[] gold, int[] pred, List<String> classes) {
    int k = classes.size();
    int[][] cm = confusion(gold, pred, k);
    List<ClassScores> per = new ArrayList<>();
    double sumF1 = 0;
    int correct = 0;
    for (int c = 0; c < k; c++) {
      int tp = cm[c][c];
      int predicted = 0;
      int actual = 0;
      for (int j = 0; j < k; j++) {
        predicted += cm[j][c];
        actual += cm[c][j];
      }
      double p = predicted == 0 ? 0 : (double) tp / predicted;
      double r = actual == 0 ? 0 : (double) tp / actual;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      per.add(new ClassScores(classes.get(c), p, r, f, actual));
      sumF1 += f;
      correct += tp;
    }
    return new Report(classes, cm, per, sumF1 / k, gold.length == 0 ? 0 : (double) correct / gold.length);
  }

  /** P/R/F1 of the positive class (1) of a binary problem, from counts. */
  public static ClassScores binary(String name, long tp, long fp, long fn) {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new ClassScores(name, p, r, f, (int) (tp + fn));
  }

  /** Mean squared difference between probability of class 1 and the 0/1 outcome. */
  public static double brier(double[] prob, int[] gold) {
    if (prob.length != gold.length || prob.length == 0) {
      throw new IllegalArgumentException("need equal, non-empty arrays");
    }
    double s = 0;
    for (int i = 0; i < prob.length; i++) {
      double d = prob[i] - gold[i];
      s += d * d;
    }
    return s / prob.length;
  }

  /** Equal-width reliability table with {@code bins} bins over [0,1]; p = 1.0 falls in the last bin. */
  public static List<Bin> reliability(double[] prob, int[] gold, int bins) {
    int[] n = new int[bins];
    double[] sp = new double[bins];
    double[] so = new double[bins];
    for (int i = 0; i < prob.length; i++) {
      int b = Math.min(bins - 1, (int) Math.floor(prob[i] * bins));
      n[b]++;
      sp[b] += prob[i];
      so[b] += gold[i];
    }
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      out.add(new Bin((double) b / bins, (double) (b + 1) / bins, n[b],
          n[b] == 0 ? Double.NaN : sp[b] / n[b], n[b] == 0 ? Double.NaN : so[b] / n[b]));
    }
    return out;
  }

  /** Expected calibration error: count-weighted mean |mean predicted - observed| over bins. */
  public static double ece(List<Bin> table) {
    int total = 0;
    double s = 0;
    for (Bin b : table) {
      if (b.count() > 0) {
        total += b.count();
        s += b.count() * Math.abs(b.meanPredicted() - b.observed());
      }
    }
    return total == 0 ? 0 : s / total;
  }
}
