package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.framescope.model.Dependency;
import org.framescope.model.NlpSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sources a draft takes from around its cue, alone, on hand-made parses and drafts (no model). */
class SourceInheritanceTest {
  private static ClaimFinder claims;

  @BeforeAll
  static void load() {
    claims = new ClaimFinder(Fixtures.verbs(), Fixtures.actors(), Fixtures.words());
  }

  /** A draft in sentence 0 with cue head {@code cue}, the source the model chose (-1: none) and content. */
  private static AttributionDraft draft(int cue, int source, int... content) {
    BitSet c = new BitSet();
    c.set(cue);
    AttributionDraft d = new AttributionDraft(0, cue, c, 0.9);
    d.sourceHead = source;
    if (source >= 0) {
      d.source.set(source);
    }
    for (int t : content) {
      d.contentIn(0).set(t);
    }
    return d;
  }

  @Test
  void thePassiveAgentAccusesAndTheChargeIsContent() {
    // "He was accused by Jones of lying ." : Jones accuses; "of lying" is what he is accused of
    NlpSentence s = Fixtures.sentence("He/PRP was/VBD accused/VBN/O/accuse by/IN Jones/NNP/PERSON of/IN "
            + "lying/VBG/O/lie ./.",
        new Dependency("nsubj:pass", 2, 0), new Dependency("aux:pass", 2, 1), new Dependency("root", -1, 2),
        new Dependency("case", 4, 3), new Dependency("obl:agent", 2, 4), new Dependency("mark", 6, 5),
        new Dependency("acl", 4, 6), new Dependency("punct", 2, 7));
    AttributionDraft d = draft(2, 0, 3, 4, 5, 6);
    SourceInheritance.apply(Fixtures.view(s), List.of(d), claims, Fixtures.words());
    assertEquals(4, d.sourceHead);
    assertEquals(BitSet.valueOf(new long[] {1L << 4}), d.source, "the agent without 'by' and without the charge");
    BitSet content = d.content.get(0);
    assertTrue(content.get(5) && content.get(6), () -> "the charge is content: " + content);
    assertTrue(content.get(0), () -> "the one accused is content: " + content);
    assertFalse(content.get(3) || content.get(4), () -> "the agent's phrase is no content: " + content);
  }

  @Test
  void aQuestionsParticipleHasNoSourceAndAHangingCueTakesItsClausesSubject() {
    // "Asked about it , Smith warned , adding that it failed ." : nobody asks here; "adding" is Smith's
    NlpSentence s = Fixtures.sentence("Asked/VBN/O/ask about/IN it/PRP ,/, Smith/NNP/PERSON warned/VBD/O/warn ,/, "
            + "adding/VBG/O/add that/IN it/PRP failed/VBD/O/fail ./.",
        new Dependency("advcl", 5, 0), new Dependency("case", 2, 1), new Dependency("obl", 0, 2),
        new Dependency("punct", 5, 3), new Dependency("nsubj", 5, 4), new Dependency("root", -1, 5),
        new Dependency("punct", 5, 6), new Dependency("advcl", 5, 7), new Dependency("mark", 10, 8),
        new Dependency("nsubj", 10, 9), new Dependency("ccomp", 7, 10), new Dependency("punct", 5, 11));
    AttributionDraft asked = draft(0, 4, 1, 2);
    AttributionDraft adding = draft(7, -1, 8, 9, 10);
    SourceInheritance.apply(Fixtures.view(s), List.of(asked, adding), claims, Fixtures.words());
    assertEquals(-1, asked.sourceHead);
    assertTrue(asked.source.isEmpty());
    assertEquals(4, adding.sourceHead);
  }
}
