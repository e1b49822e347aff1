package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framescope.model.AttributionSpans;
import org.framescope.model.TextRange;
import org.framescope.model.VerbClass;
import org.framescope.voice.DetectedAttribution;
import org.junit.jupiter.api.Test;

/** How framescope's attributions are put in PolNeAR's terms (no nesting). */
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
}
