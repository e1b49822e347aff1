package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BasilOutletComparisonTest {
  static List<BasilOutletComparison.ArticleMeasures> rows() throws Exception {
    List<BasilOutletComparison.ArticleMeasures> rows = new ArrayList<>();
    for (BasilArticle a : BasilCorpus.load(Results.FIXTURE)) {
      double loaded = a.source().equals("fox") ? 2.0 : a.source().equals("hpo") ? 1.0 : 0.0;
      rows.add(BasilOutletComparison.measure(a, Results.result(a,
          Map.of("tokens", 100.0, "tokensAuthor", 50.0, "loadedPer100TokensAuthor", loaded),
          new double[] {0.2, 0.8}, a.source().equals("nyt") ? Map.of() : Map.of("United States", -0.4))));
    }
    return rows;
  }

  @Test
  void articleMeasures() throws Exception {
    BasilOutletComparison.ArticleMeasures fox = rows().get(0);
    assertEquals("fox", fox.outlet());
    assertEquals(2.0, fox.lexical());
    assertEquals(2.0, fox.lexicalPer100(), 1e-12);
    assertEquals(2.0, fox.lexicalUnquotedPer100Author(), 1e-12);
    assertEquals(1.0, fox.informationalPer100(), 1e-12);
    assertEquals(-0.5, fox.meanFeeling(), 1e-12);
    assertEquals(0.5, fox.biasMean(), 1e-12);
    assertEquals(0.5, fox.biasShare(), 1e-12);
    assertEquals(-0.4, fox.stanceMean(), 1e-12);
    assertTrue(Double.isNaN(rows().get(2).stanceMean()));
    assertTrue(Double.isNaN(rows().get(3).meanFeeling()));
  }

  @Test
  void summaryShapeAndHandValues() throws Exception {
    BasilOutletComparison.Summary s = BasilOutletComparison.summarize(rows(), null);
    assertEquals(6, s.articles());
    assertEquals(2, s.events());
    assertEquals(BasilOutletComparison.MEASURES.size() * 3, s.tests().size());
    assertEquals(BasilOutletComparison.COUNTERPARTS.size() * 3, s.agreement().size());
    assertEquals(BasilOutletComparison.COUNTERPARTS.size(), s.correlations().size());
    assertEquals(2.0 / 3, s.outlets().get("hpo").lexicalNegativeShare(), 1e-12);
    assertEquals(1.0, s.outlets().get("fox").lexicalNegativeShare(), 1e-12);
    assertEquals(1.0, s.outlets().get("fox").means().get("basil.lexicalPerArticle"), 1e-12);
    BasilOutletComparison.PairTest t = s.tests().stream()
        .filter(x -> x.measure().equals("basil.lexicalPerArticle") && x.outletA().equals("fox")
            && x.outletB().equals("hpo")).findFirst().orElseThrow();
    // fox-hpo lexical counts: event 1: 2 vs 2, event 2: 0 vs 1 -> one non-zero difference, fox lower
    assertEquals(2, t.pairs());
    assertEquals(1, t.nonZero());
    assertEquals(-1, t.direction());
    assertTrue(Double.isNaN(t.p()));
    // ours: fox loaded 2 > nyt 0 in both events
    BasilOutletComparison.PairTest o = s.tests().stream()
        .filter(x -> x.measure().equals("ours.loadedPer100Author") && x.outletA().equals("fox")
            && x.outletB().equals("nyt")).findFirst().orElseThrow();
    assertEquals(1, o.direction());
    assertEquals(2, o.nonZero());
    assertTrue(s.sameDirectionCount() <= s.agreement().size());
    // two events only: no test can reach p < 0.05, so every pair "agrees" by being non-significant
    assertEquals(0, s.basilSignificantCount());
    assertEquals(s.agreement().size(), s.agreeCount());
    String md = BasilOutletComparison.markdown(s);
    assertTrue(md.contains("| basil.lexicalPerArticle | 1.000 |"), md);
  }
}
