package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.framescope.classify.OnnxCueTagger;
import org.framescope.ingest.Ingestor;
import org.framescope.model.ArticleResult;
import org.framescope.model.RawDocument;
import org.framescope.nlp.Profile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The accurate profile end to end on a sample article: the cue tagger runs, its file hash and mix are in the
 * provenance, and the full profile runs without it; the same input gives the same JSON twice.
 */
@Tag("models")
class AccurateProfileIT {
  @Test
  void accurateMixesTheCueTaggerAndSaysSo() throws Exception {
    Path corpus = Path.of("samples", "corpus");
    Path file = corpus.resolve("hormuz-naval-incident/state-dept.txt");
    Settings accurate = Settings.of(Profile.ACCURATE, Path.of("lexicons"));
    Ingestor ingestor = PipelineFactory.ingestor(accurate);
    RawDocument doc = ingestor.read(new Ingestor.InputRef(file, Ingestor.kindOf(file).orElseThrow(), corpus),
        e -> { throw new AssertionError(e.getMessage()); }).get(0);
    ArticlePipeline pipeline = PipelineFactory.build(accurate);
    ArticleResult a = pipeline.analyze(doc);
    assertEquals(OnnxCueTagger.shared(OnnxCueTagger.Shipped.ACCURATE).provenance().get("onnxSha256"), a.provenance().models().get("cueTagger"));
    assertEquals(OnnxCueTagger.shared(OnnxCueTagger.Shipped.ACCURATE).provenance().get("mix"), a.provenance().config().get("voice.cueTaggerMix"));
    assertFalse(a.attributions().isEmpty(), "the statement's attributions");
    String json = org.framescope.io.Json.pretty().writeValueAsString(a);
    assertEquals(json, org.framescope.io.Json.pretty().writeValueAsString(pipeline.analyze(doc)));

    // full mixes its own, smaller tagger, and names it
    ArticleResult f = PipelineFactory.build(Settings.of(Profile.FULL, Path.of("lexicons"))).analyze(doc);
    OnnxCueTagger small = OnnxCueTagger.shared(OnnxCueTagger.Shipped.FULL);
    assertEquals(small.provenance().get("onnxSha256"), f.provenance().models().get("cueTagger"));
    assertEquals(small.provenance().get("mix"), f.provenance().config().get("voice.cueTaggerMix"));
    assertNotEquals(a.provenance().models().get("cueTagger"), f.provenance().models().get("cueTagger"));
    assertTrue(f.provenance().models().containsKey("attribution"));
    ArticleResult fast = PipelineFactory.build(Settings.of(Profile.FAST, Path.of("lexicons"))).analyze(doc);
    assertFalse(fast.provenance().models().containsKey("cueTagger"), "fast has no parse to mix a tagger into");
  }
}
