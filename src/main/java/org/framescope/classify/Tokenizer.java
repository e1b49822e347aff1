package org.framescope.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw-text word tokenizer used by the classifiers (no CoreNLP, so models run on any sentence).
 *
 * <p>Input: a string. Output: word tokens (letters/digits, with inner hyphens and apostrophes kept,
 * as in "gun-toting" or "don't") with their character offsets into the input.
 */
public final class Tokenizer {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*");

  /** One token: its surface text and [begin, end) offsets into the tokenized string. */
  public record Tok(String text, int begin, int end) {
    public Tok {
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("bad token offsets: begin=" + begin + " end=" + end);
      }
    }

    /** Lower-cased form with the typographic apostrophe folded to ASCII. */
    public String norm() {
      return normalize(text);
    }
  }

  private Tokenizer() { }

  /** Tokens of {@code text}, in order. */
  public static List<Tok> tokens(String text) {
    List<Tok> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Tok(m.group(), m.start(), m.end()));
    }
    return out;
  }

  /** Lower-case and fold the typographic apostrophe, the normal form used for all word features. */
  public static String normalize(String word) {
    return word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
  }
}
