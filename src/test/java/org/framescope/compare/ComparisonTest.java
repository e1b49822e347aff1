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
import org.framescope.report.Narrative;
import org.framescope.report.ReportWriter;
import org.junit.jupiter.api.Test;

class ComparisonTest {
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

  /** The comparison with its sentences written, as every report shows it. */
  static ComparisonReport narrated(List<ArticleResult> articles) {
    return Narrative.apply(Comparison.compare(articles, CompareConfig.defaults()));
  }

  private static TestRow find(ComparisonReport r, String contrast, String subject) {
    return r.tests().stream().filter(t -> t.contrast().equals(contrast) && t.subject().equals(subject)).findFirst()
        .orElseThrow(() -> new AssertionError("no test " + contrast + "/" + subject + " in " + r.tests()));
  }

  @Test
  void distancingVerbsFiveOfSevenVersusNoneOfNineIsAFinding() {
    ComparisonReport r = narrated(sourcingSet(5, 7, 0, 9));
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
    assertEquals("Vostok Herald introduces speakers from the United States with distancing verbs more often than"
        + " Meridian Wire (Vostok Herald: 5 of 7 attributions; Meridian Wire: 0 of 9 attributions).", t.sentence());
    assertTrue(t.statistics().startsWith("Difference -71 percentage points, 95% confidence interval "),
        t.statistics());
    assertTrue(t.statistics().contains("Fisher's exact test p = 0.0048"), t.statistics());
    assertTrue(r.summary().stream().anyMatch(f -> f.kind().equals("difference") && f.testId().equals(t.id())));
  }

  @Test
  void smallCountsGiveTooLittleDataAndNoPValue() {
    ComparisonReport r = narrated(sourcingSet(2, 2, 0, 1));
    TestRow t = find(r, "sourcing", "United States|distancing");
    assertEquals("TOO_LITTLE_DATA", t.status());
    assertNull(t.p());
    assertFalse(t.significant());
    assertTrue(t.sentence().startsWith("Too little data to tell"), t.sentence());
  }

  @Test
  void similarSharesGiveNoClearDifference() {
    ComparisonReport r = narrated(sourcingSet(1, 7, 1, 9));
    TestRow t = find(r, "sourcing", "United States|distancing");
    assertEquals("OK", t.status());
    assertFalse(t.significant());
    assertTrue(t.sentence().startsWith("No clear difference"), t.sentence());
    assertTrue(r.summary().stream().noneMatch(f -> f.kind().equals("difference")));
  }

  @Test
  void perArticleRatesAreTestedWhenEachSideHasThreeArticles() {
    ComparisonReport r = Comparison.compare(sourcingSet(5, 7, 0, 9), CompareConfig.defaults());
    TestRow t = find(r, "loaded-author", "");
    assertEquals(3, t.nA());
    assertEquals(3, t.nB());
    assertEquals("Mann-Whitney", t.test());
    assertNotNull(t.q());
  }

  @Test
  void inputOrderDoesNotChangeTheReport() throws Exception {
    List<ArticleResult> a = new ArrayList<>(sourcingSet(5, 7, 0, 9));
    String first = ReportWriter.toJson(Comparison.compare(a, CompareConfig.defaults()));
    Collections.shuffle(a, new Random(7));
    assertEquals(first, ReportWriter.toJson(Comparison.compare(a, CompareConfig.defaults())));
  }

  @Test
  void duplicateIdsAndEmptyInputAreRejected() {
    List<ArticleResult> a = new ArrayList<>(sourcingSet(1, 3, 0, 3));
    a.add(a.get(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Comparison.compare(a, CompareConfig.defaults()));
    assertTrue(e.getMessage().contains(a.get(0).id()));
    assertThrows(IllegalArgumentException.class, () -> Comparison.compare(List.of(), CompareConfig.defaults()));
  }

  @Test
  void groupByGroupComparesOutletGroups() {
    List<ArticleResult> a = List.of(
        new ArticleBuilder("a1", "Herald", "2024-01-01").group("state-owned").event("e").author("Brutal thugs.")
            .build(),
        new ArticleBuilder("a2", "Wire", "2024-01-01").group("independent").event("e").author("Police acted.")
            .build());
    ComparisonReport r = Comparison.compare(a, CompareConfig.defaults().withGroupBy(CompareConfig.GroupBy.GROUP));
    assertEquals(List.of("independent", "state-owned"), r.sides());
    assertEquals("group", r.groupBy());
  }

  @Test
  void htmlSummaryStatesTheFindingAndLinksToItsTest() {
    ComparisonReport r = Comparison.compare(sourcingSet(5, 7, 0, 9), CompareConfig.defaults());
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(org.framescope.report.HtmlReport.render(r));
    org.jsoup.nodes.Element li = doc.selectFirst(".findings li.difference");
    assertTrue(li.ownText().startsWith("Vostok Herald introduces speakers from the United States with distancing"
        + " verbs more often than Meridian Wire"), li.ownText());
    String stats = li.selectFirst("details").text();
    assertTrue(stats.startsWith("statistics") && stats.contains("Benjamini-Hochberg"), stats);
    String href = li.selectFirst("details a").attr("href");
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
    ComparisonReport r = narrated(a);
    assertTrue(r.tests().stream().noneMatch(t -> t.scope().equals("solo")));
    assertTrue(r.summary().stream().anyMatch(f -> f.scope().equals("solo") && f.kind().equals("note")
        && f.sentence().startsWith("Only one side covered this")));
    assertTrue(r.summary().stream().anyMatch(f -> f.scope().equals("solo") && f.kind().equals("description")
        && f.topic().equals("own-voice") && f.sentence().contains("\u2018Brutal\u2019")), r.summary().toString());
  }

  @Test
  void frameScoresAreDescribedWhenThereAreNoFrameCues() {
    List<ArticleResult> a = List.of(
        new ArticleBuilder("a1", "Herald", "2024-01-01").event("e").author("Police acted.").frame("economic", 1.0)
            .build(),
        new ArticleBuilder("a2", "Wire", "2024-01-01").event("e").author("Police acted.").frame("security", 1.0)
            .build());
    ComparisonReport r = Comparison.compare(a, CompareConfig.defaults());
    ComparisonReport.ScopeSummary s = r.scopes().get(0);
    assertEquals(1.0, s.sides().get("Herald").frameScores().get("economic"));
    assertEquals(1.0, s.frameDivergence().get(0).value(), 1e-9);
    assertTrue(r.tests().stream().noneMatch(t -> t.contrast().equals("frames")));
  }

  static final Speaker UK1 = new Speaker("Grant Shapps", "Defence Secretary", "United Kingdom", SpeakerType.GOVERNMENT);
  static final Speaker UK2 = new Speaker("James Cleverly", "Foreign Secretary", "United Kingdom",
      SpeakerType.GOVERNMENT);
  static final Speaker UK3 = new Speaker("Rishi Sunak", "Prime Minister", "United Kingdom", SpeakerType.GOVERNMENT);

  /** One article each: Vostok Herald introduces three UK officials with "claimed", Meridian Wire two with "said". */
  static List<ArticleResult> constructedPair() {
    return List.of(
        new ArticleBuilder("vh", "Vostok Herald", "2024-06-01").event("talks").title("London's claims")
            .author("Officials in London spoke about the naval talks on Monday.")
            .quote(UK1, "claimed", "The patrol stayed in international waters")
            .quote(UK2, "claimed", "Our sailors acted lawfully")
            .quote(UK3, "claimed", "Britain wants calm in the strait").build(),
        new ArticleBuilder("mw", "Meridian Wire", "2024-06-01").event("talks").title("UK sets out its position")
            .author("British officials described the naval talks on Monday.")
            .quote(UK1, "said", "The patrol stayed in international waters")
            .quote(UK2, "said", "Our sailors acted lawfully").build());
  }

  @Test
  void oneArticleEachStatesTheDifferenceInIntroductionsWithTheVerbsAndTheSentences() {
    ComparisonReport r = narrated(constructedPair());
    ComparisonReport.Finding f = r.summary().stream()
        .filter(x -> x.kind().equals("description") && x.topic().equals("introductions")).findFirst()
        .orElseThrow(() -> new AssertionError(r.summary().toString()));
    assertEquals("Vostok Herald introduces 3 of 3 officials from the United Kingdom with distancing verbs such as"
        + " \u2018claimed\u2019; Meridian Wire introduces none of its 2 officials from the United Kingdom that way"
        + " (it uses \u2018said\u2019).", f.sentence());
    List<String> evidence = f.evidence().stream().map(ComparisonReport.Evidence::text).toList();
    assertTrue(evidence.contains("\u201cThe patrol stayed in international waters,\u201d Grant Shapps claimed."),
        evidence.toString());
    assertTrue(f.evidence().stream().anyMatch(e -> e.article().equals("vh")), evidence.toString());
    // the tests cannot run with one article per side, and the summary says so instead of going quiet
    assertTrue(r.summary().stream().anyMatch(x -> x.kind().equals("too-little-data")
        && x.sentence().startsWith("Nothing here can be tested")), r.summary().toString());
    assertTrue(r.summary().stream().anyMatch(x -> x.kind().equals("note")
        && x.sentence().contains("not a test of how the outlets write in general")));
  }

  @Test
  void theWebPageAndReportShowTheDescriptiveFindingWithItsSentences() {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(org.framescope.report.HtmlReport.render(
        Comparison.compare(constructedPair(), CompareConfig.defaults())));
    org.jsoup.nodes.Element li = doc.select(".findings li.description").stream()
        .filter(e -> e.ownText().contains("with distancing verbs such as")).findFirst()
        .orElseThrow(() -> new AssertionError(doc.select(".findings").text()));
    assertTrue(li.ownText().contains("\u2018claimed\u2019"), li.ownText());
    org.jsoup.nodes.Element quote = li.selectFirst("blockquote");
    assertTrue(quote.text().contains("Grant Shapps claimed"), quote.text());
    String anchor = quote.selectFirst("a").attr("href");
    assertTrue(doc.selectFirst(anchor).text().contains("Grant Shapps claimed"), anchor);
  }

  @Test
  void pooledScopeComparesSidesOnlyOnEventsBothCovered() {
    List<ArticleResult> a = new ArrayList<>();
    for (String e : List.of("e1", "e2")) {
      a.add(new ArticleBuilder("h-" + e, "Herald", "2024-01-01").event(e).author("Brutal thugs attacked.").build());
      a.add(new ArticleBuilder("w-" + e, "Wire", "2024-01-01").event(e).author("Police acted.").build());
    }
    a.add(new ArticleBuilder("t-e3", "Times", "2024-01-01").event("e3").author("Reckless aggression.").build());
    a.add(new ArticleBuilder("h-e3", "Herald", "2024-01-01").event("e3").author("Brutal thugs again.").build());
    ComparisonReport r = narrated(a);
    ComparisonReport.ScopeSummary pooled = r.scopes().stream().filter(s -> s.id().equals(ComparisonReport.POOLED))
        .findFirst().orElseThrow();
    ComparisonReport.PairScope hw = pooled.pairs().stream().filter(p -> p.sideA().equals("Herald")
        && p.sideB().equals("Wire")).findFirst().orElseThrow();
    assertEquals(List.of("e1", "e2"), hw.events());
    assertTrue(hw.compared());
    ComparisonReport.PairScope ht = pooled.pairs().stream().filter(p -> p.sideB().equals("Times")
        && p.sideA().equals("Herald")).findFirst().orElseThrow();
    assertFalse(ht.compared(), "Herald and Times share one event: compared there, not pooled");
    assertTrue(r.tests().stream().noneMatch(t -> t.scope().equals(ComparisonReport.POOLED)
        && (t.sideA().equals("Times") || t.sideB().equals("Times"))));
    TestRow loaded = r.tests().stream().filter(t -> t.scope().equals(ComparisonReport.POOLED)
        && t.contrast().equals("loaded-author") && t.sideB().equals("Wire")).findFirst().orElseThrow();
    assertEquals(2, loaded.nA(), "only Herald's articles on e1 and e2 count");
    assertTrue(r.summary().stream().anyMatch(f -> f.scope().equals(ComparisonReport.POOLED)
        && f.sentence().startsWith("Herald and Times are not compared across events")));
  }

  @Test
  void aDifferenceIsStatedOnlyWhenTheTestAndTheIntervalAgree() {
    ComparisonReport r = narrated(sourcingSet(5, 7, 0, 9));
    for (TestRow t : r.tests()) {
      if (t.significant() && t.low() != null) {
        assertTrue(t.intervalExcludesZero(), t.toString());
      }
      if (!t.significant() && "OK".equals(t.status()) && t.intervalExcludesZero()) {
        assertTrue(t.statistics().contains("so no difference is stated")
            || t.statistics().contains("not stated as a finding"), t.statistics());
      }
    }
  }

  @Test
  void articleSidesAreNamedByAnOutletOnlyWhenNoOtherArticleSharesIt() {
    List<ArticleResult> a = List.of(
        new ArticleBuilder("rt-1", "RT", "2024-03-01").build(),
        new ArticleBuilder("bbc-1", "BBC", "2024-03-01").build(),
        new ArticleBuilder("bbc-2", "BBC", "2024-03-02").build(),
        new ArticleBuilder("notes", "", "2024-03-02").build(),
        new ArticleBuilder("BBC (bbc-2)", null, "2024-03-02").build());
    var sides = Comparison.sides(a, CompareConfig.GroupBy.ARTICLE);
    assertEquals("RT", sides.get("rt-1"));
    assertEquals("BBC (bbc-1)", sides.get("bbc-1"));
    assertEquals("notes", sides.get("notes"));
    // a name two articles would share (an id that reads like another side) is told apart by the id, on both
    assertEquals("BBC (bbc-2) (bbc-2)", sides.get("bbc-2"));
    assertEquals("BBC (bbc-2) (BBC (bbc-2))", sides.get("BBC (bbc-2)"));
    assertEquals(a.size(), new java.util.HashSet<>(sides.values()).size(), sides.toString());
    var byOutlet = Comparison.sides(a, CompareConfig.GroupBy.OUTLET);
    assertEquals(Comparison.UNKNOWN_OUTLET, byOutlet.get("notes"));
    assertEquals(Comparison.UNKNOWN_OUTLET, byOutlet.get("BBC (bbc-2)"));
    assertEquals("BBC", byOutlet.get("bbc-2"));
  }

  @Test
  void sideBySideComparesArticlesWithoutOutletsAsOneEvent() {
    // Two articles with no outlet and different manifest events: by outlet they are one side in two events and
    // nothing is compared; side by side they are two sides of one event, and their counts are tested.
    List<ArticleResult> a = new ArrayList<>();
    for (String id : List.of("first", "second")) {
      ArticleBuilder b = new ArticleBuilder(id, "", "2024-03-01").event("event-" + id).title("Talks " + id)
          .author("Leaders met at the border summit to discuss troops and sanctions.");
      for (int k = 0; k < 8; k++) {
        b.quote(id.equals("first") ? US : RU, id.equals("first") && k < 6 ? "claimed" : "said", "Quote " + k);
      }
      a.add(b.build());
    }
    ComparisonReport byOutlet = Narrative.apply(Comparison.compare(a, CompareConfig.defaults()));
    assertEquals(List.of(Comparison.UNKNOWN_OUTLET), byOutlet.sides());
    assertEquals(2, byOutlet.events().size());
    assertTrue(byOutlet.tests().isEmpty(), byOutlet.tests().toString());

    ComparisonReport side = Narrative.apply(Comparison.compare(a, CompareConfig.defaults().sideBySide()));
    assertEquals("article", side.groupBy());
    assertEquals(List.of("first", "second"), side.sides());
    assertEquals(1, side.events().size());
    assertEquals("these-articles", side.events().get(0).id());
    assertEquals("Talks first", side.events().get(0).label());
    assertFalse(side.events().get(0).automatic());
    assertEquals(List.of("first", "second"), side.events().get(0).articleIds());
    assertFalse(side.tests().isEmpty());
    assertEquals("true", side.provenance().config().get("oneEvent"));
    assertEquals("article", side.provenance().config().get("groupBy"));
  }

  @Test
  void oneSideOfArticlesWithoutOutletSaysHowToCompareThem() {
    List<ArticleResult> a = List.of(
        new ArticleBuilder("x", "", "2024-03-01").event("e").author("Leaders met at the summit.").build(),
        new ArticleBuilder("y", "", "2024-03-01").event("e").author("Leaders met at the summit again.").build());
    ComparisonReport r = Narrative.apply(Comparison.compare(a, CompareConfig.defaults()));
    assertTrue(r.summary().stream().anyMatch(f -> f.sentence().startsWith("These 2 articles name no outlet, so they"
        + " count as one side") && f.sentence().contains("--side-by-side")), r.summary().toString());
    // one known outlet covering an event alone is no such case
    List<ArticleResult> b = List.of(
        new ArticleBuilder("x", "RT", "2024-03-01").event("e").author("Leaders met at the summit.").build(),
        new ArticleBuilder("y", "RT", "2024-03-01").event("e").author("Leaders met at the summit again.").build());
    ComparisonReport rb = Narrative.apply(Comparison.compare(b, CompareConfig.defaults()));
    assertTrue(rb.summary().stream().anyMatch(f -> f.sentence().equals("Only one side covered this, so nothing is"
        + " compared here.")), rb.summary().toString());
  }
}
