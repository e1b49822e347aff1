package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {
  static Path fixture(String name) throws Exception {
    return Path.of(DatasetsTest.class.getResource("/classify/" + name).toURI());
  }

  @Test
  void parsesPythonLikeWordLists() {
    assertEquals(List.of("bizarre", "characteristically"), Datasets.parseWordList("['bizarre', 'characteristically']"));
    assertEquals(List.of("don't", "held", "gun-toting"), Datasets.parseWordList("[\"don't\", '\"held\"', 'gun-toting']"));
    assertEquals(List.of(), Datasets.parseWordList("[]"));
  }

  @Test
  void readsBabeFixtureDroppingOtherLabels() throws Exception {
    Datasets.Babe b = Datasets.readBabe(fixture("babe-mini.csv"));
    assertEquals(3, b.rows().size());
    assertEquals(1, b.dropped());
    assertEquals("The \"radical\" mayor staged a disgraceful stunt.", b.rows().get(0).text());
    assertTrue(b.rows().get(0).biased());
    assertEquals(List.of("radical", "disgraceful"), b.rows().get(0).biasedWords());
    assertEquals(List.of("don't", "gun-toting"), b.rows().get(2).biasedWords());
    assertEquals(64, b.sha256().length());
  }

  @Test
  void readsMtscFixtureOneExamplePerTarget() throws Exception {
    Datasets.Mtsc m = Datasets.readMtsc(fixture("mtsc-mini.jsonl"));
    assertEquals(3, m.rows().size());
    assertEquals(1, m.rows().get(0).label());
    assertEquals(2, m.rows().get(1).label());
    assertEquals("Jones", m.rows().get(1).sentence().substring(m.rows().get(1).begin(), m.rows().get(1).end()));
    assertEquals(0, m.rows().get(2).label());
  }

  @Test
  void badInputsNameTheFile(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.csv");
    InputException e = assertThrows(InputException.class, () -> Datasets.readBabe(missing));
    assertTrue(e.getMessage().startsWith(missing.toString()));
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"sentence_normalized\": \"x\", \"targets\": [{\"from\": 0, \"to\": 1, \"polarity\": 3.0}]}\n");
    InputException e2 = assertThrows(InputException.class, () -> Datasets.readMtsc(bad));
    assertTrue(e2.getMessage().contains("bad.jsonl:1"), e2.getMessage());
    Path noCol = dir.resolve("nocol.csv");
    Files.writeString(noCol, "text;label\nx;Biased\n");
    assertThrows(InputException.class, () -> Datasets.readBabe(noCol));
  }

  @Test
  void realBabeWhenShared() throws Exception {
    Path p = Datasets.defaultBabe();
    Assumptions.assumeTrue(Files.isRegularFile(p), "shared BABE not present");
    Datasets.Babe b = Datasets.readBabe(p);
    assertEquals(3673, b.rows().size());
    assertEquals(1, b.dropped());
  }

  @Test
  void realMtscWhenShared() throws Exception {
    Path p = Datasets.defaultMtscDevtest();
    Assumptions.assumeTrue(Files.isRegularFile(p), "shared NewsMTSC not present");
    assertEquals(1476, Datasets.readMtsc(p).rows().size());
  }
}
