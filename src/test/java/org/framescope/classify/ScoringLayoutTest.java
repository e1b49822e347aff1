package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import smile.util.SparseArray;

/**
 * The fast scoring paths must give exactly what the plain ones give: {@link FeatureSink#sortedOrder} (a radix
 * sort) the order of a comparison sort by (key, position), and {@link LinearModel}'s packed slot table the same
 * values and sums as {@link Vectorizer#columns} with the weight rows - on random keys, many of them repeated
 * or sharing bytes, and random models.
 */
class ScoringLayoutTest {
  @Test
  void radixOrderIsTheComparisonSortByKeyThenPosition() {
    SplittableRandom r = new SplittableRandom(5L);
    for (int trial = 0; trial < 5_000; trial++) {
      int n = r.nextInt(0, 700);
      int[] keys = new int[n];
      int spread = r.nextInt(1, 4);
      for (int i = 0; i < n; i++) {
        // some trials share the top bytes (one block), some repeat keys often
        int block = spread == 1 ? 3 : r.nextInt(0, 128);
        keys[i] = (block << 24) | (spread == 3 ? r.nextInt(0, 8) : r.nextInt(0, 1 << 24));
      }
      long[] expected = new long[n];
      for (int i = 0; i < n; i++) {
        expected[i] = ((long) keys[i] << 32) | i;
      }
      Arrays.sort(expected);
      int[] want = new int[n];
      for (int i = 0; i < n; i++) {
        want[i] = (int) expected[i];
      }
      assertArrayEquals(want, FeatureSink.sortedOrder(keys, n), "trial " + trial);
    }
  }

  @Test
  void packedLookUpScoresLikeTheVectorizerAndWeightRows() {
    SplittableRandom r = new SplittableRandom(9L);
    int[] blocks = {FeatureBlock.CHAR.id(), FeatureBlock.GRAM.id(), FeatureBlock.DENSE.id()};
    for (int trial = 0; trial < 300; trial++) {
      int p = r.nextInt(1, 400);
      int[] keys = r.ints(0, 1 << 12).distinct().limit(p).map(h -> (blocks[h % 3] << 24) | h).sorted().toArray();
      p = keys.length;
      double[] idf = r.doubles(p, 1.0, 4.0).toArray();
      boolean tfidf = r.nextBoolean();
      boolean binary = !tfidf && r.nextBoolean();
      int k = r.nextInt(2, 4);
      double[][] w = new double[k][p + 1];
      for (double[] row : w) {
        for (int j = 0; j <= p; j++) {
          row[j] = r.nextDouble(-3, 3);
        }
      }
      LinearModel m = new LinearModel(new Vectorizer(keys, idf, tfidf), w, binary);
      FeatureSink sink = new FeatureSink();
      int items = r.nextInt(0, 60);
      for (int i = 0; i < items; i++) {
        // kept keys, unknown keys of the same blocks, repeats
        int key = r.nextInt(4) == 0 ? (blocks[r.nextInt(3)] << 24) | r.nextInt(1 << 12, 1 << 13)
            : keys[r.nextInt(p)];
        sink.put(key, FeatureBlock.isDense(key) ? r.nextDouble(-2, 2) : 1.0);
      }
      Features f = sink.finish();
      int[] idx = new int[f.size()];
      double[] val = new double[f.size()];
      int n = m.vectorizer().columns(f, idx, val);
      int[] at = new int[f.size()];
      double[] val2 = new double[f.size()];
      int[] keysOut = new int[f.size()];
      assertEquals(n, m.lookUp(f, at, val2, keysOut));
      double[] s = new double[k];
      for (int c = 0; c < k; c++) {
        s[c] = m.weight(c, p);
        assertEquals(s[c], m.intercept(c));
      }
      for (int j = 0; j < n; j++) {
        assertEquals(val[j], val2[j], "value " + j);
        assertEquals(m.vectorizer().key(idx[j]), keysOut[j]);
        double x = binary ? (val[j] != 0 ? 1.0 : 0.0) : val[j];
        for (int c = 0; c < k; c++) {
          assertEquals(m.weight(c, idx[j]), m.weightAt(at[j], c));
          s[c] += m.weight(c, idx[j]) * x;
        }
      }
      assertArrayEquals(SmileFit.softmax(s), m.probabilities(f), "trial " + trial);
      SparseArray x = m.vector(f);
      assertArrayEquals(m.probabilities(x), m.probabilities(f), 1e-12, "trial " + trial);
    }
  }
}
