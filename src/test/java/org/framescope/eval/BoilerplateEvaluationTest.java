package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;

/**
 * Measures the cleaner against line-level gold: the constructed fixtures (always present), the held-out
 * pages, and the real pages in ../shared/pages (skipped when absent).
 */
class BoilerplateEvaluationTest {
  static Path shared() {
    return org.framescope.resource.SharedData.dir();
  }

  static List<BoilerplateEvaluation.Score> scoreDir(Path dir) throws IOException, InputException {
    List<BoilerplateEvaluation.Score> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path gold : s.filter(p -> p.toString().endsWith(".gold.tsv")).sorted().toList()) {
        String stem = gold.getFileName().toString().replace(".gold.tsv", "");
        Path page = Stream.of(".html", ".htm", ".txt").map(ext -> dir.resolve(stem + ext))
            .filter(Files::exists).findFirst().orElseThrow();
        out.add(BoilerplateEvaluation.score(gold, page));
      }
    }
    return out;
  }

  private static void assertTargets(List<BoilerplateEvaluation.Score> scores, double recall, double removed) {
    int body = 0, kept = 0, boiler = 0, gone = 0;
    for (BoilerplateEvaluation.Score s : scores) {
      body += s.bodyLines();
      kept += s.bodyKept();
      boiler += s.boilerLines();
      gone += s.boilerRemoved();
    }
    double r = kept / (double) body;
    double b = gone / (double) boiler;
    assertTrue(r >= recall, () -> "body recall " + r + " < " + recall + ": " + scores);
    assertTrue(b >= removed, () -> "boilerplate removed " + b + " < " + removed + ": " + scores);
  }

  @Test
  void constructedFixtures() throws Exception {
    List<BoilerplateEvaluation.Score> scores = scoreDir(Path.of("src/test/resources/clean"));
    assertEquals(6, scores.size());
    assertTargets(scores, 0.98, 0.95);
  }

  @Test
  void developmentPages() throws Exception {
    // First held out, then used to improve the cleaner (see the folder's README).
    assertTargets(scoreDir(Path.of("src/test/resources/clean-heldout-1")), 0.95, 0.95);
  }

  @Test
  void secondSetNowADevelopmentSet() throws Exception {
    // Measured once held out (body recall 0.951, removed 0.955), then its misses were used (README there).
    assertTargets(scoreDir(Path.of("src/test/resources/clean-heldout-2")), 0.97, 0.95);
  }

  @Test
  void heldOutPages() throws Exception {
    Path dir = Path.of("src/test/resources/clean-heldout-3");
    assumeTrue(Files.isDirectory(dir), "no held-out pages");
    // Written by someone who saw neither the cleaner nor the other sets, measured once with the final
    // cleaner and not tuned on: body recall 122/130 = 0.938, boilerplate removed 192/206 = 0.932.
    // The floor guards against regressions; the figure is reported in docs/evaluation.md.
    assertTargets(scoreDir(dir), 0.93, 0.93);
  }

  @Test
  void realPagesFromShared() throws Exception {
    Path pages = shared().resolve("pages");
    assumeTrue(Files.isDirectory(pages), "../shared/pages not present");
    List<BoilerplateEvaluation.Score> scores = new ArrayList<>();
    for (String n : List.of("blog-repost-with-comments", "seo-article-with-spam-links", "spun-content-farm-article")) {
      scores.add(BoilerplateEvaluation.score(Path.of("gold-annotations/boilerplate", n + ".tsv"), pages.resolve(n + ".txt")));
    }
    assertTargets(scores, 0.98, 0.95);
    assertTrue(scores.stream().allMatch(s -> s.gluedLeft() == 0), "glued headings and link lists are split off");
  }

  @Test
  void refusesAPageThatIsNotTheOneTheGoldWasMadeFor() throws Exception {
    Path tmp = Files.createTempFile("page", ".txt");
    Files.writeString(tmp, "Other text\nwith lines");
    InputException e = assertThrows(InputException.class, () -> BoilerplateEvaluation.score(
        Path.of("src/test/resources/clean/forum-repost.gold.tsv"), tmp));
    assertTrue(e.getMessage().contains("SHA-256 mismatch"));
    Files.delete(tmp);
  }
}
