package org.framescope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A deliberately simple word tokeniser shared by event grouping, per-voice token counts and the
 * distinctive-word comparison. In: any text. Out: lower-cased runs of letters and digits (an inner
 * apostrophe or hyphen between letters is kept, so "don't" and "pro-Kremlin" stay one word).
 * It needs no NLP models, so the comparison gives the same counts whatever profile analysed the articles.
 */
public final class Tokens {
  /** Common English function words, left out of TF-IDF vectors and distinctive-word lists. */
  public static final Set<String> STOPWORDS = Set.of(
      "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
      "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
      "does", "doing", "during", "each", "for", "from", "further", "had", "has", "have", "having", "he",
      "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
      "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
      "or", "other", "our", "ours", "out", "over", "own", "said", "same", "says", "she", "should", "so",
      "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
      "this", "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were",
      "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
      "your", "yours", "mr", "ms", "mrs", "s", "t", "say", "told", "one", "two", "new");

  private Tokens() { }

  /** Lower-cased word tokens of {@code text}, in order. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c)) {
          i += Character.charCount(c);
        } else if ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < n
            && Character.isLetterOrDigit(text.codePointAt(i + 1)) && i > start) {
          i += 1;
        } else {
          break;
        }
      }
      out.add(text.substring(start, i).replace('\u2019', '\'').toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Number of word tokens in {@code text}. */
  public static int count(String text) {
    return words(text).size();
  }

  /** Word tokens without stopwords and without pure numbers. */
  public static List<String> content(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (!STOPWORDS.contains(w) && !w.chars().allMatch(Character::isDigit) && w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }
}
