package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-process sentence encoder: shape, meaning, determinism across calls and threads, provenance. */
class OnnxSentenceEncoderIT {
  private static SentenceEncoder enc;

  @BeforeAll
  static void load() throws Exception {
    enc = OnnxSentenceEncoder.shared();
  }

  @Test
  void embeddingsAreNormalisedAndCloserForSimilarSentences() {
    float[] a = enc.encode("The president signed the budget bill on Monday.");
    float[] b = enc.encode("On Monday the budget law was signed by the president.");
    float[] c = enc.encode("The striker scored twice in the second half.");
    assertEquals(384, a.length);
    assertEquals(1.0, SentenceEncoder.cosine(a, a), 1e-3);
    double ab = SentenceEncoder.cosine(a, b);
    double ac = SentenceEncoder.cosine(a, c);
    assertTrue(ab > 0.7 && ac < 0.4 && ab > ac + 0.3, "similar " + ab + " vs unrelated " + ac);
    assertArrayEquals(new float[384], enc.encode(""));
    assertArrayEquals(new float[384], enc.encode("  \n "));
  }

  @Test
  void sameTextSameFloatsAcrossCallsAndThreads() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      texts.add("Sentence number " + i + " says the <<minister>> lied about the war.");
    }
    List<float[]> first = enc.encodeAll(texts);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[]>> again = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        for (String t : texts) {
          again.add(pool.submit(() -> enc.encode(t)));
        }
      }
      for (int k = 0; k < again.size(); k++) {
        assertArrayEquals(first.get(k % texts.size()), again.get(k).get(), "text " + (k % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void provenanceNamesModelVersionAndHash() {
    assertEquals("all-minilm-l6-v2-q@1.19.0-beta29", enc.id());
    assertTrue(enc.provenance().get("modelSha256").matches("[0-9a-f]{64}"));
    assertTrue(enc.provenance().get("tokenizerSha256").matches("[0-9a-f]{64}"));
    assertEquals("384", enc.provenance().get("dimension"));
  }
}
