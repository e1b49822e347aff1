package org.framescope.voice;

import java.util.BitSet;

/**
 * A reporting verb found by the rules ({@link ClaimFinder}) with its subject and the tokens of its complement.
 *
 * @param sentence sentence index
 * @param verb the reporting verb or phrase
 * @param subject token index of the subject (the source head), within the sentence
 * @param content the complement tokens (may be empty: "Smith said in a statement.")
 */
record Claim(int sentence, ReportingVerbs.Match verb, int subject, BitSet content) {
  Claim {
    content = (BitSet) content.clone();
  }

  @Override
  public BitSet content() {
    return (BitSet) content.clone();
  }

  boolean contentHas(int t) {
    return content.get(t);
  }

  int head() {
    return verb.head();
  }
}
