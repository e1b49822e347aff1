package org.framescope.eval;

import org.framescope.testing.Synthetic;
import org.framescope.classify.StanceExample;
import org.framescope.classify.StanceLexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceValidationTest {
  static List<StanceExample> examples() {
    List<StanceExample> ex = new ArrayList<>();
    String[] verbs = {"praised", "attacked", "met"};
    for (int i = 0; i < 90; i++) {
      String s = "Smith " + verbs[i % 3] + " Jones on day " + i + ".";
      ex.add(new StanceExample("x" + i, s, s.indexOf("Jones"), s.indexOf("Jones") + 5, new int[] {2, 0, 1}[i % 3]));
    }
    return ex;
  }

  @Test
  void scoresEachConfigurationOnTheHeldOutSplit() {
    List<String> lines = new ArrayList<>();
    ObjectNode out = StanceValidation.run(examples(), Synthetic.STANCE_LEX, List.of("base", "lex,-c@2", "lex@4@maxent"),
        42, lines::add);
    assertEquals(3, lines.size());
    for (String c : List.of("base", "lex,-c@2", "lex@4@maxent")) {
      double f1 = out.path("configs").path(c).path("heldOut").path("macroF1").asDouble(-1);
      assertTrue(f1 > 0.9 && f1 <= 1.0, c + ": " + f1);
    }
    assertTrue(out.path("configs").path("base").path("features").asInt()
        > out.path("configs").path("lex,-c@2").path("features").asInt());
    assertThrows(IllegalArgumentException.class,
        () -> StanceValidation.run(examples(), StanceLexicon.EMPTY, List.of("bogus"), 42, s -> { }));
  }
}
