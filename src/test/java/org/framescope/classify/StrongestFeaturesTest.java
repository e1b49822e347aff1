package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link BiasModel#strongest} picks an explanation's top features without sorting them all; it must return the
 * head of the full sort (largest |contribution| first, ties by feature key), on random inputs with many ties.
 */
class StrongestFeaturesTest {
  @Test
  void equalsTheHeadOfAFullSort() {
    SplittableRandom r = new SplittableRandom(11L);
    for (int trial = 0; trial < 20_000; trial++) {
      int k = r.nextInt(0, 40);
      int limit = r.nextInt(1, 12);
      int[] feat = new int[k];
      double[] contr = new double[k];
      int[] pool = r.ints(0, 1 << 30).distinct().limit(k).toArray();
      for (int i = 0; i < k; i++) {
        feat[i] = pool[i];
        // few distinct magnitudes and both signs, so ties on |contribution| are common
        contr[i] = (r.nextBoolean() ? -1 : 1) * (r.nextInt(1, 6) / 4.0);
      }
      Integer[] all = new Integer[k];
      Arrays.setAll(all, i -> i);
      Arrays.sort(all, Comparator.comparingDouble((Integer i) -> -Math.abs(contr[i])).thenComparingInt(i -> feat[i]));
      int[] expected = Arrays.stream(all).limit(Math.min(limit, k)).mapToInt(Integer::intValue).toArray();
      assertArrayEquals(expected, BiasModel.strongest(feat, contr, k, limit),
          () -> "feat " + Arrays.toString(feat) + " contr " + Arrays.toString(contr) + " limit " + limit);
    }
  }
}
