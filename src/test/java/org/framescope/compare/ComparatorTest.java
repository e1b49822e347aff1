package org.framescope.compare;

import org.framescope.model.SpeakerType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.framescope.compare.ComparisonReport.TestRow;
import org.framescope.model.ArticleResult;
import org.framescope.model.Speaker;
import org.framescope.report.ReportWriter;
import org.junit.jupiter.api.Test;

class ComparatorTest {
  static final Speaker US = new Speaker("Antony Blinken", "Secretary of State", "United States", SpeakerType.GOVERNMENT);
  static final Speaker US2 = new Speaker("John Kirby", "spokesman", "United States", SpeakerType.GOVERNMENT);
  static final Speaker RU = new Speaker("Maria Zakharova", "spokeswoman", "Russia", SpeakerType.GOVERNMENT);

  /** Vostok Herald: 7 US attributions, 5 with "claimed"; Meridian Wire: 9 US attributions, all "said". */
  static List<ArticleResult> sourcingSet(int claimedA, int totalA, int claimedB, int totalB) {
    List<ArticleResult> out = new ArrayList<>();
    out.addAll(outlet("vh", "Vostok Herald", claimedA, totalA, "claimed"));
    out.addAll(outlet("mw", "Meridian Wire", claimedB, totalB, "claimed"));
    return out;
  }

  private static List<ArticleResult> outlet(String prefix, String name, int claimed, int total, String verb) {
    List<ArticleBuilder> bs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      bs.add(new ArticleBuilder(prefix + "-" + i, name, "2024-03-0" + (i + 1)).event("summit")
          .title(name + " on the summit " + i)
          .author("Leaders met at the border summit to discuss troops and sanctions."));
    }
    for (int k = 0; k < total; k++) {
      ArticleBuilder b = bs.get(k % 3);
      b.quote(k % 2 == 0 ? US : US2, k < claimed ? verb : "said", "We will defend our allies number " + k);
    }
    return bs.stream().map(ArticleBuilder::build).toList();
  }

  private static TestRow find(ComparisonReport r, String contrast, String subject) {
    return r.tests().stream().filter(t -> t.contrast().equals(contrast) && t.subject().equals(subject)).findFirst()
        .orElseThrow(() -> new AssertionError("no test " + contrast + "/" + subject + " in " + r.tests()));
  }

  @Test
  void distancingVerbsFiveOfSevenVersusNoneOfNineIsAFinding() {
    ComparisonReport r = Comparator.compare(sourcingSet(5, 7, 0, 9), CompareConfig.defaults());
    TestRow t = find(r, "sourcing", "United States|distancing");
    assertEquals("Meridian Wire", t.sideA());
    assertEquals("Vostok Herald", t.sideB());
    assertEquals(0, t.countA());
    assertEquals(9, t.nA());
    assertEquals(5, t.countB());
    assertEquals(7, t.nB());
    assertEquals("Fisher's exact test", t.test());
    // hypergeometric: P(table) = C(7,5) C(9,0) / C(16,5) = 21/4368, and no other table is as unlikely
    assertEquals(21.0 / 4368.0, t.p(), 1e-6);
    assertTrue(t.significant(), t.toString());
    assertEquals(-5.0 / 7.0, t.difference(), 1e-6);
    assertTrue(t.low() < t.difference() && t.high() > t.difference() && t.high() < 0, t.toString());
    assertTrue(t.sentence().startsWith("Vostok Herald introduces United States speakers with distancing verbs in 5 of"
        + " 7 attributions; Meridian Wire in 0 of 9 (difference 71 percentage points, 95% CI "), t.sentence());
    assertTrue(r.summary().stream().anyMatch(f -> f.kind().equals("difference") && f.testId().equals(t.id())));
  }

  @Test
  void smallCountsGiveTooLittleDataAndNoPValue() {
    ComparisonReport r = Comparator.compare(sourcingSet(2, 2, 0, 1), CompareConfig.defaults());
    TestRow t = find(r, "sourcing", "United States|distancing");
    assertEquals("TOO_LITTLE_DATA", t.status());
    assertNull(t.p());
    assertFalse(t.significant());
    assertTrue(t.sentence().startsWith("Too little data to tell"), t.sentence());
  }

  @Test
  void similarSharesGiveNoClearDifference() {
    ComparisonReport r = Comparator.compare(sourcingSet(1, 7, 1, 9), CompareConfig.defaults());
    TestRow t = find(r, "sourcing", "United States|distancing");
    assertEquals("OK", t.status());
    assertFalse(t.significant());
    assertTrue(t.sentence().startsWith("No clear difference"), t.sentence());
    assertTrue(r.summary().stream().noneMatch(f -> f.kind().equals("difference")));
  }

  @Test
  void perArticleRatesAreTestedWhenEachSideHasThreeArticles() {
    ComparisonReport r = Comparator.compare(sourcingSet(5, 7, 0, 9), CompareConfig.defaults());
    TestRow t = find(r, "loaded-author", "");
    assertEquals(3, t.nA());
    assertEquals(3, t.nB());
    assertEquals("Mann-Whitney", t.test());
    assertNotNull(t.q());
  }

  @Test
  void inputOrderDoesNotChangeTheReport() throws Exception {
    List<ArticleResult> a = new ArrayList<>(sourcingSet(5, 7, 0, 9));
    String first = ReportWriter.toJson(Comparator.compare(a, CompareConfig.defaults()));
    Collections.shuffle(a, new Random(7));
    assertEquals(first, ReportWriter.toJson(Comparator.compare(a, CompareConfig.defaults())));
  }

  @Test
  void duplicateIdsAndEmptyInputAreRejected() {
    List<ArticleResult> a = new ArrayList<>(sourcingSet(1, 3, 0, 3));
    a.add(a.get(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Comparator.compare(a, CompareConfig.defaults()));
    assertTrue(e.getMessage().contains(a.get(0).id()));
    assertThrows(IllegalArgumentException.class, () -> Comparator.compare(List.of(), CompareConfig.defaults()));
  }

  @Test
  void groupByGroupComparesOutletGroups() {
    List<ArticleResult> a = List.of(
        new ArticleBuilder("a1", "Herald", "2024-01-01").group("state-owned").event("e").author("Brutal thugs.")
            .build(),
        new ArticleBuilder("a2", "Wire", "2024-01-01").group("independent").event("e").author("Police acted.")
            .build());
    ComparisonReport r = Comparator.compare(a, CompareConfig.defaults().withGroupBy(CompareConfig.GroupBy.GROUP));
    assertEquals(List.of("independent", "state-owned"), r.sides());
    assertEquals("group", r.groupBy());
  }

  @Test
  void htmlSummaryStatesTheFindingAndLinksToItsTest() {
    ComparisonReport r = Comparator.compare(sourcingSet(5, 7, 0, 9), CompareConfig.defaults());
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(org.framescope.report.HtmlReport.render(r));
    org.jsoup.nodes.Element li = doc.selectFirst("#summary li.difference");
    assertTrue(li.text().startsWith("Vostok Herald introduces United States speakers with distancing verbs in 5 of 7"
        + " attributions; Meridian Wire in 0 of 9"), li.text());
    String href = li.selectFirst("a").attr("href");
    org.jsoup.nodes.Element row = doc.selectFirst(href);
    assertTrue(row.hasClass("sig"), row.outerHtml());
    assertTrue(row.text().contains("0/9") && row.text().contains("5/7"), row.text());
  }

  @Test
  void eventCoveredByOneSideSaysNothingCouldBeCompared() {
    List<ArticleResult> a = List.of(
        new ArticleBuilder("a1", "Herald", "2024-01-01").event("solo").author("Brutal thugs.").build(),
        new ArticleBuilder("a2", "Herald", "2024-02-01").event("duo").author("Police acted.").build(),
        new ArticleBuilder("a3", "Wire", "2024-02-01").event("duo").author("Police acted.").build());
    ComparisonReport r = Comparator.compare(a, CompareConfig.defaults());
    assertTrue(r.tests().stream().noneMatch(t -> t.scope().equals("solo")));
    assertTrue(r.summary().stream().anyMatch(f -> f.scope().equals("solo") && f.kind().equals("note")
        && f.sentence().startsWith("Nothing could be compared here")));
  }

  @Test
  void frameScoresAreDescribedWhenThereAreNoFrameCues() {
    List<ArticleResult> a = List.of(
        new ArticleBuilder("a1", "Herald", "2024-01-01").event("e").author("Police acted.").frame("economic", 1.0)
            .build(),
        new ArticleBuilder("a2", "Wire", "2024-01-01").event("e").author("Police acted.").frame("security", 1.0)
            .build());
    ComparisonReport r = Comparator.compare(a, CompareConfig.defaults());
    ComparisonReport.ScopeSummary s = r.scopes().get(0);
    assertEquals(1.0, s.sides().get("Herald").frameScores().get("economic"));
    assertEquals(1.0, s.frameDivergence().get(0).value(), 1e-9);
    assertTrue(r.tests().stream().noneMatch(t -> t.contrast().equals("frames")));
  }
}
