package org.framescope.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Chi-square test of independence for an r x c table of counts (rows: outlets or groups; columns:
 * categories such as reporting-verb classes or frames), via commons-math {@link ChiSquareTest} (Pearson,
 * no continuity correction). Effect: Cramér's V = sqrt(chi2 / (N (min(r,c) - 1))).
 *
 * <p>Rows and columns whose total is 0 carry no information and are dropped first. Too little data:
 * fewer than 2 non-empty rows or columns, or any expected count below {@value #MIN_EXPECTED}. For a 2x2
 * table with a small expected count the result is Fisher's exact test instead (valid for small counts);
 * for larger tables it is TOO_LITTLE_DATA with the offending cell in the reason.
 */
public final class Contingency {
  /** Smallest expected count for the chi-square approximation (Cochran's rule, strict form). */
  public static final double MIN_EXPECTED = 5.0;

  private Contingency() { }

  /**
   * @param table counts, rectangular, all &gt;= 0 (row i = group i)
   * @return the chi-square (or Fisher) result; n lists the row totals of the original table
   */
  public static TestResult chiSquare(long[][] table) {
    String name = "chi-square test";
    if (table == null || table.length == 0) {
      throw new IllegalArgumentException("table must have at least one row");
    }
    int cols = table[0].length;
    List<Integer> rowTotals = new ArrayList<>();
    long[] colTotals = new long[cols];
    for (int i = 0; i < table.length; i++) {
      if (table[i].length != cols) {
        throw new IllegalArgumentException("table is not rectangular: row 0 has " + cols + " columns, row "
            + i + " has " + table[i].length);
      }
      long rt = 0;
      for (int j = 0; j < cols; j++) {
        if (table[i][j] < 0) {
          throw new IllegalArgumentException("negative count " + table[i][j] + " at row " + i + ", column " + j);
        }
        rt += table[i][j];
        colTotals[j] += table[i][j];
      }
      rowTotals.add(Math.toIntExact(rt));
    }
    List<Integer> keepRows = new ArrayList<>();
    for (int i = 0; i < table.length; i++) {
      if (rowTotals.get(i) > 0) {
        keepRows.add(i);
      }
    }
    List<Integer> keepCols = new ArrayList<>();
    for (int j = 0; j < cols; j++) {
      if (colTotals[j] > 0) {
        keepCols.add(j);
      }
    }
    if (keepRows.size() < 2 || keepCols.size() < 2) {
      return TestResult.tooLittleData(name, "needs at least 2 non-empty rows and 2 non-empty columns, got "
          + keepRows.size() + " and " + keepCols.size(), rowTotals);
    }
    int r = keepRows.size();
    int c = keepCols.size();
    long[][] t = new long[r][c];
    double total = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        t[i][j] = table[keepRows.get(i)][keepCols.get(j)];
        total += t[i][j];
      }
    }
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        double expected = rowTotals.get(keepRows.get(i)) * (double) colTotals[keepCols.get(j)] / total;
        if (expected < MIN_EXPECTED) {
          String where = String.format(Locale.ROOT, "expected count %.2f < %.0f in row %d, column %d",
              expected, MIN_EXPECTED, keepRows.get(i), keepCols.get(j));
          if (r == 2 && c == 2) {
            TestResult f = Proportions.fisherExact((int) t[0][0], (int) t[0][1], (int) t[1][0], (int) t[1][1]);
            return new TestResult(f.test(), f.status(), f.reason(), f.statisticName(), f.statistic(), f.df(),
                f.p(), "exact (used instead of chi-square: " + where + ")", f.effectName(), f.effect(),
                rowTotals);
          }
          return TestResult.tooLittleData(name, where + "; the chi-square approximation is unreliable",
              rowTotals);
        }
      }
    }
    ChiSquareTest test = new ChiSquareTest();
    double chi2 = test.chiSquare(t);
    double p = test.chiSquareTest(t);
    double v = Math.sqrt(chi2 / (total * (Math.min(r, c) - 1)));
    return new TestResult(name, Status.OK, "", "chi-square", chi2, (r - 1) * (double) (c - 1), p,
        "chi-square distribution", "Cramér's V", v, rowTotals);
  }
}
