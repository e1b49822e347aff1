package org.framescope.classify;

import org.framescope.testing.Synthetic;
import org.framescope.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.model.BiasScore;
import org.framescope.model.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
  static final String[] LOADED = Synthetic.LOADED;
  static final String[] NEUTRAL = Synthetic.NEUTRAL;

  static List<Labelled> synthetic() {
    return Synthetic.sentences();
  }

  static BiasTrainer.Params params() {
    return new BiasTrainer.Params(FeatureConfig.DEFAULT, SmileFit.Family.LOGISTIC, List.of(0.5, 1.0), 1.0, 3, 42);
  }

  static byte[] modelBytes;
  static BiasModel model;

  @BeforeAll
  static void train() {
    Datasets.Babe data = new Datasets.Babe(synthetic(), 0, "0".repeat(64), Path.of("synthetic.csv"));
    model = BiasTrainer.trainCalibrated(data, params(), 3);
    modelBytes = model.toBytes();
  }

  @Test
  void sameDataAndSeedGiveByteIdenticalFile() {
    Datasets.Babe data = new Datasets.Babe(synthetic(), 0, "0".repeat(64), Path.of("synthetic.csv"));
    byte[] again = BiasTrainer.trainCalibrated(data, params(), 3).toBytes();
    assertArrayEquals(modelBytes, again);
  }

  @Test
  void stanceTrainingIsByteIdenticalToo() {
    List<StanceExample> ex = stanceExamples();
    StanceTrainer.Params p = new StanceTrainer.Params(SmileFit.Family.LOGISTIC, List.of(1.0), 42, STANCE_LEX,
        List.of());
    byte[] a = StanceTrainer.fit(ex, p).model().toBytes();
    byte[] b = StanceTrainer.fit(ex, p).model().toBytes();
    assertArrayEquals(a, b);
    StanceTrainer.Params q = new StanceTrainer.Params(SmileFit.Family.LOGISTIC, List.of(1.0), 42, STANCE_LEX,
        List.of(4.0));
    StanceTrainer.Result r = StanceTrainer.fit(ex, q);
    assertEquals(2, r.model().members().size());
    assertTrue(r.heldOutEnsembleMacroF1() >= 0 && r.heldOutEnsembleMacroF1() <= 1);
    assertArrayEquals(r.model().toBytes(), StanceTrainer.fit(ex, q).model().toBytes());
  }

  static final StanceLexicon STANCE_LEX = Synthetic.STANCE_LEX;

  static List<StanceExample> stanceExamples() {
    List<StanceExample> ex = new ArrayList<>();
    String[] verbs = {"praised", "attacked", "met"};
    for (int i = 0; i < 45; i++) {
      String s = "Smith " + verbs[i % 3] + " Jones on day " + (i % 7) + ".";
      ex.add(new StanceExample("x" + i, s, 6 + verbs[i % 3].length() + 1, 6 + verbs[i % 3].length() + 6,
          new int[] {2, 0, 1}[i % 3]));
    }
    return ex;
  }

  @Test
  void stanceRoundTripKeepsLexiconAndScores(@TempDir Path dir) throws Exception {
    StanceModel m = StanceTrainer.fit(stanceExamples(), new StanceTrainer.Params(SmileFit.Family.LOGISTIC,
        List.of(1.0), 42, STANCE_LEX, List.of(4.0))).model();
    Path f = dir.resolve("s.json");
    Files.write(f, m.toBytes());
    StanceModel back = StanceModel.load(f);
    assertEquals(STANCE_LEX, back.lexicon());
    String s = "Brown praised Jones on day 9.";
    assertArrayEquals(m.probabilities(s, 14, 19), back.probabilities(s, 14, 19), 1e-12);
    assertArrayEquals(m.toBytes(), back.toBytes());
    double[] pos = back.probabilities(s, 14, 19);
    double[] neg = back.probabilities("Brown attacked Jones on day 9.", 15, 20);
    assertTrue(pos[2] > neg[2] && neg[0] > pos[0]);
  }

  @Test
  void stanceFilesOfOtherFeatureVersionsOrConfigsAreRefused(@TempDir Path dir) throws Exception {
    StanceModel m = StanceTrainer.fit(stanceExamples(), new StanceTrainer.Params(SmileFit.Family.LOGISTIC,
        List.of(1.0), 42, STANCE_LEX, List.of())).model();
    String json = new String(m.toBytes(), StandardCharsets.UTF_8);
    Path v = dir.resolve("v.json");
    Files.writeString(v, json.replaceFirst("\"featureVersion\" : " + FeatureConfig.FEATURE_VERSION,
        "\"featureVersion\" : 1"));
    InputException e = assertThrows(InputException.class, () -> StanceModel.load(v));
    assertTrue(e.getMessage().contains("feature version 1"), e.getMessage());
    // a consistently hashed file with the feature config of version 1 (no feature groups) is refused too
    java.util.Map<String, String> old = new java.util.TreeMap<>(m.config().asMap());
    old.remove("groups");
    old.remove("lex");
    com.fasterxml.jackson.databind.node.ObjectNode content = (com.fasterxml.jackson.databind.node.ObjectNode)
        ModelFile.JSON.readTree(json).get("content");
    Path c = dir.resolve("c.json");
    Files.write(c, ModelFile.write(StanceModel.KIND, m.name(), old, m.provenance(), content));
    InputException e2 = assertThrows(InputException.class, () -> StanceModel.load(c));
    assertTrue(e2.getMessage().contains("retrain it"), e2.getMessage());
    // ... and so is one whose fixed feature description differs from this version's
    java.util.Map<String, String> other = new java.util.TreeMap<>(m.config().asMap());
    other.put("weighting", "binary");
    Path o = dir.resolve("o.json");
    Files.write(o, ModelFile.write(StanceModel.KIND, m.name(), other, m.provenance(), content));
    InputException e3 = assertThrows(InputException.class, () -> StanceModel.load(o));
    assertTrue(e3.getMessage().contains("this version's"), e3.getMessage());
  }

  @Test
  void roundTripGivesSameScores(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("m.json");
    Files.write(f, modelBytes);
    BiasModel back = BiasModel.load(f);
    String s = "The governor pushed a reckless plan on Monday.";
    assertEquals(model.probability(s), back.probability(s), 1e-12);
    assertArrayEquals(modelBytes, back.toBytes());
    assertTrue(back.probability(s) > back.probability("The governor announced the plan on Monday."));
    BiasScore sc = back.score(s);
    assertEquals(sc.probability(), back.probability(s), 1e-9);
    assertTrue(!sc.explanation().isEmpty());
  }

  @Test
  void wordModelFastPathGivesTheSameBitsAsTheGeneralPath() {
    List<Tokenizer.Tok> toks = Tokenizer.tokens("The Governor pushed a reckless, outrageous plan on Monday!");
    double[] fast = model.words().probabilities(toks);
    for (int i = 0; i < toks.size(); i++) {
      assertEquals(model.words().linear().probabilities(WordFeatures.token(toks, i))[1], fast[i], 0.0);
    }
  }

  @Test
  void tamperedContentIsRefused(@TempDir Path dir) throws Exception {
    String json = new String(modelBytes, StandardCharsets.UTF_8);
    // change one weight digit inside the content (the hashed feature keys are plain integers now)
    int w = json.indexOf("\"weights\"");
    int digit = w;
    while (!Character.isDigit(json.charAt(digit)) || json.charAt(digit) == '0') {
      digit++;
    }
    String tampered = json.substring(0, digit) + (json.charAt(digit) == '9' ? '8' : (char) (json.charAt(digit) + 1))
        + json.substring(digit + 1);
    assertTrue(!tampered.equals(json));
    Path f = dir.resolve("t.json");
    Files.writeString(f, tampered);
    InputException e = assertThrows(InputException.class, () -> BiasModel.load(f));
    assertTrue(e.getMessage().contains("content hash mismatch"), e.getMessage());
    assertTrue(e.getMessage().startsWith(f.toString()));
  }

  @Test
  void wrongFeatureVersionIsRefused(@TempDir Path dir) throws Exception {
    String json = new String(modelBytes, StandardCharsets.UTF_8);
    String other = json.replaceFirst("\"featureVersion\" : " + FeatureConfig.FEATURE_VERSION,
        "\"featureVersion\" : " + (FeatureConfig.FEATURE_VERSION + 1));
    assertTrue(!other.equals(json));
    Path f = dir.resolve("v.json");
    Files.writeString(f, other);
    InputException e = assertThrows(InputException.class, () -> BiasModel.load(f));
    assertTrue(e.getMessage().contains("feature version"), e.getMessage());
  }

  @Test
  void alteredFeatureConfigIsRefused(@TempDir Path dir) throws Exception {
    String json = new String(modelBytes, StandardCharsets.UTF_8);
    String other = json.replaceFirst("\"wordMaxN\" : \"2\"", "\"wordMaxN\" : \"1\"");
    assertTrue(!other.equals(json));
    Path f = dir.resolve("c.json");
    Files.writeString(f, other);
    InputException e = assertThrows(InputException.class, () -> BiasModel.load(f));
    assertTrue(e.getMessage().contains("feature config hash mismatch"), e.getMessage());
  }

  @Test
  void wrongKindAndGarbageAreRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("m.json");
    Files.write(f, modelBytes);
    InputException e = assertThrows(InputException.class, () -> StanceModel.load(f));
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
    Path g = dir.resolve("g.json");
    Files.writeString(g, "not json");
    assertThrows(InputException.class, () -> BiasModel.load(g));
  }
}
