package org.framescope.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where to cut a stretch of tokens that is too long to be one sentence. Input: the words of one sentence as
 * the sentence splitter found it, and the cap (most tokens a sentence may have). Output: the pieces, as
 * [from, to) token ranges covering the sentence in order, none longer than the cap.
 *
 * <p>Real news sentences stay far below the cap (the longest in PTC's 297 articles and the extraction
 * benchmark's 91 pages are about 250 tokens by a punctuation split); a stretch above it is text without
 * sentence punctuation (a transcript, a list, a machine dump), where the parser's cost grows with the
 * sentence and tells nothing. A piece ends after the last clause mark (comma, semicolon, colon, dash) in the
 * second half of its window, so pieces read as clauses where the text has any; else it ends at the cap.
 */
final class SentenceCap {
  private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "-", "--", "\u2013", "\u2014");

  private SentenceCap() { }

  /** The pieces of a sentence of these words: one range [0, n) when it is within the cap. */
  static List<int[]> pieces(List<String> words, int cap) {
    if (cap < 2) {
      throw new IllegalArgumentException("sentence cap must be >= 2 tokens, got " + cap);
    }
    List<int[]> out = new ArrayList<>();
    int n = words.size();
    int from = 0;
    while (n - from > cap) {
      int to = from + cap;
      for (int i = from + cap - 1; i >= from + cap / 2; i--) {
        if (CLAUSE_MARKS.contains(words.get(i))) {
          to = i + 1;
          break;
        }
      }
      out.add(new int[] {from, to});
      from = to;
    }
    out.add(new int[] {from, n});
    return out;
  }
}
