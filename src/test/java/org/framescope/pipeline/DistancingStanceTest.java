package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.framescope.classify.StanceModel;
import org.framescope.model.ActorStance;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.SentenceResult;
import org.framescope.model.VerbClass;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;
import org.framescope.io.Json;
import org.framescope.voice.AttributionAnalyzer;
import org.framescope.voice.SentenceVoice;
import org.framescope.voice.VoiceResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Voice drives stance, on a constructed article (our own text; stored CoreNLP parse, no models loaded): an
 * official's accusations, reported with distancing cues ("accused ... of", "claimed", "alleged", "repeated claims
 * that"), are the official's voice. The official's quoted stance toward the accused is negative; the outlet's own
 * stance toward it, read from the outlet's own clauses, is not.
 * Regenerate the parse with {@code java -cp target/test-classes:target/classes:$(cat target/classpath.txt)
 * org.framescope.pipeline.DistancingStanceTest} (needs the CoreNLP models).
 */
class DistancingStanceTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "pipeline", "distancing.json");
  static final String TEXT = "Russian Foreign Ministry spokeswoman Maria Zakharova accused Ukraine of shelling the "
      + "Zaporizhzhia nuclear plant on Monday. Zakharova claimed that Ukrainian forces had deliberately targeted the "
      + "reactor and alleged that Kyiv was preparing a provocation. She repeated claims that Ukraine was hiding "
      + "weapons at the site.\n\n"
      + "Ukraine has invited international inspectors to visit the plant. The International Atomic Energy Agency "
      + "said its team would arrive on Thursday.";

  private static NlpDocument doc;
  private static AttributionAnalyzer analyzer;
  private static StanceModel stance;

  @BeforeAll
  static void load() throws Exception {
    doc = Json.mapper().readValue(FIXTURE.toFile(), NlpDocument.class);
    analyzer = AttributionAnalyzer.fromLexicons(Path.of("lexicons"));
    stance = StanceModel.loadDefault();
  }

  /** Regenerates the stored parse (needs the CoreNLP models). */
  public static void main(String[] args) throws Exception {
    NlpDocument d = org.framescope.nlp.CoreNlpAnnotator.forProfile(org.framescope.nlp.Profile.FULL).annotate(TEXT);
    Files.createDirectories(FIXTURE.getParent());
    Json.pretty().writeValue(FIXTURE.toFile(), d);
  }

  static List<SentenceResult> sentences(NlpDocument d, VoiceResult vr) {
    List<SentenceResult> out = new ArrayList<>();
    for (NlpSentence s : d.sentences()) {
      List<VoiceSegment> segs = vr.segments().stream().filter(g -> g.begin() < s.end() && g.end() > s.begin()).toList();
      SentenceVoice sv = vr.sentences().get(s.index());
      out.add(new SentenceResult(s.index(), s.begin(), s.end(), s.text(), sv.voice(), sv.speaker(), segs, List.of(),
          null));
    }
    return out;
  }

  @Test
  void fixtureIsTheText() {
    assertEquals(TEXT, doc.body(), "fixture out of date: regenerate distancing.json");
  }

  @Test
  void accusationsAreTheOfficialsVoiceNotTheOutlets() {
    VoiceResult vr = analyzer.analyze(doc);
    SortedMap<String, ActorStance> st = new ActorStances(analyzer.actors(), stance).score(doc.sentences(),
        sentences(doc, vr));
    ActorStance ukraine = st.get("Ukraine");
    assertNotNull(ukraine, st::toString);
    assertNotNull(ukraine.quoted(), () -> "no quoted stance toward Ukraine: " + ukraine);
    assertEquals("negative", ukraine.quoted().label(), ukraine::toString);
    assertTrue(ukraine.speakers().containsKey("Maria Zakharova"), ukraine::toString);
    assertEquals("negative", ukraine.speakers().get("Maria Zakharova").label(), ukraine::toString);
    assertNotNull(ukraine.label(), () -> "the outlet mentions Ukraine in its own voice: " + ukraine);
    assertNotEquals("negative", ukraine.label(), ukraine::toString);
    // every sentence of the accusations is reported speech of Zakharova
    for (int i = 0; i < 3; i++) {
      assertNotEquals(Voice.AUTHOR, vr.sentences().get(i).voice(), "sentence " + i + " " + vr.sentences().get(i));
    }
    assertTrue(vr.attributions().stream().anyMatch(a -> a.verbClass() == VerbClass.DISTANCING), vr.attributions()::toString);
  }

  @Test
  void theVoiceStagesMentionsScoreLikeAFreshSearch() {
    VoiceResult vr = analyzer.analyze(doc);
    assertEquals(doc.sentences().size(), vr.mentions().size());
    for (NlpSentence s : doc.sentences()) {
      assertEquals(analyzer.actors().find(s), vr.mentions().get(s.index()), "sentence " + s.index());
    }
    ActorStances scorer = new ActorStances(analyzer.actors(), stance);
    List<SentenceResult> sr = sentences(doc, vr);
    assertEquals(scorer.score(doc.sentences(), sr), scorer.score(doc.sentences(), sr, null, vr.mentions()));
  }
}
