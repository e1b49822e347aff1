package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FoldsTest {
  @Test
  void foldsAreStratifiedAndBalanced() {
    int[] y = new int[103];
    for (int i = 0; i < y.length; i++) {
      y[i] = i % 3 == 0 ? 1 : 0; // 35 positives, 68 negatives
    }
    int[] f = Folds.stratified(y, 5, 42);
    int[][] counts = new int[5][2];
    for (int i = 0; i < y.length; i++) {
      counts[f[i]][y[i]]++;
    }
    for (int c = 0; c < 2; c++) {
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (int k = 0; k < 5; k++) {
        min = Math.min(min, counts[k][c]);
        max = Math.max(max, counts[k][c]);
      }
      assertTrue(max - min <= 1, "class " + c + " counts " + Arrays.deepToString(counts));
    }
  }

  @Test
  void sameSeedSameFoldsOtherSeedOtherFolds() {
    int[] y = new int[50];
    for (int i = 0; i < 50; i++) {
      y[i] = i % 2;
    }
    assertArrayEquals(Folds.stratified(y, 5, 42), Folds.stratified(y, 5, 42));
    assertFalse(Arrays.equals(Folds.stratified(y, 5, 42), Folds.stratified(y, 5, 43)));
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> Folds.stratified(new int[] {0, 1}, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Folds.stratified(new int[] {0, 1}, 5, 1));
    assertThrows(IllegalArgumentException.class, () -> Folds.stratified(new int[] {0, -1, 1}, 2, 1));
  }
}
