package org.framescope.compare;

import org.framescope.io.ArticleJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.model.ArticleResult;
import org.framescope.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-file test: the fixture articles in src/test/resources/compare/articles/ compared with the default
 * config must give exactly src/test/resources/compare/report.golden.json. After an intended change,
 * regenerate both with {@code mvn -o -q test -Dtest=GoldenReportTest -Dframescope.updateGolden=true}
 * and review the diff.
 */
class GoldenReportTest {
  @Test
  void fixtureFilesReadBackToTheBuiltArticles() throws Exception {
    if (Fixtures.update()) {
      Fixtures.writeArticles();
    }
    List<ArticleResult> read = ArticleJson.read(List.of(Fixtures.DIR));
    List<ArticleResult> built = Fixtures.corpus().stream()
        .sorted(java.util.Comparator.comparing(ArticleResult::id)).toList();
    assertEquals(built, read);
  }

  @Test
  void reportJsonMatchesGolden() throws Exception {
    if (Fixtures.update()) {
      Fixtures.writeArticles();
    }
    ComparisonReport r = Comparison.compare(ArticleJson.read(List.of(Fixtures.DIR)), CompareConfig.defaults());
    String json = ReportWriter.toJson(r);
    if (Fixtures.update()) {
      Files.writeString(Fixtures.GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(Fixtures.GOLDEN, StandardCharsets.UTF_8), json,
        "report.json differs from the golden file; if intended, rerun with -Dframescope.updateGolden=true");
  }

  @Test
  void floodArticlesWithoutEventAreGroupedTogether() throws Exception {
    ComparisonReport r = Comparison.compare(ArticleJson.read(List.of(Fixtures.DIR)), CompareConfig.defaults());
    List<ComparisonReport.EventGroup> auto = r.events().stream().filter(ComparisonReport.EventGroup::automatic)
        .toList();
    assertEquals(1, auto.size(), r.events().toString());
    assertEquals(List.of("mw-flood", "vh-flood"), auto.get(0).articleIds());
    assertEquals(3, r.events().size());
  }

  @Test
  void sameInputsAndSeedGiveByteIdenticalFiles(@TempDir Path tmp) throws Exception {
    List<ArticleResult> articles = ArticleJson.read(List.of(Fixtures.DIR));
    ReportWriter.write(Comparison.compare(articles, CompareConfig.defaults()), tmp.resolve("one"));
    ReportWriter.write(Comparison.compare(articles, CompareConfig.defaults()), tmp.resolve("two"));
    for (String f : List.of("report.json", "report.html", "articles.csv", "spans.csv", "attributions.csv",
        "tests.csv")) {
      byte[] one = Files.readAllBytes(tmp.resolve("one").resolve(f));
      byte[] two = Files.readAllBytes(tmp.resolve("two").resolve(f));
      assertTrue(one.length > 0, f);
      assertEquals(new String(one, StandardCharsets.UTF_8), new String(two, StandardCharsets.UTF_8), f);
    }
  }
}
