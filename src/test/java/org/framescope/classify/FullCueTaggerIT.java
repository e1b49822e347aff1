package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.model.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full profile's shipped cue tagger (2 layers, 8-bit): what it marks, and that a sentence's numbers are its own
 * (a quantized model scales its activations over the whole input, so batching would let the other sentences of an
 * article move them).
 */
class FullCueTaggerIT {
  private static OnnxCueTagger tagger;

  @BeforeAll
  static void load() throws Exception {
    tagger = OnnxCueTagger.shared(OnnxCueTagger.Shipped.FULL);
  }

  @Test
  void reportingVerbsAreCuesAndOtherWordsAreNot() {
    OnnxCueTaggerIT.marksReportingVerbsOnly(tagger);
  }

  @Test
  void aSentencesNumbersDoNotDependOnTheOtherSentences() throws Exception {
    List<List<String>> article = new ArrayList<>();
    for (String f : List.of("hormuz-naval-incident/state-dept.txt", "odesa-port-strike/harbour-ledger.txt",
        "shadow-fleet-sanctions/vostok-herald.txt")) {
      String text = Files.readString(Path.of("samples/corpus", f));
      for (String line : text.split("(?<=[.?!])\\s+")) {
        List<String> w = new ArrayList<>(List.of(line.trim().split("\\s+")));
        w.removeIf(String::isEmpty);
        article.add(w);
      }
    }
    assertTrue(article.size() > 2 * OnnxCueTagger.BATCH, "more sentences than a float tagger's batch");
    List<double[]> together = tagger.probabilitiesAll(article);
    for (int i = 0; i < article.size(); i++) {
      assertArrayEquals(tagger.probabilities(article.get(i)), together.get(i), "sentence " + i);
    }
    assertEquals("1 sentence(s) per call", tagger.provenance().get("runtime").replaceAll(".*, ", ""));
  }

  @Test
  void itIsTheSmallQuantizedOneWithItsOwnMix() throws Exception {
    assertTrue(tagger.provenance().get("name").endsWith("-int8"), tagger.provenance().get("name"));
    assertEquals(OnnxCueTagger.Shipped.FULL.mix(), tagger.mix());
    assertNotEquals(OnnxCueTagger.Shipped.ACCURATE.mix(), OnnxCueTagger.Shipped.FULL.mix());
  }

  @Test
  void aCheckToleranceOutOfRangeIsRefusedNamingTheRecord(@TempDir Path dir) throws Exception {
    OnnxCueTaggerIT.copyShipped(OnnxCueTagger.Shipped.FULL, dir);
    Path rec = dir.resolve(OnnxCueTagger.RECORD_FILE);
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) ModelFile.JSON.readTree(rec.toFile());
    json.put("checkTolerance", 0.5);
    Files.writeString(rec, ModelFile.JSON.writeValueAsString(json));
    InputException e = assertThrows(InputException.class,
        () -> OnnxCueTagger.load(dir, OnnxCueTagger.Shipped.FULL.mix()));
    assertTrue(e.getMessage().contains(rec.toString()) && e.getMessage().contains("checkTolerance"), e.getMessage());
  }
}
