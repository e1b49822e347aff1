package org.framescope.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.framescope.compare.ComparisonReport.PairValue;
import org.framescope.compare.ComparisonReport.SideSummary;
import org.framescope.stats.Divergence;

/**
 * Frames ({@code frames}): counts of frame-cue spans per frame, per side, compared as distributions (chi-square,
 * or a Jensen-Shannon permutation test when expected counts are small), with the Jensen-Shannon divergence of the
 * two distributions. Without frame cues, the divergence of the articles' mean frame scores is given, untested
 * (scores are not counts).
 */
public final class FrameContrast implements Contrast {
  @Override
  public void compare(Pair pair, Results out) {
    SideSummary sa = pair.summaryA();
    SideSummary sb = pair.summaryB();
    SortedSet<String> frames = new TreeSet<>(sa.frameCues().keySet());
    frames.addAll(sb.frameCues().keySet());
    if (frames.isEmpty()) {
      SortedSet<String> scored = new TreeSet<>(sa.frameScores().keySet());
      scored.addAll(sb.frameScores().keySet());
      double[] pa = scored.stream().mapToDouble(f -> sa.frameScores().getOrDefault(f, 0.0)).toArray();
      double[] pb = scored.stream().mapToDouble(f -> sb.frameScores().getOrDefault(f, 0.0)).toArray();
      if (Arrays.stream(pa).sum() > 0 && Arrays.stream(pb).sum() > 0) {
        out.divergence(new PairValue(pair.sideA(), pair.sideB(), Numbers.num(Divergence.jensenShannon(pa, pb))));
      }
      return;
    }
    List<String> cols = new ArrayList<>(frames);
    long[][] t = new long[2][cols.size()];
    for (int c = 0; c < cols.size(); c++) {
      t[0][c] = sa.frameCues().getOrDefault(cols.get(c), 0);
      t[1][c] = sb.frameCues().getOrDefault(cols.get(c), 0);
    }
    int na = (int) Arrays.stream(t[0]).sum();
    int nb = (int) Arrays.stream(t[1]).sum();
    Double d = null;
    if (na > 0 && nb > 0) {
      d = Numbers.num(Divergence.jensenShannon(Numbers.toDouble(t[0]), Numbers.toDouble(t[1])));
    }
    out.divergence(new PairValue(pair.sideA(), pair.sideB(), d));
    if (cols.size() < 2) {
      return;
    }
    out.test(pair, "frames", "", Attributions.table(t, na, nb, "frame cues", pair), null, na, null, nb);
  }
}
