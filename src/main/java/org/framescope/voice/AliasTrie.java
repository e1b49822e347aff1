package org.framescope.voice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framescope.model.Token;

/**
 * The actor registry's aliases as a trie over lower-cased tokens, with the case rules of {@link ActorRegistry}.
 *
 * <p>Input: (actor, alias) pairs while the registry loads. Output: the actor of an exact token sequence
 * ({@link #exact}) and the longest alias starting at a token of a parsed sentence ({@link #longestAt}), matching
 * either the word or its lemma. Filled once, then read only (thread-safe after loading).
 */
final class AliasTrie {
  /** An alias of an actor, as tokens. */
  record Alias(Actor actor, List<String> tokens) {}

  /** A match in a sentence: the actor and its tokens [from, to). */
  record Match(Actor actor, int from, int to) {}

  /** Decides whether an alias match may stand (the registry's capitalisation and ambiguity rules). */
  interface MatchFilter {
    boolean accept(Actor actor, String aliasFirstToken, Token firstToken);
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    final List<Alias> aliases = new ArrayList<>();
  }

  private final Node root = new Node();

  /** Adds an alias; false when it has no tokens. */
  boolean add(Actor actor, String alias) {
    List<String> toks = tokenize(alias);
    if (toks.isEmpty()) {
      return false;
    }
    insert(actor, toks);
    if (alias.contains("-")) {
      // tokenizers differ on hyphens: also match "Jong-un" kept as one token
      insert(actor, tokenize(alias.replace("-", "\u2010")).stream().map(t -> t.replace('\u2010', '-')).toList());
    }
    return true;
  }

  private void insert(Actor actor, List<String> toks) {
    Node n = root;
    for (String t : toks) {
      n = n.children.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node());
    }
    n.aliases.add(new Alias(actor, toks));
  }

  /** Splits an alias the way CoreNLP splits text, minus hyphens and possessives (skipped when matching). */
  static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    for (String chunk : s.trim().split("\\s+")) {
      String c = chunk;
      if (c.endsWith("'s") || c.endsWith("’s")) {
        c = c.substring(0, c.length() - 2);
      } else if (c.endsWith("s'") || c.endsWith("s’")) {
        c = c.substring(0, c.length() - 1);
      }
      boolean comma = c.endsWith(",");
      if (comma) {
        c = c.substring(0, c.length() - 1);
      }
      for (String part : c.split("-")) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
      if (comma) {
        out.add(",");
      }
    }
    return out;
  }

  /** Tokens skipped while matching: hyphens, dashes and possessives. */
  static boolean skippable(String word) {
    return word.equals("-") || word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’")
        || word.equals("–");
  }

  private static boolean allCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Does a text token (word, lemma) satisfy one alias token's case rule? */
  static boolean tokenMatches(String aliasTok, String word, String lemma) {
    if (allCaps(aliasTok)) {
      return aliasTok.equals(word);
    }
    if (Character.isUpperCase(aliasTok.charAt(0))) {
      return Character.isUpperCase(word.charAt(0)) && aliasTok.equalsIgnoreCase(word);
    }
    return aliasTok.equalsIgnoreCase(word) || (lemma != null && aliasTok.equalsIgnoreCase(lemma));
  }

  /** The singular of a plural word ("officials" -> "official", "agencies" -> "agency"), else the word. */
  static String singular(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (l.endsWith("ies") && l.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (l.endsWith("s") && !l.endsWith("ss") && l.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * The first actor whose alias is exactly these tokens under the case rules; {@code lastLemma}, when given,
   * stands for the last token (a singular tried for a plural).
   */
  Optional<Actor> exact(List<String> toks, String lastLemma) {
    Node n = root;
    for (int i = 0; i < toks.size(); i++) {
      String key = (i == toks.size() - 1 && lastLemma != null ? lastLemma : toks.get(i)).toLowerCase(Locale.ROOT);
      n = n.children.get(key);
      if (n == null) {
        return Optional.empty();
      }
    }
    for (Alias al : n.aliases) {
      boolean ok = true;
      for (int i = 0; i < toks.size() && ok; i++) {
        String word = toks.get(i);
        String lemma = i == toks.size() - 1 && lastLemma != null ? lastLemma : null;
        ok = tokenMatches(al.tokens().get(i), word, lemma) || (lemma != null && tokenMatches(al.tokens().get(i), lemma, null));
      }
      if (ok) {
        return Optional.of(al.actor());
      }
    }
    return Optional.empty();
  }

  /** Longest registered alias starting at token {@code start}, or null. */
  Match longestAt(List<Token> tokens, int start, MatchFilter filter) {
    if (skippable(tokens.get(start).word())) {
      return null;
    }
    // Most tokens start no alias: tell that from the first level before setting up the search.
    Token first = tokens.get(start);
    if (!root.children.containsKey(first.word().toLowerCase(Locale.ROOT))
        && !root.children.containsKey(first.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Match best = null;
    // Depth-first over (word, lemma) keys; paths are short (aliases have at most a handful of tokens).
    List<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {root, start, new ArrayList<Integer>()});
    while (!stack.isEmpty()) {
      Object[] st = stack.remove(stack.size() - 1);
      Node node = (Node) st[0];
      int i = (Integer) st[1];
      @SuppressWarnings("unchecked")
      List<Integer> used = (List<Integer>) st[2];
      if (!node.aliases.isEmpty() && !used.isEmpty()) {
        int end = used.get(used.size() - 1) + 1;
        for (Alias al : node.aliases) {
          if (al.tokens().size() == used.size() && matchesAll(al, tokens, used)
              && filter.accept(al.actor(), al.tokens().get(0), tokens.get(used.get(0)))) {
            if (best == null || end > best.to()) {
              best = new Match(al.actor(), start, end);
            }
            break;
          }
        }
      }
      int j = i;
      while (j < tokens.size() && !used.isEmpty() && skippable(tokens.get(j).word())) {
        j++;
      }
      if (j >= tokens.size()) {
        continue;
      }
      Token t = tokens.get(j);
      Set<String> keys = new java.util.LinkedHashSet<>();
      keys.add(t.word().toLowerCase(Locale.ROOT));
      keys.add(t.lemma().toLowerCase(Locale.ROOT));
      for (String k : keys) {
        Node child = node.children.get(k);
        if (child != null) {
          List<Integer> u = new ArrayList<>(used);
          u.add(j);
          stack.add(new Object[] {child, j + 1, u});
        }
      }
    }
    return best;
  }

  private static boolean matchesAll(Alias al, List<Token> tokens, List<Integer> used) {
    for (int k = 0; k < used.size(); k++) {
      Token t = tokens.get(used.get(k));
      if (!tokenMatches(al.tokens().get(k), t.word(), t.lemma())) {
        return false;
      }
    }
    return true;
  }
}
