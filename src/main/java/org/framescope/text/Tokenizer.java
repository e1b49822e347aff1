package org.framescope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;

/**
 * The one raw-text tokenizer (no CoreNLP, so models and comparisons give the same result whatever profile
 * analysed the text). Input: a string. Output, in two granularities over the same character classes:
 * <ul>
 *   <li><b>words</b> ({@link #tokens}, {@link #words}, {@link #contentWords}): runs of letters and digits
 *       with inner hyphens and apostrophes kept ("gun-toting", "don't", "pro-Kremlin" stay one word), with
 *       character offsets; the normal form is lower case with the typographic apostrophe folded to ASCII.
 *       Used by the classifiers, event grouping, per-voice token counts and distinctive words.</li>
 *   <li><b>CoreNLP-like tokens</b> ({@link #ptbTokens}, {@link #sentences}) for runs without CoreNLP
 *       (lexicon evaluation on PTC, benchmarks, tests): letter/digit runs joined across inner hyphens and
 *       dots or commas between digits; clitics split as CoreNLP does ("don't" -> "do" + "n't", "Kyiv's" ->
 *       "Kyiv" + "'s"); every other non-space character is a token; the lower-cased word is the lemma, no
 *       POS, NER "O". Sentences end after ".", "!" or "?" followed by white space, and at line breaks.</li>
 * </ul>
 */
public final class Tokenizer {
  /** The word pattern the hand-written scanner implements (kept for the test that checks them against each other). */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*");

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

  /** One word token: its surface text, [begin, end) offsets into the tokenized string, and normal form. */
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

  /** Word tokens of {@code text}, in order, with offsets and normal forms. */
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
      i = wordEnd(text, i);
      out.add(new Tok(text.substring(start, i), start, i));
    }
    return out;
  }

  /** End of the word starting at {@code i}: runs joined by an inner hyphen or apostrophe. */
  private static int wordEnd(String text, int i) {
    int n = text.length();
    i = run(text, i);
    while (i < n) {
      char c = text.charAt(i);
      if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < n && wordChar(text.codePointAt(i + 1))) {
        i = run(text, i + 1);
      } else {
        break;
      }
    }
    return i;
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

  /** \p{L} or \p{N}: a character that can be part of a word. */
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

  /** Normal forms of the word tokens of {@code text} (null gives none). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (Tok t : tokens(text)) {
      out.add(t.norm());
    }
    return out;
  }

  /** Number of word tokens in {@code text}. */
  public static int count(String text) {
    if (text == null) {
      return 0;
    }
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      i = wordEnd(text, i);
      n++;
    }
    return n;
  }

  /** Word tokens without stopwords and without pure numbers. */
  public static List<String> contentWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (!STOPWORDS.contains(w) && !w.chars().allMatch(Character::isDigit) && w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }

  /** Lower-case and fold the typographic apostrophe, the normal form used for all word features. */
  public static String normalize(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** CoreNLP-like tokens of {@code body[from, to)} (see the class comment), indices starting at 0. */
  public static List<Token> ptbTokens(String body, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = body.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if (j + 1 < to && (d == '-' || d == '\u2010') && Character.isLetterOrDigit(body.charAt(j + 1))) {
            j += 2;
          } else if (j + 1 < to && (d == '.' || d == ',') && Character.isDigit(body.charAt(j - 1))
              && Character.isDigit(body.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        // "don't" -> "do" + "n't"
        if (j + 1 < to && isApostrophe(body.charAt(j)) && (body.charAt(j + 1) == 't' || body.charAt(j + 1) == 'T')
            && j - 1 > i && (body.charAt(j - 1) == 'n' || body.charAt(j - 1) == 'N')
            && (j + 2 >= to || !Character.isLetter(body.charAt(j + 2)))) {
          add(out, body, i, j - 1);
          add(out, body, j - 1, j + 2);
          i = j + 2;
          continue;
        }
        add(out, body, i, j);
        i = j;
        continue;
      }
      if (isApostrophe(c) && !out.isEmpty() && out.get(out.size() - 1).end() == i) {
        int j = i + 1;
        while (j < to && Character.isLetter(body.charAt(j))) {
          j++;
        }
        String clitic = body.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (clitic.equals("s") || clitic.equals("re") || clitic.equals("ve") || clitic.equals("ll")
            || clitic.equals("d") || clitic.equals("m")) {
          add(out, body, i, j);
          i = j;
          continue;
        }
      }
      add(out, body, i, i + 1);
      i++;
    }
    return out;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static void add(List<Token> out, String body, int b, int e) {
    String w = body.substring(b, e);
    out.add(new Token(out.size(), b, e, w, w.toLowerCase(Locale.ROOT), "", "O"));
  }

  /** One sentence covering {@code body[from, to)} (offsets trimmed to its tokens). */
  public static NlpSentence sentence(int index, String body, int from, int to) {
    List<Token> toks = ptbTokens(body, from, to);
    int b = toks.isEmpty() ? from : toks.get(0).begin();
    int e = toks.isEmpty() ? from : toks.get(toks.size() - 1).end();
    return new NlpSentence(index, b, e, body.substring(b, e), toks, List.of());
  }

  /** Splits a body into sentences (see class comment); sentences without tokens are dropped. */
  public static List<NlpSentence> sentences(String body) {
    List<NlpSentence> out = new ArrayList<>();
    int start = 0;
    int n = body.length();
    for (int i = 0; i <= n; i++) {
      boolean cut = i == n;
      if (!cut) {
        char c = body.charAt(i);
        if (c == '\n') {
          cut = true;
        } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(body.charAt(i + 1)))) {
          i++;
          cut = true;
        }
      }
      if (cut) {
        int end = Math.min(i, n);
        NlpSentence s = sentence(out.size(), body, start, end);
        if (!s.tokens().isEmpty()) {
          out.add(s);
        }
        start = end;
      }
    }
    return out;
  }
}
