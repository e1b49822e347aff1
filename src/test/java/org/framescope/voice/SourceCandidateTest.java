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

  /**
   * A cue takes its head's auxiliaries, not one beyond a quotation mark: CoreNLP parses `want to be ," Nadal said`
   * with "be" as a passive auxiliary of "said", and the cue ran from inside the quotation.
   */
  @Test
  void aCueStopsAtAQuotationMark() {
    DependencyView p = new DependencyView(Fixtures.sentence("want/VB to/TO be/VB ,/, ''/'' Nadal/NNP/PERSON said/VBD",
        new Dependency("root", -1, 0), new Dependency("mark", 6, 1), new Dependency("aux:pass", 6, 2),
        new Dependency("punct", 6, 3), new Dependency("punct", 6, 4), new Dependency("nsubj:pass", 6, 5),
        new Dependency("xcomp", 0, 6)));
    assertEquals(java.util.BitSet.valueOf(new long[] {1L << 6}), ContentRules.cueGroup(p, 6));
    DependencyView q = new DependencyView(Fixtures.sentence("he/PRP has/VBZ not/RB yet/RB said/VBN",
        new Dependency("nsubj", 4, 0), new Dependency("aux", 4, 1), new Dependency("advmod", 4, 2),
        new Dependency("advmod", 4, 3), new Dependency("root", -1, 4)));
    java.util.BitSet hasNotSaid = new java.util.BitSet();
    hasNotSaid.set(1, 3);
    hasNotSaid.set(4);
    assertEquals(hasNotSaid, ContentRules.cueGroup(q, 4), "auxiliary and negation, adverbs between");
  }

  /** A question's auxiliary before the subject is not the cue's: "would Adam Schiff have pleaded" has "have pleaded". */
  @Test
  void aCueStopsAtItsSubject() {
    DependencyView p = new DependencyView(Fixtures.sentence(
        "why/WRB would/MD Adam/NNP/PERSON Schiff/NNP/PERSON have/VB pleaded/VBN",
        new Dependency("advmod", 5, 0), new Dependency("aux", 5, 1), new Dependency("compound", 3, 2),
        new Dependency("nsubj", 5, 3), new Dependency("aux", 5, 4), new Dependency("root", -1, 5)));
    java.util.BitSet havePleaded = new java.util.BitSet();
    havePleaded.set(4, 6);
    assertEquals(havePleaded, ContentRules.cueGroup(p, 5));
  }

  /** A particle beyond a preposition is not the cue's: CoreNLP hung "back" of "holding back" from "accused". */
  @Test
  void aCueTakesNoFarParticle() {
    DependencyView p = new DependencyView(Fixtures.sentence(
        "She/PRP accused/VBD Big/JJ Machine/NN of/IN holding/VBG back/RP permission/NN",
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("amod", 3, 2),
        new Dependency("obj", 1, 3), new Dependency("case", 5, 4), new Dependency("nmod", 3, 5),
        new Dependency("compound:prt", 1, 6), new Dependency("obj", 1, 7)));
    assertEquals(java.util.BitSet.valueOf(new long[] {1L << 1}), ContentRules.cueGroup(p, 1));
    DependencyView q = new DependencyView(Fixtures.sentence("they/PRP called/VBD it/PRP off/RP",
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("obj", 1, 2),
        new Dependency("compound:prt", 1, 3)));
    assertEquals(java.util.BitSet.valueOf(new long[] {(1L << 1) | (1L << 3)}), ContentRules.cueGroup(q, 1),
        "a particle after a short object");
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

  /** The source span's words for source head {@code s} and one-token cue {@code cue}, joined by spaces. */
  private static String span(int s, int cue, String spec, Dependency... deps) {
    DependencyView p = new DependencyView(Fixtures.sentence(spec, deps));
    java.util.BitSet c = new java.util.BitSet();
    c.set(cue);
    StringBuilder out = new StringBuilder();
    java.util.BitSet b = ContentRules.sourceSpan(p, s, cue, c);
    for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
      out.append(out.length() == 0 ? "" : " ").append(p.tok(t).word());
    }
    return out.toString();
  }

  // "People briefed on the move said that it failed", as CoreNLP parses it: the participle a clause of its own,
  // with the noun its subject, and that clause the clausal subject of the cue
  private static final String BRIEFED = "People/NNS briefed/VBD on/IN the/DT move/NN said/VBD that/IN it/PRP "
      + "failed/VBD";
  private static final Dependency[] BRIEFED_DEPS = {
      new Dependency("nsubj", 1, 0), new Dependency("csubj", 5, 1), new Dependency("case", 4, 2),
      new Dependency("det", 4, 3), new Dependency("obl", 1, 4), new Dependency("root", -1, 5),
      new Dependency("mark", 8, 6), new Dependency("nsubj", 8, 7), new Dependency("ccomp", 5, 8)};

  @Test
  void aReducedRelativeTheParseMadeAClauseIsPartOfTheSource() {
    assertEquals("People briefed on the move", span(0, 5, BRIEFED, BRIEFED_DEPS));
    // the cue found no source: the noun of the clausal subject is its head
    assertEquals(0, ContentRules.reducedRelativeSubject(new DependencyView(Fixtures.sentence(BRIEFED,
        BRIEFED_DEPS)), 5));
    // "Exit polls taken in Iowa found that ...": the participle the root, the cue its loose dependent
    String polls = "Exit/NN polls/NNS taken/VBN in/IN Iowa/NNP found/VBD that/IN it/PRP failed/VBD";
    Dependency[] pollsDeps = {
        new Dependency("compound", 1, 0), new Dependency("nsubj", 2, 1), new Dependency("root", -1, 2),
        new Dependency("case", 4, 3), new Dependency("obl", 2, 4), new Dependency("dep", 2, 5),
        new Dependency("mark", 8, 6), new Dependency("nsubj", 8, 7), new Dependency("ccomp", 5, 8)};
    assertEquals("Exit polls taken in Iowa", span(1, 5, polls, pollsDeps));
  }

  @Test
  void aMainClauseIsNoReducedRelative() {
    // "Blackwell pointed to Cruz , noting that it failed": a participle adjunct speaks with the main clause's
    // subject, whose clause is not part of the source
    String pointed = "Blackwell/NNP pointed/VBD to/IN Cruz/NNP ,/, noting/VBG that/IN it/PRP failed/VBD";
    Dependency[] pointedDeps = {
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("case", 3, 2),
        new Dependency("obl", 1, 3), new Dependency("punct", 1, 4), new Dependency("dep", 1, 5),
        new Dependency("mark", 8, 6), new Dependency("nsubj", 8, 7), new Dependency("ccomp", 5, 8)};
    assertEquals("Blackwell", span(0, 5, pointed, pointedDeps));
    // a pronoun takes no reduced relative; nor does a verb with an object
    String he = "He/PRP briefed/VBD on/IN the/DT move/NN said/VBD that/IN it/PRP failed/VBD";
    assertEquals("He", span(0, 5, he, BRIEFED_DEPS));
    String obj = "People/NNS briefed/VBD Smith/NNP on/IN Monday/NNP said/VBD that/IN it/PRP failed/VBD";
    assertEquals("People", span(0, 5, obj,
        new Dependency("nsubj", 1, 0), new Dependency("csubj", 5, 1), new Dependency("obj", 1, 2),
        new Dependency("case", 4, 3), new Dependency("obl", 1, 4), new Dependency("root", -1, 5),
        new Dependency("mark", 8, 6), new Dependency("nsubj", 8, 7), new Dependency("ccomp", 5, 8)));
    assertEquals(-1, ContentRules.reducedRelativeSubject(new DependencyView(Fixtures.sentence(he, BRIEFED_DEPS)),
        5));
  }

  @Test
  void aParticipleAdjunctSpeaksWithTheMainSubjectWhereverTheParseHungIt() {
    // "Trump acted the part , thanking Reince Priebus": CoreNLP makes "thanking" a modifier of the name after it
    String thanking = "Trump/NNP/PERSON acted/VBD the/DT part/NN ,/, thanking/VBG Reince/NNP Priebus/NNP";
    DependencyView p = new DependencyView(Fixtures.sentence(thanking,
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("det", 3, 2),
        new Dependency("obj", 1, 3), new Dependency("punct", 1, 4), new Dependency("amod", 7, 5),
        new Dependency("compound", 7, 6), new Dependency("dep", 1, 7)));
    assertEquals(0, ContentRules.adjunctController(p, 5));
    // "..., according to Reuters": its object is the source
    DependencyView q = new DependencyView(Fixtures.sentence(
        "Trump/NNP/PERSON acted/VBD the/DT part/NN ,/, according/VBG to/IN Reuters/NNP",
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("det", 3, 2),
        new Dependency("obj", 1, 3), new Dependency("punct", 1, 4), new Dependency("case", 7, 5),
        new Dependency("fixed", 5, 6), new Dependency("obl", 1, 7)));
    assertEquals(-1, ContentRules.adjunctController(q, 5));
    // a participle with a subject before it (an absolute clause, "aides saying"), or one before the main verb, is
    // controlled by no one here
    DependencyView r = new DependencyView(Fixtures.sentence(
        "Trump/NNP/PERSON acted/VBD ,/, aides/NNS saying/VBG it/PRP worked/VBD",
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("punct", 1, 2),
        new Dependency("nsubj", 4, 3), new Dependency("advcl", 1, 4), new Dependency("nsubj", 6, 5),
        new Dependency("ccomp", 4, 6)));
    assertEquals(-1, ContentRules.adjunctController(r, 4));
    DependencyView b = new DependencyView(Fixtures.sentence(
        "Aides/NNS ,/, citing/VBG polls/NNS ,/, said/VBD it/PRP worked/VBD",
        new Dependency("nsubj", 5, 0), new Dependency("punct", 2, 1), new Dependency("advcl", 5, 2),
        new Dependency("obj", 2, 3), new Dependency("punct", 2, 4), new Dependency("root", -1, 5),
        new Dependency("nsubj", 7, 6), new Dependency("ccomp", 5, 7)));
    assertEquals(-1, ContentRules.adjunctController(b, 2));
  }

  @Test
  void aDeterminerIsACandidateOnlyAsAPronoun() {
    // "received the endorsement of Gov. Mike Pence": the "the" of the cue noun is no source
    DependencyView p = new DependencyView(Fixtures.sentence("Cruz/NNP/PERSON received/VBD the/DT endorsement/NN",
        new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("det", 3, 2),
        new Dependency("obj", 1, 3)));
    assertFalse(AttributionFeatures.sourceCandidate(p, 2));
    // "That is what he said": a demonstrative standing alone is
    DependencyView q = new DependencyView(Fixtures.sentence("That/DT is/VBZ what/WP he/PRP said/VBD",
        new Dependency("nsubj", 2, 0), new Dependency("cop", 2, 1), new Dependency("root", -1, 2),
        new Dependency("nsubj", 4, 3), new Dependency("acl:relcl", 2, 4)));
    assertTrue(AttributionFeatures.sourceCandidate(q, 0));
  }

  @Test
  void aSourceSpanStartsAfterItsPreposition() {
    // "escaped the notice of executives at Twitter": the source is "executives at Twitter", not "of executives ..."
    DependencyView p = new DependencyView(Fixtures.sentence(
        "escaped/VBD the/DT notice/NN of/IN executives/NNS at/IN Twitter/NNP/ORGANIZATION",
        new Dependency("root", -1, 0), new Dependency("det", 2, 1), new Dependency("obj", 0, 2),
        new Dependency("case", 4, 3), new Dependency("nmod", 2, 4), new Dependency("case", 6, 5),
        new Dependency("nmod", 4, 6)));
    java.util.BitSet cue = new java.util.BitSet();
    cue.set(2);
    java.util.BitSet span = ContentRules.sourceSpan(p, 4, 2, cue);
    assertEquals("{4, 5, 6}", span.toString());
    // a preposition inside the phrase stays ("at Twitter")
    assertTrue(span.get(5));
  }
}
