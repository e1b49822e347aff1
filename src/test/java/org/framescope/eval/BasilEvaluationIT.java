package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framescope.model.ArticleResult;
import org.framescope.voice.ActorRegistry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both BASIL evaluations on the real corpus (skipped when it is absent). Uses the result cache
 * {@code target/basil-cache}; a cold cache means a full-pipeline run over 210 articles (about 4 minutes on
 * 2 cores). Checks the shape of the summaries, not the figures. Without the corpus each test is reported as
 * skipped (an assumption in each test: one that fails in {@code @BeforeAll} makes surefire drop the class from the
 * test count instead).
 */
@Tag("models")
class BasilEvaluationIT {
  static final Path DIR = BasilCorpus.defaultDir();
  static List<BasilArticle> articles;
  static Map<String, ArticleResult> results;

  @BeforeAll
  static void run() throws Exception {
    if (!BasilCorpus.present(DIR)) {
      return;
    }
    articles = BasilCorpus.load(DIR);
    results = BasilResults.analyze(articles, BasilResults.DEFAULT_CACHE, 2,
        BasilResults.full(Path.of("lexicons")), null);
  }

  @org.junit.jupiter.api.BeforeEach
  void needsBasil() {
    Assumptions.assumeTrue(articles != null, "BASIL not found at " + DIR);
  }

  @Test
  void stanceSummaryShape() throws Exception {
    assertEquals(210, articles.size());
    BasilStanceAgreement.Summary s = BasilStanceAgreement.summarize(articles.size(),
        BasilStanceAgreement.items(articles, results, ActorRegistry.fromLexicons(Path.of("lexicons")),
            org.framescope.voice.VoiceWords.fromLexicons(Path.of("lexicons"))));
    assertEquals(210, s.articles());
    assertTrue(s.entityAnnotations() > 0);
    assertEquals(s.entityAnnotations(), s.goldDistribution().values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(s.mapped() <= s.entityAnnotations() && s.scored() <= s.mapped());
    assertEquals(3, s.confusion().size());
    assertEquals(s.scored(), s.confusion().values().stream().flatMap(r -> r.values().stream())
        .mapToInt(Integer::intValue).sum());
    assertTrue(s.coverage() >= 0 && s.coverage() <= 1);
  }

  @Test
  void outletSummaryShape(@TempDir Path out) throws Exception {
    List<BasilOutletComparison.ArticleMeasures> rows = new ArrayList<>();
    List<ArticleResult> inOrder = new ArrayList<>();
    for (BasilArticle a : articles) {
      rows.add(BasilOutletComparison.measure(a, results.get(a.id())));
      inOrder.add(results.get(a.id()));
    }
    BasilOutletComparison.ComparatorNote note = BasilOutletComparison.compare(inOrder, out);
    assertTrue(Files.isRegularFile(out.resolve("report.json")));
    assertEquals(70, note.events());
    BasilOutletComparison.Summary s = BasilOutletComparison.summarize(rows, note);
    assertEquals(210, s.articles());
    assertEquals(70, s.events());
    assertEquals(List.of("fox", "hpo", "nyt"), List.copyOf(s.outlets().keySet()));
    s.outlets().values().forEach(o -> assertEquals(70, o.articles()));
    assertEquals(BasilOutletComparison.MEASURES.size() * 3, s.tests().size());
    for (BasilOutletComparison.PairTest t : s.tests()) {
      boolean mayBeUndefined = t.measure().contains("Feeling") || t.measure().contains("stance");
      assertTrue(mayBeUndefined ? t.pairs() <= 70 : t.pairs() == 70, t.measure() + ": " + t.pairs());
      assertTrue(t.nonZero() <= t.pairs());
    }
    assertEquals(BasilOutletComparison.COUNTERPARTS.size() * 3, s.agreement().size());
  }
}
