package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EffectSizesTest {
  private static final double[] A = {1, 2, 3, 4, 5};
  private static final double[] B = {2, 4, 6, 8, 10};

  @Test
  void cohensDByHand() {
    // var A = 2.5, var B = 10; pooled = (4*2.5 + 4*10)/8 = 6.25, SD 2.5; d = (3 - 6)/2.5 = -1.2
    assertEquals(-1.2, EffectSizes.cohensD(A, B), 1e-12);
    assertEquals(1.2, EffectSizes.cohensD(B, A), 1e-12);
  }

  @Test
  void hedgesCorrectionByHand() {
    // J(4) = Gamma(2) / (sqrt(2) Gamma(1.5)) = 1 / (1.414214 * 0.886227) = 0.797885 (approx. 1-3/15 = 0.8)
    assertEquals(0.797885, EffectSizes.hedgesCorrection(4), 1e-6);
    // J(8) = Gamma(4) / (2 Gamma(3.5)) = 6 / (2 * 3.323351) = 0.902703; g = -1.2 * 0.902703 = -1.083244
    assertEquals(0.902703, EffectSizes.hedgesCorrection(8), 1e-6);
    assertEquals(-1.083244, EffectSizes.hedgesG(A, B), 1e-6);
  }

  @Test
  void cliffsDeltaByHand() {
    // A = {1,2,2,3}, B = {2,4,4,5}: greater pairs: 3>2 -> 1. less pairs: 1<all 4 -> 4, each 2 < 4,4,5 -> 3+3,
    // 3 < 4,4,5 -> 3: 13. delta = (1 - 13)/16 = -0.75
    double[] a = {1, 2, 2, 3};
    double[] b = {2, 4, 4, 5};
    assertEquals(-0.75, EffectSizes.cliffsDelta(a, b), 1e-12);
    // rank-biserial from mid-ranks gives the same number (U_A = 2: 2*2/16 - 1 = -0.75)
    assertEquals(-0.75, EffectSizes.rankBiserial(a, b), 1e-12);
    // A = {3,5,8}, B = {1,2,4,6}: greater 2+3+4 = 9, less 0+1+0... 3<4,6 -> 2; 5<6 -> 1; 8 -> 0: 3.
    // delta = (9 - 3)/12 = 0.5
    assertEquals(0.5, EffectSizes.cliffsDelta(new double[] {3, 5, 8}, new double[] {1, 2, 4, 6}), 1e-12);
  }

  @Test
  void degenerateAndInvalid() {
    assertEquals(0.0, EffectSizes.cohensD(new double[] {1, 1}, new double[] {1, 1}));
    assertTrue(Double.isNaN(EffectSizes.cohensD(new double[] {1, 1}, new double[] {2, 2})));
    assertThrows(IllegalArgumentException.class, () -> EffectSizes.cohensD(new double[] {1}, B));
    assertThrows(IllegalArgumentException.class, () -> EffectSizes.hedgesCorrection(1));
    assertThrows(IllegalArgumentException.class, () -> EffectSizes.cliffsDelta(new double[] {}, B));
  }
}
