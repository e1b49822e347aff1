package org.framescope.classify;

import org.framescope.text.Tokenizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Raw-text sentence features for the bias classifier (no CoreNLP needed).
 *
 * <p>Input: a sentence. Output: a sorted map of feature name to count or value: {@code w:} lower-cased
 * word n-grams (1..wordMaxN, joined with a space), {@code c:} character n-grams (charMin..charMax)
 * inside space-padded words as scikit-learn's char_wb does, and {@code d:} dense cues (quote present,
 * exclamation, question mark, share of capitalized words after the first, digits present).
 */
public final class TextFeatures {
  private TextFeatures() { }

  /** All features of a sentence under {@code cfg}. */
  public static TreeMap<String, Double> sentence(String text, FeatureConfig cfg) {
    return sentenceInto(text, cfg, new TreeMap<>());
  }

  /**
   * The same features into any map (a HashMap on the scoring path: vectors do not depend on map order,
   * see {@link Vectorizer#transform}).
   */
  public static <M extends Map<String, Double>> M sentenceInto(String text, FeatureConfig cfg, M f) {
    List<Tokenizer.Tok> toks = Tokenizer.tokens(text);
    wordGrams(toks, cfg.wordMaxN(), "w:", f);
    if (cfg.charMax() > 0) {
      for (Tokenizer.Tok t : toks) {
        charGrams(t.norm(), cfg.charMin(), cfg.charMax(), f);
      }
    }
    if (cfg.dense()) {
      dense(text, toks, f);
    }
    return f;
  }

  /** Adds lower-cased word n-grams 1..maxN with the given prefix. */
  public static void wordGrams(List<Tokenizer.Tok> toks, int maxN, String prefix, Map<String, Double> f) {
    for (int i = 0; i < toks.size(); i++) {
      StringBuilder sb = new StringBuilder(prefix);
      for (int n = 1; n <= maxN && i + n <= toks.size(); n++) {
        if (n > 1) {
          sb.append(' ');
        }
        sb.append(toks.get(i + n - 1).norm());
        f.merge(sb.toString(), 1.0, Double::sum);
      }
    }
  }

  /** Adds char_wb n-grams of one (already normalized) word, padded with a space on both sides. */
  public static void charGrams(String word, int min, int max, Map<String, Double> f) {
    String w = " " + word + " ";
    for (int n = min; n <= max; n++) {
      for (int i = 0; i + n <= w.length(); i++) {
        f.merge("c:" + w.substring(i, i + n), 1.0, Double::sum);
      }
      if (n >= w.length()) {
        break;
      }
    }
  }

  /** Dense surface cues, each in [0,1]. */
  public static void dense(String text, List<Tokenizer.Tok> toks, Map<String, Double> f) {
    boolean quote = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0;
    f.put("d:quote", quote ? 1.0 : 0.0);
    f.put("d:exclamation", text.indexOf('!') >= 0 ? 1.0 : 0.0);
    f.put("d:question", text.indexOf('?') >= 0 ? 1.0 : 0.0);
    int caps = 0;
    for (int i = 1; i < toks.size(); i++) {
      if (Character.isUpperCase(toks.get(i).text().codePointAt(0))) {
        caps++;
      }
    }
    f.put("d:capShare", toks.size() <= 1 ? 0.0 : (double) caps / (toks.size() - 1));
    boolean digit = false;
    for (int i = 0; i < text.length() && !digit; i++) {
      digit = Character.isDigit(text.charAt(i));
    }
    f.put("d:digits", digit ? 1.0 : 0.0);
    f.values().removeIf(v -> v == 0.0);
  }
}
