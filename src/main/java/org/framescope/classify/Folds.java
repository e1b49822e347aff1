package org.framescope.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Stratified k-fold assignment with a fixed seed.
 *
 * <p>Input: class labels, k, seed. Output: for each item its fold 0..k-1. Items of each class are
 * shuffled with {@code new Random(seed)} (classes in ascending order) and dealt round-robin, so every
 * fold's class counts differ by at most one from the others, and the same input gives the same folds.
 */
public final class Folds {
  private Folds() { }

  /** Fold index of each item. */
  public static int[] stratified(int[] labels, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("folds must be >= 2, got " + k);
    }
    if (labels.length < k) {
      throw new IllegalArgumentException("need at least " + k + " items, got " + labels.length);
    }
    int maxLabel = 0;
    for (int y : labels) {
      if (y < 0) {
        throw new IllegalArgumentException("labels must be >= 0, got " + y);
      }
      maxLabel = Math.max(maxLabel, y);
    }
    Random rnd = new Random(seed);
    int[] fold = new int[labels.length];
    int next = 0;
    for (int c = 0; c <= maxLabel; c++) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == c) {
          idx.add(i);
        }
      }
      java.util.Collections.shuffle(idx, rnd);
      for (int i : idx) {
        fold[i] = next;
        next = (next + 1) % k;
      }
    }
    return fold;
  }
}
