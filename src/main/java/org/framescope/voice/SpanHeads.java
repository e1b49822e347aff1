package org.framescope.voice;

import java.util.BitSet;
import java.util.List;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.TextRange;

/**
 * The head token of a stretch of text on the document's dependency parse, so that two systems' source spans
 * can be compared by their head ("the White House press secretary, Josh Earnest" and "Josh Earnest" share
 * theirs). Input: a document and character ranges. Output: {@code {sentence, token}} of the token whose governor
 * lies outside the stretch, nearest the root, in the sentence holding most of its tokens; null when the ranges
 * cover no token.
 */
public final class SpanHeads {
  private SpanHeads() { }

  public static int[] head(NlpDocument doc, List<TextRange> ranges) {
    if (ranges.isEmpty()) {
      return null;
    }
    int bestSentence = -1;
    BitSet bestSet = null;
    for (NlpSentence s : doc.sentences()) {
      if (s.end() <= ranges.get(0).begin() || s.begin() >= ranges.get(ranges.size() - 1).end()) {
        continue;
      }
      BitSet b = new BitSet();
      for (int t = 0; t < s.tokens().size(); t++) {
        var tok = s.tokens().get(t);
        for (TextRange r : ranges) {
          if (tok.begin() < r.end() && r.begin() < tok.end()) {
            b.set(t);
            break;
          }
        }
      }
      if (bestSet == null || b.cardinality() > bestSet.cardinality()) {
        bestSet = b;
        bestSentence = s.index();
      }
    }
    if (bestSet == null || bestSet.isEmpty()) {
      return null;
    }
    DependencyView p = new DependencyView(doc.sentences().get(bestSentence));
    BitSet words = new BitSet();
    for (int t = bestSet.nextSetBit(0); t >= 0; t = bestSet.nextSetBit(t + 1)) {
      if (!p.isPunct(t)) {
        words.set(t);
      }
    }
    int h = p.headOf(words.isEmpty() ? bestSet : words);
    return h < 0 ? null : new int[] {bestSentence, h};
  }
}
