package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.framescope.model.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped cue tagger: what it marks, length limit, determinism across threads, damaged files refused. */
class OnnxCueTaggerIT {
  private static OnnxCueTagger tagger;

  @BeforeAll
  static void load() throws Exception {
    tagger = OnnxCueTagger.shared(OnnxCueTagger.Shipped.ACCURATE);
  }

  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void reportingVerbsAreCuesAndOtherWordsAreNot() {
    marksReportingVerbsOnly(tagger);
  }

  /** "said" and "accused" above 0.5, the other words of their sentences below 0.2 (both shipped taggers). */
  static void marksReportingVerbsOnly(OnnxCueTagger tagger) {
    List<String> w = words("The minister said on Tuesday that the talks had failed .");
    double[] p = tagger.probabilities(w);
    assertEquals(w.size(), p.length);
    assertTrue(p[2] > 0.5, "said: " + p[2]);
    for (int i : new int[] {0, 1, 4, 7, 8, 10}) {
      assertTrue(p[i] < 0.2, w.get(i) + ": " + p[i]);
    }
    List<String> a = words("Senator Smith accused the agency of hiding the report .");
    double[] q = tagger.probabilities(a);
    assertTrue(q[2] > 0.5, "accused: " + q[2]);
    assertTrue(q[4] < 0.2, "agency: " + q[4]);
    assertEquals(0, tagger.probabilities(List.of()).length);
  }

  @Test
  void wordsPastTheLengthLimitAreNotSeen() {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      w.add(i % 10 == 3 ? "said" : "word" + i);
    }
    double[] p = tagger.probabilities(w);
    assertEquals(300, p.length);
    assertTrue(!Double.isNaN(p[0]) && Double.isNaN(p[299]), "first seen, last not");
    int seen = 0;
    while (seen < p.length && !Double.isNaN(p[seen])) {
      seen++;
    }
    for (int i = seen; i < p.length; i++) {
      assertTrue(Double.isNaN(p[i]), "a word after the cut was seen: " + i);
    }
  }

  @Test
  void sameWordsSameNumbersAcrossCallsAndThreads() throws Exception {
    List<List<String>> sents = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      sents.add(words("Officials in country " + i + " claimed the report was false , a spokesman told reporters ."));
    }
    List<double[]> first = new ArrayList<>();
    for (List<String> s : sents) {
      first.add(tagger.probabilities(s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < sents.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new java.util.Random(7));
      List<Future<double[]>> fs = new ArrayList<>();
      for (int i : order) {
        fs.add(pool.submit(() -> tagger.probabilities(sents.get(i))));
      }
      for (int k = 0; k < order.size(); k++) {
        assertArrayEquals(first.get(order.get(k)), fs.get(k).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void batchesGiveTheNumbersOfSingleSentences() throws Exception {
    List<List<String>> sents = new ArrayList<>();
    String text = Files.readString(Path.of("samples/corpus/hormuz-naval-incident/state-dept.txt"));
    for (String line : text.split("(?<=[.?!])\\s+")) {
      List<String> w = new ArrayList<>(List.of(line.trim().split("\\s+")));
      w.removeIf(String::isEmpty);
      sents.add(w);
    }
    sents.add(3, List.of());
    List<String> longOne = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      longOne.add(i % 10 == 3 ? "said" : "word" + i);
    }
    sents.add(5, longOne);
    assertTrue(sents.size() > 2 * OnnxCueTagger.BATCH, "several batches: " + sents.size());
    List<double[]> batched = tagger.probabilitiesAll(sents);
    assertEquals(sents.size(), batched.size());
    double worst = 0;
    for (int i = 0; i < sents.size(); i++) {
      double[] one = tagger.probabilities(sents.get(i));
      assertEquals(one.length, batched.get(i).length, "sentence " + i);
      for (int t = 0; t < one.length; t++) {
        assertEquals(Double.isNaN(one[t]), Double.isNaN(batched.get(i)[t]), "sentence " + i + " word " + t);
        if (!Double.isNaN(one[t])) {
          worst = Math.max(worst, Math.abs(one[t] - batched.get(i)[t]));
        }
      }
    }
    assertTrue(worst <= 2e-6, "batched and single differ by " + worst);
    assertEquals(batched.stream().map(java.util.Arrays::toString).toList(),
        tagger.probabilitiesAll(sents).stream().map(java.util.Arrays::toString).toList(), "batches repeat");
  }

  @Test
  void provenanceNamesTheFilesAndTheMix() {
    assertEquals(64, tagger.provenance().get("onnxSha256").length());
    assertEquals("weight " + OnnxCueTagger.Shipped.ACCURATE.mix().weight() + ", threshold "
        + OnnxCueTagger.Shipped.ACCURATE.mix().threshold(), tagger.provenance().get("mix"));
    assertEquals(OnnxCueTagger.Shipped.ACCURATE.mix(), tagger.mix());
  }

  /** A shipped tagger's two files in a folder, under the names {@code load} reads. */
  static void copyShipped(OnnxCueTagger.Shipped which, Path dir) throws Exception {
    try (InputStream in = OnnxCueTagger.class.getResourceAsStream(which.onnxResource())) {
      Files.copy(in, dir.resolve(OnnxCueTagger.ONNX_FILE));
    }
    try (InputStream in = OnnxCueTagger.class.getResourceAsStream(which.recordResource())) {
      Files.copy(in, dir.resolve(OnnxCueTagger.RECORD_FILE));
    }
  }

  private static void copyShipped(Path dir) throws Exception {
    copyShipped(OnnxCueTagger.Shipped.ACCURATE, dir);
  }

  @Test
  void aDamagedModelFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    copyShipped(dir);
    Path onnx = dir.resolve(OnnxCueTagger.ONNX_FILE);
    byte[] b = Files.readAllBytes(onnx);
    b[b.length / 2] ^= 0x55;
    Files.write(onnx, b);
    InputException e = assertThrows(InputException.class, () -> OnnxCueTagger.load(dir, OnnxCueTagger.Shipped.ACCURATE.mix()));
    assertTrue(e.getMessage().contains(onnx.toString()) && e.getMessage().contains("does not match"), e.getMessage());
  }

  @Test
  void aRecordWhoseCheckSentenceDisagreesIsRefused(@TempDir Path dir) throws Exception {
    copyShipped(dir);
    Path rec = dir.resolve(OnnxCueTagger.RECORD_FILE);
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) ModelFile.JSON.readTree(rec.toFile());
    var probs = (com.fasterxml.jackson.databind.node.ArrayNode) json.path("check").path("probabilities");
    probs.set(1, probs.get(1).asDouble() > 0.5 ? 0.0 : 1.0);
    Files.writeString(rec, ModelFile.JSON.writeValueAsString(json));
    InputException e = assertThrows(InputException.class, () -> OnnxCueTagger.load(dir, OnnxCueTagger.Shipped.ACCURATE.mix()));
    assertTrue(e.getMessage().contains("check sentence: piece 1"), e.getMessage());
    Files.writeString(rec, "not json");
    assertThrows(InputException.class, () -> OnnxCueTagger.load(dir, OnnxCueTagger.Shipped.ACCURATE.mix()));
    Files.delete(rec);
    InputException missing = assertThrows(InputException.class,
        () -> OnnxCueTagger.load(dir, OnnxCueTagger.Shipped.ACCURATE.mix()));
    assertTrue(missing.getMessage().contains(OnnxCueTagger.RECORD_FILE), missing.getMessage());
  }
}
