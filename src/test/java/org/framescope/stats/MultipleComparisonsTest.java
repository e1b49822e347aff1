package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultipleComparisonsTest {
  @Test
  void benjaminiHochbergSmallListByHand() {
    // p = {0.01, 0.04, 0.03, 0.005}, m = 4. Sorted: 0.005 (k=1) 0.01 (2) 0.03 (3) 0.04 (4).
    // m p/k: 0.02, 0.02, 0.04, 0.04; running minimum from the top: 0.04, 0.04, 0.02, 0.02.
    // In original order: 0.02, 0.04, 0.04, 0.02
    assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02},
        MultipleComparisons.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
  }

  @Test
  void benjaminiHochbergMonotoneAndCapped() {
    // p = {0.9, 0.5}: sorted 0.5 -> 2*0.5/1 = 1.0, 0.9 -> 2*0.9/2 = 0.9; the minimum from the top makes both 0.9
    assertArrayEquals(new double[] {0.9, 0.9},
        MultipleComparisons.benjaminiHochberg(new double[] {0.9, 0.5}), 1e-12);
    // 3 * 0.6 / 1 = 1.8 -> capped at 1
    assertArrayEquals(new double[] {1.0, 1.0, 1.0},
        MultipleComparisons.benjaminiHochberg(new double[] {0.6, 0.7, 1.0}), 1e-12);
  }

  @Test
  void benjaminiHochberg1995Example() {
    // Benjamini & Hochberg (1995), section 4: 15 p-values; at q* = 0.05 the step-up procedure rejects the
    // four smallest. q_(4) = 0.0095*15/4 = 0.035625; q_(5) = min(0.0201*3, later) = 0.0603;
    // q_(6): 0.0278*15/6 = 0.0695 but q_(7) = 0.0298*15/7 = 0.063857 is smaller -> 0.063857 (monotone).
    double[] p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
        0.5719, 0.6528, 0.7590, 1.000};
    double[] q = MultipleComparisons.benjaminiHochberg(p);
    int rejected = 0;
    for (double v : q) {
      if (v <= 0.05) {
        rejected++;
      }
    }
    assertEquals(4, rejected);
    assertEquals(0.035625, q[3], 1e-12);
    assertEquals(0.0603, q[4], 1e-12);
    assertEquals(0.0298 * 15 / 7, q[5], 1e-12);
    assertEquals(1.0, q[14], 1e-12);
    for (int i = 1; i < q.length; i++) {
      assertTrue(q[i] >= q[i - 1]);
    }
  }

  @Test
  void holmByHand() {
    // sorted 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 = 0.04; running max 0.02, 0.03, 0.06, 0.06
    assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02},
        MultipleComparisons.holm(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
  }

  @Test
  void nanEntriesAreSkippedAndKeepPosition() {
    // m = 2: 0.01*2/1 = 0.02, 0.04*2/2 = 0.04
    double[] q = MultipleComparisons.benjaminiHochberg(new double[] {0.01, Double.NaN, 0.04});
    assertEquals(0.02, q[0], 1e-12);
    assertTrue(Double.isNaN(q[1]));
    assertEquals(0.04, q[2], 1e-12);
    assertEquals(0, MultipleComparisons.holm(new double[0]).length);
  }

  @Test
  void rejectsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> MultipleComparisons.benjaminiHochberg(new double[] {1.2}));
    assertThrows(IllegalArgumentException.class, () -> MultipleComparisons.holm(new double[] {-0.1}));
  }
}
