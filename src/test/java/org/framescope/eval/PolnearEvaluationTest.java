package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.framescope.model.AttributionSpans;
import org.framescope.model.TextRange;
import org.framescope.model.VerbClass;
import org.framescope.voice.DetectedAttribution;
import org.junit.jupiter.api.Test;

/** How framescope's attributions are put in PolNeAR's terms (no nesting), and the annotators' own agreement. */
class PolnearEvaluationTest {
  private static DetectedAttribution found(int cue, boolean nested, double confidence, boolean voiced) {
    AttributionSpans s = new AttributionSpans(List.of(new TextRange(cue - 6, cue - 1)),
        List.of(new TextRange(cue, cue + 4)), List.of(new TextRange(cue + 5, cue + 40)));
    return new DetectedAttribution(s, nested, null, VerbClass.NEUTRAL, confidence, voiced);
  }

  @Test
  void innerAttributionsCountFromTheThresholdOnAndTheRulesKeepNone() {
    DetectedAttribution outer = found(10, false, 0.99, true);
    DetectedAttribution sure = found(30, true, PolnearEvaluation.NESTED_KEPT, true);
    DetectedAttribution unsure = found(50, true, Math.nextDown(PolnearEvaluation.NESTED_KEPT), true);
    DetectedAttribution unvoiced = found(100, false, 0.4, false);
    DetectedAttribution unvoicedInner = found(120, true, 0.95, false);
    List<DetectedAttribution> all = List.of(outer, sure, unsure, unvoiced, unvoicedInner);

    assertEquals(List.of(outer.spans(), sure.spans(), unvoiced.spans(), unvoicedInner.spans()),
        PolnearEvaluation.asPolnear(all, false, PolnearEvaluation.NESTED_KEPT));
    assertEquals(List.of(outer.spans(), sure.spans()),
        PolnearEvaluation.asPolnear(all, true, PolnearEvaluation.NESTED_KEPT));
    assertEquals(List.of(outer.spans(), unvoiced.spans()),
        PolnearEvaluation.asPolnear(all, false, Double.POSITIVE_INFINITY));
  }

  @Test
  void annotatorsAreScoredAgainstEachOtherOnTheArticlesSeveralMarked() throws Exception {
    AttributionSpans said = new AttributionSpans(PolnearScorerTest.r("Officials"), PolnearScorerTest.r("said"),
        PolnearScorerTest.r("the talks failed"));
    AttributionSpans failed = new AttributionSpans(List.of(), PolnearScorerTest.r("failed"), List.of());
    PolnearCorpus.Annotation first = new PolnearCorpus.Annotation("a", Path.of("a.ann"), List.of(said));
    PolnearCorpus.Annotation second = new PolnearCorpus.Annotation("b", Path.of("b.ann"), List.of(said, failed));
    PolnearCorpus.Article twice = new PolnearCorpus.Article("twice", PolnearScorerTest.TEXT, List.of(first, second));
    PolnearCorpus.Article once = new PolnearCorpus.Article("once", PolnearScorerTest.TEXT, List.of(second));
    PolnearCorpus.Compartment c = new PolnearCorpus.Compartment(Path.of("dev"), "0".repeat(64), List.of(twice, once));
    PolnearEvaluation.AttributionSystem echo = (a, doc) -> List.of(said); // always the first annotator's one

    PolnearEvaluation.Result r = PolnearEvaluation.run(c, id -> true, text -> PolnearScorerTest.doc(),
        Map.of("echo", echo), line -> { });

    PolnearEvaluation.Agreement ag = r.agreement();
    assertEquals(1, r.multiAnnotated());
    // b against a: 1 of 2 predicted cues match; a against b: 1 of 2 gold ones found; each direction weighs 1/2
    assertEquals(new PolnearEvaluation.Cue(0.6667, 0.6667, 0.6667), ag.annotators().cue());
    assertEquals(1.0, ag.annotators().source().headAccuracy());
    // echo on "twice" only: perfect against a, half the cues of b (1/2 each): P 1, R 1 / 1.5
    assertEquals(new PolnearEvaluation.Cue(1.0, 0.6667, 0.8), ag.systems().get("echo").cue());
    // and on both articles ("once" adds b's two cues, one found): R 2 / 3.5
    assertEquals(new PolnearEvaluation.Cue(1.0, 0.5714, 0.7273), r.systems().get("echo").cue());
  }

  @Test
  void intervalsAreOverArticlesAndASystemDiffersFromItsTwinByNothing() throws Exception {
    AttributionSpans said = new AttributionSpans(PolnearScorerTest.r("Officials"), PolnearScorerTest.r("said"),
        PolnearScorerTest.r("the talks failed"));
    AttributionSpans failed = new AttributionSpans(List.of(), PolnearScorerTest.r("failed"), List.of());
    List<PolnearCorpus.Article> articles = new java.util.ArrayList<>();
    for (int k = 0; k < 6; k++) { // half the articles hold a second cue the system never finds
      PolnearCorpus.Annotation an = new PolnearCorpus.Annotation("a", Path.of(k + ".ann"),
          k % 2 == 0 ? List.of(said) : List.of(said, failed));
      articles.add(new PolnearCorpus.Article("a" + k, PolnearScorerTest.TEXT, List.of(an)));
    }
    PolnearCorpus.Compartment c = new PolnearCorpus.Compartment(Path.of("dev"), "0".repeat(64), articles);
    PolnearEvaluation.AttributionSystem echo = (a, doc) -> List.of(said);
    Map<String, PolnearEvaluation.AttributionSystem> systems = new java.util.LinkedHashMap<>();
    systems.put("echo", echo);
    systems.put("twin", echo);

    PolnearEvaluation.Result r = PolnearEvaluation.run(c, id -> true, text -> PolnearScorerTest.doc(), systems,
        line -> { }, new org.framescope.stats.ClusterBootstrap(500, 0.95, 7));

    PolnearEvaluation.Intervals own = r.uncertainty().systems().get("echo");
    assertEquals(r.systems().get("echo").cue().f1(), own.cueF1().estimate()); // recall 6/9, precision 1: 0.8
    assertEquals(0.8, own.cueF1().estimate());
    org.junit.jupiter.api.Assertions.assertTrue(own.cueF1().lower() < 0.8 && own.cueF1().upper() > 0.8,
        own.cueF1().toString());
    assertEquals(1.0, own.headAccuracy().lower()); // every matched head is right in every resample
    PolnearEvaluation.Difference d = r.uncertainty().differences().get(0);
    assertEquals("twin", d.other());
    assertEquals(new org.framescope.stats.Interval(0, 0, 0, 0.95), d.figures().cueF1());
    assertEquals(new org.framescope.stats.Interval(0, 0, 0, 0.95), d.headOnCommon());
    assertEquals(500, r.uncertainty().resamples());
    assertEquals(null, PolnearEvaluation.run(c, id -> true, text -> PolnearScorerTest.doc(), systems,
        line -> { }).uncertainty());
  }
}
