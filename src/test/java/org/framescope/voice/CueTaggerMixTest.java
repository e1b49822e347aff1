package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.framescope.classify.CueTagger;
import org.framescope.model.NlpDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cue tagger's mix with the linear cue model, with stand-in taggers on the stored real parses. */
class CueTaggerMixTest {
  private static AttributionAnalyzer analyzer;
  private static Map<String, NlpDocument> docs;

  @BeforeAll
  static void load() throws Exception {
    analyzer = AttributionAnalyzer.fromLexicons(Path.of("lexicons"));
    docs = VoicePatterns.loadFixture();
  }

  /** A tagger giving every word of every sentence what {@code f} says. */
  private static CueTagger tagger(CueTagger.Mix mix, Function<List<String>, double[]> f) {
    return new CueTagger() {
      @Override
      public double[] probabilities(List<String> words) {
        return f.apply(words);
      }

      @Override
      public Mix mix() {
        return mix;
      }

      @Override
      public Map<String, String> provenance() {
        return Map.of("name", "stand-in");
      }
    };
  }

  private static double[] all(List<String> words, double p) {
    double[] d = new double[words.size()];
    Arrays.fill(d, p);
    return d;
  }

  @Test
  void mixValuesAreCheckedAndParsed() {
    assertEquals(new CueTagger.Mix(0.6, 0.4), CueTagger.Mix.parse(" 0.6, 0.4"));
    assertEquals(0.6 * 0.9 + 0.4 * 0.2, new CueTagger.Mix(0.6, 0.4).of(0.9, 0.2), 1e-12);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new CueTagger.Mix(1.5, 0.4)).getMessage()
        .contains("weight must be in [0, 1], got 1.5"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new CueTagger.Mix(0.5, 1)).getMessage()
        .contains("threshold must be in (0, 1), got 1.0"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CueTagger.Mix.parse("0.5")).getMessage()
        .contains("'0.5'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CueTagger.Mix.parse("a,b")).getMessage()
        .contains("'a,b'"));
  }

  @Test
  void weightZeroAtTheModelsThresholdChangesNothing() {
    double th = analyzer.model().cueScorer().threshold();
    AttributionAnalyzer mixed = analyzer.withCueTagger(tagger(new CueTagger.Mix(0, th), w -> all(w, 1.0)));
    for (NlpDocument d : docs.values()) {
      assertEquals(analyzer.analyze(d).detected(), mixed.analyze(d).detected());
    }
  }

  @Test
  void wordsTheTaggerDidNotSeeKeepTheLinearDecision() {
    AttributionAnalyzer mixed = analyzer.withCueTagger(tagger(new CueTagger.Mix(1, 0.5), w -> all(w, Double.NaN)));
    for (NlpDocument d : docs.values()) {
      assertEquals(analyzer.analyze(d).detected(), mixed.analyze(d).detected());
    }
  }

  @Test
  void theTaggerAloneDecidesAtWeightOne() {
    AttributionAnalyzer none = analyzer.withCueTagger(tagger(new CueTagger.Mix(1, 0.5), w -> all(w, 0.0)));
    int before = 0;
    for (NlpDocument d : docs.values()) {
      before += analyzer.analyze(d).detected().size();
      for (DetectedAttribution a : none.analyze(d).detected()) {
        assertTrue(ruleAdded(d, a), "a cue kept that the tagger gave 0: " + a);
      }
    }
    assertTrue(before > 10, "the fixture has attributions: " + before);
    // a tagger sure only of "said" finds every cue headed by "said" and no other
    AttributionAnalyzer said = analyzer.withCueTagger(tagger(new CueTagger.Mix(1, 0.5),
        w -> w.stream().mapToDouble(x -> x.equals("said") ? 0.99 : 0.0).toArray()));
    int found = 0;
    for (NlpDocument d : docs.values()) {
      for (DetectedAttribution a : said.analyze(d).detected()) {
        if (ruleAdded(d, a)) {
          continue;
        }
        String cue = d.body().substring(a.spans().cue().get(0).begin(), a.spans().cue().get(0).end());
        assertTrue(cue.contains("said"), "cue " + cue);
        assertEquals(0.99, a.confidence(), 1e-9);
        found++;
      }
    }
    assertTrue(found > 0);
  }

  /**
   * An attribution a rule adds whatever the cue scores say: a layout credit (the colon of a transcript turn, the
   * dash of a credit line) or the denial in an aside ("..., a charge Moscow denies": content a claim noun).
   */
  private boolean ruleAdded(NlpDocument d, DetectedAttribution a) {
    String cue = d.body().substring(a.spans().cue().get(0).begin(), a.spans().cue().get(0).end());
    String content = d.body().substring(a.spans().content().get(0).begin(), a.spans().content().get(0).end());
    String[] words = content.split(" ");
    // layout credits (":", "―"), claim tails ("a charge Moscow denies") and as-clauses ("as stated by X") are the
    // rules' own, not the tagger's
    return a.confidence() == 1.0 && (cue.equals(":") || cue.equals("―") || cue.toLowerCase().startsWith("as ")
        || analyzer.words().is("claim-noun", words[words.length - 1].replaceAll("s$", "")));
  }

  /** Begin offsets of the cues that start inside (or outside) a quotation. */
  private static java.util.Set<Integer> cueStarts(AttributionAnalyzer an, NlpDocument d, boolean inQuote) {
    DocView v = new DocView(d, an.actors(), an.words());
    java.util.Set<Integer> quoted = new java.util.HashSet<>();
    for (int si = 0; si < v.size(); si++) {
      DependencyView p = v.view(si);
      for (int t = 0; t < p.n; t++) {
        if (v.inQuote(si, t)) {
          quoted.add(p.tok(t).begin());
        }
      }
    }
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    for (DetectedAttribution a : an.analyze(d).detected()) {
      int b = a.spans().cue().get(0).begin();
      if (quoted.contains(b) == inQuote) {
        out.add(b);
      }
    }
    return out;
  }

  @Test
  void insideAQuotationTheLinearModelDecidesAlone() {
    AttributionAnalyzer eager = analyzer.withCueTagger(tagger(new CueTagger.Mix(1, 0.5), w -> all(w, 0.99)));
    int quotedCandidates = 0;
    int addedOutside = 0;
    for (NlpDocument d : docs.values()) {
      assertEquals(cueStarts(analyzer, d, true), cueStarts(eager, d, true), "cues inside quotations");
      addedOutside += cueStarts(eager, d, false).size() - cueStarts(analyzer, d, false).size();
      DocView v = new DocView(d, analyzer.actors(), analyzer.words());
      for (int si = 0; si < v.size(); si++) {
        for (int t = 0; t < v.view(si).n; t++) {
          quotedCandidates += v.inQuote(si, t) && AttributionFeatures.cueCandidate(v.view(si), t) ? 1 : 0;
        }
      }
    }
    assertTrue(quotedCandidates > 10, "the fixture has cue candidates inside quotations: " + quotedCandidates);
    assertTrue(addedOutside > 0, "outside quotations the eager tagger adds cues");
  }

  @Test
  void theRulesAloneTakeNoTagger() throws Exception {
    AttributionAnalyzer rules = AttributionAnalyzer.fromLexicons(Path.of("lexicons"), null);
    assertThrows(IllegalStateException.class,
        () -> rules.withCueTagger(tagger(new CueTagger.Mix(1, 0.5), w -> all(w, 0.0))));
    assertNull(rules.withCueTagger(null).cueTagger());
  }
}
