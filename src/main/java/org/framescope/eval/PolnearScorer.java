package org.framescope.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.framescope.model.AttributionSpans;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.TextRange;
import org.framescope.model.Token;
import org.framescope.voice.SpanHeads;

/**
 * Scores predicted attributions against gold ones for one document, PolNeAR style (source / cue / content).
 *
 * <ul>
 *   <li>Matching: a predicted attribution matches a gold one when their cues overlap (at least one character);
 *   one to one, largest cue overlap first (ties: earlier gold, then earlier prediction). Cue precision =
 *   matched / predicted, recall = matched / gold.</li>
 *   <li>Source F1 (attribution level): a matched pair counts when both have a source and the sources overlap;
 *   precision over predictions with a source, recall over gold attributions with a source. Head accuracy: over
 *   matched pairs whose gold has a source, the share whose predicted source has the same head token on the parse
 *   ({@link SpanHeads}); a missing predicted source is wrong. Head recall: the same right heads over all gold
 *   attributions with a source, so a system that matches few attributions is not rewarded for leaving the hard
 *   ones out (head accuracy times the share of sourced gold attributions matched).</li>
 *   <li>Content: token level over word tokens (a letter or digit) of the whole document, a token being content
 *   when it overlaps any content range; and over matched pairs whose gold has content, the share whose content
 *   overlaps the gold content.</li>
 * </ul>
 * Counts are doubles so several annotators of one article can each weigh 1/k ({@link Counts#plus}). Stateless.
 */
public final class PolnearScorer {
  private PolnearScorer() { }

  /**
   * Summable counts of one or more documents.
   *
   * @param gold gold attributions
   * @param predicted predicted attributions
   * @param matched matched pairs
   * @param sourceGold gold attributions with a source
   * @param sourcePredicted predicted attributions with a source
   * @param sourceMatched matched pairs whose sources overlap
   * @param headTotal matched pairs whose gold has a source
   * @param headCorrect of those, same source head
   * @param contentGold gold content word tokens
   * @param contentPredicted predicted content word tokens
   * @param contentCorrect tokens in both
   * @param overlapTotal matched pairs whose gold has content
   * @param overlapCorrect of those, predicted content overlaps gold content
   */
  public record Counts(double gold, double predicted, double matched, double sourceGold, double sourcePredicted,
                       double sourceMatched, double headTotal, double headCorrect, double contentGold,
                       double contentPredicted, double contentCorrect, double overlapTotal, double overlapCorrect) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** {@code this + w * o}. */
    public Counts plus(Counts o, double w) {
      return new Counts(gold + w * o.gold, predicted + w * o.predicted, matched + w * o.matched,
          sourceGold + w * o.sourceGold, sourcePredicted + w * o.sourcePredicted, sourceMatched + w * o.sourceMatched,
          headTotal + w * o.headTotal, headCorrect + w * o.headCorrect, contentGold + w * o.contentGold,
          contentPredicted + w * o.contentPredicted, contentCorrect + w * o.contentCorrect,
          overlapTotal + w * o.overlapTotal, overlapCorrect + w * o.overlapCorrect);
    }

    /** Number of counts in {@link #toArray()}. */
    public static final int WIDTH = 13;

    /** The counts in declaration order, for summing resampled articles ({@link #fromArray}). */
    public double[] toArray() {
      return new double[] {gold, predicted, matched, sourceGold, sourcePredicted, sourceMatched, headTotal,
          headCorrect, contentGold, contentPredicted, contentCorrect, overlapTotal, overlapCorrect};
    }

    /** The counts of {@code a[from .. from + WIDTH)}, in {@link #toArray()}'s order. */
    public static Counts fromArray(double[] a, int from) {
      return new Counts(a[from], a[from + 1], a[from + 2], a[from + 3], a[from + 4], a[from + 5], a[from + 6],
          a[from + 7], a[from + 8], a[from + 9], a[from + 10], a[from + 11], a[from + 12]);
    }

    public double cuePrecision() {
      return ratio(matched, predicted);
    }

    public double cueRecall() {
      return ratio(matched, gold);
    }

    public double cueF1() {
      return f1(cuePrecision(), cueRecall());
    }

    public double sourcePrecision() {
      return ratio(sourceMatched, sourcePredicted);
    }

    public double sourceRecall() {
      return ratio(sourceMatched, sourceGold);
    }

    public double sourceF1() {
      return f1(sourcePrecision(), sourceRecall());
    }

    public double headAccuracy() {
      return ratio(headCorrect, headTotal);
    }

    /** Right source heads over all gold attributions with a source (matched or not). */
    public double headRecall() {
      return ratio(headCorrect, sourceGold);
    }

    public double contentPrecision() {
      return ratio(contentCorrect, contentPredicted);
    }

    public double contentRecall() {
      return ratio(contentCorrect, contentGold);
    }

    public double contentF1() {
      return f1(contentPrecision(), contentRecall());
    }

    public double contentOverlap() {
      return ratio(overlapCorrect, overlapTotal);
    }

    private static double ratio(double a, double b) {
      return b == 0 ? 0 : a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Scores one document. */
  public static Counts score(NlpDocument doc, List<AttributionSpans> gold, List<AttributionSpans> predicted) {
    int[][] pairs = match(gold, predicted);
    int matched = 0;
    int srcMatched = 0;
    int headTotal = 0;
    int headOk = 0;
    int overlapTotal = 0;
    int overlapOk = 0;
    for (int g = 0; g < gold.size(); g++) {
      int p = pairs[0][g];
      if (p < 0) {
        continue;
      }
      matched++;
      AttributionSpans ga = gold.get(g);
      AttributionSpans pa = predicted.get(p);
      if (!ga.source().isEmpty() && !pa.source().isEmpty() && AttributionSpans.overlap(ga.source(), pa.source())) {
        srcMatched++;
      }
      if (!ga.source().isEmpty()) {
        headTotal++;
        int[] gh = SpanHeads.head(doc, ga.source());
        int[] ph = SpanHeads.head(doc, pa.source());
        headOk += gh != null && ph != null && Arrays.equals(gh, ph) ? 1 : 0;
      }
      if (!ga.content().isEmpty()) {
        overlapTotal++;
        overlapOk += AttributionSpans.overlap(ga.content(), pa.content()) ? 1 : 0;
      }
    }
    BitSet goldTokens = contentTokens(doc, gold);
    BitSet predTokens = contentTokens(doc, predicted);
    BitSet both = (BitSet) goldTokens.clone();
    both.and(predTokens);
    return new Counts(gold.size(), predicted.size(), matched, gold.stream().filter(a -> !a.source().isEmpty()).count(),
        predicted.stream().filter(a -> !a.source().isEmpty()).count(), srcMatched, headTotal, headOk,
        goldTokens.cardinality(), predTokens.cardinality(), both.cardinality(), overlapTotal, overlapOk);
  }

  /**
   * Per gold attribution: 1 when a prediction matches it and has the gold source's head, 0 when one matches it with
   * another head or none, -1 when nothing matches it or it has no source. Lets two systems be compared on the
   * attributions both found.
   */
  public static int[] heads(NlpDocument doc, List<AttributionSpans> gold, List<AttributionSpans> predicted) {
    return heads(doc, gold, predicted, match(gold, predicted)[0]);
  }

  private static int[] heads(NlpDocument doc, List<AttributionSpans> gold, List<AttributionSpans> predicted,
      int[] g2p) {
    int[] out = new int[gold.size()];
    for (int g = 0; g < gold.size(); g++) {
      if (g2p[g] < 0 || gold.get(g).source().isEmpty()) {
        out[g] = -1;
        continue;
      }
      int[] gh = SpanHeads.head(doc, gold.get(g).source());
      int[] ph = SpanHeads.head(doc, predicted.get(g2p[g]).source());
      out[g] = gh != null && ph != null && Arrays.equals(gh, ph) ? 1 : 0;
    }
    return out;
  }

  /**
   * The matched pairs that count against head accuracy: the gold attribution has a source, and the matched
   * prediction has none or one with another head. Each pair is {gold, predicted}; for reading errors.
   */
  public static List<AttributionSpans[]> wrongHeads(NlpDocument doc, List<AttributionSpans> gold,
      List<AttributionSpans> predicted) {
    int[] g2p = match(gold, predicted)[0];
    int[] verdict = heads(doc, gold, predicted, g2p);
    List<AttributionSpans[]> out = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (verdict[g] == 0) {
        out.add(new AttributionSpans[] {gold.get(g), predicted.get(g2p[g])});
      }
    }
    return out;
  }

  /** {goldToPredicted, predictedToGold}, -1 where unmatched. */
  static int[][] match(List<AttributionSpans> gold, List<AttributionSpans> predicted) {
    List<int[]> cand = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        int ov = AttributionSpans.overlapLength(gold.get(g).cue(), predicted.get(p).cue());
        if (ov > 0) {
          cand.add(new int[] {g, p, ov});
        }
      }
    }
    cand.sort(Comparator.comparingInt((int[] c) -> -c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
    int[] g2p = new int[gold.size()];
    int[] p2g = new int[predicted.size()];
    Arrays.fill(g2p, -1);
    Arrays.fill(p2g, -1);
    for (int[] c : cand) {
      if (g2p[c[0]] < 0 && p2g[c[1]] < 0) {
        g2p[c[0]] = c[1];
        p2g[c[1]] = c[0];
      }
    }
    return new int[][] {g2p, p2g};
  }

  /** Word tokens (global index over the document) overlapping any content range. */
  static BitSet contentTokens(NlpDocument doc, List<AttributionSpans> as) {
    List<TextRange> ranges = new ArrayList<>();
    for (AttributionSpans a : as) {
      ranges.addAll(a.content());
    }
    ranges.sort(Comparator.comparingInt(TextRange::begin));
    BitSet out = new BitSet();
    int k = 0;
    for (NlpSentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        int idx = k++;
        if (!isWord(t)) {
          continue;
        }
        for (TextRange r : ranges) {
          if (r.begin() >= t.end()) {
            break;
          }
          if (t.begin() < r.end() && r.begin() < t.end()) {
            out.set(idx);
            break;
          }
        }
      }
    }
    return out;
  }

  private static boolean isWord(Token t) {
    String w = t.word();
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
