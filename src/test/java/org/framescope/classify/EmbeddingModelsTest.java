package org.framescope.classify;

import org.framescope.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framescope.model.BiasScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models with sentence embeddings (accurate profile), trained with a deterministic stand-in encoder. */
class EmbeddingModelsTest {
  /** A stand-in encoder: a normalised bag of hashed words, so similar texts get similar vectors. */
  static final class HashEncoder implements SentenceEncoder {
    int calls;

    @Override
    public String id() {
      return "test-hash@1";
    }

    @Override
    public int dimension() {
      return 16;
    }

    @Override
    public synchronized float[] encode(String text) {
      calls++;
      float[] v = new float[16];
      for (Tokenizer.Tok t : Tokenizer.tokens(text)) {
        v[Math.floorMod(t.norm().hashCode(), 16)] += 1f;
      }
      double n = 0;
      for (float x : v) {
        n += x * x;
      }
      for (int i = 0; i < v.length; i++) {
        v[i] = n == 0 ? 0f : (float) (v[i] / Math.sqrt(n));
      }
      return v;
    }

    @Override
    public Map<String, String> provenance() {
      return Map.of("name", "test-hash", "version", "1", "modelSha256", "0".repeat(64));
    }
  }

  private static BiasTrainer.Params accurateParams(SentenceEncoder enc) {
    return new BiasTrainer.Params(FeatureConfig.DEFAULT.withEmbedding(enc.id(), 2.0), SmileFit.Family.LOGISTIC,
        List.of(0.5, 1.0), 1.0, 3, 42);
  }

  @Test
  void accurateBiasModelIsByteIdenticalRoundTripsAndNeedsItsEmbedding(@TempDir Path dir) throws Exception {
    HashEncoder enc = new HashEncoder();
    Datasets.Babe data = new Datasets.Babe(ModelFileTest.synthetic(), 0, "0".repeat(64), Path.of("synthetic.csv"));
    BiasModel m = BiasTrainer.trainCalibrated(data, accurateParams(enc), 3, new EmbeddingCache(enc));
    byte[] bytes = m.toBytes();
    assertArrayEquals(bytes, BiasTrainer.trainCalibrated(data, accurateParams(enc), 3, new EmbeddingCache(enc))
        .toBytes());
    assertTrue(m.needsEmbedding());
    assertEquals("test-hash", m.provenance().path("sentenceEncoder").path("name").asText());
    Path f = dir.resolve("acc.json");
    Files.write(f, bytes);
    BiasModel back = BiasModel.load(f);
    String s = "The governor pushed a reckless plan on Monday.";
    float[] e = enc.encode(s);
    assertEquals(m.probability(s, e), back.probability(s, e), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> back.probability(s));
    BiasScore sc = back.scoreWithWords(s, 0, e).score();
    assertEquals(back.probability(s, e), sc.probability(), 1e-9);
    assertTrue(sc.explanation().stream().noneMatch(c -> c.feature().contains("?")), sc.explanation().toString());
    // the embedding is used: the same words with another embedding score differently
    float[] other = enc.encode("announced the published meeting");
    assertNotEquals(back.probability(s, e), back.probability(s, other));
  }

  @Test
  void accurateStanceModelWithOffsetsIsByteIdenticalAndRoundTrips(@TempDir Path dir) throws Exception {
    HashEncoder enc = new HashEncoder();
    StanceTrainer.Params p = new StanceTrainer.Params(SmileFit.Family.LOGISTIC, List.of(1.0), 42,
        ModelFileTest.STANCE_LEX, List.of()).with(StanceConfig.LIGHT.withEmbedding(enc.id(), Set.of("marked", "clause"),
        1.5), true);
    StanceTrainer.Result r = StanceTrainer.fit(ModelFileTest.stanceExamples(), p, enc);
    byte[] a = r.model().toBytes();
    assertArrayEquals(a, StanceTrainer.fit(ModelFileTest.stanceExamples(), p, enc).model().toBytes());
    assertTrue(r.model().needsEncoder());
    assertFalse(Double.isNaN(r.heldOutTunedMacroF1()));
    Path f = dir.resolve("st.json");
    Files.write(f, a);
    StanceModel back = StanceModel.load(f);
    String s = "Brown praised Jones on day 9.";
    assertArrayEquals(r.model().probabilities(s, 14, 19, enc, null), back.probabilities(s, 14, 19, enc, null), 1e-12);
    assertArrayEquals(r.model().offsets(), back.offsets(), 0.0);
    assertThrows(IllegalArgumentException.class, () -> back.probabilities(s, 14, 19));
  }

  @Test
  void offsetsShiftTowardAClassAndTuningPicksThem() {
    double[] p = {0.3, 0.4, 0.3};
    assertArrayEquals(p, StanceModel.applyOffsets(p, new double[3]), 0.0);
    double[] q = StanceModel.applyOffsets(p, new double[] {0, 0, 0.5});
    assertEquals(2, StanceTrainer.argmax(q));
    assertEquals(1.0, q[0] + q[1] + q[2], 1e-12);
    // held-out items whose gold is positive but the model says neutral by a small margin: tuning raises positive
    double[][] probs = {{0.1, 0.5, 0.4}, {0.1, 0.5, 0.4}, {0.8, 0.1, 0.1}, {0.1, 0.8, 0.1}};
    double[] off = StanceTrainer.tuneOffsets(probs, new int[] {2, 2, 0, 1});
    assertTrue(off[2] > 0 && off[1] == 0, java.util.Arrays.toString(off));
  }

  @Test
  void configsValidateAndRoundTrip() {
    StanceConfig c = StanceConfig.LIGHT.withEmbedding("x@1", Set.of("marked"), 2.0);
    assertEquals(c, StanceConfig.fromMap(c.asMap()));
    assertThrows(IllegalArgumentException.class, () -> new StanceConfig(Set.of("nope"), "none", Set.of(), 1));
    assertThrows(IllegalArgumentException.class, () -> new StanceConfig(Set.of(), "none", Set.of("marked"), 1));
    assertThrows(IllegalArgumentException.class, () -> new StanceConfig(Set.of(), "x@1", Set.of("title"), 1));
    FeatureConfig f = FeatureConfig.DEFAULT.withEmbedding("x@1", 3.0);
    assertEquals(f, FeatureConfig.fromMap(f.asMap()));
    assertThrows(IllegalArgumentException.class, () -> FeatureConfig.DEFAULT.withEmbedding("x@1", 0));
  }

  @Test
  void stanceTextsMarkTheMentionInSentenceAndClause() {
    String s = "Critics attacked Jones, while Smith praised him.";
    assertEquals("Critics attacked <<Jones>>, while Smith praised him.", StanceTexts.marked(s, 17, 22));
    assertEquals("Critics attacked <<Jones>>", StanceTexts.clause(s, Tokenizer.tokens(s), 17, 22));
    assertEquals("<<Smith>> praised him", StanceTexts.clause(s, Tokenizer.tokens(s), 30, 35));
  }

  @Test
  void embeddingCacheEncodesEachTextOnce() {
    HashEncoder enc = new HashEncoder();
    EmbeddingCache c = new EmbeddingCache(enc);
    float[] a = c.encode("same text");
    a[0] = 42f; // callers get copies: the cache cannot be altered through them
    assertArrayEquals(enc.encode("same text"), c.encode("same text"));
    assertEquals(1, c.size());
    assertEquals(2, enc.calls);
  }
}
