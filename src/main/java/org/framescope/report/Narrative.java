package org.framescope.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framescope.compare.Comparison;
import org.framescope.compare.ComparisonReport;
import org.framescope.compare.ComparisonReport.Finding;
import org.framescope.compare.ComparisonReport.PairScope;
import org.framescope.compare.ComparisonReport.ScopeSummary;
import org.framescope.compare.ComparisonReport.TestRow;
import org.framescope.model.ArticleResult;

/**
 * The plain-language side of a comparison. In: a {@link ComparisonReport} from {@code compare.Comparison} (data
 * only). Out: the same report with every test's sentence and statistics written ({@link TestProse}) and the
 * summary: per event, the descriptive findings ({@link DescriptiveProse}: what each side's articles do, with the
 * words and sentences), then the tested differences that pass, then how many comparisons show no clear difference
 * or have too little data; then the events pooled, compared only between sides that covered the same events.
 * Deterministic; applying it twice gives the same report.
 */
public final class Narrative {
  private Narrative() { }

  /** The report with its sentences written. */
  public static ComparisonReport apply(ComparisonReport r) {
    Words words = Words.of(r);
    int counted = (int) r.tests().stream().filter(t -> t.q() != null).count();
    TestProse prose = new TestProse(words, counted);
    List<TestRow> tests = new ArrayList<>();
    for (TestRow t : r.tests()) {
      tests.add(t.withProse(prose.sentence(t), prose.statistics(t)));
    }
    Map<String, ArticleResult> byId = new HashMap<>();
    for (ArticleResult a : r.sourceArticles()) {
      byId.put(a.id(), a);
    }
    DescriptiveProse descriptive = new DescriptiveProse(words, byId);
    List<Finding> summary = new ArrayList<>();
    for (ScopeSummary s : r.scopes()) {
      if (!s.id().equals(ComparisonReport.POOLED)) {
        summary.addAll(descriptive.findings(s));
        summary.addAll(tested(s, tests));
      }
    }
    for (ScopeSummary s : r.scopes()) {
      if (s.id().equals(ComparisonReport.POOLED)) {
        summary.addAll(pooledNotes(s));
        summary.addAll(tested(s, tests));
      }
    }
    return r.withNarrative(tests, summary);
  }

  /**
   * Why a scope with one side compares nothing; when that side is the articles without an outlet (or group), what
   * would compare them.
   */
  private static String oneSide(ScopeSummary s) {
    String only = s.sides().isEmpty() ? "" : s.sides().firstKey();
    int n = s.sides().isEmpty() ? 0 : s.sides().get(only).articles();
    if (Comparison.unknownSide(only) && n >= 2) {
      String what = only.equals(Comparison.UNKNOWN_OUTLET) ? "outlet" : "outlet group";
      return "These " + n + " articles name no " + what + ", so they count as one side and nothing is compared"
          + " here. To compare them with each other, put each article on its own side (framescope compare"
          + " --side-by-side), or name their " + what + "s in a manifest.";
    }
    return "Only one side covered this, so nothing is compared here.";
  }

  private static List<Finding> tested(ScopeSummary s, List<TestRow> all) {
    List<Finding> out = new ArrayList<>();
    List<TestRow> in = all.stream().filter(t -> t.scope().equals(s.id())).toList();
    if (s.sides().size() < 2) {
      out.add(new Finding(s.id(), "note", "", "", oneSide(s), List.of()));
      return out;
    }
    if (in.isEmpty()) {
      out.add(new Finding(s.id(), "note", "", "", "Nothing could be compared here: there were no labels, quotes or"
          + " frame cues to count.", List.of()));
      return out;
    }
    List<TestRow> sig = new ArrayList<>(in.stream().filter(TestRow::significant).toList());
    sig.sort(java.util.Comparator.comparing((TestRow t) -> t.q() == null ? 1.0 : t.q()).thenComparing(TestRow::id));
    for (TestRow t : sig) {
      out.add(new Finding(s.id(), "difference", "", t.id(), t.sentence(), List.of()));
    }
    long none = in.stream().filter(t -> !t.significant() && "OK".equals(t.status())).count();
    long little = in.stream().filter(t -> "TOO_LITTLE_DATA".equals(t.status())).count();
    if (little == in.size()) {
      out.add(new Finding(s.id(), "too-little-data", "", "", "Nothing here can be tested: with this few articles and"
          + " counted words per side, any difference could be chance (" + (little == 1 ? "1 comparison needs"
          : little + " comparisons need") + " more data). The descriptions above say what these articles do.",
          List.of()));
      return out;
    }
    if (sig.isEmpty()) {
      out.add(new Finding(s.id(), "note", "", "", "No tested comparison shows a clear difference here.", List.of()));
    }
    if (none > 0) {
      out.add(new Finding(s.id(), "no-clear-difference", "", "", "For " + none + (none == 1 ? " comparison"
          : " comparisons") + " there is no clear difference.", List.of()));
    }
    if (little > 0) {
      out.add(new Finding(s.id(), "too-little-data", "", "", "For " + little + (little == 1 ? " comparison" :
          " comparisons") + " there is too little data to tell.", List.of()));
    }
    return out;
  }

  private static List<Finding> pooledNotes(ScopeSummary s) {
    List<Finding> out = new ArrayList<>();
    for (PairScope p : s.pairs()) {
      if (!p.compared()) {
        out.add(new Finding(s.id(), "note", "", "", p.sideA() + " and " + p.sideB() + " are not compared across events:"
            + (p.events().isEmpty() ? " they covered no event in common."
            : " they covered only one event in common (see that event)."), List.of()));
      } else {
        out.add(new Finding(s.id(), "note", "", "", p.sideA() + " and " + p.sideB() + " are compared on the "
            + p.events().size() + " events both covered.", List.of()));
      }
    }
    return out;
  }
}
