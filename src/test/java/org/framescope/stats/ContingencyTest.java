package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContingencyTest {
  @Test
  void twoByTwoByHand() {
    // [[10,20],[30,40]]: N=100, rows 30/70, columns 40/60 -> expected 12, 18, 28, 42.
    // chi2 = 2^2/12 + 2^2/18 + 2^2/28 + 2^2/42 = 0.333333+0.222222+0.142857+0.095238 = 0.793651, df 1.
    // V = sqrt(0.793651/100) = 0.089087. p = P(chi2_1 > 0.793651) = 0.372998 (chi-square table / scipy).
    TestResult r = Contingency.chiSquare(new long[][] {{10, 20}, {30, 40}});
    assertEquals(Status.OK, r.status());
    assertEquals("chi-square test", r.test());
    assertEquals(0.793651, r.statistic(), 1e-6);
    assertEquals(1.0, r.df());
    assertEquals(0.089087, r.effect(), 1e-6);
    assertEquals(0.372998, r.p(), 1e-6);
    assertEquals(List.of(30, 70), r.n());
  }

  @Test
  void twoByThreeByHand() {
    // [[20,30,50],[30,30,40]]: rows 100/100, columns 50/60/90 of 200 -> expected 25, 30, 45 in each row.
    // chi2 = 2 * (5^2/25 + 0/30 + 5^2/45) = 2 * (1 + 0.555556) = 3.111111, df = 2.
    // For df = 2 the survival function is exp(-x/2): p = exp(-1.555556) = 0.211072.
    // V = sqrt(3.111111 / (200 * 1)) = 0.124722
    TestResult r = Contingency.chiSquare(new long[][] {{20, 30, 50}, {30, 30, 40}});
    assertEquals(3.111111, r.statistic(), 1e-6);
    assertEquals(2.0, r.df());
    assertEquals(0.211072, r.p(), 1e-6);
    assertEquals(0.124722, r.effect(), 1e-6);
  }

  @Test
  void emptyRowsAndColumnsAreDropped() {
    TestResult r = Contingency.chiSquare(new long[][] {{20, 0, 30, 50}, {0, 0, 0, 0}, {30, 0, 30, 40}});
    assertEquals(3.111111, r.statistic(), 1e-6);
    assertEquals(2.0, r.df());
    assertEquals(List.of(100, 0, 100), r.n());
  }

  @Test
  void smallTwoByTwoFallsBackToFisher() {
    // tea table: expected counts all 2 < 5 -> Fisher's exact test, p = 34/70
    TestResult r = Contingency.chiSquare(new long[][] {{3, 1}, {1, 3}});
    assertEquals(Status.OK, r.status());
    assertEquals("Fisher's exact test", r.test());
    assertEquals(34.0 / 70.0, r.p(), 1e-12);
    assertTrue(r.pMethod().contains("expected count 2.00 < 5"), r.pMethod());
  }

  @Test
  void smallLargerTableIsTooLittleData() {
    // column 2 total 6 of 106: expected 6*50/106 = 2.83 in row 0
    TestResult r = Contingency.chiSquare(new long[][] {{20, 3, 27}, {30, 3, 23}});
    assertEquals(Status.TOO_LITTLE_DATA, r.status());
    assertTrue(Double.isNaN(r.p()));
    assertTrue(r.reason().contains("expected count 2.83 < 5 in row 0, column 1"), r.reason());
  }

  @Test
  void singleNonEmptyRowIsTooLittleData() {
    TestResult r = Contingency.chiSquare(new long[][] {{5, 7}, {0, 0}});
    assertEquals(Status.TOO_LITTLE_DATA, r.status());
    assertTrue(r.reason().contains("at least 2 non-empty rows"));
  }

  @Test
  void rejectsBadTables() {
    assertThrows(IllegalArgumentException.class, () -> Contingency.chiSquare(new long[][] {{1, 2}, {3}}));
    assertThrows(IllegalArgumentException.class, () -> Contingency.chiSquare(new long[][] {{1, -2}, {3, 4}}));
    assertThrows(IllegalArgumentException.class, () -> Contingency.chiSquare(new long[0][0]));
  }
}
