package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.framescope.model.Dependency;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.junit.jupiter.api.Test;

/** A word of a registered actor's name that the tagger took for a verb is no cue ("think tank"). */
class CueInNameTest {
  /** "president of the New Democrat Network think tank", as CoreNLP parsed it in a PolNeAR article. */
  private static NlpSentence thinkTank() {
    return Fixtures.sentence("the/DT president/NN of/IN the/DT New/NNP/ORGANIZATION Democrat/NNP/ORGANIZATION "
            + "Network/NNP/ORGANIZATION think/VB tank/NN ./.",
        new Dependency("det", 1, 0), new Dependency("nsubj", 7, 1), new Dependency("case", 6, 2),
        new Dependency("det", 6, 3), new Dependency("compound", 6, 4), new Dependency("compound", 6, 5),
        new Dependency("nmod", 1, 6), new Dependency("root", -1, 7), new Dependency("obj", 7, 8),
        new Dependency("punct", 7, 9));
  }

  @Test
  void aVerbInsideATitleIsInsideAName() {
    DocView v = Fixtures.view(thinkTank());
    assertTrue(v.insideActorName(0, 7), "think");
    assertFalse(v.insideActorName(0, 8), "tank: the name's last word, and no verb");
    assertFalse(v.insideActorName(0, 1), "president: no verb");
  }

  @Test
  void aOneWordTitleCanStillBeAVerb() {
    // "judge" is a registry title, and here the verb of the sentence
    NlpSentence s = Fixtures.sentence("voters/NNS judge/VBP that/IN he/PRP is/VBZ weak/JJ",
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("mark", 5, 2),
        new Dependency("nsubj", 5, 3), new Dependency("cop", 5, 4), new Dependency("ccomp", 1, 5));
    DocView v = Fixtures.view(s);
    assertFalse(v.insideActorName(0, 1));
  }

  @Test
  void theAnalyzerFindsNoCueThere() throws Exception {
    for (AttributionAnalyzer an : List.of(AttributionAnalyzer.fromLexicons(Path.of("lexicons"), null),
        AttributionAnalyzer.fromLexicons(Path.of("lexicons")))) {
      NlpDocument d = Fixtures.doc(thinkTank());
      VoiceResult r = an.analyze(d);
      assertTrue(r.detected().stream().noneMatch(x -> x.spans().cue().stream()
          .anyMatch(c -> d.body().substring(c.begin(), c.end()).contains("think"))), () -> r.detected().toString());
    }
  }
}
