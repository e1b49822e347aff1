package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Token-level features for the biased-word model.
 *
 * <p>Input: the sentence's tokens and a position. Output: binary features of that token: the
 * lower-cased word, its 2-4 character suffixes and 3-character prefix, the previous and next words,
 * whether it is capitalized (not sentence-initial), all capitals, hyphenated, or long (8+ letters).
 */
public final class WordFeatures {
  private WordFeatures() { }

  /** Features of token {@code i}. */
  public static TreeMap<String, Double> token(List<Tokenizer.Tok> toks, int i) {
    TreeMap<String, Double> f = new TreeMap<>();
    Tokenizer.Tok t = toks.get(i);
    String w = t.norm();
    put(f, "t:w=" + w);
    for (int n = 2; n <= 4; n++) {
      if (w.length() > n + 1) {
        put(f, "t:s" + n + "=" + w.substring(w.length() - n));
      }
    }
    if (w.length() > 4) {
      put(f, "t:p3=" + w.substring(0, 3));
    }
    put(f, "t:prev=" + (i > 0 ? toks.get(i - 1).norm() : "<s>"));
    put(f, "t:next=" + (i + 1 < toks.size() ? toks.get(i + 1).norm() : "</s>"));
    String s = t.text();
    if (i > 0 && Character.isUpperCase(s.codePointAt(0))) {
      put(f, "t:cap");
    }
    if (s.length() > 1 && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.chars().anyMatch(Character::isLetter)) {
      put(f, "t:allcaps");
    }
    if (w.indexOf('-') > 0) {
      put(f, "t:hyphen");
    }
    if (w.length() >= 8) {
      put(f, "t:long");
    }
    if (w.chars().allMatch(Character::isDigit)) {
      put(f, "t:number");
    }
    return f;
  }

  private static void put(Map<String, Double> f, String name) {
    f.put(name, 1.0);
  }
}
