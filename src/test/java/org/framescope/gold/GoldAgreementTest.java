package org.framescope.gold;

import org.framescope.stats.AgreementCoefficients;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GoldAgreementTest {
  private static final String SHA = "a".repeat(64);

  private static List<String[]> repeat(List<String[]> into, int times, String a, String b) {
    for (int i = 0; i < times; i++) {
      into.add(new String[] {a, b});
    }
    return into;
  }

  @Test
  void cohenKappaClassicFiftyItems() {
    // 50 items: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no.
    // po = (20 + 15) / 50 = 0.7
    // A says yes 25/50 = 0.5, B says yes 30/50 = 0.6
    // pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.30 + 0.20 = 0.5
    // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
    List<String[]> items = new ArrayList<>();
    repeat(items, 20, "yes", "yes");
    repeat(items, 5, "yes", "no");
    repeat(items, 10, "no", "yes");
    repeat(items, 15, "no", "no");
    assertEquals(0.4, AgreementCoefficients.cohenKappa(items), 1e-9);
  }

  @Test
  void krippendorffAlphaNominalFourCodersWithMissingValues() {
    // Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", case C (nominal, 4 observers,
    // 12 units, missing values). Unit 12 has one value only and is not pairable.
    // Pairable values n = 40; per value n_1..n_5 = 9, 13, 10, 5, 3 (sum of squares 81+169+100+25+9 = 384).
    // Coincidence diagonal o_11..o_55 = 7, 10, 8, 4, 3 (sum 32), so observed disagreement 8 of 40 values.
    // alpha = 1 - (n - 1) * (n - sum o_cc) / (n^2 - sum n_c^2) = 1 - 39 * 8 / (1600 - 384)
    //       = 1 - 312 / 1216 = 0.743421...   (the paper prints 0.743)
    String[] a = {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null};
    String[] b = {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"};
    String[] c = {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null};
    String[] d = {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null};
    List<String[]> items = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      items.add(new String[] {a[u], b[u], c[u], d[u]});
    }
    assertEquals(1 - 312.0 / 1216.0, AgreementCoefficients.krippendorffAlpha(items, 4), 1e-9);
    assertEquals(0.743, AgreementCoefficients.krippendorffAlpha(items, 4), 0.0005);
  }

  @Test
  void krippendorffAlphaNominalThreeCodersFifteenUnits() {
    // The computational example of the Wikipedia article "Krippendorff's alpha" (3 coders, 15 units, missing
    // values), nominal alpha 0.691. Units 1, 2 and 14 have fewer than two values and are not pairable.
    // Pairable values n = 26; n_1..n_4 = 7, 4, 10, 5 (sum of squares 49+16+100+25 = 190).
    // Coincidence diagonal sum = 20, so 6 of 26 values disagree.
    // alpha = 1 - (n - 1) * (n - sum o_cc) / (n^2 - sum n_c^2) = 1 - 25 * 6 / (676 - 190) = 1 - 150/486
    //       = 336/486 = 56/81 = 0.691358...
    String[] a = {null, null, null, null, null, "3", "4", "1", "2", "1", "1", "3", "3", null, "3"};
    String[] b = {"1", null, "2", "1", "3", "3", "4", "3", null, null, null, null, null, null, null};
    String[] c = {null, null, "2", "1", "3", "4", "4", null, "2", "1", "1", "3", "3", null, "4"};
    List<String[]> items = new ArrayList<>();
    for (int u = 0; u < 15; u++) {
      items.add(new String[] {a[u], b[u], c[u]});
    }
    assertEquals(56.0 / 81.0, AgreementCoefficients.krippendorffAlpha(items, 3), 1e-9);
    assertEquals(0.691, AgreementCoefficients.krippendorffAlpha(items, 3), 0.0005);
  }

  @Test
  void krippendorffAlphaBinaryTwoCoders() {
    // Krippendorff (2011) case A: 10 units, 2 observers, binary.
    // Coincidences: o_00 = 10, o_11 = 2, o_01 = o_10 = 4; n_0 = 14, n_1 = 6, n = 20.
    // alpha = 1 - (n - 1) * o_01 / (n_0 * n_1) = 1 - 19 * 4 / 84 = 8 / 84 = 0.095238...
    String[] a = {"0", "1", "0", "0", "0", "0", "0", "0", "1", "0"};
    String[] b = {"1", "1", "1", "0", "0", "1", "0", "0", "0", "0"};
    List<String[]> items = new ArrayList<>();
    for (int u = 0; u < 10; u++) {
      items.add(new String[] {a[u], b[u]});
    }
    assertEquals(8.0 / 84.0, AgreementCoefficients.krippendorffAlpha(items, 2), 1e-9);
  }

  @Test
  void kappaUndefinedWhenChanceAgreementIsOne() {
    List<String[]> items = repeat(new ArrayList<>(), 3, "author", "author");
    assertTrue(Double.isNaN(AgreementCoefficients.cohenKappa(items)));
  }

  private static GoldAnnotation voice(int b, int e, String label) {
    TreeMap<String, String> at = new TreeMap<>();
    if (!"author".equals(label)) {
      at.put("speaker", "Jane Roe");
    }
    return new GoldAnnotation(b, e, "voice", label, at);
  }

  private static GoldFile file(String who, List<GoldAnnotation> anns) {
    return new GoldFile(who, List.of(new GoldDocument("d1", "d1.txt", "raw", SHA, anns)));
  }

  @Test
  void sentenceUnitMatchesNearlyEqualSegments() {
    // Four sentences. B's first segment is one character shorter (Jaccard 99/100 >= 0.8: same item).
    // Items (A, B): author-author, quote-quote, author-reported, reported-reported.
    // po = 3/4; A: author 2, quote 1, reported 1; B: author 1, quote 1, reported 2.
    // pe = (2*1 + 1*1 + 1*2) / 16 = 5/16; kappa = (12/16 - 5/16) / (11/16) = 7/11.
    GoldFile a = file("A", List.of(voice(0, 100, "author"), voice(101, 200, "quote"),
        voice(201, 300, "author"), voice(301, 400, "reported")));
    GoldFile b = file("B", List.of(voice(0, 99, "author"), voice(101, 200, "quote"),
        voice(201, 300, "reported"), voice(301, 400, "reported")));
    LayerAgreement r = GoldAgreement.compute(List.of(a, b), Optional.empty(), Optional.empty(), Map.of()).get(0);
    assertEquals("voice", r.layer());
    assertEquals("sentence", r.unit());
    assertEquals(4, r.items());
    assertEquals(4, r.itemsComplete());
    assertEquals(0.75, r.percentAgreement(), 1e-9);
    assertEquals(7.0 / 11.0, r.cohenKappa(), 1e-9);
    assertTrue(Double.isNaN(r.alphaU()));
    // voice+speaker, B naming another speaker for the quote. Items (A, B): author / author,
    // quote|Jane Roe / quote|John Doe, author / reported|Jane Roe, reported|Jane Roe / reported|Jane Roe
    // -> 2 of 4 items agree, po = 0.5.
    GoldFile b2 = file("B", List.of(voice(0, 99, "author"),
        new GoldAnnotation(101, 200, "voice", "quote", new TreeMap<>(Map.of("speaker", "John Doe"))),
        voice(201, 300, "reported"), voice(301, 400, "reported")));
    LayerAgreement sp = GoldAgreement.compute(List.of(a, b2), Optional.empty(), Optional.empty(), Map.of()).get(1);
    assertEquals("voice+speaker", sp.layer());
    assertEquals(0.5, sp.percentAgreement(), 1e-9);
  }

  @Test
  void spanUnitGivesF1AndAlphaU() {
    // A marks loaded spans [10,20) and [50,60); B marks [10,20) and [52,60) and [80,90).
    // Exact: A's [10,20) is found by B; B's [10,20) by A. P = 1/3, R = 1/2, F1 = 2*(1/6)/(5/6) = 0.4.
    // Overlap: [50,60) and [52,60) overlap as well. P = 2/3, R = 2/2, F1 = 2*(2/3)/(5/3) = 0.8.
    GoldFile a = file("A", List.of(new GoldAnnotation(10, 20, "loaded", "negative"),
        new GoldAnnotation(50, 60, "loaded", "negative")));
    GoldFile b = file("B", List.of(new GoldAnnotation(10, 20, "loaded", "negative"),
        new GoldAnnotation(52, 60, "loaded", "negative"), new GoldAnnotation(80, 90, "loaded", "negative")));
    LayerAgreement r = GoldAgreement.compute(List.of(a, b), Optional.of("loaded"), Optional.empty(),
        Map.of("d1", 100)).get(0);
    assertEquals("span", r.unit());
    assertEquals(0.4, r.f1Exact(), 1e-9);
    assertEquals(0.8, r.f1Overlap(), 1e-9);
    assertTrue(r.alphaU() > 0 && r.alphaU() < 1, "alpha_u " + r.alphaU());
    // Items: [10,20) both; [50,60) vs [52,60) Jaccard 8/10 = 0.8 matched; [80,90) B only -> A "(none)".
    assertEquals(3, r.items());
    assertEquals(Map.of("A", 2, "B", 3), r.spansPerAnnotator());
  }

  @Test
  void identicalSpansGiveAlphaUOne() {
    List<GoldAnnotation> same = List.of(new GoldAnnotation(10, 20, "hedge", "hedge"),
        new GoldAnnotation(40, 45, "hedge", "hedge"));
    LayerAgreement r = GoldAgreement.compute(List.of(file("A", same), file("B", same)), Optional.empty(),
        Optional.empty(), Map.of("d1", 100)).get(0);
    assertEquals(1.0, r.alphaU(), 1e-9);
    assertEquals(1.0, r.f1Exact(), 1e-9);
    // one category only: percent agreement 1, kappa and alpha undefined
    assertEquals(1.0, r.percentAgreement(), 1e-9);
    assertTrue(Double.isNaN(r.cohenKappa()));
    assertTrue(Double.isNaN(r.krippendorffAlpha()));
  }

  @Test
  void layerNotAnnotatedByOneAnnotatorIsMissingNotDisagreement() {
    // B annotated no frames at all in d1: its frame values are missing, so no complete item exists.
    GoldFile a = file("A", List.of(new GoldAnnotation(0, 50, "frame", "economic"), voice(0, 50, "author")));
    GoldFile b = file("B", List.of(voice(0, 50, "author")));
    LayerAgreement frame = GoldAgreement.compute(List.of(a, b), Optional.of("frame"), Optional.empty(), Map.of())
        .get(0);
    assertEquals("document", frame.unit());
    assertEquals(1, frame.items());
    assertEquals(0, frame.itemsComplete());
    assertTrue(Double.isNaN(frame.cohenKappa()));
  }

  @Test
  void differentTextsAreSkippedWithANote() {
    GoldFile a = file("A", List.of(voice(0, 50, "author")));
    GoldFile b = new GoldFile("B", List.of(new GoldDocument("d1", "d1.txt", "raw", "b".repeat(64),
        List.of(voice(0, 50, "author")))));
    LayerAgreement r = GoldAgreement.compute(List.of(a, b), Optional.empty(), Optional.empty(), Map.of()).get(0);
    assertEquals(0, r.items());
    assertTrue(r.notes().get(0).contains("different texts"), r.notes().toString());
  }

  @Test
  void rejectsOneFileAndUnknownLayer() {
    GoldFile a = file("A", List.of());
    assertThrows(IllegalArgumentException.class,
        () -> GoldAgreement.compute(List.of(a), Optional.empty(), Optional.empty(), Map.of()));
    assertThrows(IllegalArgumentException.class,
        () -> GoldAgreement.compute(List.of(a, a), Optional.of("tone"), Optional.empty(), Map.of()));
  }
}
