package org.framescope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;

/**
 * A crude tokenizer and sentence splitter for runs without CoreNLP (evaluation, benchmarks, tests).
 *
 * <p>Input: body text. Output: {@link NlpSentence}s whose tokens carry body offsets, the surface word,
 * the lower-cased word as lemma, no POS tag and NER "O". Words are letter/digit runs, joined across
 * inner hyphens ("so-called") and dots between digits; clitics are split as CoreNLP does ("don't" ->
 * "do" + "n't", "Kyiv's" -> "Kyiv" + "'s"); every other non-space character is a token. Sentences end
 * after ".", "!" or "?" followed by white space, and at line breaks.
 */
public final class SimpleTokenizer {
  private SimpleTokenizer() { }

  /** Tokens of {@code body[from, to)}, indices starting at 0. */
  public static List<Token> tokenize(String body, int from, int to) {
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
    List<Token> toks = tokenize(body, from, to);
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
