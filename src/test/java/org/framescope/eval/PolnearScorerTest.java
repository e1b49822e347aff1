package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.framescope.model.AttributionSpans;
import org.framescope.model.Dependency;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.TextRange;
import org.framescope.model.Token;
import org.junit.jupiter.api.Test;

/** Hand-computed PolNeAR counts on one parsed sentence (no models). */
class PolnearScorerTest {
  static final String TEXT = "Officials said the talks failed.";

  static NlpDocument doc() {
    String[] words = {"Officials", "said", "the", "talks", "failed", "."};
    String[] pos = {"NNS", "VBD", "DT", "NNS", "VBD", "."};
    List<Token> toks = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      int b = TEXT.indexOf(words[i], at);
      toks.add(new Token(i, b, b + words[i].length(), words[i], words[i].toLowerCase(), pos[i], "O"));
      at = b + words[i].length();
    }
    List<Dependency> deps = List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1),
        new Dependency("det", 3, 2), new Dependency("nsubj", 4, 3), new Dependency("ccomp", 1, 4),
        new Dependency("punct", 1, 5));
    return new NlpDocument(TEXT, List.of(new NlpSentence(0, 0, TEXT.length(), TEXT, toks, deps)), List.of());
  }

  static List<TextRange> r(String s) {
    int b = TEXT.indexOf(s);
    return List.of(new TextRange(b, b + s.length()));
  }

  @Test
  void countsByHand() {
    AttributionSpans gold = new AttributionSpans(r("Officials"), r("said"), r("the talks failed"));
    AttributionSpans hit = new AttributionSpans(r("Officials"), r("said"), r("talks failed"));
    AttributionSpans spurious = new AttributionSpans(List.of(), r("failed"), List.of());
    PolnearScorer.Counts c = PolnearScorer.score(doc(), List.of(gold), List.of(spurious, hit));
    assertEquals(new PolnearScorer.Counts(1, 2, 1, 1, 1, 1, 1, 1, 3, 2, 2, 1, 1), c);
    assertEquals(0.5, c.cuePrecision(), 1e-12);
    assertEquals(1.0, c.cueRecall(), 1e-12);
    assertEquals(2.0 / 3, c.cueF1(), 1e-12);
    assertEquals(0.8, c.contentF1(), 1e-12);
    assertEquals(1.0, c.headAccuracy(), 1e-12);
  }

  @Test
  void wrongHeadAndMissingSourceCountAgainstHeadAccuracy() {
    AttributionSpans gold = new AttributionSpans(r("Officials"), r("said"), r("the talks failed"));
    AttributionSpans noSource = new AttributionSpans(List.of(), r("said"), r("the talks failed"));
    AttributionSpans wrong = new AttributionSpans(r("the talks"), r("said"), r("failed"));
    assertEquals(0.0, PolnearScorer.score(doc(), List.of(gold), List.of(noSource)).headAccuracy(), 1e-12);
    PolnearScorer.Counts c = PolnearScorer.score(doc(), List.of(gold), List.of(wrong));
    assertEquals(0.0, c.headAccuracy(), 1e-12);
    assertEquals(0.0, c.sourceF1(), 1e-12);
  }

  @Test
  void headRecallCountsTheSourcedAttributionsNothingMatched() {
    AttributionSpans gold = new AttributionSpans(r("Officials"), r("said"), r("the talks failed"));
    AttributionSpans other = new AttributionSpans(r("the talks"), r("failed"), List.of());
    AttributionSpans hit = new AttributionSpans(r("Officials"), r("said"), r("talks failed"));
    PolnearScorer.Counts c = PolnearScorer.score(doc(), List.of(gold, other), List.of(hit));
    assertEquals(1.0, c.headAccuracy(), 1e-12); // the one match has the right head
    assertEquals(0.5, c.headRecall(), 1e-12); // but one of the two sourced attributions was never found
    assertEquals(0.0, PolnearScorer.score(doc(), List.of(gold), List.of()).headRecall(), 1e-12);
  }

  @Test
  void wrongHeadsListsTheMatchedPairsThatCountAgainstHeadAccuracy() {
    AttributionSpans gold = new AttributionSpans(r("Officials"), r("said"), r("the talks failed"));
    AttributionSpans right = new AttributionSpans(r("Officials"), r("said"), r("talks failed"));
    AttributionSpans wrong = new AttributionSpans(r("the talks"), r("said"), r("failed"));
    AttributionSpans unmatched = new AttributionSpans(List.of(), r("failed"), List.of());
    assertEquals(0, PolnearScorer.wrongHeads(doc(), List.of(gold), List.of(right)).size());
    List<AttributionSpans[]> w = PolnearScorer.wrongHeads(doc(), List.of(gold), List.of(unmatched, wrong));
    assertEquals(1, w.size());
    assertEquals(gold, w.get(0)[0]);
    assertEquals(wrong, w.get(0)[1]);
  }

  @Test
  void matchingIsOneToOneLargestOverlapFirst() {
    List<AttributionSpans> gold = List.of(new AttributionSpans(List.of(), r("said the"), List.of()),
        new AttributionSpans(List.of(), r("the"), List.of()));
    List<AttributionSpans> pred = List.of(new AttributionSpans(List.of(), r("said the talks"), List.of()));
    int[][] m = PolnearScorer.match(gold, pred);
    assertArrayEquals(new int[] {0, -1}, m[0]);
    assertArrayEquals(new int[] {0}, m[1]);
  }

  @Test
  void annotatorsWeighOneOverK() {
    PolnearScorer.Counts one = new PolnearScorer.Counts(2, 2, 2, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0);
    PolnearScorer.Counts sum = PolnearScorer.Counts.ZERO.plus(one, 0.5).plus(one, 0.5);
    assertEquals(one, sum);
  }
}
