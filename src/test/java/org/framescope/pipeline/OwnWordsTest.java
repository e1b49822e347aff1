package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.framescope.model.NlpSentence;
import org.framescope.model.Speaker;
import org.framescope.model.SpeakerType;
import org.framescope.model.Token;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;
import org.junit.jupiter.api.Test;

/** The outlet's own words of a sentence, which its own stance is read from. */
class OwnWordsTest {
  private static final String S = "Zakharova claimed that Ukraine shelled the plant, Kyiv said.";

  private static NlpSentence sentence() {
    List<Token> toks = new ArrayList<>();
    int at = 0;
    for (String w : new String[] {"Zakharova", "claimed", "that", "Ukraine", "shelled", "the", "plant", ",", "Kyiv",
        "said", "."}) {
      int b = S.indexOf(w, at);
      toks.add(new Token(toks.size(), b, b + w.length(), w, w, "NN", "O"));
      at = b + w.length();
    }
    return new NlpSentence(0, 0, S.length(), S, toks, List.of());
  }

  @Test
  void attributedWordsAreLeftOutAndTheTargetKeptWhereItIs() {
    Speaker z = new Speaker("Maria Zakharova", null, "Russia", SpeakerType.GOVERNMENT);
    int rb = S.indexOf("that");
    int re = S.indexOf(",");
    List<VoiceSegment> segs = List.of(new VoiceSegment(0, rb, Voice.AUTHOR, null), new VoiceSegment(rb, re, Voice.REPORTED, z),
        new VoiceSegment(re, S.length(), Voice.AUTHOR, null));
    int kb = S.indexOf("Kyiv");
    ActorStances.OwnWords own = ActorStances.OwnWords.of(sentence(), segs, kb, kb + 4);
    assertEquals("Zakharova claimed , Kyiv said.", own.text());
    assertEquals("Kyiv", own.text().substring(own.targetBegin(), own.targetEnd()));
    int zb = 0;
    ActorStances.OwnWords own2 = ActorStances.OwnWords.of(sentence(), segs, zb, zb + 9);
    assertEquals("Zakharova", own2.text().substring(own2.targetBegin(), own2.targetEnd()));
  }

  @Test
  void aSentenceAllInTheOutletsVoiceIsUnchanged() {
    List<VoiceSegment> segs = List.of(new VoiceSegment(0, S.length(), Voice.AUTHOR, null));
    ActorStances.OwnWords own = ActorStances.OwnWords.of(sentence(), segs, S.indexOf("Ukraine"), S.indexOf("Ukraine") + 7);
    assertEquals(S, own.text());
    assertEquals("Ukraine", own.text().substring(own.targetBegin(), own.targetEnd()));
  }
}
