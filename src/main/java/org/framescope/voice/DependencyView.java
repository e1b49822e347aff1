package org.framescope.voice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.framescope.model.Dependency;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;

/**
 * Array view of one sentence's dependency tree: for each token its governor ({@code -1} for the root,
 * {@code -2} when the parse has no edge for it), relation and children, plus subtree, child and path look-ups.
 *
 * <p>Input: an {@link NlpSentence} (edges with out-of-range indices are skipped). Output: the views below.
 * Immutable after construction apart from the lazily computed depths; not shared between threads.
 */
final class DependencyView {
  final NlpSentence s;
  final int n;
  final int[] gov;
  final String[] rel;
  final List<List<Integer>> kids;
  private int[] depth;

  DependencyView(NlpSentence s) {
    this.s = s;
    this.n = s.tokens().size();
    gov = new int[n];
    rel = new String[n];
    Arrays.fill(gov, -2);
    Arrays.fill(rel, "");
    kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>());
    }
    for (Dependency d : s.dependencies()) {
      if (d.dependent() >= n || d.governor() >= n) {
        continue;
      }
      gov[d.dependent()] = d.governor();
      rel[d.dependent()] = d.relation();
      if (d.governor() >= 0) {
        kids.get(d.governor()).add(d.dependent());
      }
    }
  }

  Token tok(int i) {
    return s.tokens().get(i);
  }

  /** The sentence's words (token texts), in order. */
  List<String> words() {
    List<String> w = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      w.add(tok(i).word());
    }
    return w;
  }

  /** The tokens of the subtree rooted at {@code h}, h included. */
  BitSet subtree(int h) {
    BitSet b = new BitSet(n);
    ArrayDeque<Integer> st = new ArrayDeque<>();
    st.push(h);
    while (!st.isEmpty()) {
      int x = st.pop();
      if (b.get(x)) {
        continue;
      }
      b.set(x);
      for (int k : kids.get(x)) {
        st.push(k);
      }
    }
    return b;
  }

  /** The first child of {@code h} with this relation, or -1. */
  int child(int h, String relation) {
    for (int k : kids.get(h)) {
      if (rel[k].equals(relation)) {
        return k;
      }
    }
    return -1;
  }

  /** The token of [from, to) whose governor lies outside it (the last such one; the last token when none is). */
  int head(int from, int to) {
    int h = to - 1;
    for (int t = from; t < to; t++) {
      if (gov[t] < from || gov[t] >= to) {
        h = t;
      }
    }
    return h;
  }

  /**
   * Whether {@code k} heads a noun phrase with this preposition that names someone, not a time or amount ("by
   * Human Rights Watch", "from the ministry"; not "by Monday", "by 10 percent").
   */
  boolean agentPhrase(int k, String preposition) {
    return tok(k).pos().startsWith("NN") && !NOT_AGENT_NER.contains(tok(k).ner()) && caseOf(k).equals(preposition);
  }

  private static final java.util.Set<String> NOT_AGENT_NER =
      java.util.Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "MONEY", "PERCENT");

  /** The lower-cased preposition of {@code k} (its {@code case} child: "for" in "for the ministry"), or "". */
  String caseOf(int k) {
    int c = child(k, "case");
    return c < 0 ? "" : tok(c).word().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether {@code a} is {@code b} or one of its ancestors. */
  boolean dominates(int a, int b) {
    for (int x = b, hops = 0; x >= 0 && hops <= n; x = gov[x], hops++) {
      if (x == a) {
        return true;
      }
    }
    return false;
  }

  /** Distance from the root (root = 0; tokens without an edge count as roots). */
  int depth(int i) {
    if (depth == null) {
      int[] d = new int[n];
      for (int t = 0; t < n; t++) {
        int k = 0;
        for (int x = t; x >= 0 && gov[x] >= 0 && k <= n; x = gov[x]) {
          k++;
        }
        d[t] = k;
      }
      depth = d;
    }
    return depth[i];
  }

  /** Whether a relation attaches a nominal dependent to a verb or noun: an object, oblique or noun modifier. */
  static boolean nominalDependent(String rel) {
    return rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl") || rel.startsWith("nmod");
  }

  boolean isPunct(int i) {
    return isPunctToken(tok(i));
  }

  /** The body text from the start of token {@code from} to the end of token {@code to} (inclusive). */
  String text(int from, int to) {
    return s.text().substring(tok(from).begin() - s.begin(), tok(to).end() - s.begin());
  }

  /**
   * The head of a set of tokens: the one whose governor lies outside the set, nearest the root; ties go to the
   * leftmost. -1 for an empty set.
   */
  int headOf(BitSet tokens) {
    int best = -1;
    for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) {
      if (gov[t] >= 0 && tokens.get(gov[t])) {
        continue;
      }
      if (best < 0 || depth(t) < depth(best)) {
        best = t;
      }
    }
    return best;
  }

  /** Punctuation by tag (CoreNLP's quote, bracket and separator tags), or a token without letters or digits. */
  static boolean isPunctToken(Token t) {
    String p = t.pos();
    if (p.equals("``") || p.equals("''") || p.equals(",") || p.equals(".") || p.equals(":") || p.equals("-LRB-")
        || p.equals("-RRB-") || p.equals("HYPH") || p.equals("NFP")) {
      return true;
    }
    String w = t.word();
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
