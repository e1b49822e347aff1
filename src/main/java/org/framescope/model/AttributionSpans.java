package org.framescope.model;

import java.util.Comparator;
import java.util.List;

/**
 * The three parts of one attribution as character ranges (PolNeAR's source / cue / content), gold or
 * predicted: "<source>Officials</source> <cue>said</cue> <content>the talks had failed</content>". A part
 * can be discontinuous ("“A,” she said. “B.”": two content ranges); the source can be missing (passive, or
 * "It is said that ..."). Ranges are sorted by offset and copied.
 *
 * @param source ranges of the source (empty when the attribution has none)
 * @param cue ranges of the cue (gold always has one; a system that finds a quotation but no cue gives none)
 * @param content ranges of the content (may be empty for an annotation that gives none)
 */
public record AttributionSpans(List<TextRange> source, List<TextRange> cue, List<TextRange> content) {
  private static final Comparator<TextRange> ORDER =
      Comparator.comparingInt(TextRange::begin).thenComparingInt(TextRange::end);

  public AttributionSpans {
    source = source.stream().sorted(ORDER).toList();
    cue = cue.stream().sorted(ORDER).toList();
    content = content.stream().sorted(ORDER).toList();
  }

  /** Whether any range of {@code a} overlaps any range of {@code b}. */
  public static boolean overlap(List<TextRange> a, List<TextRange> b) {
    for (TextRange x : a) {
      for (TextRange y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Characters shared by two range lists (each list's ranges assumed disjoint). */
  public static int overlapLength(List<TextRange> a, List<TextRange> b) {
    int n = 0;
    for (TextRange x : a) {
      for (TextRange y : b) {
        n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.begin(), y.begin()));
      }
    }
    return n;
  }
}
