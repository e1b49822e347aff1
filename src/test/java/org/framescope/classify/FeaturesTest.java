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
    FeatureSink sink = FeatureSink.naming(java.util.Set.of());
    TextFeatures.charGrams("ab", 2, 5, FeatureBlock.CHAR, sink);
    Map<String, Double> f = sink.named(sink.finish());
    // " ab " -> 2: " a","ab","b " ; 3: " ab","ab " ; 4: " ab "
    assertEquals(Map.of("c: a", 1.0, "c:ab", 1.0, "c:b ", 1.0, "c: ab", 1.0, "c:ab ", 1.0, "c: ab ", 1.0), f);
  }

  @Test
  void runningCharGramHashesGiveTheSameKeysAsOneByOne() {
    for (String w : List.of("a", "ab", "thugs", "don't", "gun-toting", "\u00e9t\u00e9")) {
      for (int[] r : new int[][] {{2, 5}, {1, 3}, {3, 6}}) {
        FeatureSink fast = new FeatureSink();
        TextFeatures.charGrams(w, r[0], r[1], FeatureBlock.CHAR, fast);
        // one by one: each n-gram of the padded word hashed on its own through begin/add/count
        FeatureSink slow = new FeatureSink();
        String p = " " + w + " ";
        for (int n = r[0]; n <= r[1]; n++) {
          for (int i = 0; i + n <= p.length(); i++) {
            slow.begin(FeatureBlock.CHAR).add(p, i, i + n).count();
          }
        }
        assertEquals(slow.finish(), fast.finish(), w + " " + r[0] + ".." + r[1]);
      }
    }
  }

  @Test
  void sentenceFeaturesHaveWordBigramsAndDenseCues() {
    FeatureConfig cfg = new FeatureConfig(2, 2, 3, 1, true, false);
    TreeMap<String, Double> f = TextFeatures.named("Thugs, thugs \"everywhere\"!", cfg);
    assertEquals(2.0, f.get("w:thugs"));
    assertEquals(1.0, f.get("w:thugs thugs"));
    assertEquals(1.0, f.get("w:thugs everywhere"));
    assertEquals(1.0, f.get("d:quote"));
    assertEquals(1.0, f.get("d:exclamation"));
    assertNull(f.get("d:question"));
    assertEquals(0.0, f.getOrDefault("d:capShare", 0.0));
  }

  /** Hashed features from (block, text, value) triples. */
  private static Features feats(Object... triples) {
    FeatureSink s = new FeatureSink();
    for (int i = 0; i < triples.length; i += 3) {
      s.begin((FeatureBlock) triples[i]).add((String) triples[i + 1]).end((Double) triples[i + 2]);
    }
    return s.finish();
  }

  private static int key(FeatureBlock b, String text) {
    return feats(b, text, 1.0).key(0);
  }

  @Test
  void hashedKeysAreStableAndSeparateBlocks() {
    // the same text always gives the same key; blocks do not collide; the key carries its block
    assertEquals(key(FeatureBlock.WORD, "thugs"), key(FeatureBlock.WORD, "thugs"));
    assertFalse(key(FeatureBlock.WORD, "thugs") == key(FeatureBlock.CHAR, "thugs"));
    assertEquals(FeatureBlock.CHAR, FeatureBlock.ofKey(key(FeatureBlock.CHAR, "thugs")));
    // a fixed value pins the hash function: model files depend on it (change => bump the feature version)
    assertEquals(0x01000000 | (FeatureSink.fmix(fnv(FeatureBlock.WORD.id(), "thugs")) & 0xFFFFFF),
        key(FeatureBlock.WORD, "thugs"));
    Features f = feats(FeatureBlock.WORD, "a", 1.0, FeatureBlock.WORD, "a", 2.0, FeatureBlock.DENSE, "q", 0.5);
    assertEquals(2, f.size());
    assertEquals(3.0, f.get(key(FeatureBlock.WORD, "a")));
  }

  private static int fnv(int block, String s) {
    int h = 0x811C9DC5 ^ (block * 0x9E3779B9);
    for (char c : s.toCharArray()) {
      h = (h ^ c) * 0x01000193;
    }
    return h;
  }

  @Test
  void vectorizerTfidfIsBlockNormalizedAndIgnoresUnknownTerms() {
    List<Features> docs = List.of(
        feats(FeatureBlock.WORD, "a", 1.0, FeatureBlock.WORD, "b", 1.0, FeatureBlock.CHAR, "x", 1.0),
        feats(FeatureBlock.WORD, "a", 2.0, FeatureBlock.CHAR, "x", 1.0, FeatureBlock.DENSE, "quote", 1.0));
    Vectorizer v = Vectorizer.fit(docs, 1, true);
    assertEquals(4, v.size());
    int wa = v.indexOf(key(FeatureBlock.WORD, "a"));
    int wb = v.indexOf(key(FeatureBlock.WORD, "b"));
    int dq = v.indexOf(key(FeatureBlock.DENSE, "quote"));
    // idf(w:a) = ln(3/3)+1 = 1 ; idf(w:b) = ln(3/2)+1
    assertEquals(1.0, v.idf(wa), 1e-12);
    assertEquals(Math.log(1.5) + 1, v.idf(wb), 1e-7);
    SparseArray x = v.transform(feats(FeatureBlock.WORD, "a", 2.0, FeatureBlock.WORD, "b", 1.0,
        FeatureBlock.WORD, "zzz", 5.0, FeatureBlock.DENSE, "quote", 0.5));
    double a = 1 + Math.log(2);
    double b = v.idf(wb);
    double norm = Math.sqrt(a * a + b * b);
    assertEquals(a / norm, x.get(wa), 1e-12);
    assertEquals(b / norm, x.get(wb), 1e-12);
    assertEquals(0.5, x.get(dq), 1e-12);
    assertEquals(3, x.size());
    assertEquals(-1, v.indexOf(key(FeatureBlock.WORD, "zzz")));
  }

  @Test
  void vectorizerMinDfDropsRareCountFeaturesButKeepsDense() {
    Vectorizer v = Vectorizer.fit(List.of(feats(FeatureBlock.WORD, "a", 1.0, FeatureBlock.WORD, "rare", 1.0,
        FeatureBlock.DENSE, "z", 1.0), feats(FeatureBlock.WORD, "a", 1.0)), 2, true);
    assertEquals(2, v.size());
    assertTrue(v.indexOf(key(FeatureBlock.DENSE, "z")) >= 0);
    assertTrue(v.indexOf(key(FeatureBlock.WORD, "a")) >= 0);
    assertThrows(IllegalArgumentException.class, () -> new Vectorizer(new int[] {0x01000002, 0x01000001},
        new double[2], true));
  }

  @Test
  void handWrittenTokenizerMatchesTheRegularExpression() {
    java.util.regex.Pattern re = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*");
    java.util.Random rnd = new java.util.Random(7);
    String alphabet = "ab Z9-'\u2019 .,\u00e9\u00bd\u0663\u2163\"!\u00ad\u4e2d";
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(30);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      if (rnd.nextInt(10) == 0) {
        sb.append("\uD835\uDC00x"); // a supplementary letter (mathematical bold A)
      }
      String s = sb.toString();
      List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher m = re.matcher(s);
      while (m.find()) {
        expected.add(m.start() + ":" + m.group());
      }
      assertEquals(expected, Tokenizer.tokens(s).stream().map(t -> t.begin() + ":" + t.text()).toList(), s);
    }
  }

  @Test
  void wordFeaturesDescribeTokenAndNeighbours() {
    List<Tokenizer.Tok> t = Tokenizer.tokens("the Radical mayor");
    TreeMap<String, Double> f = WordFeatures.named(t, 1);
    assertTrue(f.containsKey("t:w=radical"));
    assertTrue(f.containsKey("t:s3=cal"));
    assertTrue(f.containsKey("t:prev=the"));
    assertTrue(f.containsKey("t:next=mayor"));
    assertTrue(f.containsKey("t:cap"));
    assertFalse(WordFeatures.named(t, 0).containsKey("t:cap"));
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
    TreeMap<String, Double> smith = StanceFeatures.named(s, 0, 5, java.util.Set.of("lex"), lex);
    assertTrue(smith.containsKey("v:+R1"), smith.keySet().toString());
    assertTrue(smith.containsKey("v:+C"));
    assertTrue(smith.containsKey("v:-O"));
    assertTrue(smith.get("d:lexPos3") > 0);
    assertNull(smith.get("d:lexNeg3"));
    TreeMap<String, Double> jones = StanceFeatures.named(s, 26, 31, java.util.Set.of("lex"), lex);
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
