package org.framescope.voice;

import java.util.BitSet;
import java.util.List;

/**
 * A passive "as"-clause of a reporting verb with its agent: "Relations have reached a new level, as stated by
 * Defence Minister Sergei Shoigu"; "The economy is recovering, as noted by the central bank". The agent is the
 * source, "as" and the verb the cue, and the clause the "as"-clause hangs from is the content. Neither the rules
 * (no subject, no complement) nor the model (which took "The economy" as the source of "noted" and "by the central
 * bank" as its content) read it so. An attribution already on the verb is corrected; else one is added. The
 * parser hangs the as-clause as an adverbial clause or, mid-sentence, as a conjunct; both are read.
 */
final class AsClauses {
  private AsClauses() {}

  static void apply(DocView v, List<AttributionDraft> drafts, ReportingVerbs verbs) {
    for (int si = 0; si < v.size(); si++) {
      DependencyView p = v.view(si);
      for (int t = 0; t < p.n; t++) {
        if (!p.tok(t).pos().equals("VBN")) {
          continue;
        }
        int agent = ClaimFinder.passiveAgent(p, t);
        if (agent < 0 || verbs.match(p.s, t).isEmpty()) {
          continue;
        }
        int as = p.child(t, "mark");
        if (as < 0 || !p.tok(as).word().equalsIgnoreCase("as")) {
          as = p.child(t, "case"); // the parser marks "as stated by" either way
        }
        int g = p.gov[t];
        if (as < 0 || !p.tok(as).word().equalsIgnoreCase("as") || g < 0
            || !(p.rel[t].equals("advcl") || p.rel[t].equals("conj"))) {
          continue;
        }
        // what was stated: the clause the as-clause hangs from, on the side away from it ("X, as stated by Y":
        // before it; "As stated by Y, X": after it), so that a clause joined on after it stays out
        BitSet clause = p.subtree(t);
        BitSet content = p.subtree(g);
        int from = clause.nextSetBit(0);
        int to = clause.length();
        if (content.nextSetBit(0) < from) {
          content.clear(from, p.n);
        } else {
          content.clear(0, to);
        }
        ContentRules.trimPunctuation(p, content);
        BitSet source = ContentRules.sourceSpan(p, agent, t, ContentRules.cueGroup(p, t)); // "by Reuters": Reuters
        if (content.isEmpty() || source.isEmpty()) {
          continue;
        }
        AttributionDraft d = AttributionDraft.onCue(drafts, p, si, t);
        // the clause the "as"-clause hangs from is what was stated, not a cue of its own, unless it reports
        // ("X said Y, as reported by Z" keeps "said", nested in Z's content)
        if (verbs.match(p.s, g).isEmpty()) {
          int sentence = si;
          drafts.removeIf(x -> x.sentence == sentence && x.cueHead == g);
        }
        d.cue.set(as);
        d.sourceHead = agent;
        d.source = source;
        d.content.clear();
        d.contentIn(si).or(content);
      }
    }
  }
}
