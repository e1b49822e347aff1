package org.framescope.classify;

import org.framescope.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import smile.util.SparseArray;

class FeaturesTest {
  @Test
  void tokenizerKeepsHyphensAndApostrophesWithOffsets() {
    String s = "Gun-toting fans don\u2019t care!";
    List<Tokenizer.Tok> t = Tokenizer.tokens(s);
    assertEquals(List.of("Gun-toting", "fans", "don\u2019t", "care"), t.stream().map(Tokenizer.Tok::text).toList());
    assertEquals("don't", t.get(2).norm());
    for (Tokenizer.Tok k : t) {
      assertEquals(k.text(), s.substring(k.begin(), k.end()));
    }
  }

  @Test
  void charWbGramsArePaddedPerWord() {
    Map<String, Double> f = new TreeMap<>();
    TextFeatures.charGrams("ab", 2, 5, f);
    // " ab " -> 2: " a","ab","b " ; 3: " ab","ab " ; 4: " ab "
    assertEquals(Map.of("c: a", 1.0, "c:ab", 1.0, "c:b ", 1.0, "c: ab", 1.0, "c:ab ", 1.0, "c: ab ", 1.0), f);
  }

  @Test
  void sentenceFeaturesHaveWordBigramsAndDenseCues() {
    FeatureConfig cfg = new FeatureConfig(2, 2, 3, 1, true, false);
    TreeMap<String, Double> f = TextFeatures.sentence("Thugs, thugs \"everywhere\"!", cfg);
    assertEquals(2.0, f.get("w:thugs"));
    assertEquals(1.0, f.get("w:thugs thugs"));
    assertEquals(1.0, f.get("w:thugs everywhere"));
    assertEquals(1.0, f.get("d:quote"));
    assertEquals(1.0, f.get("d:exclamation"));
    assertNull(f.get("d:question"));
    assertEquals(0.0, f.getOrDefault("d:capShare", 0.0));
  }

  @Test
  void vectorizerTfidfIsBlockNormalizedAndIgnoresUnknownTerms() {
    List<Map<String, Double>> docs = List.of(
        Map.of("w:a", 1.0, "w:b", 1.0, "c:x", 1.0),
        Map.of("w:a", 2.0, "c:x", 1.0, "d:quote", 1.0));
    Vectorizer v = Vectorizer.fit(docs, 1, true);
    assertEquals(List.of("c:x", "d:quote", "w:a", "w:b"), List.of(v.terms()));
    // idf(w:a) = ln(3/3)+1 = 1 ; idf(w:b) = ln(3/2)+1
    assertEquals(1.0, v.idf(v.indexOf("w:a")), 1e-12);
    assertEquals(Math.log(1.5) + 1, v.idf(v.indexOf("w:b")), 1e-7);
    SparseArray x = v.transform(Map.of("w:a", 2.0, "w:b", 1.0, "w:zzz", 5.0, "d:quote", 0.5));
    double a = 1 + Math.log(2);
    double b = v.idf(v.indexOf("w:b"));
    double norm = Math.sqrt(a * a + b * b);
    assertEquals(a / norm, x.get(v.indexOf("w:a")), 1e-12);
    assertEquals(b / norm, x.get(v.indexOf("w:b")), 1e-12);
    assertEquals(0.5, x.get(v.indexOf("d:quote")), 1e-12);
    assertEquals(3, x.size());
  }

  @Test
  void vectorizerMinDfDropsRareCountFeaturesButKeepsDense() {
    Vectorizer v = Vectorizer.fit(List.of(Map.of("w:a", 1.0, "w:rare", 1.0, "d:z", 1.0), Map.of("w:a", 1.0)), 2,
        true);
    assertEquals(List.of("d:z", "w:a"), List.of(v.terms()));
    assertThrows(IllegalArgumentException.class, () -> new Vectorizer(new String[] {"b", "a"}, new double[2], true));
  }

  @Test
  void wordFeaturesDescribeTokenAndNeighbours() {
    List<Tokenizer.Tok> t = Tokenizer.tokens("the Radical mayor");
    TreeMap<String, Double> f = WordFeatures.token(t, 1);
    assertTrue(f.containsKey("t:w=radical"));
    assertTrue(f.containsKey("t:s3=cal"));
    assertTrue(f.containsKey("t:prev=the"));
    assertTrue(f.containsKey("t:next=mayor"));
    assertTrue(f.containsKey("t:cap"));
    assertFalse(WordFeatures.token(t, 0).containsKey("t:cap"));
  }

  @Test
  void stanceFeaturesMarkTargetWindowsAndClause() {
    String s = "Smith praised Jones, but critics attacked him.";
    TreeMap<String, Double> f = StanceFeatures.of(s, 14, 19);
    assertTrue(f.containsKey("g:praised <t>"));
    assertTrue(f.containsKey("L1:praised"));
    assertTrue(f.containsKey("L1:smith"));
    assertTrue(f.containsKey("R2:him") || f.containsKey("R1:attacked"));
    assertTrue(f.containsKey("C:praised"));
    assertTrue(f.containsKey("O:attacked"), f.keySet().toString());
    assertTrue(f.containsKey("b:praised <t>"));
    assertFalse(f.containsKey("g:jones"));
    TreeMap<String, Double> g = StanceFeatures.of(s, 0, 5);
    assertEquals(1.0, g.get("d:targetFirst"));
    assertThrows(IllegalArgumentException.class, () -> StanceFeatures.of(s, 5, 100));
  }

  @Test
  void stanceLexiconFeaturesAreRelativeToTheTargetAndNegationFlips() {
    StanceLexicon lex = new StanceLexicon(Map.of("corrupt", -2, "brilliant", 3, "war criminal", -3));
    String s = "Smith is not corrupt, but Jones is a war criminal.";
    int[] sc = lex.scores(Tokenizer.tokens(s));
    assertEquals(2, sc[3], "negated 'corrupt' turns positive");
    assertEquals(-3, sc[8], "multi-word entry scored at its first token");
    assertEquals(0, sc[9]);
    TreeMap<String, Double> smith = StanceFeatures.of(s, 0, 5, StanceModel.GROUPS, lex);
    assertTrue(smith.containsKey("v:+R1"), smith.keySet().toString());
    assertTrue(smith.containsKey("v:+C"));
    assertTrue(smith.containsKey("v:-O"));
    assertTrue(smith.get("d:lexPos3") > 0);
    assertNull(smith.get("d:lexNeg3"));
    TreeMap<String, Double> jones = StanceFeatures.of(s, 26, 31, StanceModel.GROUPS, lex);
    assertTrue(jones.containsKey("v:-C"));
    assertTrue(jones.containsKey("v:+O"));
    assertTrue(jones.get("d:lexNeg3") > 0);
    assertFalse(StanceFeatures.of(s, 0, 5).keySet().stream().anyMatch(k -> k.startsWith("v:")));
    assertThrows(IllegalArgumentException.class, () -> new StanceLexicon(Map.of("x", 4)));
  }

  @Test
  void stanceLexiconReadsValenceAndIntensityColumns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path f = dir.resolve("l.tsv");
    java.nio.file.Files.writeString(f, String.join("\n",
        "#! name: t", "#! version: 1.0.0", "#! licence: CC0", "#! description: test",
        "#! category loaded: loaded words", "#! columns: entry, category, valence, intensity",
        "heinous\tloaded\t-1\t3", "Great Leader\tloaded\t+1\t2", "plain\tloaded\t\t"));
    StanceLexicon lex = StanceLexicon.read(f);
    assertEquals(Map.of("heinous", -3, "great leader", 2), lex.entries());
  }

  @Test
  void featureConfigHashChangesWithConfig() {
    String a = FeatureConfig.hash(FeatureConfig.DEFAULT.asMap());
    String b = FeatureConfig.hash(new FeatureConfig(1, 2, 5, 2, true, true).asMap());
    assertFalse(a.equals(b));
    assertEquals(FeatureConfig.DEFAULT, FeatureConfig.fromMap(FeatureConfig.DEFAULT.asMap()));
    assertThrows(IllegalArgumentException.class, () -> new FeatureConfig(0, 2, 5, 2, true, true));
    assertThrows(IllegalArgumentException.class, () -> new FeatureConfig(2, 4, 3, 2, true, true));
  }
}
