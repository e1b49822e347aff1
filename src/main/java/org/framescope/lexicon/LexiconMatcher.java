package org.framescope.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;
import org.framescope.model.Token;

/**
 * Matches lexicon entries in sentences with a token trie.
 *
 * <p>Input: one or more {@link Lexicon}s (compiled once) and, per call, an {@link NlpSentence}. Output:
 * one {@link Span} per match, sorted by begin, end, category, group, source.
 *
 * <p>Rules: a token matches an entry token when its lemma or its surface word, lower-cased, equals it;
 * a case-sensitive entry token must equal the unchanged surface word (lemmas are lower-cased by the
 * annotators for most words, so they carry no reliable case); a wildcard entry token
 * ({@code abandon*}) matches any lemma or word starting with it. POS constraints are Penn-tag prefixes
 * ("JJ" matches JJR); tokens without a POS tag pass every constraint. Within one category (and label
 * group:side) spans never overlap: the leftmost start wins, and at a start the longest entry wins; ties
 * go to the entry listed first. Different categories may overlap. A span is negated when "not", "n't",
 * "never", "no", "without", "neither", "nor" or "hardly" is among the three tokens before it, not
 * counting across ",", ";" or ":". Hyphenated words are one token (see {@link #joinHyphenated}), so a span
 * never begins or ends inside a word.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LexiconMatcher implements SpanMatcher {
  /** Words that open a negation scope (compared lower-cased with the surface word). */
  public static final Set<String> NEGATORS =
      Set.of("not", "n't", "never", "no", "without", "neither", "nor", "hardly");
  /** Tokens that close a clause for the negation look-back. */
  public static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":");
  /** How many preceding tokens the negation look-back inspects. */
  public static final int NEGATION_WINDOW = 3;

  private static final Compiled[] NONE = new Compiled[0];
  private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::begin)
      .thenComparingInt(Span::end)
      .thenComparing(Span::category)
      .thenComparing(s -> s.group() == null ? "" : s.group())
      .thenComparing(Span::source)
      .thenComparing(Span::explanation);

  private static final class Node {
    Map<String, Node> exact;
    Map<String, Node> prefix;
    int minPrefix = Integer.MAX_VALUE;
    int maxPrefix;
    /** Case-sensitive edges, keyed by the unchanged surface form. */
    Map<String, Node> exactCs;
    Map<String, Node> prefixCs;
    int minPrefixCs = Integer.MAX_VALUE;
    int maxPrefixCs;
    Compiled[] terminal = NONE;

    boolean hasChildren() {
      return exact != null || prefix != null || exactCs != null || prefixCs != null;
    }
  }

  private record Compiled(LexiconEntry entry, int ordinal, int channel, String[][] pos, String explanation,
                          String explanationNegated, String group) { }

  private final Node root = new Node();
  private final int channels;
  private final int size;
  private final ThreadLocal<State> state;

  /** Compiles the entries of the given lexicons, in order (earlier lexicons win ties). */
  public LexiconMatcher(List<Lexicon> lexicons) {
    Map<String, Integer> channelIds = new HashMap<>();
    int n = 0;
    for (Lexicon lex : lexicons) {
      for (LexiconEntry e : lex.entries()) {
        int ch = channelIds.computeIfAbsent(e.category() + "\t" + e.group(), k -> channelIds.size());
        String definition = lex.categories().getOrDefault(e.category(), "");
        add(e, new Compiled(e, n, ch, compilePos(e.pos()), explain(e, definition, false), explain(e, definition, true),
            e.group().isEmpty() ? null : e.group()));
        n++;
      }
    }
    this.channels = channelIds.size();
    this.size = n;
    this.state = ThreadLocal.withInitial(() -> new State(channels));
  }

  public static LexiconMatcher of(Lexicon... lexicons) {
    return new LexiconMatcher(List.of(lexicons));
  }

  /** Number of compiled entries. */
  public int size() { return size; }

  static String explain(LexiconEntry e, String definition, boolean negated) {
    StringBuilder sb = new StringBuilder(e.category());
    List<String> parts = new ArrayList<>();
    if (e.valence() != 0) {
      parts.add(e.valence() < 0 ? "negative" : "positive");
    }
    if (e.intensity() > 0) {
      parts.add("intensity " + e.intensity());
    }
    if (!e.group().isEmpty()) {
      parts.add(e.group());
    }
    if (!parts.isEmpty()) {
      sb.append(" (").append(String.join(", ", parts)).append(')');
    }
    String why = !e.note().isEmpty() ? e.note() : definition;
    if (!why.isEmpty()) {
      sb.append(": ").append(why);
    }
    if (negated) {
      sb.append(" [negated]");
    }
    return sb.toString();
  }

  private static String[][] compilePos(List<String> pos) {
    String[][] out = new String[pos.size()][];
    for (int i = 0; i < pos.size(); i++) {
      out[i] = pos.get(i).equals("*") ? null : pos.get(i).split("\\|");
    }
    return out;
  }

  private void add(LexiconEntry e, Compiled c) {
    Node node = root;
    List<String> toks = e.tokens();
    boolean cs = e.caseSensitive();
    for (int i = 0; i < toks.size(); i++) {
      String key = toks.get(i);
      boolean last = i == toks.size() - 1;
      if (last && e.prefix()) {
        if (cs) {
          if (node.prefixCs == null) {
            node.prefixCs = new HashMap<>();
          }
          node.minPrefixCs = Math.min(node.minPrefixCs, key.length());
          node.maxPrefixCs = Math.max(node.maxPrefixCs, key.length());
          node = node.prefixCs.computeIfAbsent(key, k -> new Node());
        } else {
          if (node.prefix == null) {
            node.prefix = new HashMap<>();
          }
          node.minPrefix = Math.min(node.minPrefix, key.length());
          node.maxPrefix = Math.max(node.maxPrefix, key.length());
          node = node.prefix.computeIfAbsent(key, k -> new Node());
        }
      } else if (cs) {
        if (node.exactCs == null) {
          node.exactCs = new HashMap<>();
        }
        node = node.exactCs.computeIfAbsent(key, k -> new Node());
      } else {
        if (node.exact == null) {
          node.exact = new HashMap<>();
        }
        node = node.exact.computeIfAbsent(key, k -> new Node());
      }
    }
    Compiled[] t = java.util.Arrays.copyOf(node.terminal, node.terminal.length + 1);
    t[t.length - 1] = c;
    node.terminal = t;
  }

  /** Per-thread scratch space, reused across calls. */
  private static final class State {
    final int[] candLen;
    final Compiled[] cand;
    final int[] touched;
    int touchedCount;
    final int[] nextFree;
    final int[] stamp;
    int currentStamp;
    String[] lemmas = new String[64];
    String[] words = new String[64];
    String[] surface = new String[64];
    String[] posTags = new String[64];

    State(int channels) {
      candLen = new int[channels];
      cand = new Compiled[channels];
      touched = new int[channels];
      nextFree = new int[channels];
      stamp = new int[channels];
    }
  }

  /** Hyphens that join the parts of one word ("so-called", "Panama-flagged") when written without spaces. */
  private static final Set<String> HYPHENS = Set.of("-", "\u2010", "\u2011");

  /**
   * The tokens as the lexicon sees them. CoreNLP splits hyphenated words ("so-called" becomes "so", "-",
   * "called"); a hyphen glued to the words on both sides joins them back into one token, so that hyphenated
   * entries match and no entry matches part of a hyphenated word ("war" in "war-risk", "Panama" in
   * "Panama-flagged"). The joined token's lemma is its lower-cased surface form, its POS that of its last part.
   * Tokens of tokenizers that keep hyphenated words whole pass unchanged.
   */
  public static List<Token> joinHyphenated(List<Token> tokens) {
    List<Token> out = null;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      int j = i;
      while (j + 2 < n && glued(tokens.get(j), tokens.get(j + 1), tokens.get(j + 2))) {
        j += 2;
      }
      if (j == i) {
        if (out != null) {
          out.add(t);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      StringBuilder word = new StringBuilder();
      for (int k = i; k <= j; k++) {
        word.append(tokens.get(k).word());
      }
      Token last = tokens.get(j);
      out.add(new Token(t.index(), t.begin(), last.end(), word.toString(), word.toString().toLowerCase(Locale.ROOT),
          last.pos(), "O"));
      i = j;
    }
    return out == null ? tokens : out;
  }

  private static boolean glued(Token left, Token hyphen, Token right) {
    return HYPHENS.contains(hyphen.word()) && left.end() == hyphen.begin() && hyphen.end() == right.begin()
        && left.end() > left.begin() && right.end() > right.begin();
  }

  @Override
  public List<Span> match(NlpSentence sentence) {
    List<Token> tokens = joinHyphenated(sentence.tokens());
    int n = tokens.size();
    if (n == 0 || size == 0) {
      return List.of();
    }
    State st = state.get();
    if (st.lemmas.length < n) {
      int cap = Math.max(n, st.lemmas.length * 2);
      st.lemmas = new String[cap];
      st.words = new String[cap];
      st.surface = new String[cap];
      st.posTags = new String[cap];
    }
    st.currentStamp++;
    if (st.currentStamp == Integer.MAX_VALUE) {
      java.util.Arrays.fill(st.stamp, 0);
      st.currentStamp = 1;
    }
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      String l = t.lemma().toLowerCase(Locale.ROOT);
      st.words[i] = w;
      st.lemmas[i] = l.equals(w) ? null : l;
      st.surface[i] = t.word();
      st.posTags[i] = t.pos();
    }
    List<Span> out = null;
    for (int start = 0; start < n; start++) {
      st.touchedCount = 0;
      walk(root, start, start, n, st);
      for (int k = 0; k < st.touchedCount; k++) {
        int ch = st.touched[k];
        int len = st.candLen[ch];
        Compiled c = st.cand[ch];
        st.candLen[ch] = 0;
        st.cand[ch] = null;
        int free = st.stamp[ch] == st.currentStamp ? st.nextFree[ch] : 0;
        if (start < free) {
          continue;
        }
        st.stamp[ch] = st.currentStamp;
        st.nextFree[ch] = start + len;
        if (out == null) {
          out = new ArrayList<>();
        }
        out.add(span(sentence, tokens, start, start + len - 1, c, negated(st.words, start)));
      }
    }
    if (out == null) {
      return List.of();
    }
    out.sort(ORDER);
    return java.util.Collections.unmodifiableList(out);
  }

  private static boolean negated(String[] lowerWords, int start) {
    for (int j = start - 1; j >= 0 && j >= start - NEGATION_WINDOW; j--) {
      String w = lowerWords[j];
      if (CLAUSE_BREAKS.contains(w)) {
        return false;
      }
      if (NEGATORS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Span span(NlpSentence s, List<Token> tokens, int first, int last, Compiled c, boolean negated) {
    int begin = tokens.get(first).begin();
    int end = tokens.get(last).end();
    String text = s.text().substring(begin - s.begin(), end - s.begin());
    LexiconEntry e = c.entry();
    return new Span(begin, end, text, e.category(), e.source(), negated ? c.explanationNegated() : c.explanation(),
        e.valence(), e.intensity(), negated, c.group());
  }

  private void walk(Node node, int t, int start, int n, State st) {
    if (t >= n) {
      return;
    }
    String lemma = st.lemmas[t];
    if (lemma != null) {
      step(node, node.exact, node.prefix, node.minPrefix, node.maxPrefix, lemma, t, start, n, st);
    }
    step(node, node.exact, node.prefix, node.minPrefix, node.maxPrefix, st.words[t], t, start, n, st);
    if (node.exactCs != null || node.prefixCs != null) {
      step(node, node.exactCs, node.prefixCs, node.minPrefixCs, node.maxPrefixCs, st.surface[t], t, start, n, st);
    }
  }

  private void step(Node node, Map<String, Node> exact, Map<String, Node> prefix, int minPrefix, int maxPrefix,
                    String key, int t, int start, int n, State st) {
    if (exact != null) {
      Node child = exact.get(key);
      if (child != null) {
        terminals(child, start, t, st);
        if (child.hasChildren()) {
          walk(child, t + 1, start, n, st);
        }
      }
    }
    if (prefix != null) {
      int max = Math.min(maxPrefix, key.length());
      for (int k = minPrefix; k <= max; k++) {
        Node child = prefix.get(key.substring(0, k));
        if (child != null) {
          terminals(child, start, t, st);
        }
      }
    }
  }

  private static void terminals(Node node, int start, int last, State st) {
    int len = last - start + 1;
    for (Compiled c : node.terminal) {
      if (!posOk(c.pos(), start, st.posTags)) {
        continue;
      }
      int ch = c.channel();
      if (st.candLen[ch] == 0) {
        st.touched[st.touchedCount++] = ch;
      }
      Compiled prev = st.cand[ch];
      if (len > st.candLen[ch] || len == st.candLen[ch] && c.ordinal() < prev.ordinal()) {
        st.candLen[ch] = len;
        st.cand[ch] = c;
      }
    }
  }

  private static boolean posOk(String[][] pos, int start, String[] tags) {
    for (int j = 0; j < pos.length; j++) {
      String[] alts = pos[j];
      String tag = tags[start + j];
      if (alts == null || tag.isEmpty()) {
        continue;
      }
      boolean ok = false;
      for (String a : alts) {
        if (tag.startsWith(a)) {
          ok = true;
          break;
        }
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
