package org.framescope.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw-text word tokenizer used by the classifiers (no CoreNLP, so models run on any sentence).
 *
 * <p>Input: a string. Output: word tokens (runs of letters/digits, {@code [\p{L}\p{N}]+}, with inner
 * hyphens and apostrophes kept, as in "gun-toting" or "don't", i.e. the regular expression
 * {@code [\p{L}\p{N}]+(?:[-'\u2019][\p{L}\p{N}]+)*}) with their character offsets into the input and
 * their normal form. A hand-written scanner (same tokens as that expression, checked by a test) because
 * this runs for every sentence and every stance target.
 */
public final class Tokenizer {
  /** One token: its surface text, [begin, end) offsets into the tokenized string, and normal form. */
  public record Tok(String text, int begin, int end, String norm) {
    public Tok {
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("bad token offsets: begin=" + begin + " end=" + end);
      }
    }

    /** A token whose normal form is computed from its text. */
    public Tok(String text, int begin, int end) {
      this(text, begin, end, normalize(text));
    }
  }

  private Tokenizer() { }

  /** Tokens of {@code text}, in order. */
  public static List<Tok> tokens(String text) {
    List<Tok> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i = run(text, i);
      // inner joiners: a hyphen or apostrophe followed by another run
      while (i < n) {
        char c = text.charAt(i);
        if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < n && wordChar(text.codePointAt(i + 1))) {
          i = run(text, i + 1);
        } else {
          break;
        }
      }
      out.add(new Tok(text.substring(start, i), start, i));
    }
    return out;
  }

  private static int run(String text, int i) {
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!wordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** \p{L} or \p{N}. */
  static boolean wordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** Lower-case and fold the typographic apostrophe, the normal form used for all word features. */
  public static String normalize(String word) {
    return word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
  }
}
