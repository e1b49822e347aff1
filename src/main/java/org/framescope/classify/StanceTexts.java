package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.util.List;

/**
 * The texts a stance model embeds for one target: the sentence with the mention marked as
 * {@code <<mention>>} (so the encoder sees which entity is meant), and the target's clause with the
 * mention marked. Input: sentence and the mention's [begin, end). Output: strings.
 */
public final class StanceTexts {
  private StanceTexts() { }

  /** The sentence with the mention wrapped in {@code << >>}. */
  public static String marked(String sentence, int begin, int end) {
    return sentence.substring(0, begin) + "<<" + sentence.substring(begin, end) + ">>" + sentence.substring(end);
  }

  /** The clause around the mention (see {@link StanceFeatures}), mention marked. */
  public static String clause(String sentence, List<Tokenizer.Tok> toks, int begin, int end) {
    int[] tt = StanceFeatures.targetTokens(toks, begin, end);
    int[] cl = StanceFeatures.clause(sentence, toks, tt);
    if (toks.isEmpty() || cl[0] > cl[1] || cl[0] >= toks.size()) {
      return marked(sentence, begin, end);
    }
    int from = Math.min(begin, toks.get(cl[0]).begin());
    int to = Math.max(end, toks.get(Math.min(cl[1], toks.size() - 1)).end());
    return marked(sentence.substring(from, to), begin - from, end - from);
  }
}
