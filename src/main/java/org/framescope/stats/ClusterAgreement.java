package org.framescope.stats;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement between a predicted clustering and the true one, for evaluating event grouping.
 * In: two label arrays of equal length (any integers). Out: adjusted Rand index (Hubert and Arabie
 * 1985; 1 = identical, about 0 = chance) and purity (share of items whose predicted cluster's majority
 * true class is their own class).
 */
public final class ClusterAgreement {
  private ClusterAgreement() { }

  /** Adjusted Rand index of {@code predicted} against {@code truth}. */
  public static double adjustedRand(int[] truth, int[] predicted) {
    check(truth, predicted);
    Map<Long, Integer> cells = new HashMap<>();
    Map<Integer, Integer> rows = new HashMap<>();
    Map<Integer, Integer> cols = new HashMap<>();
    for (int i = 0; i < truth.length; i++) {
      cells.merge(((long) truth[i] << 32) ^ (predicted[i] & 0xffffffffL), 1, Integer::sum);
      rows.merge(truth[i], 1, Integer::sum);
      cols.merge(predicted[i], 1, Integer::sum);
    }
    double index = 0;
    for (int c : cells.values()) {
      index += choose2(c);
    }
    double a = 0;
    for (int c : rows.values()) {
      a += choose2(c);
    }
    double b = 0;
    for (int c : cols.values()) {
      b += choose2(c);
    }
    double total = choose2(truth.length);
    double expected = total == 0 ? 0 : a * b / total;
    double max = (a + b) / 2;
    if (max == expected) {
      return 1.0;
    }
    return (index - expected) / (max - expected);
  }

  /** Purity of {@code predicted} with respect to {@code truth}. */
  public static double purity(int[] truth, int[] predicted) {
    check(truth, predicted);
    if (truth.length == 0) {
      return 1.0;
    }
    Map<Integer, Map<Integer, Integer>> byCluster = new HashMap<>();
    for (int i = 0; i < truth.length; i++) {
      byCluster.computeIfAbsent(predicted[i], k -> new HashMap<>()).merge(truth[i], 1, Integer::sum);
    }
    int correct = 0;
    for (Map<Integer, Integer> m : byCluster.values()) {
      correct += m.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    return (double) correct / truth.length;
  }

  private static double choose2(long n) {
    return n * (n - 1) / 2.0;
  }

  private static void check(int[] truth, int[] predicted) {
    if (truth.length != predicted.length) {
      throw new IllegalArgumentException("label arrays differ in length: " + truth.length + " vs "
          + predicted.length);
    }
  }
}
