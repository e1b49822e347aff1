package org.framescope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas accept the documents framescope writes (the golden article JSON from real runs, the compare
 * fixtures and the golden report) and reject broken ones with the location of the problem.
 */
class SchemasTest {
  private static List<Path> files(String dir) throws Exception {
    try (Stream<Path> s = Files.list(Path.of(dir))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void writtenArticlesConform() throws Exception {
    List<Path> articles = new java.util.ArrayList<>(files("src/test/resources/golden/articles"));
    articles.addAll(files("src/test/resources/compare/articles"));
    assertTrue(articles.size() >= 9, articles.toString());
    for (Path p : articles) {
      assertEquals(List.of(), Schemas.validateArticle(Files.readString(p)), p.toString());
    }
  }

  @Test
  void theGoldenReportConforms() throws Exception {
    assertEquals(List.of(), Schemas.validateReport(Files.readString(Path.of("src/test/resources/compare/report.golden.json"))));
  }

  @Test
  void brokenDocumentsAreRejectedWithTheirLocation() throws Exception {
    String good = Files.readString(files("src/test/resources/golden/articles").get(0));
    List<String> wrongVoice = Schemas.validateArticle(good.replaceFirst("\"voice\" : \"author\"", "\"voice\" : \"narrator\""));
    assertFalse(wrongVoice.isEmpty());
    assertTrue(wrongVoice.get(0).contains("/sentences/"), wrongVoice.toString());
    assertFalse(Schemas.validateArticle(good.replaceFirst("\"body\" :", "\"bodyText\" :")).isEmpty(),
        "a missing required field and an unknown one");
    assertFalse(Schemas.validateArticle(good.replace("framescope.article/1", "framescope.article/2")).isEmpty());
    assertFalse(Schemas.validateArticle("{not json").isEmpty());
    String report = Files.readString(Path.of("src/test/resources/compare/report.golden.json"));
    assertFalse(Schemas.validateReport(report.replaceFirst("\"status\" : \"OK\"", "\"status\" : \"MAYBE\"")).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> Schemas.validate("nope", "{}"));
    assertTrue(Schemas.text(Schemas.ARTICLE).contains("framescope.article/1"));
  }
}
