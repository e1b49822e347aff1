package org.framescope.voice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.model.Token;

/**
 * Quotations credited by layout rather than by a verb, which the trained model does not find, added by rule with
 * cue score 1:
 * <ul>
 *   <li><b>credit lines</b>: a line that is one quotation followed by a dash and a name ({@code “He represents our
 *   greatest shame.” ― Sonya Herridge}), the form of vox pops, readers' reactions and epigraphs. The name said the
 *   quotation: the dash is the cue, the name the source, the quotation the content. PolNeAR's train compartment
 *   has none;</li>
 *   <li><b>transcript turns</b>: where at least two paragraphs begin with a speaker label ({@link QuoteFinder#turns}),
 *   each such paragraph whose text holds a verb ({@code PENCE: Well, look, ...}, also quoted paragraph by
 *   paragraph, {@code "PENCE: ...}, where {@link QuoteFinder} starts the quotation after the label). The label said
 *   the rest of the paragraph; the colon is the cue. Without the rule the model, which reads a quoted label inside
 *   the quotation, kept some turns and left others to the previous speaker, and left many unquoted turns in the
 *   outlet's voice.</li>
 * </ul>
 *
 * <p>What counts: the quotation begins its line (only spaces before it since the line break); after its closing
 * mark come, on the same line, a dash ({@code ― — – -- -}) and one to {@value #MAX_NAME} words that each begin with a
 * capital letter (initials such as "G." included), and then the line ends (a full stop may close it). The
 * quotation holds more than {@value AttributionAnalyzer#SCARE_QUOTE_MAX_WORDS} words: a quoted title with its
 * author ("“Selma” — Ava DuVernay") is no statement. A quotation
 * inside a sentence with its own cue ({@code ... insisted that his party was "the No. 1 force."--Kim Hjelmgaard},
 * a reporter's sign-off) does not begin its line and is left alone, as is a dash that does not follow a closing
 * mark (tweets embedded as "text — Name (@handle) date", which PolNeAR's annotators mostly left unmarked).
 *
 * <p>Input: the document view and the drafts found so far. Output: the drafts with the credit lines and turns added
 * (a draft the model already had on the same dash or colon is replaced), in body order. Stateless.
 */
final class CreditLines {
  /** Longest name, in words. */
  static final int MAX_NAME = 5;
  private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");

  private CreditLines() {}

  static List<AttributionDraft> add(DocView v, List<AttributionDraft> drafts) {
    List<AttributionDraft> out = new ArrayList<>(drafts);
    turns(v, out);
    for (QuoteSpan q : v.quotes.quotes()) {
      Credit c = credit(v, q);
      if (c != null && q.quote().closed() && "”\"»".indexOf(v.body.charAt(q.end() - 1)) >= 0
          && q.words() > AttributionAnalyzer.SCARE_QUOTE_MAX_WORDS) {
        BitSet name = new BitSet();
        name.set(c.dash() + 1, c.nameEnd());
        add(out, c.sentence(), c.dash(), name, q.tokens());
      }
    }
    out.sort(AttributionDraft.BODY_ORDER);
    return out;
  }

  /**
   * Adds a draft for every transcript turn whose text holds a verb: the label said the rest of the paragraph (or
   * the quotation after the label). A labelled line without a verb is a list entry ("Hillary Clinton: 1,769.",
   * "New Hampshire: Charlie Arlinghaus, ...").
   */
  private static void turns(DocView v, List<AttributionDraft> out) {
    for (QuoteFinder.Turn turn : v.turns) {
      QuoteSpan quoted = null;
      for (QuoteSpan q : v.quotes.quotes()) {
        if (q.quote().label() == turn.label()) {
          quoted = q;
        }
      }
      Map<Integer, BitSet> content = new TreeMap<>();
      if (quoted != null) {
        content.putAll(quoted.tokens());
      } else {
        for (int si = 0; si < v.size(); si++) {
          DependencyView p = v.view(si);
          if (p.s.end() <= turn.text() || p.s.begin() >= turn.end()) {
            continue;
          }
          BitSet b = new BitSet();
          for (int t = 0; t < p.n; t++) {
            if (p.tok(t).begin() >= turn.text() && p.tok(t).end() <= turn.end()) {
              b.set(t);
            }
          }
          content.put(si, b);
        }
      }
      if (!hasVerb(v, content)) {
        continue;
      }
      for (int si = 0; si < v.size(); si++) {
        DependencyView p = v.view(si);
        if (p.s.begin() > turn.colon() || p.s.end() <= turn.colon()) {
          continue;
        }
        BitSet source = new BitSet();
        int cueAt = -1;
        for (int t = 0; t < p.n; t++) {
          Token tok = p.tok(t);
          if (tok.begin() == turn.colon() && tok.word().equals(":")) {
            cueAt = t;
          } else if (tok.begin() >= turn.label() && tok.end() <= turn.colon()) {
            source.set(t);
          }
        }
        if (cueAt >= 0 && !source.isEmpty()) {
          add(out, si, cueAt, source, content);
        }
      }
    }
  }

  private static boolean hasVerb(DocView v, Map<Integer, BitSet> content) {
    for (Map.Entry<Integer, BitSet> e : content.entrySet()) {
      DependencyView p = v.view(e.getKey());
      BitSet b = e.getValue();
      for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
        String pos = p.tok(t).pos();
        if (pos.startsWith("VB") || pos.equals("MD")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Adds a rule's draft, replacing one the model had on the same cue token. */
  private static void add(List<AttributionDraft> out, int si, int cueAt, BitSet source,
                          Map<Integer, BitSet> content) {
    out.removeIf(d -> d.sentence == si && d.cue.get(cueAt));
    BitSet cue = new BitSet();
    cue.set(cueAt);
    AttributionDraft d = new AttributionDraft(si, cueAt, cue, 1);
    d.layout = true;
    d.sourceHead = source.length() - 1;
    d.source.or(source);
    content.forEach((s, b) -> d.contentIn(s).or(b));
    out.add(d);
  }

  /**
   * Whether a quotation that begins its line is followed on it by a dash and a name that ends the line, whatever
   * its length: a short one is a title with its author ("“Selma” — Ava DuVernay"), which the analyzer then gives
   * to nobody rather than to the previous speaker.
   */
  static boolean credited(DocView v, QuoteSpan q) {
    return credit(v, q) != null;
  }

  /**
   * A credit after a quotation: the dash token in sentence {@code sentence} and the exclusive end of the name
   * after it.
   */
  private record Credit(int sentence, int dash, int nameEnd) { }

  /**
   * The credit that follows a quotation beginning its line: a dash right after it (spaces between) and a name
   * that ends the line; or null.
   */
  private static Credit credit(DocView v, QuoteSpan q) {
    String body = v.body;
    int k = q.end();
    while (k < body.length() && space(body.charAt(k))) {
      k++;
    }
    if (k >= body.length() || !lineStart(body, q.begin())) {
      return null;
    }
    for (int si = q.lastSentence(); si < Math.min(v.size(), q.lastSentence() + 2); si++) {
      DependencyView p = v.view(si);
      for (int t = 0; t < p.n; t++) {
        if (p.tok(t).begin() == k && DASHES.contains(p.tok(t).word())) {
          int nameEnd = nameAfter(body, p, t);
          return nameEnd < 0 ? null : new Credit(si, t, nameEnd);
        }
      }
    }
    return null;
  }

  private static boolean lineStart(String body, int at) {
    int k = at - 1;
    while (k >= 0 && space(body.charAt(k))) {
      k--;
    }
    return k < 0 || body.charAt(k) == '\n';
  }

  /** A space within a line, the no-break space of scraped pages included. */
  private static boolean space(char c) {
    return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /**
   * The end (exclusive token index) of the name after the dash at {@code t} when the name ends its line, or -1.
   */
  private static int nameAfter(String body, DependencyView p, int t) {
    int u = t + 1;
    int lineEnd = body.indexOf('\n', p.tok(t).end());
    int limit = lineEnd < 0 ? body.length() : lineEnd;
    while (u < p.n && u - t <= MAX_NAME && p.tok(u).end() <= limit && capitalised(p.tok(u).word())) {
      u++;
    }
    if (u == t + 1 || u - t - 1 > MAX_NAME) {
      return -1;
    }
    int rest = p.tok(u - 1).end();
    if (u < p.n && p.tok(u).end() <= limit && p.tok(u).word().equals(".")) {
      rest = p.tok(u).end();
    }
    for (int k = rest; k < limit; k++) {
      if (!space(body.charAt(k))) {
        return -1;
      }
    }
    return u;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c)
        || c == '.' || c == '-' || c == '\'' || c == '’');
  }
}
