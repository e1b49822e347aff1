package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framescope.model.BiasScore;
import org.framescope.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The models shipped under src/main/resources/models load and behave sensibly without shared data. */
class ShippedModelsTest {
  static BiasModel bias;
  static StanceModel stance;

  @BeforeAll
  static void load() throws Exception {
    bias = BiasModel.loadDefault();
    stance = StanceModel.loadDefault();
  }

  @Test
  void biasModelRanksLoadedLanguageAboveNeutralText() {
    double loaded = bias.probability("The barbaric thugs rampaged through the city.");
    double neutral = bias.probability("The meeting is on Tuesday.");
    assertTrue(loaded > neutral, loaded + " vs " + neutral);
    assertTrue(bias.probability("barbaric thugs") > bias.probability("The meeting is on Tuesday"));
    BiasScore s = bias.score("The barbaric thugs rampaged through the city.");
    assertEquals(loaded, s.probability(), 1e-9);
    assertFalse(s.explanation().isEmpty());
    assertTrue(bias.provenance().path("trainingDataSha256").asText().length() == 64);
  }

  @Test
  void wordHighlightsAreTokenOffsetsInsideTheSentence() {
    String s = "The barbaric thugs and their radical, disgraceful leader rampaged.";
    List<int[]> offs = bias.biasedWordOffsets(s);
    assertFalse(offs.isEmpty());
    for (int[] o : offs) {
      assertTrue(o[0] >= 0 && o[1] <= s.length() && o[0] < o[1]);
    }
    List<Span> spans = bias.biasedWordSpans(s, 100);
    assertEquals(offs.size(), spans.size());
    assertEquals("bias-word", spans.get(0).category());
    assertEquals("model:" + bias.name(), spans.get(0).source());
    assertEquals(s.substring(offs.get(0)[0], offs.get(0)[1]), spans.get(0).text());
    assertEquals(offs.get(0)[0] + 100, spans.get(0).begin());
  }

  @Test
  void stanceProbabilitiesAreADistributionAndFollowCueWords() {
    String s = "Critics slammed Smith for his corrupt and disastrous policies.";
    double[] p = stance.probabilities(s, 16, 21);
    assertEquals(3, p.length);
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
    String t = "Supporters praised Smith for his brilliant and successful leadership.";
    double[] q = stance.probabilities(t, 19, 24);
    assertTrue(p[0] > q[0], "negative prob " + p[0] + " vs " + q[0]);
    assertTrue(q[2] > p[2], "positive prob " + q[2] + " vs " + p[2]);
  }
}
