package org.framescope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleJsonTest {
  private static final String MINIMAL = "{\"schema\":\"framescope.article/1\",\"id\":\"m1\",\"body\":\"Hi.\","
      + "\"stance\":{\"Iran\":{\"score\":-0.5,\"label\":\"negative\",\"mentions\":2,"
      + "\"quoted\":{\"score\":0.25,\"label\":\"positive\",\"mentions\":1}}},"
      + "\"provenance\":{\"framescope\":\"0.1.0\"},\"futureField\":1}";

  @Test
  void minimalDocumentReadsWithEmptyCollectionsAndUnwrappedStance(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("m.json");
    Files.writeString(f, MINIMAL);
    ArticleResult a = ArticleJson.readFile(f).get(0);
    assertEquals("m1", a.id());
    assertTrue(a.sentences().isEmpty() && a.attributions().isEmpty() && a.metrics().isEmpty());
    assertNull(a.outlet());
    assertEquals(-0.5, a.stance().get("Iran").score());
    assertEquals(2, a.stance().get("Iran").mentions());
    assertEquals(0.25, a.stance().get("Iran").quoted().score());
  }

  @Test
  void jsonlArraysAndDirectoriesAreRead(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("a.jsonl"), MINIMAL + "\n\n" + MINIMAL.replace("m1", "m2") + "\n");
    Files.writeString(tmp.resolve("b.json"), "[" + MINIMAL.replace("m1", "m3") + "]");
    Files.writeString(tmp.resolve("notes.txt"), "ignored");
    List<ArticleResult> all = ArticleJson.read(List.of(tmp));
    assertEquals(List.of("m1", "m2", "m3"), all.stream().map(ArticleResult::id).toList());
  }

  @Test
  void badInputNamesTheFileInOneLine(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("bad.json");
    Files.writeString(f, "{not json");
    InputException e = assertThrows(InputException.class, () -> ArticleJson.readFile(f));
    assertTrue(e.getMessage().startsWith(f + ": not valid JSON"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    Path g = tmp.resolve("g.jsonl");
    Files.writeString(g, MINIMAL + "\n{\"schema\":\"framescope.article/1\",\"body\":\"x\",\"provenance\":{}}\n");
    InputException e2 = assertThrows(InputException.class, () -> ArticleJson.readFile(g));
    assertTrue(e2.getMessage().startsWith(g + ":2: bad article"), e2.getMessage());
    assertThrows(InputException.class, () -> ArticleJson.readFile(tmp.resolve("missing.json")));
  }
}
