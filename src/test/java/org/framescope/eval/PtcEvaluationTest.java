package org.framescope.eval;

import org.framescope.lexicon.FramingLexicons;
import org.framescope.lexicon.TestSentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtcEvaluationTest {
  static FramingLexicons lex;

  @BeforeAll
  static void load() throws Exception {
    lex = FramingLexicons.load(Path.of("lexicons"));
  }

  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> m, String... path) {
    Object o = m;
    for (String p : path) {
      o = ((Map<String, Object>) o).get(p);
    }
    return o;
  }

  @Test
  void countsOverlapsOnATinyCorpus(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("train-articles"));
    String body = "They are heinous thugs and the regime lied.\nNothing here.";
    assertEquals("heinous", body.substring(9, 16));
    assertEquals("regime", body.substring(31, 37));
    Files.writeString(dir.resolve("train-articles/article1.txt"), body);
    Files.writeString(dir.resolve("train-task2-TC.labels"), String.join("\n",
        "1\tLoaded_Language\t9\t16", "1\tName_Calling,Labeling\t17\t22", "1\tName_Calling,Labeling\t44\t51",
        "1\tDoubt\t31\t37", ""));
    Map<String, Object> r = PtcEvaluation.evaluate(dir, lex);
    assertEquals(1, r.get("articles"));
    // gold: heinous and thugs found, "Nothing" not: 2/3; spans heinous, thugs (hit), regime, lied (miss): 2/4
    assertEquals(2, at(r, "overall", "recall", "numerator"));
    assertEquals(3, at(r, "overall", "recall", "denominator"));
    assertEquals(2, at(r, "overall", "precision", "numerator"));
    assertEquals(4, at(r, "overall", "precision", "denominator"));
    assertEquals(0.5714, at(r, "overall", "f1"));
    assertEquals(1.0, at(r, "recallByTechnique", "Loaded_Language", "value"));
    assertEquals(0.5, at(r, "recallByTechnique", "Name_Calling,Labeling", "value"));
    assertEquals(0.0, at(r, "precisionByCategory", "label", "value"));
  }

  @Test
  void suffixLemmasOnlyUseLexiconWords() {
    assertEquals(java.util.List.of("atrocity"), PtcEvaluation.deinflect("atrocities").subList(0, 1));
    assertTrue(PtcEvaluation.deinflect("slammed").contains("slam"));
    assertTrue(PtcEvaluation.deinflect("praised").contains("praise"));
    var s = PtcEvaluation.withSuffixLemmas(TestSentences.of("atrocities tables slammed"),
        java.util.Set.of("atrocity", "slam"));
    assertEquals(java.util.List.of("atrocity", "tables", "slam"),
        s.tokens().stream().map(org.framescope.model.Token::lemma).collect(java.util.stream.Collectors.toList()));
    assertEquals("atrocities", s.tokens().get(0).word());
  }

  @Test
  void rejectsADirectoryWithoutPtcFiles(@TempDir Path dir) {
    assertThrows(InputException.class, () -> PtcEvaluation.evaluate(dir, lex));
  }

  @Test
  void runsOnTheSharedCorpusWhenPresent() throws Exception {
    Path ptc = PtcEvaluation.defaultDir();
    Assumptions.assumeTrue(Files.isDirectory(ptc.resolve("train-articles")), "shared PTC data not present");
    Map<String, Object> r = PtcEvaluation.evaluate(ptc, lex);
    double recall = (Double) at(r, "overall", "recall", "value");
    double precision = (Double) at(r, "overall", "precision", "value");
    assertTrue(recall > 0.1 && recall < 1, "recall " + recall);
    assertTrue(precision > 0.05 && precision < 1, "precision " + precision);
  }
}
