package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

class MeanCueTaggerTest {
  private static final CueTagger.Mix MIX = new CueTagger.Mix(0.8, 0.3);

  /** A tagger that gives word i of a sentence f(sentence length, i), and counts its whole-document calls. */
  private static CueTagger fixed(String name, ToDoubleBiFunction<Integer, Integer> f) {
    return new CueTagger() {
      @Override
      public double[] probabilities(List<String> words) {
        double[] p = new double[words.size()];
        for (int i = 0; i < p.length; i++) {
          p[i] = f.applyAsDouble(words.size(), i);
        }
        return p;
      }

      @Override
      public Mix mix() {
        return new Mix(0.1, 0.9);
      }

      @Override
      public Map<String, String> provenance() {
        return Map.of("name", name, "onnxSha256", name + "-sha", "mix", "ignored");
      }
    };
  }

  @Test
  void averagesRoundsAndKeepsNaN() {
    CueTagger a = fixed("a", (n, i) -> i == 2 ? Double.NaN : 0.1 * i);
    CueTagger b = fixed("b", (n, i) -> 1.0 / 3);
    MeanCueTagger m = new MeanCueTagger(List.of(a, b), MIX);
    List<double[]> got = m.probabilitiesAll(List.of(List.of("x", "y", "z"), List.of(), List.of("w")));
    assertEquals(3, got.size());
    assertArrayEquals(new double[] {0.166667, 0.216667, Double.NaN}, got.get(0), 0);
    assertEquals(0, got.get(1).length);
    assertArrayEquals(got.get(0), m.probabilities(List.of("x", "y", "z")), 0);
    assertEquals(MIX, m.mix());
  }

  @Test
  void provenanceNamesEveryMemberButNotTheirMixes() {
    Map<String, String> p = new MeanCueTagger(List.of(fixed("a", (n, i) -> 0), fixed("b", (n, i) -> 0)), MIX)
        .provenance();
    assertEquals("mean of a, b", p.get("name"));
    assertEquals("a-sha", p.get("member1.onnxSha256"));
    assertEquals("b-sha", p.get("member2.onnxSha256"));
    assertEquals(MIX.toString(), p.get("mix"));
    assertTrue(p.keySet().stream().noneMatch(k -> k.startsWith("member") && k.endsWith(".mix")), p.toString());
  }

  @Test
  void oneMemberIsNoMean() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new MeanCueTagger(List.of(fixed("a", (n, i) -> 0)), MIX)).getMessage().contains("at least two"));
  }
}
