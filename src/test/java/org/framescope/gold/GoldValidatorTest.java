package org.framescope.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldValidatorTest {
  private static final String TEXT = "Officials said the talks were \"productive\".";

  private static GoldFile gold(String source, String basis, String sha, GoldAnnotation... anns) {
    return new GoldFile("t", List.of(new GoldDocument("doc1", source, basis, sha, List.of(anns))));
  }

  @Test
  void validRawTextPasses(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("page.txt"), TEXT);
    Path g = dir.resolve("g.json");
    GoldIO.write(gold("page.txt", "raw", GoldTexts.sha256(TEXT), new GoldAnnotation(0, TEXT.length(), "voice",
        "author"), new GoldAnnotation(30, 42, "distancing", "scare-quote")), g);
    List<GoldProblem> p = new GoldValidator(GoldTexts.load(List.of(dir.resolve("page.txt")))).validate(g);
    assertTrue(p.isEmpty(), p.toString());
  }

  @Test
  void bodyTextFromArticleJson(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), "{\"schema\":\"framescope.article/1\",\"id\":\"doc1\",\"source\":"
        + "\"x.html\",\"body\":\"" + TEXT.replace("\"", "\\\"") + "\"}");
    Path g = dir.resolve("g.json");
    GoldIO.write(gold("x.html", "body", GoldTexts.sha256(TEXT), new GoldAnnotation(0, 9, "speaker", "government",
        new TreeMap<>(java.util.Map.of("speaker", "officials")))), g);
    assertTrue(new GoldValidator(GoldTexts.load(List.of(dir))).validate(g).isEmpty());
  }

  @Test
  void reportsShaMismatchOffsetsBeyondTextAndMissingText(@TempDir Path dir) throws Exception {
    Path texts = Files.createDirectory(dir.resolve("texts"));
    Files.writeString(texts.resolve("page.txt"), TEXT);
    Path g = dir.resolve("g.json");
    // written order: #0 inside, #1 beyond the text (sorted order would be the same here)
    Files.writeString(g, "{\"schema\":\"framescope.gold/1\",\"annotator\":\"t\",\"documents\":[{\"id\":\"doc1\","
        + "\"source\":\"page.txt\",\"textBasis\":\"raw\",\"textSha256\":\"" + GoldTexts.sha256(TEXT) + "\","
        + "\"annotations\":[{\"begin\":50,\"end\":60,\"layer\":\"hedge\",\"label\":\"hedge\"},"
        + "{\"begin\":0,\"end\":5,\"layer\":\"hedge\",\"label\":\"hedge\"}]}]}");
    GoldValidator v = new GoldValidator(GoldTexts.load(List.of(texts)));
    List<GoldProblem> p = v.validate(g);
    assertEquals(1, p.size(), p.toString());
    assertEquals(g + ": document 'doc1' annotation #0: end=60 beyond text length " + TEXT.length(),
        p.get(0).toString());

    Path g2 = dir.resolve("g2.json");
    GoldIO.write(gold("page.txt", "raw", "f".repeat(64)), g2);
    assertTrue(v.validate(g2).get(0).message().startsWith("textSha256 " + "f".repeat(64) + " does not match"));

    Path g3 = dir.resolve("g3.json");
    GoldIO.write(gold("other.txt", "body", "f".repeat(64)), g3);
    assertEquals("no body text found for source 'other.txt'", v.validate(g3).get(0).message());
  }

  @Test
  void schemaOnlyWithoutTexts(@TempDir Path dir) throws Exception {
    Path g = dir.resolve("g.json");
    Files.writeString(g, "{\"schema\":\"framescope.gold/1\",\"documents\":[]}");
    List<GoldProblem> p = new GoldValidator(GoldTexts.none()).validate(g);
    assertEquals(List.of(new GoldProblem(g.toString(), "", -1, "annotator is missing or blank")), p);
  }
}
