package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.util.List;
import java.util.Set;

/**
 * The {@code rel} stance feature group: how the target relates to the evaluative words of its clause,
 * read from the raw text (NewsMTSC has no parses, and the stance model must run in the {@code fast}
 * profile too, which has no dependency parse). A cheap approximation of "target as subject or object of
 * a loaded predicate" and "path from the target to sentiment words".
 *
 * <p>Input: the sentence's tokens, the target's token range, its clause and the per-token signed
 * valence ({@link StanceLexicon#scores}). Output, in block {@code r:}: the sign of the nearest evaluative
 * word after the target in its clause ({@code subj+}/{@code subj-}: the target acts or is described), before
 * it ({@code obj+}/{@code obj-}: something is done to or said of the target), the preposition right before
 * the target with that sign ({@code prep:against-}), passive agent ({@code by <t>}), possessive target
 * ({@code poss+}/{@code poss-}), and whether a negator sits between target and the evaluative word.
 */
final class StanceRelations {
  private static final Set<String> PREPOSITIONS = Set.of("against", "for", "with", "by", "on", "to", "from",
      "toward", "towards", "over", "about", "of", "under", "behind", "despite", "like", "unlike", "than");

  private StanceRelations() { }

  static void add(String sentence, List<Tokenizer.Tok> toks, int[] tt, int[] clause, int[] val, FeatureSink f) {
    int after = 0;
    int afterDist = 0;
    for (int i = tt[1] + 1; i <= clause[1] && i < toks.size(); i++) {
      if (val[i] != 0) {
        after = val[i];
        afterDist = i - tt[1];
        break;
      }
    }
    int before = 0;
    int beforeDist = 0;
    for (int i = tt[0] - 1; i >= clause[0] && i >= 0; i--) {
      if (val[i] != 0) {
        before = val[i];
        beforeDist = tt[0] - i;
        break;
      }
    }
    if (after != 0) {
      f.begin(FeatureBlock.RELATION).add("subj").add(after > 0 ? '+' : '-').add(afterDist <= 3 ? "near" : "far").count();
      f.begin(FeatureBlock.RELATION).add("subj").add(after > 0 ? '+' : '-').count();
    }
    if (before != 0) {
      f.begin(FeatureBlock.RELATION).add("obj").add(before > 0 ? '+' : '-').add(beforeDist <= 3 ? "near" : "far").count();
      f.begin(FeatureBlock.RELATION).add("obj").add(before > 0 ? '+' : '-').count();
    }
    if (tt[0] > 0 && tt[0] - 1 < toks.size()) {
      String p = toks.get(tt[0] - 1).norm();
      if (PREPOSITIONS.contains(p)) {
        int sign = before != 0 ? before : after;
        f.begin(FeatureBlock.RELATION).add("prep:").add(p).add(sign > 0 ? "+" : sign < 0 ? "-" : "0").count();
      }
    }
    int endTok = Math.min(tt[1], toks.size() - 1);
    if (endTok >= 0 && endTok + 1 <= toks.size()) {
      Tokenizer.Tok last = toks.get(endTok);
      boolean poss = last.norm().endsWith("'s")
          || (last.end() < sentence.length() && (sentence.charAt(last.end()) == '\'' || sentence.charAt(last.end()) == '\u2019'));
      if (poss) {
        f.begin(FeatureBlock.RELATION).add("poss").add(after > 0 ? "+" : after < 0 ? "-" : "0").count();
      }
    }
    if (after != 0 && afterDist > 1) {
      for (int i = tt[1] + 1; i < tt[1] + afterDist; i++) {
        if (StanceLexicon.NEGATORS.contains(toks.get(i).norm())) {
          f.count(FeatureBlock.RELATION, "negBetween");
          break;
        }
      }
    }
    if (after == 0 && before == 0) {
      f.count(FeatureBlock.RELATION, "none");
    }
  }
}
