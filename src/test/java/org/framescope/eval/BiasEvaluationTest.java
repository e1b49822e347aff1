package org.framescope.eval;

import org.framescope.classify.Datasets;
import org.framescope.classify.Labelled;
import org.framescope.testing.Synthetic;
import org.framescope.classify.SmileFit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BiasEvaluationTest {
  @Test
  void crossValidationOnSeparableDataReportsModelsBaselinesAndCalibration() throws Exception {
    Datasets.Babe data = new Datasets.Babe(Synthetic.sentences(), 2, "0".repeat(64), Path.of("synthetic.csv"));
    BiasEvaluation.Outcome o = BiasEvaluation.run(data, 3, 42,
        List.of(SmileFit.Family.LOGISTIC, SmileFit.Family.MAXENT), null, null);
    ObjectNode s = o.summary();
    assertEquals(60, s.path("data").path("rows").asInt());
    assertEquals(2, s.path("data").path("droppedOtherLabels").asInt());
    assertTrue(s.path("models").path("logistic").path("pooled").path("macroF1").asDouble() > 0.9);
    // 30/30 split: majority predicts one class for all -> F1 2/3 and 0 -> macro 1/3
    assertEquals(0.3333, s.path("baselines").path("majority").path("macroF1").asDouble(), 1e-4);
    assertEquals(10, s.path("calibration").path("reliabilityRaw").size());
    assertTrue(s.path("calibration").path("brierRaw").asDouble() < 0.1);
    assertTrue(s.path("words").path("model").path("f1").asDouble() > 0.5);
    assertEquals(60, o.oofLogits().length);
  }

  @Test
  void trainingWordListNeedsTwoMarksAndThirtyPercent() {
    List<Labelled> train = List.of(
        new Labelled("the radical plan", true, List.of("radical"), ""),
        new Labelled("a radical idea", true, List.of("radical"), ""),
        new Labelled("Trump spoke", true, List.of("trump"), ""),
        new Labelled("Trump said", false, List.of(), ""),
        new Labelled("Trump met", false, List.of(), ""),
        new Labelled("Trump left", false, List.of(), ""),
        new Labelled("Trump won", false, List.of(), ""),
        new Labelled("Trump lost", false, List.of(), ""),
        new Labelled("Trump ran", true, List.of("trump"), ""),
        new Labelled("a shameful act", true, List.of("shameful"), ""));
    // radical: 2 of 2; trump: 2 of 7 (< 30%); shameful: only once
    assertEquals(Set.of("radical"), BiasEvaluation.trainingWordList(train));
  }
}
