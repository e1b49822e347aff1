package org.framescope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FightinWordsTest {
  private static final Map<String, Integer> I = Map.of("a", 3, "b", 1, "c", 2, "d", 2);
  private static final Map<String, Integer> J = Map.of("a", 1, "b", 3, "c", 2, "d", 2);

  @Test
  void handComputedExampleWithExplicitPrior() {
    // prior = i + j = {a:4, b:4, c:4, d:4}, total 16; alpha0 = 4 -> alpha_w = 4*4/16 = 1; n_i = n_j = 8.
    // a: delta = ln((3+1)/(8+4-3-1)) - ln((1+1)/(8+4-1-1)) = ln(4/8) - ln(2/10) = ln(2.5) = 0.916291
    //    var = 1/(3+1) + 1/(1+1) = 0.75, z = 0.916291/0.866025 = 1.058041
    // b: mirror image of a: delta -0.916291, z -1.058041.   c, d: ln(3/7) - ln(3/7) = 0 -> z = 0 (tie, by word)
    List<FightinWords.WordScore> s = FightinWords.score(I, J, Map.of("a", 4, "b", 4, "c", 4, "d", 4), 4.0);
    assertEquals(List.of("a", "c", "d", "b"), s.stream().map(FightinWords.WordScore::word).toList());
    assertEquals(0.916291, s.get(0).delta(), 1e-6);
    assertEquals(0.75, s.get(0).variance(), 1e-12);
    assertEquals(1.058041, s.get(0).z(), 1e-6);
    assertEquals(0.0, s.get(1).z(), 1e-12);
    assertEquals(-1.058041, s.get(3).z(), 1e-6);
    assertEquals(3.0, s.get(0).countI());
    assertEquals(1.0, s.get(0).countJ());
  }

  @Test
  void defaultPriorIsOnePercentOfPooledCounts() {
    // default prior i + j = 16 tokens -> alpha0 = 0.16, alpha_a = 0.16*4/16 = 0.04.
    // a: delta = ln(3.04/(8+0.16-3-0.04)) - ln(1.04/(8+0.16-1-0.04)) = ln(3.04/5.12) - ln(1.04/7.12) = 1.402390
    //    var = 1/3.04 + 1/1.04 = 1.290486, z = 1.402390/1.136000 = 1.234503
    List<FightinWords.WordScore> s = FightinWords.score(I, J);
    assertEquals("a", s.get(0).word());
    assertEquals(1.402390, s.get(0).delta(), 1e-6);
    assertEquals(1.290486, s.get(0).variance(), 1e-6);
    assertEquals(1.234503, s.get(0).z(), 1e-6);
    assertEquals("b", s.get(3).word());
  }

  @Test
  void swappingCorporaFlipsSigns() {
    List<FightinWords.WordScore> ij = FightinWords.score(I, J);
    List<FightinWords.WordScore> ji = FightinWords.score(J, I);
    assertEquals(ij.get(0).word(), ji.get(3).word());
    assertEquals(ij.get(0).z(), -ji.get(3).z(), 1e-12);
  }

  @Test
  void wordsMissingFromPriorAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> FightinWords.score(I, J, Map.of("a", 1), 1.0));
    assertThrows(IllegalArgumentException.class, () -> FightinWords.score(I, J, Map.of("a", 1), 0.0));
    assertThrows(IllegalArgumentException.class, () -> FightinWords.score(Map.of("a", -1), J));
  }
}
