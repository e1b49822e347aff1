package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framescope.model.Dependency;
import org.junit.jupiter.api.Test;

/** Which tokens may head a source, and the subject the writer wrote where the parse put another. */
class SourceCandidateTest {

  @Test
  void aQuantifierSubjectIsACandidate() {
    // "most said they were worried": CoreNLP tags "most" JJS, which no part-of-speech list of nouns holds
    DependencyView p = new DependencyView(Fixtures.sentence("most/JJS said/VBD they/PRP were/VBD worried/JJ",
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("nsubj", 4, 2),
        new Dependency("cop", 4, 3), new Dependency("ccomp", 1, 4)));
    assertTrue(AttributionFeatures.sourceCandidate(p, 0));
    assertFalse(AttributionFeatures.sourceCandidate(p, 4), "an adjective that is no subject");
  }

  @Test
  void aVerbOrAFrontedPredicateIsNot() {
    // "Horrified at war , Ramos believes": the parse made the fronted predicate the subject
    DependencyView p = new DependencyView(Fixtures.sentence(
        "Horrified/JJ at/IN war/NN ,/, Ramos/NNP/PERSON believes/VBZ",
        new Dependency("nsubj", 5, 0), new Dependency("case", 2, 1), new Dependency("obl", 0, 2),
        new Dependency("punct", 0, 3), new Dependency("appos", 0, 4), new Dependency("root", -1, 5)));
    assertFalse(AttributionFeatures.sourceCandidate(p, 0));
    assertTrue(AttributionFeatures.sourceCandidate(p, 4));
    DependencyView q = new DependencyView(Fixtures.sentence("Defending/VBG it/PRP is/VBZ hard/JJ",
        new Dependency("nsubj", 3, 0), new Dependency("obj", 0, 1), new Dependency("cop", 3, 2),
        new Dependency("root", -1, 3)));
    assertFalse(AttributionFeatures.sourceCandidate(q, 0));
  }

  /** writtenSubject for source head {@code s} and a one-token cue {@code cue} on a hand-made sentence. */
  private static int written(int s, int cue, String spec, Dependency... deps) {
    java.util.BitSet c = new java.util.BitSet();
    c.set(cue);
    return ContentRules.writtenSubject(new DependencyView(Fixtures.sentence(spec, deps)), s, c);
  }

  @Test
  void anAppositiveRunningIntoTheCueIsTheSubject() {
    // "the relationship , the spokesman said": the parse's subject is "relationship", the speaker its appositive
    assertEquals(4, written(1, 5, "the/DT relationship/NN ,/, the/DT spokesman/NN said/VBD",
        new Dependency("det", 1, 0), new Dependency("nsubj", 5, 1), new Dependency("punct", 1, 2),
        new Dependency("det", 4, 3), new Dependency("appos", 1, 4), new Dependency("root", -1, 5)));
    // set off by commas on both sides, it is a real appositive: the subject stays
    assertEquals(0, written(0, 5, "Smith/NNP/PERSON ,/, a/DT spokesman/NN ,/, said/VBD",
        new Dependency("nsubj", 5, 0), new Dependency("punct", 0, 1), new Dependency("det", 3, 2),
        new Dependency("appos", 0, 3), new Dependency("punct", 0, 4), new Dependency("root", -1, 5)));
    // a name gives way only to a person's name: "Smith, a spokesman said" stays Smith's
    assertEquals(0, written(0, 4, "Smith/NNP/PERSON ,/, a/DT spokesman/NN said/VBD",
        new Dependency("nsubj", 4, 0), new Dependency("punct", 0, 1), new Dependency("det", 3, 2),
        new Dependency("appos", 0, 3), new Dependency("root", -1, 4)));
  }
}
