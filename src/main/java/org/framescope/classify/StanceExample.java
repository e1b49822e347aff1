package org.framescope.classify;

import java.util.Objects;

/**
 * One NewsMTSC target: the sentence, the target mention's [begin, end) offsets and the gold polarity.
 *
 * @param id the target id (Input.gid)
 * @param sentence the sentence text
 * @param begin mention start offset
 * @param end mention end offset (exclusive)
 * @param label 0 negative, 1 neutral, 2 positive
 */
public record StanceExample(String id, String sentence, int begin, int end, int label) {
  public StanceExample {
    Objects.requireNonNull(sentence, "sentence");
    if (begin < 0 || end < begin || end > sentence.length()) {
      throw new IllegalArgumentException("bad target offsets " + begin + ".." + end
          + " for sentence of length " + sentence.length());
    }
    if (label < 0 || label > 2) {
      throw new IllegalArgumentException("label must be 0..2, got " + label);
    }
  }
}
