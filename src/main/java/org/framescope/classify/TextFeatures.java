package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Raw-text sentence features for the bias classifier (no CoreNLP needed), in the hashed feature space.
 *
 * <p>Input: a sentence. Output, into a {@link FeatureSink}: {@code w:} lower-cased word n-grams
 * (1..wordMaxN, joined with a space), {@code c:} character n-grams (charMin..charMax) inside
 * space-padded words as scikit-learn's char_wb does, and {@code d:} dense cues (quote present,
 * exclamation, question mark, share of capitalized words after the first, digits present).
 */
public final class TextFeatures {
  private TextFeatures() { }

  /** All features of a sentence under {@code cfg}. */
  public static Features sentence(String text, FeatureConfig cfg) {
    FeatureSink s = new FeatureSink();
    sentence(text, Tokenizer.tokens(text), cfg, s);
    return s.finish();
  }

  /** Readable form (name to value) of {@link #sentence(String, FeatureConfig)}, for tests and explanations. */
  public static TreeMap<String, Double> named(String text, FeatureConfig cfg) {
    FeatureSink s = FeatureSink.naming(Set.of());
    sentence(text, Tokenizer.tokens(text), cfg, s);
    return s.named(s.finish());
  }

  /** Adds the features of a tokenized sentence to {@code f}. */
  public static void sentence(String text, List<Tokenizer.Tok> toks, FeatureConfig cfg, FeatureSink f) {
    if (f.wants(FeatureBlock.WORD)) {
      wordGrams(toks, cfg.wordMaxN(), FeatureBlock.WORD, f);
    }
    if (cfg.charMax() > 0 && f.wants(FeatureBlock.CHAR)) {
      for (Tokenizer.Tok t : toks) {
        charGrams(t.norm(), cfg.charMin(), cfg.charMax(), FeatureBlock.CHAR, f);
      }
    }
    if (cfg.dense()) {
      dense(text, toks, f);
    }
  }

  /** Adds lower-cased word n-grams 1..maxN in block {@code b}. */
  public static void wordGrams(List<Tokenizer.Tok> toks, int maxN, FeatureBlock b, FeatureSink f) {
    for (int i = 0; i < toks.size(); i++) {
      for (int n = 1; n <= maxN && i + n <= toks.size(); n++) {
        f.begin(b);
        for (int k = 0; k < n; k++) {
          if (k > 0) {
            f.add(' ');
          }
          f.add(toks.get(i + k).norm());
        }
        f.count();
      }
    }
  }

  /**
   * Adds char_wb n-grams of one (already normalized) word, padded with a space on both sides. A hashing
   * sink gets them by one running hash per start position (the n-grams from one start share their prefix),
   * which gives the same keys as hashing each n-gram on its own, at a third of the work.
   */
  public static void charGrams(String word, int min, int max, FeatureBlock b, FeatureSink f) {
    int len = word.length() + 2;
    if (!f.wants(b)) {
      return;
    }
    String padded = f.isNaming() ? " " + word + " " : null;
    int seed = FeatureSink.seed(b);
    for (int i = 0; i + min <= len; i++) {
      int h = seed;
      for (int j = i; j < len && j - i < max; j++) {
        h = FeatureSink.step(h, j == 0 || j == len - 1 ? ' ' : word.charAt(j - 1));
        if (j - i + 1 >= min) {
          if (padded == null) {
            f.countHashed(b, h);
          } else {
            f.countHashed(b, h, padded, i, j + 1);
          }
        }
      }
    }
  }

  /** Dense surface cues, each in [0,1] (zero values are left out). */
  public static void dense(String text, List<Tokenizer.Tok> toks, FeatureSink f) {
    boolean quote = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0;
    f.dense("quote", quote ? 1.0 : 0.0);
    f.dense("exclamation", text.indexOf('!') >= 0 ? 1.0 : 0.0);
    f.dense("question", text.indexOf('?') >= 0 ? 1.0 : 0.0);
    int caps = 0;
    for (int i = 1; i < toks.size(); i++) {
      if (Character.isUpperCase(toks.get(i).text().codePointAt(0))) {
        caps++;
      }
    }
    f.dense("capShare", toks.size() <= 1 ? 0.0 : (double) caps / (toks.size() - 1));
    boolean digit = false;
    for (int i = 0; i < text.length() && !digit; i++) {
      digit = Character.isDigit(text.charAt(i));
    }
    f.dense("digits", digit ? 1.0 : 0.0);
  }
}
