package org.framescope.voice;

import org.framescope.model.Voice;
import org.framescope.model.SpeakerType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.framescope.model.Attribution;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;
import org.framescope.model.VoiceSegment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Attribution patterns on stored CoreNLP parses (no models loaded). */
class AttributionAnalyzerTest {
  private static AttributionAnalyzer analyzer;
  private static Map<String, NlpDocument> docs;

  @BeforeAll
  static void load() throws Exception {
    analyzer = AttributionAnalyzer.fromLexicons(Path.of("lexicons"));
    docs = VoicePatterns.loadFixture();
  }

  @Test
  void allPatternsOnStoredParses() {
    assertEquals(VoicePatterns.TEXTS.keySet(), docs.keySet(), "fixture out of date: regenerate patterns.json");
    VoicePatterns.checkAll(analyzer, name -> {
      NlpDocument d = docs.get(name);
      assertEquals(VoicePatterns.TEXTS.get(name), d.body(), "fixture text changed for " + name);
      return d;
    });
  }

  @Test
  void segmentsCoverEveryTokenInOrderAndSpansLieInTheBody() {
    for (NlpDocument d : docs.values()) {
      VoiceResult r = analyzer.analyze(d);
      assertEquals(d.sentences().size(), r.sentences().size());
      int prevEnd = -1;
      for (VoiceSegment s : r.segments()) {
        assertTrue(s.begin() >= prevEnd, "segments overlap or are out of order: " + r.segments());
        assertTrue(s.end() <= d.body().length());
        if (s.voice() == Voice.AUTHOR) {
          assertNull(s.speaker(), () -> "author segment with a speaker: " + s);
        }
        prevEnd = s.end();
      }
      for (NlpSentence s : d.sentences()) {
        s.tokens().forEach(t -> assertTrue(r.segments().stream()
            .anyMatch(g -> g.begin() <= t.begin() && t.end() <= g.end()), "token not covered: " + t));
      }
      for (Span sp : r.spans()) {
        assertEquals(d.body().substring(sp.begin(), sp.end()), sp.text());
      }
      for (Attribution a : r.attributions()) {
        assertEquals(d.body().substring(a.begin(), a.end()), a.text());
        assertTrue(a.sentence() >= 0 && a.sentence() < d.sentences().size());
      }
    }
  }

  /**
   * The rules on a hand-built parse. The trained model is left out: its features (neighbour words, argument frames,
   * NER of the surroundings) are those of real CoreNLP parses, which a hand-written parse only approximates; the
   * model on the same pattern is checked on the stored real parse ("according-to" in {@link VoicePatterns}).
   */
  @Test
  void handBuiltSentenceAccordingToAndClaim() throws Exception {
    AttributionAnalyzer rules = AttributionAnalyzer.fromLexicons(Path.of("lexicons"), null);
    // "According to Iranian officials , the Pentagon claimed the drone was lost ."
    NlpSentence s = Fixtures.sentence("According/VBG/O/accord to/IN Iranian/JJ/MISC officials/NNS/O/official ,/, "
        + "the/DT Pentagon/NNP/ORGANIZATION claimed/VBD/O/claim the/DT drone/NN was/VBD lost/VBN/O/lose ./.",
        new org.framescope.model.Dependency("case", 3, 0), new org.framescope.model.Dependency("fixed", 0, 1),
        new org.framescope.model.Dependency("amod", 3, 2), new org.framescope.model.Dependency("obl", 7, 3),
        new org.framescope.model.Dependency("punct", 7, 4), new org.framescope.model.Dependency("det", 6, 5),
        new org.framescope.model.Dependency("nsubj", 7, 6), new org.framescope.model.Dependency("root", -1, 7),
        new org.framescope.model.Dependency("det", 9, 8), new org.framescope.model.Dependency("nsubj:pass", 11, 9),
        new org.framescope.model.Dependency("aux:pass", 11, 10), new org.framescope.model.Dependency("ccomp", 7, 11),
        new org.framescope.model.Dependency("punct", 7, 12));
    VoiceResult r = rules.analyze(new NlpDocument(s.text(), List.of(s), List.of()));
    Attribution claim = r.attributions().stream().filter(a -> a.verb().equals("claimed")).findFirst().orElseThrow();
    assertEquals("distancing", claim.verbClass().json());
    assertEquals("Pentagon", claim.speaker().name());
    assertEquals("United States", claim.speaker().country());
    assertEquals(SpeakerType.MILITARY, claim.speaker().type());
    assertEquals("the drone was lost", claim.text());
    Attribution acc = r.attributions().stream().filter(a -> a.verb().equals("According to")).findFirst().orElseThrow();
    assertEquals("Iranian officials", acc.speaker().name());
    assertEquals("Iran", acc.speaker().country());
    assertEquals(SpeakerType.GOVERNMENT, acc.speaker().type());
    assertEquals(2, r.spans().stream().filter(x -> x.category().equals("reporting-verb")).count());
    assertEquals(Voice.REPORTED, r.sentences().get(0).voice());
  }

  @Test
  void withoutDependenciesQuotesAreStillFoundAndNothingBreaks() {
    for (NlpDocument d : docs.values()) {
      List<NlpSentence> bare = d.sentences().stream()
          .map(s -> new NlpSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), List.of())).toList();
      VoiceResult r = analyzer.analyze(new NlpDocument(d.body(), bare, List.of()));
      assertEquals(d.sentences().size(), r.sentences().size());
    }
    NlpDocument d = docs.get("said-x");
    NlpSentence s = d.sentences().get(0);
    VoiceResult r = analyzer.analyze(new NlpDocument(d.body(),
        List.of(new NlpSentence(0, s.begin(), s.end(), s.text(), s.tokens(), List.of())), List.of()));
    assertTrue(r.segments().stream().anyMatch(g -> g.voice().equals(Voice.QUOTE)), r.segments()::toString);
  }

  @Test
  void analysisIsDeterministic() {
    NlpDocument d = docs.get("quote-paragraph");
    assertEquals(analyzer.analyze(d), analyzer.analyze(d));
  }

  @Test
  void emptyDocumentGivesEmptyResult() {
    VoiceResult r = analyzer.analyze(new NlpDocument("", List.of(), List.of()));
    assertTrue(r.sentences().isEmpty() && r.segments().isEmpty() && r.attributions().isEmpty() && r.spans().isEmpty());
  }
}
