package org.framescope.model;

import java.util.Objects;

/**
 * One token of the article body.
 *
 * @param index index within its sentence (0-based)
 * @param begin character offset into the body (inclusive)
 * @param end character offset into the body (exclusive)
 * @param word surface form as in the body
 * @param lemma lemma (lower-cased for non-proper nouns by the annotator)
 * @param pos Penn Treebank POS tag ("" if the profile has no POS)
 * @param ner coarse NER label (PERSON, ORGANIZATION, LOCATION, ..., or "O")
 */
public record Token(int index, int begin, int end, String word, String lemma, String pos, String ner) {
  public Token {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad token offsets: begin=" + begin + " end=" + end);
    }
    Objects.requireNonNull(word, "word");
    lemma = lemma == null ? word : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null ? "O" : ner;
  }
}
