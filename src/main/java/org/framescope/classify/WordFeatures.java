package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Token-level features for the biased-word model, in the hashed feature space (block {@code t}).
 *
 * <p>Input: the sentence's tokens and a position. Output: binary features of that token: the
 * lower-cased word, its 2-4 character suffixes and 3-character prefix, the previous and next words,
 * whether it is capitalized (not sentence-initial), all capitals, hyphenated, or long (8+ letters).
 */
public final class WordFeatures {
  private WordFeatures() { }

  /** Features of token {@code i}. */
  public static Features token(List<Tokenizer.Tok> toks, int i) {
    FeatureSink f = new FeatureSink();
    token(toks, i, f);
    return f.finish();
  }

  /** Readable form of {@link #token(List, int)} (tests). */
  public static TreeMap<String, Double> named(List<Tokenizer.Tok> toks, int i) {
    FeatureSink f = FeatureSink.naming(Set.of());
    token(toks, i, f);
    return f.named(f.finish());
  }

  /** Adds the features of token {@code i} to {@code f}. */
  public static void token(List<Tokenizer.Tok> toks, int i, FeatureSink f) {
    Tokenizer.Tok t = toks.get(i);
    String w = t.norm();
    FeatureBlock b = FeatureBlock.TOKEN;
    f.begin(b).add("w=").add(w).count();
    for (int n = 2; n <= 4; n++) {
      if (w.length() > n + 1) {
        f.begin(b).add('s').add((char) ('0' + n)).add('=').add(w, w.length() - n, w.length()).count();
      }
    }
    if (w.length() > 4) {
      f.begin(b).add("p3=").add(w, 0, 3).count();
    }
    f.begin(b).add("prev=").add(i > 0 ? toks.get(i - 1).norm() : "<s>").count();
    f.begin(b).add("next=").add(i + 1 < toks.size() ? toks.get(i + 1).norm() : "</s>").count();
    String s = t.text();
    if (i > 0 && Character.isUpperCase(s.codePointAt(0))) {
      f.count(b, "cap");
    }
    if (s.length() > 1 && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.chars().anyMatch(Character::isLetter)) {
      f.count(b, "allcaps");
    }
    if (w.indexOf('-') > 0) {
      f.count(b, "hyphen");
    }
    if (w.length() >= 8) {
      f.count(b, "long");
    }
    boolean number = true;
    for (int k = 0; k < w.length() && number; k++) {
      number = Character.isDigit(w.charAt(k));
    }
    if (number) {
      f.count(b, "number");
    }
  }
}
