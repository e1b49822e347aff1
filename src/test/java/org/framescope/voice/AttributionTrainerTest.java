package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framescope.model.AttributionSpans;
import org.framescope.model.NlpDocument;

/**
 * The trainer on the stored parses of the voice patterns (no CoreNLP models), with the rules' own detections as
 * the labels: two runs on the same examples and seed write the same bytes, and the model it writes reads back.
 * This checks the determinism the shipped model relies on at a size a unit test can afford; the labels are
 * synthetic, so nothing here measures accuracy.
 */
class AttributionTrainerTest {
  @org.junit.jupiter.params.ParameterizedTest(name = "source as a choice: {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void sameExamplesAndSeedGiveTheSameBytes(boolean sourceAsChoice) throws Exception {
    AttributionAnalyzer rules = AttributionAnalyzer.fromLexicons(Path.of("lexicons"), null);
    Map<String, NlpDocument> docs = VoicePatterns.loadFixture();
    List<AttributionTrainer.Example> examples = new ArrayList<>();
    for (Map.Entry<String, NlpDocument> e : docs.entrySet()) {
      List<AttributionSpans> gold = rules.analyze(e.getValue()).detected().stream()
          .filter(d -> !d.nested()).map(DetectedAttribution::spans).toList();
      examples.add(new AttributionTrainer.Example(e.getKey(), e.getValue(), gold));
    }
    assertTrue(examples.stream().anyMatch(x -> !x.gold().isEmpty()), "no labels from the fixture");
    // a validation share large enough to leave validation documents among the ~20 fixtures
    AttributionTrainer.Params params = new AttributionTrainer.Params(42, 0.3, List.of(1.0, 4.0), 1, 30, true,
        sourceAsChoice);
    byte[] a = AttributionTrainer.train(examples, rules, params, line -> { }).toBytes();
    List<AttributionTrainer.Example> shuffled = new ArrayList<>(examples);
    java.util.Collections.reverse(shuffled); // input order must not matter either
    byte[] b = AttributionTrainer.train(shuffled, rules, params, line -> { }).toBytes();
    assertArrayEquals(a, b);
    AttributionModel back = AttributionModel.read(a, "trainer test");
    assertFalse(back.name().isEmpty());
    assertEquals(sourceAsChoice, back.provenance().path("hyperparameters").has("sourceLoss"));
  }
}
