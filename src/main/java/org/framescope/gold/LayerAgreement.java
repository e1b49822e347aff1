package org.framescope.gold;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;

/**
 * Agreement figures for one layer. A figure that does not apply or is undefined (e.g. kappa when chance
 * agreement is 1, or alpha_u for a non-span unit) is {@link Double#NaN}.
 *
 * @param layer the layer key
 * @param unit the unit key (sentence, span, document)
 * @param annotators number of annotators compared
 * @param documents number of documents contributing items
 * @param items coding items (units with at least one value)
 * @param itemsComplete items coded by every annotator (what Cohen's kappa and percent agreement use)
 * @param percentAgreement observed agreement on complete items
 * @param cohenKappa Cohen's kappa (two annotators only)
 * @param krippendorffAlpha Krippendorff's alpha, nominal distance, missing values allowed
 * @param alphaU Krippendorff's unitized alpha (span unit)
 * @param f1Exact span F1 requiring equal begin, end and label, averaged over annotator pairs (span unit)
 * @param f1Overlap span F1 requiring equal label and at least one shared character (span unit)
 * @param spansPerAnnotator annotations of the layer per annotator
 * @param notes how the figures were computed, and warnings
 */
public record LayerAgreement(String layer, String unit, int annotators, int documents, int items,
                             int itemsComplete, double percentAgreement, double cohenKappa,
                             double krippendorffAlpha, double alphaU, double f1Exact, double f1Overlap,
                             SortedMap<String, Integer> spansPerAnnotator, List<String> notes) {
  public LayerAgreement {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(unit, "unit");
    spansPerAnnotator = Collections.unmodifiableSortedMap(new TreeMap<>(spansPerAnnotator));
    notes = List.copyOf(notes);
  }
}
