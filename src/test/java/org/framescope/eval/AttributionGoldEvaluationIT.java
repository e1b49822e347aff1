package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.Settings;
import org.framescope.pipeline.ArticlePipeline;
import org.framescope.pipeline.PipelineFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The evaluation end to end with the FULL CoreNLP pipeline: tagged "models". */
@Tag("models")
class AttributionGoldEvaluationIT {
  static ArticlePipeline pipeline;

  @BeforeAll
  static void build() throws Exception {
    pipeline = PipelineFactory.build(Settings.of(Profile.FULL, Path.of("lexicons")));
  }

  @Test
  void sampleCorpusGold() throws Exception {
    AttributionGoldEvaluation.Report r = AttributionGoldEvaluation.run(new AttributionGoldEvaluation.Options(
        List.of(Path.of("gold-annotations/samples/attribution.gold.json")), Path.of("samples/corpus"),
        Path.of("no-such-pages-dir"), Path.of("lexicons")), pipeline);
    assertEquals(List.of(AttributionGoldEvaluation.SAMPLES, "overall"), List.copyOf(r.groups().keySet()));
    assertEquals(0, r.failed(), r.notes().toString());
    AttributionGoldScorer.Tally t = r.groups().get(AttributionGoldEvaluation.SAMPLES);
    assertEquals(14, t.documents);
    assertEquals(144, t.goldAttributions);
    assertEquals(0, t.unmappedAttributions, "every gold attribution span is found in our body");
    assertTrue(t.matched > 0 && t.predicted >= t.predictedMatched);
    assertTrue(t.speakerAccuracy() > 0.5, "speaker accuracy " + t.speakerAccuracy());
    assertTrue(t.voiceN > 200, "voice segments scored: " + t.voiceN);
    JsonNode json = new ObjectMapper().readTree(AttributionGoldEvaluation.toJson(r));
    JsonNode g = json.path("groups").path(AttributionGoldEvaluation.SAMPLES);
    for (String k : List.of("recall", "precision", "f1")) {
      assertTrue(g.path("attributions").path(k).isNumber(), k);
    }
    for (String k : List.of("speaker", "country", "verbClass", "kind")) {
      assertTrue(g.path("attributions").path(k).path("accuracy").isNumber(), k);
    }
    assertTrue(g.path("voice").path("threeWay").path("accuracy").isNumber());
    assertTrue(g.path("voice").path("authorVsNot").path("accuracy").isNumber());
    String md = AttributionGoldEvaluation.toMarkdown(r);
    assertTrue(md.contains("| " + AttributionGoldEvaluation.SAMPLES + " | 14 | 144 |"), md);
  }

  @Test
  void realPagesGold() throws Exception {
    Path pages = AttributionGoldEvaluation.sharedDir().resolve("pages");
    Assumptions.assumeTrue(Files.isDirectory(pages), "shared pages absent: " + pages);
    List<Path> gold = AttributionGoldEvaluation.defaultGold(Path.of("gold-annotations")).stream()
        .filter(p -> p.getParent().getFileName().toString().equals("pages")).toList();
    AttributionGoldEvaluation.Report r = AttributionGoldEvaluation.run(new AttributionGoldEvaluation.Options(
        gold, Path.of("samples/corpus"), pages, Path.of("lexicons")), pipeline);
    assertEquals(0, r.failed(), r.notes().toString());
    assertEquals(gold.size() + 1, r.groups().size(), r.groups().keySet().toString());
    for (var e : r.groups().entrySet()) {
      assertTrue(e.getValue().voiceN > 0, e.getKey());
    }
  }
}
