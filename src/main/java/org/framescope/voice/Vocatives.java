package org.framescope.voice;

import java.util.BitSet;
import java.util.List;

/**
 * A name or title said to the listener is not the source: in "Senator, your own party says ..." the party speaks,
 * and in "John, the governor said ..." the governor. CoreNLP parses such a vocative as the verb's subject (next to
 * the real one) or as the head of an apposition, so both the model and the rules took it for the source.
 *
 * <p>A source head is taken for a vocative when its own words (without apposition and punctuation) open the
 * sentence or follow a speaker label, a quotation mark or a dash, are at most {@value #MAX_WORDS} words with no
 * determiner, start with a capital and are followed by a comma; and then either the cue has a second subject after
 * that comma, or, inside a quotation or a transcript turn (where people are addressed), the apposition after the
 * comma runs into the cue without a closing comma ("Senator, your own party says": an apposition would be closed,
 * "Jane Miller, the senator, said"). The real subject becomes the source. Input: the document view and the drafts;
 * output: the drafts' source heads and spans, changed in place. Stateless.
 */
final class Vocatives {
  /** The longest vocative (words): "Mr. Vice President". */
  static final int MAX_WORDS = 4;

  private Vocatives() {}

  /** Moves each draft's source from a vocative to the subject it addresses. */
  static void apply(DocView v, List<AttributionDraft> drafts) {
    for (AttributionDraft d : drafts) {
      if (d.sourceHead < 0 || d.layout) {
        continue;
      }
      DependencyView p = v.view(d.sentence);
      int real = addressed(v, d.sentence, p, d.sourceHead, d.cueHead);
      if (real >= 0 && !d.cue.get(real)) {
        d.sourceHead = real;
        d.source = ContentRules.sourceSpan(p, real, d.cueHead, d.cue);
        d.contentIn(d.sentence).andNot(d.source);
      }
    }
  }

  /** When {@code s} is a vocative, the subject of {@code cue} it addresses; otherwise -1. */
  static int addressed(DocView v, int si, DependencyView p, int s, int cue) {
    BitSet own = p.subtree(s);
    for (int k : p.kids.get(s)) {
      if (p.rel[k].equals("appos")) {
        own.andNot(p.subtree(k));
      }
    }
    ContentRules.trimPunctuation(p, own);
    int first = own.nextSetBit(0);
    int last = own.length() - 1;
    if (first < 0 || last - first + 1 != own.cardinality() || own.cardinality() > MAX_WORDS
        || !opensClause(p, first) || last + 1 >= cue || !p.tok(last + 1).word().equals(",")
        || !Character.isUpperCase(p.tok(first).word().charAt(0))) {
      return -1;
    }
    for (int t = own.nextSetBit(0); t >= 0; t = own.nextSetBit(t + 1)) {
      if (p.rel[t].equals("det") || p.rel[t].equals("nmod:poss")) {
        return -1; // "The senator, ...", "His aide, ...": a description, not a name said to someone
      }
    }
    for (int t = last + 2; t < cue; t++) {
      if (p.gov[t] == cue && p.rel[t].startsWith("nsubj")) {
        return t; // "John, the governor said": two subjects of one verb
      }
    }
    if (!v.spoken(si, s)) {
      return -1;
    }
    for (int k : p.kids.get(s)) {
      if (p.rel[k].equals("appos") && k > last + 1 && k < cue) {
        BitSet a = p.subtree(k);
        boolean closed = false;
        for (int t = a.length(); t < cue; t++) {
          closed |= p.tok(t).word().equals(",");
        }
        if (!closed && p.dominates(cue, s)) {
          return k; // "Senator, your own party says": the apposition runs into the verb
        }
      }
    }
    return -1;
  }

  /** Whether token {@code t} opens the sentence or follows a speaker label's colon, a quotation mark or a dash. */
  private static boolean opensClause(DependencyView p, int t) {
    return t == 0 || p.isPunct(t - 1) && !p.tok(t - 1).word().equals(",");
  }
}
