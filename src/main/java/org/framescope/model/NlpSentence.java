package org.framescope.model;

import java.util.List;

/**
 * One annotated sentence.
 *
 * @param index sentence index in the document
 * @param begin character offset of the first token in the body
 * @param end character offset after the last token
 * @param text body.substring(begin, end)
 * @param tokens tokens in order
 * @param dependencies dependency edges (empty when the profile has no parser)
 * @param capped true when this is a piece of a stretch longer than the annotator's sentence-length cap: cut
 *     there, tokenized, but not tagged, recognised or parsed (its tokens carry POS "", NER "O", lemma = word)
 */
public record NlpSentence(int index, int begin, int end, String text, List<Token> tokens,
                          List<Dependency> dependencies, boolean capped) {
  public NlpSentence {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad sentence offsets: begin=" + begin + " end=" + end);
    }
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** A sentence of ordinary length (not capped). */
  public NlpSentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies) {
    this(index, begin, end, text, tokens, dependencies, false);
  }
}
