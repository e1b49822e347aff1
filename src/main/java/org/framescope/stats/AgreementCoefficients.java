package org.framescope.stats;

import java.util.List;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Chance-corrected agreement coefficients, computed with DKPro Agreement. Input: items as one value per
 * annotator (null = missing), or labelled units on one character continuum. Output: the coefficient, or NaN
 * where it is undefined (no items, chance agreement 1, too little data). Aligning annotations into items is
 * the caller's job ({@code gold.GoldAgreement}).
 */
public final class AgreementCoefficients {
  private AgreementCoefficients() { }

  /** One annotator's unit on a continuum: [begin, begin + length) with a category. */
  public record Unit(long begin, long length, int annotator, String category) {
    public Unit {
      if (begin < 0 || length <= 0 || annotator < 0) {
        throw new IllegalArgumentException("bad unit: begin=" + begin + " length=" + length + " annotator=" + annotator);
      }
    }
  }

  /**
   * Cohen's kappa over items given as one value per annotator (exactly two annotators; items with a missing
   * value are dropped). NaN when undefined (no items, or chance agreement 1).
   */
  public static double cohenKappa(List<String[]> items) {
    CodingAnnotationStudy s = new CodingAnnotationStudy(2);
    for (String[] it : items) {
      if (it.length != 2) {
        throw new IllegalArgumentException("Cohen's kappa needs two values per item, got " + it.length);
      }
      if (allPresent(it)) {
        s.addItemAsArray(it.clone());
      }
    }
    return s.getItemCount() == 0 ? Double.NaN : safe(() -> new CohenKappaAgreement(s).calculateAgreement());
  }

  /**
   * Krippendorff's alpha with the nominal distance over items given as one value per annotator (null =
   * missing). NaN when undefined.
   */
  public static double krippendorffAlpha(List<String[]> items, int annotators) {
    CodingAnnotationStudy s = new CodingAnnotationStudy(annotators);
    for (String[] it : items) {
      if (it.length != annotators) {
        throw new IllegalArgumentException("expected " + annotators + " values per item, got " + it.length);
      }
      s.addItemAsArray(it.clone());
    }
    return s.getItemCount() == 0 ? Double.NaN
        : safe(() -> new KrippendorffAlphaAgreement(s, new NominalDistanceFunction()).calculateAgreement());
  }

  /**
   * Krippendorff's unitized alpha (alpha_u) over units on one continuum of the given length. Units of one
   * annotator and category must not overlap (merge them first). NaN when there are no units.
   */
  public static double alphaUnitized(List<Unit> units, int annotators, long continuumLength) {
    if (units.isEmpty() || continuumLength <= 0) {
      return Double.NaN;
    }
    UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(annotators, 0, continuumLength);
    for (Unit u : units) {
      study.addUnit(u.begin(), u.length(), u.annotator(), u.category());
    }
    return safe(() -> new KrippendorffAlphaUnitizingAgreement(study).calculateAgreement());
  }

  /** True when no value of the item is missing. */
  public static boolean allPresent(String[] item) {
    for (String s : item) {
      if (s == null) {
        return false;
      }
    }
    return true;
  }

  private interface Calc {
    double get();
  }

  private static double safe(Calc c) {
    try {
      double v = c.get();
      return Double.isInfinite(v) ? Double.NaN : v;
    } catch (InsufficientDataException | ArithmeticException e) {
      return Double.NaN;
    }
  }
}
