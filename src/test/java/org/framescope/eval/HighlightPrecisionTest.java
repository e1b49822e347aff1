package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.lexicon.FramingLexicons;
import org.framescope.model.InputException;
import org.framescope.report.Layers;
import org.framescope.resource.Hashing;
import org.framescope.resource.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The precision measurements behind the glossary and the default layers: the figures in
 * report/highlight-precision.tsv must be what the committed judgements and PTC give today.
 */
class HighlightPrecisionTest {
  private static final Path GOLD = Path.of("gold-annotations", "highlights");

  /** The precision file's rows of one measurement, by layer: {correct, judged}. */
  private static Map<String, int[]> shipped(String measurement) {
    Map<String, int[]> out = new TreeMap<>();
    Layers.precision().forEach((layer, list) -> list.stream().filter(p -> p.measurement().equals(measurement))
        .forEach(p -> out.put(layer, new int[] {p.correct(), p.judged()})));
    return out;
  }

  private static Map<String, int[]> asMap(List<HighlightPrecision.Count> counts) {
    Map<String, int[]> out = new TreeMap<>();
    counts.forEach(c -> out.put(c.layer(), new int[] {c.correct(), c.judged()}));
    return out;
  }

  private static void assertSame(Map<String, int[]> want, Map<String, int[]> got) {
    assertEquals(want.keySet(), got.keySet());
    want.forEach((k, v) -> assertEquals(List.of(v[0], v[1]), List.of(got.get(k)[0], got.get(k)[1]), k));
  }

  @Test
  void theHandCheckedFiguresAreTheCommittedJudgements() throws Exception {
    Path pages = SharedData.dir().resolve("pages");
    Assumptions.assumeTrue(Files.isDirectory(pages), "shared pages absent (set FRAMESCOPE_SHARED)");
    List<HighlightPrecision.Judged> judged = HighlightPrecision.readSample(GOLD.resolve("sample.tsv"), pages);
    assertEquals(100, judged.size(), "the sample the brief asks for: 100 highlights on the real pages");
    assertSame(shipped("hand-checked sample, real pages"), asMap(HighlightPrecision.handSample(judged)));
  }

  @Test
  void theBasilFiguresAreTheCommittedJudgements() throws Exception {
    Path basil = BasilCorpus.defaultDir();
    Assumptions.assumeTrue(BasilCorpus.present(basil), "BASIL absent (set FRAMESCOPE_SHARED)");
    Map<String, String> bodies = new TreeMap<>();
    for (BasilArticle a : BasilCorpus.load(basil)) {
      bodies.put(a.id(), a.body());
    }
    List<HighlightPrecision.Judged> judged = HighlightPrecision.readSample(GOLD.resolve("basil-sample.tsv"),
        bodies::get);
    assertEquals(60, judged.size());
    assertSame(shipped("hand-checked sample, BASIL"), asMap(HighlightPrecision.handSample(judged,
        "hand-checked sample, BASIL")));
  }

  @Test
  void thePtcFiguresAreWhatTheLexiconsGiveToday() throws Exception {
    Path ptc = SharedData.dataset("ptc");
    Assumptions.assumeTrue(Files.isDirectory(ptc.resolve("train-articles")), "PTC absent (set FRAMESCOPE_SHARED)");
    Map<String, int[]> got = asMap(HighlightPrecision.ptc(ptc, FramingLexicons.load(Path.of("lexicons"))));
    Map<String, int[]> want = shipped("PTC");
    want.putAll(shipped("PTC name-calling"));
    assertSame(want, got);
  }

  @Test
  void noLayerBelowHalfIsShownByDefault() {
    for (Layers.Layer l : Layers.ALL) {
      if (!Layers.onByDefault(l.key())) {
        continue;
      }
      int right = 0;
      int judged = 0;
      for (Layers.Precision p : Layers.precision(l.key())) {
        if (p.role().equals("hand")) {
          right += p.correct();
          judged += p.judged();
        } else if (p.role().equals("same-claim")) {
          assertTrue(p.value() >= 0.5, l.key() + " " + p);
        }
      }
      assertTrue(judged > 0 && right >= 0.5 * judged, l.key());
    }
    assertFalse(Layers.onByDefault("frame"), "frame cues are off by default");
    assertFalse(Layers.onByDefault("intensifier"), "0.25 on the real pages");
    assertFalse(Layers.onByDefault("bias-word"), "0.375 on the real pages");
    assertTrue(Layers.onByDefault("loaded"));
    assertTrue(Layers.onByDefault("label"));
  }

  @Test
  void aSampleFileIsCheckedAgainstItsText(@TempDir Path dir) throws Exception {
    String text = "The regime said so.";
    Files.writeString(dir.resolve("page.txt"), text, StandardCharsets.UTF_8);
    Path good = dir.resolve("good.tsv");
    Files.writeString(good, "#! text page " + Hashing.sha256(text.getBytes(StandardCharsets.UTF_8)) + "\n"
        + "doc\tbegin\tend\tlayer\tcategory\tjudgement\tnote\n"
        + "page\t4\t10\tlabel\tlabel\tcorrect\t\n"
        + "page\t11\t15\treporting-verb\treporting-verb\twrong\tnot here\n");
    List<HighlightPrecision.Judged> j = HighlightPrecision.readSample(good, dir);
    assertEquals(2, j.size());
    List<HighlightPrecision.Count> c = HighlightPrecision.handSample(j);
    assertEquals(1.0, c.stream().filter(x -> x.layer().equals("label")).findFirst().orElseThrow().precision());
    Path changed = dir.resolve("changed.tsv");
    Files.writeString(changed, "#! text page " + "0".repeat(64) + "\n");
    InputException e = assertThrows(InputException.class, () -> HighlightPrecision.readSample(changed, dir));
    assertTrue(e.getMessage().contains("SHA-256 differs"), e.getMessage());
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "#! text page " + Hashing.sha256(text.getBytes(StandardCharsets.UTF_8)) + "\n"
        + "page\t4\t10\tlabel\tlabel\tmaybe\t\n");
    e = assertThrows(InputException.class, () -> HighlightPrecision.readSample(bad, dir));
    assertTrue(e.getMessage().contains("bad.tsv:2") && e.getMessage().contains("judgement"), e.getMessage());
  }

  @Test
  void wilsonIntervalByHand() {
    // 8 of 10: centre (0.8 + 1.92/10) / 1.384 = 0.7168; half-width 1.96 sqrt(0.016 + 0.0096) / 1.384 = 0.2266
    double[] w = new HighlightPrecision.Count("x", "m", 8, 10).wilson();
    assertEquals(0.4902, w[0], 1e-3);
    assertEquals(0.9433, w[1], 1e-3);
  }

  @Test
  void drawingIsSeededAndCoversEveryLayer() {
    String text = "The brutal regime reportedly said the war was very costly.";
    Map<String, String> texts = Map.of("t1", text, "t2", text.replace("brutal", "heinous"));
    FramingLexicons lex;
    try {
      lex = FramingLexicons.load(Path.of("lexicons"));
    } catch (InputException e) {
      throw new AssertionError(e);
    }
    List<HighlightPrecision.Candidate> a = HighlightPrecision.drawLexicon(texts, lex, Set.of("loaded", "label"), 1, 3);
    List<HighlightPrecision.Candidate> b = HighlightPrecision.drawLexicon(texts, lex, Set.of("loaded", "label"), 1, 3);
    assertEquals(a, b);
    assertEquals(Set.of("loaded", "label"), new java.util.HashSet<>(a.stream().map(HighlightPrecision.Candidate::layer)
        .toList()));
    List<String> texts2 = new ArrayList<>();
    a.forEach(c -> texts2.add(texts.get(c.doc()).substring(c.begin(), c.end())));
    assertEquals(a.stream().map(HighlightPrecision.Candidate::text).toList(), texts2);
  }
}
