package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framescope.model.Dependency;
import org.framescope.model.NlpSentence;
import org.framescope.model.Speaker;
import org.framescope.model.SpeakerType;
import org.junit.jupiter.api.Test;

/**
 * The voice gate alone, on hand-made parses and drafts (no model, no speaker resolution): which contents are a
 * speaker's voice and which stay the outlet's account.
 */
class VoiceGateTest {
  /** A draft in sentence 0: cue head, source head (spanned alone), content tokens, and a named speaker. */
  private static AttributionDraft draft(int cue, double score, int source, int... content) {
    java.util.BitSet c = new java.util.BitSet();
    c.set(cue);
    AttributionDraft d = new AttributionDraft(0, cue, c, score);
    d.sourceHead = source;
    d.source.set(source);
    for (int t : content) {
      d.contentIn(0).set(t);
    }
    d.speaker = new Speaker("Smith", null, null, SpeakerType.OTHER);
    return d;
  }

  @Test
  void aNegationBeforeTheCueIsUnsaidOneAfterItIsTheAnswer() {
    // "Smith did not respond ." : nothing was said
    NlpSentence not = Fixtures.sentence("Smith/NNP/PERSON did/VBD not/RB respond/VB/O/respond ./.",
        new Dependency("nsubj", 3, 0), new Dependency("aux", 3, 1), new Dependency("advmod", 3, 2),
        new Dependency("root", -1, 3), new Dependency("punct", 3, 4));
    DocView v = Fixtures.view(not);
    VoiceGate g = new VoiceGate(v, Fixtures.verbs(), Fixtures.words());
    AttributionDraft d = draft(3, 0.9, 0);
    assertTrue(g.unsaid(v.view(0), d));
    assertFalse(g.passes(d));

    // "Smith replied : absolutely not ." : the "not" is the reply
    NlpSentence reply = Fixtures.sentence("Smith/NNP/PERSON replied/VBD/O/reply :/: absolutely/RB not/RB ./.",
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("punct", 1, 2),
        new Dependency("advmod", 4, 3), new Dependency("advmod", 1, 4), new Dependency("punct", 1, 5));
    v = Fixtures.view(reply);
    g = new VoiceGate(v, Fixtures.verbs(), Fixtures.words());
    d = draft(1, 0.9, 0, 3, 4);
    assertFalse(g.unsaid(v.view(0), d));
    assertTrue(g.passes(d));
  }

  @Test
  void theMeansOfAResponseIsAnActNotWords() {
    // "The committee responded by blocking access ." against "... by saying that it broke rules ."
    NlpSentence act = Fixtures.sentence("The/DT committee/NN/ORGANIZATION responded/VBD/O/respond by/IN "
            + "blocking/VBG/O/block access/NN ./.",
        new Dependency("det", 1, 0), new Dependency("nsubj", 2, 1), new Dependency("root", -1, 2),
        new Dependency("mark", 4, 3), new Dependency("advcl", 2, 4), new Dependency("obj", 4, 5),
        new Dependency("punct", 2, 6));
    DocView v = Fixtures.view(act);
    VoiceGate g = new VoiceGate(v, Fixtures.verbs(), Fixtures.words());
    AttributionDraft d = draft(2, 0.9, 1, 3, 4, 5);
    assertTrue(g.unsaid(v.view(0), d));
    assertFalse(g.passes(d));

    NlpSentence saying = Fixtures.sentence("The/DT committee/NN/ORGANIZATION responded/VBD/O/respond by/IN "
            + "saying/VBG/O/say that/IN it/PRP broke/VBD/O/break rules/NNS ./.",
        new Dependency("det", 1, 0), new Dependency("nsubj", 2, 1), new Dependency("root", -1, 2),
        new Dependency("mark", 4, 3), new Dependency("advcl", 2, 4), new Dependency("mark", 7, 5),
        new Dependency("nsubj", 7, 6), new Dependency("ccomp", 4, 7), new Dependency("obj", 7, 8),
        new Dependency("punct", 2, 9));
    v = Fixtures.view(saying);
    g = new VoiceGate(v, Fixtures.verbs(), Fixtures.words());
    d = draft(2, 0.9, 1, 3, 4, 5, 6, 7, 8);
    assertFalse(g.unsaid(v.view(0), d));
    assertTrue(g.passes(d));
  }

  @Test
  void aCueOutsideTheLexiconSpeaksOnlyWithAConfidentModel() {
    // "Smith built a wall to stop them ." : an act the model may take for a cue
    NlpSentence built = Fixtures.sentence("Smith/NNP/PERSON built/VBD/O/build a/DT wall/NN to/TO stop/VB them/PRP ./.",
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("det", 3, 2),
        new Dependency("obj", 1, 3), new Dependency("mark", 5, 4), new Dependency("advcl", 1, 5),
        new Dependency("obj", 5, 6), new Dependency("punct", 1, 7));
    DocView v = Fixtures.view(built);
    VoiceGate g = new VoiceGate(v, Fixtures.verbs(), Fixtures.words());
    assertFalse(g.reportingCue(v.view(0), draft(1, 0.5, 0, 4, 5, 6)));
    assertFalse(g.passes(draft(1, AttributionAnalyzer.VOICE_CONFIDENCE - 0.01, 0, 4, 5, 6)));
    assertTrue(g.passes(draft(1, AttributionAnalyzer.VOICE_CONFIDENCE, 0, 4, 5, 6)));
    // no speaker, no voice
    AttributionDraft none = draft(1, 0.99, 0, 4, 5, 6);
    none.speaker = null;
    assertFalse(g.passes(none));
  }
}
