package org.framescope.voice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules around the model's decisions: the cue's verb group, the source span from its head, merged cue
 * heads of one verb group, and the content beyond the cue's sentence, which the per-sentence model cannot see
 * (PolNeAR guidelines, "content continuations"):
 * <ol>
 *   <li>trailing clause: a cue with no content of its own right after a sentence that ends in a quotation
 *   ("“...” Smith said in a statement.") takes that quotation;</li>
 *   <li>colon: a speaker label ("PENCE: ...") or a cue ending in a colon takes the rest of its paragraph, or the
 *   next paragraph when the colon ends it;</li>
 *   <li>quote extension: content that reaches into a quotation takes the whole quotation, over every sentence it
 *   spans;</li>
 *   <li>quote continuation: sentences right after content that holds quoted words (a quotation mark alone is not
 *   enough) that lie wholly inside quotation marks and hold no cue of their own continue it, into the next
 *   paragraph too;</li>
 *   <li>trimming: the cue and source are never content, nor where and when the words were said ("said in an
 *   interview on Monday", {@link #circumstances}), nor punctuation at either end of a stretch of content
 *   (quotation marks excepted);</li>
 *   <li>nesting: an attribution whose cue lies inside another's content is marked nested.</li>
 * </ol>
 * Stateless; thread-safe.
 */
final class ContentRules {
  private static final Set<String> GROUP = Set.of("aux", "aux:pass", "compound:prt", "fixed", "neg", "cop");
  private static final Set<String> MERGE = Set.of("xcomp", "aux", "aux:pass", "cop", "compound:prt", "fixed", "mark");
  private static final Set<String> AUXILIARY = Set.of("aux", "aux:pass", "cop");
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass", "expl");
  /** Clauses beside a cue that are attributions of their own when headed by a cue ("adding", "and argued"). */
  private static final Set<String> SIDE_CLAUSE = Set.of("advcl", "conj", "parataxis", "dep");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "’t");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''", "«", "»", "‘", "’");

  /** Whether a token is a quotation mark. */
  static boolean quoteMark(String word) {
    return QUOTE_MARKS.contains(word);
  }

  private ContentRules() { }

  /**
   * The cue's tokens: its head and its verb group (auxiliaries, negation, particle, "according to"). An auxiliary
   * or copula with punctuation between it and the head is not the head's: CoreNLP makes the last verb of a
   * quotation a passive auxiliary of the "said" after it ("... want to be," Nadal said), and the cue would run
   * from inside the quotation. Nor is one with the head's subject between: a question's inverted auxiliary ("would
   * Adam Schiff have pleaded") would put the speaker inside the cue. A particle joins only with no verb,
   * preposition or punctuation between ("called it off", not "accused Big Machine of holding back").
   */
  static BitSet cueGroup(DependencyView p, int c) {
    BitSet b = new BitSet(p.n);
    b.set(c);
    for (int k : p.kids.get(c)) {
      String r = p.rel[k];
      // a negation before the verb ("did not say", "never said"); one after it belongs to what follows
      // (replied: "Absolutely not.")
      if (GROUP.contains(r) && !(AUXILIARY.contains(r) && (punctuationBetween(p, k, c) || subjectBetween(p, k, c)))
          && !(r.equals("compound:prt") && clauseBetween(p, k, c))
          || r.equals("advmod") && k < c && NEGATION.contains(p.tok(k).word().toLowerCase(Locale.ROOT))) {
        b.set(k);
      }
    }
    if (p.tok(c).word().equalsIgnoreCase("according") && c + 1 < p.n && p.tok(c + 1).word().equalsIgnoreCase("to")) {
      b.set(c + 1);
    }
    return b;
  }

  /**
   * Whether a verb, preposition, "to" or punctuation lies strictly between tokens {@code a} and {@code b}: a
   * particle beyond one is another verb's, whatever the parse says ("accused Big Machine of holding back").
   */
  private static boolean clauseBetween(DependencyView p, int a, int b) {
    return anyBetween(a, b, t -> {
      String pos = p.tok(t).pos();
      return pos.startsWith("VB") || pos.equals("IN") || pos.equals("TO") || p.isPunct(t);
    });
  }

  /** Whether a subject of head {@code c} lies strictly between token {@code k} and {@code c}. */
  private static boolean subjectBetween(DependencyView p, int k, int c) {
    for (int s : p.kids.get(c)) {
      if (SUBJECT.contains(p.rel[s]) && s > Math.min(k, c) && s < Math.max(k, c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a punctuation token lies strictly between tokens {@code a} and {@code b}. */
  private static boolean punctuationBetween(DependencyView p, int a, int b) {
    return anyBetween(a, b, p::isPunct);
  }

  /** Whether a token strictly between tokens {@code a} and {@code b} (either order) passes {@code test}. */
  private static boolean anyBetween(int a, int b, java.util.function.IntPredicate test) {
    return java.util.stream.IntStream.range(Math.min(a, b) + 1, Math.max(a, b)).anyMatch(test);
  }

  /**
   * Cue heads of one verb group ("went on to argue", "has repeatedly called for") become one cue: a head that is
   * an xcomp, auxiliary or copula of another head at most three tokens away is merged into the better scored one.
   */
  static List<AttributionDraft> mergeGroups(DependencyView p, List<AttributionDraft> heads) {
    List<AttributionDraft> out = new ArrayList<>(heads);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < out.size() && !changed; i++) {
        for (int j = 0; j < out.size() && !changed; j++) {
          AttributionDraft a = out.get(i);
          AttributionDraft b = out.get(j);
          if (i == j || p.gov[b.cueHead] != a.cueHead || !MERGE.contains(p.rel[b.cueHead])
              || Math.abs(a.cueHead - b.cueHead) > 3) {
            continue;
          }
          AttributionDraft keep = a.cueScore >= b.cueScore ? a : b;
          AttributionDraft drop = keep == a ? b : a;
          keep.cue.or(drop.cue);
          int lo = Math.min(a.cueHead, b.cueHead);
          int hi = Math.max(a.cueHead, b.cueHead);
          keep.cue.set(lo, hi + 1);
          out.remove(drop);
          changed = true;
        }
      }
    }
    return out;
  }

  /**
   * The source head the writer wrote where the parse put another: in "... the special relationship, the prime
   * minister's spokesman said" and "With her husband, Bill Clinton, standing by her side, Hillary Clinton has told"
   * CoreNLP makes the phrase before the comma the subject and the speaker its appositive. An appositive after a
   * comma that runs into the cue with nothing but auxiliaries and adverbs between is the subject; one set off by
   * commas on both sides ("Smith, a spokesman, said") is a real appositive. A name gives way only to a person's name
   * ("Smith, a spokesman said" keeps Smith; "Stacy Baker of Columbia, South Carolina says" keeps Baker), and no
   * phrase to a place, date or number. Returns {@code s} or the appositive's head; {@code cue} is the cue's tokens.
   */
  static int writtenSubject(DependencyView p, int s, BitSet cue) {
    int cueStart = cue.nextSetBit(0);
    if (s < 0 || cueStart <= s) {
      return s;
    }
    for (int y : p.kids.get(s)) {
      if (y <= s || !p.rel[y].equals("appos") || !nominal(p.tok(y).pos())) {
        continue;
      }
      BitSet app = p.subtree(y);
      int first = app.nextSetBit(0);
      if (first <= s + 1 || !p.tok(first - 1).word().equals(",")) {
        continue; // no comma before it: a compound the parse split, not a dislocated phrase
      }
      boolean direct = true;
      for (int t = app.length(); t < cueStart && direct; t++) {
        direct = p.rel[t].startsWith("aux") || p.rel[t].equals("advmod") || NEGATION.contains(p.tok(t).word());
      }
      String ner = p.tok(y).ner();
      boolean name = p.tok(s).pos().startsWith("NNP") || !p.tok(s).ner().equals("O");
      // a name gives way only to a person's name; any phrase never to a place, date or number
      boolean speaks = name ? ner.equals("PERSON") : SPEAKING_NER.contains(ner);
      if (direct && speaks) {
        return y;
      }
    }
    return s;
  }

  private static final Set<String> SPEAKING_NER = Set.of("O", "PERSON", "ORGANIZATION", "TITLE");

  /** Dashes that end a news agency's dateline ("Feb 9 (Reuters) -", "LONDON (AP) —"). */
  private static final Set<String> DATELINE_DASHES = Set.of("-", "\u2013", "\u2014", "--");

  /**
   * The first token after the last dateline in tokens [{@code lo}, {@code h}), or {@code lo} when there is none: a
   * news agency's ("Feb 9 (Reuters) - Puerto Rico": a closing parenthesis, then a dash) or a place in capitals or
   * named by NER at the sentence's start ("VATICAN CITY — Pope Francis", "Geneva - The World Health Organisation
   * chief"). The parser may hang the dateline from the subject, or the
   * subject from it, but it is no part of the speaker or its name.
   */
  static int afterDateline(DependencyView p, int lo, int h) {
    int from = lo;
    for (int t = Math.max(lo, 1); t < h; t++) {
      if (DATELINE_DASHES.contains(p.tok(t).word())
          && (p.tok(t - 1).word().equals(")") || t <= DATELINE_MAX && placeBefore(p, t))) {
        from = t + 1;
      }
    }
    return from;
  }

  /** Longest dateline in capitals before its dash, in tokens ("NEW YORK, N.Y. —"). */
  private static final int DATELINE_MAX = 8;

  /**
   * Whether the sentence's tokens before {@code t}, commas aside, name a place: all written in capitals ("VATICAN
   * CITY", "WASHINGTON") or all places NER names ("Geneva").
   */
  private static boolean placeBefore(DependencyView p, int t) {
    boolean capitals = true;
    boolean places = true;
    for (int k = 0; k < t; k++) {
      String w = p.tok(k).word();
      if (!w.equals(",")) {
        capitals &= w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT));
        places &= PLACE_NER.contains(p.tok(k).ner());
      }
    }
    return capitals || places;
  }

  /** NER tags of a place. */
  static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private static boolean nominal(String pos) {
    return pos.startsWith("NN") || pos.startsWith("PRP");
  }

  /**
   * The source span from its head: the head's subtree without the cue's own clause, punctuation trimmed, and
   * without the preposition that opens it ("claims by Kremlin officials", "as stated by Reuters", "the notice of
   * executives at Twitter": the source is "Kremlin officials", "Reuters", "executives at Twitter"), and without a
   * news agency's dateline the parse hung from it ("Feb 9 (Reuters) - Puerto Rico"). A noun whose
   * reduced relative the parse made a clause of its own ({@link #reducedRelative}) takes that clause too: "People
   * briefed on the move", not "People".
   */
  static BitSet sourceSpan(DependencyView p, int s, int c, BitSet cue) {
    int participle = reducedRelative(p, s, c);
    int top = participle >= 0 ? participle : s;
    BitSet b = p.subtree(top);
    if (p.dominates(top, c)) {
      b.andNot(p.subtree(c)); // "officials who said": the relative clause is not the source
      b.set(s);
    }
    b.andNot(cue);
    if (!b.isEmpty()) {
      b.clear(0, afterDateline(p, b.nextSetBit(0), s)); // "Feb 9 (Reuters) - Puerto Rico said ..."
    }
    trimPunctuation(p, b);
    int first = b.nextSetBit(0);
    if (first >= 0 && first < s && p.gov[first] == s && p.rel[first].equals("case")
        && (p.tok(first).pos().equals("IN") || p.tok(first).pos().equals("TO"))) {
      b.clear(first);
    }
    return b;
  }

  /**
   * The participle of a reduced relative that CoreNLP parsed as a clause with the noun as its subject: "People
   * briefed on the move said ...", "A report released in September by the National Academies noted ...", "Exit
   * polls taken in South Carolina found ...". The noun is a common or proper noun, never a pronoun. The participle
   * (VBN, or VBD where the tagger took it for a past tense) follows the noun phrase directly, has no object,
   * auxiliary, copula or marker of its own, and comes before the cue. It is the cue's clausal subject or loose
   * dependent, or the root with the cue, a finite verb without a subject, as its loose dependent. Returns the
   * participle, or -1 when {@code s} is no such noun for cue {@code c}.
   */
  static int reducedRelative(DependencyView p, int s, int c) {
    if (s < 0 || !p.rel[s].equals("nsubj") || !p.tok(s).pos().startsWith("NN")) {
      return -1; // a pronoun takes no reduced relative: "He pledged ..., suggested" is no source phrase
    }
    int g = p.gov[s];
    if (g < 0 || g == c || g > c || !(p.tok(g).pos().equals("VBN") || p.tok(g).pos().equals("VBD"))
        || p.subtree(s).length() != g) {
      return -1;
    }
    for (int k : p.kids.get(g)) {
      String r = p.rel[k];
      if (r.equals("obj") || r.startsWith("aux") || r.equals("cop") || r.equals("mark") || r.equals("expl")) {
        return -1;
      }
    }
    boolean underCue = p.gov[g] == c && (p.rel[g].equals("csubj") || p.rel[g].equals("dep"));
    // the root participle with the cue below it: only a finite cue without a subject of its own ("Exit polls taken
    // in South Carolina found"), not a participle adjunct ("Blackwell pointed to ..., noting that")
    String cuePos = p.tok(c).pos();
    boolean overCue = p.gov[c] == g && p.gov[g] < 0 && (p.rel[c].equals("dep") || p.rel[c].equals("parataxis"))
        && (cuePos.equals("VBD") || cuePos.equals("VBZ") || cuePos.equals("VBP"))
        && p.child(c, "nsubj") < 0 && p.child(c, "nsubj:pass") < 0;
    return underCue || overCue ? g : -1;
  }

  /**
   * The subject that controls a participle adjunct cue: "Trump acted the part of the front-runner, thanking Reince
   * Priebus", "Clinton's campaign took the unusual step ..., accusing spy agencies of ...". A present participle
   * (VBG) right after a comma, without a subject of its own, after the sentence's main verb, speaks with the main
   * verb's subject, wherever the parse hung it (CoreNLP often makes it a modifier of the noun before it). Not
   * "according to", whose object is its source. Returns that subject's head, or -1.
   */
  static int adjunctController(DependencyView p, int c) {
    if (c < 1 || !p.tok(c).pos().equals("VBG") || !p.tok(c - 1).word().equals(",")
        || p.tok(c).word().equalsIgnoreCase("according") // "..., according to X": X is the source
        || p.child(c, "nsubj") >= 0 || p.child(c, "nsubj:pass") >= 0) {
      return -1;
    }
    int root = -1;
    for (int t = 0; t < p.n && root < 0; t++) {
      root = p.gov[t] < 0 && p.rel[t].equals("root") ? t : -1;
    }
    if (root < 0 || root >= c || !p.tok(root).pos().startsWith("VB")) {
      return -1;
    }
    int s = p.child(root, "nsubj");
    if (s < 0) {
      s = p.child(root, "nsubj:pass");
    }
    return s >= 0 && s < root && !p.dominates(c, s) ? s : -1;
  }

  /**
   * The noun of a reduced relative parsed as the cue's clausal subject ({@link #reducedRelative}), for a cue
   * that found no source: "A report released in September by the National Academies noted ..." speaks with "A
   * report ...". Returns its head, or -1.
   */
  static int reducedRelativeSubject(DependencyView p, int c) {
    for (int g : p.kids.get(c)) {
      if (g < c && (p.rel[g].equals("csubj") || p.rel[g].equals("dep"))) {
        int s = p.child(g, "nsubj");
        if (s >= 0 && reducedRelative(p, s, c) == g) {
          return s;
        }
      }
    }
    return -1;
  }

  private static final Set<String> CIRCUMSTANCE = Set.of("in", "at", "during", "after", "before");

  /**
   * Where and when the words were said, after the cue: "said in an interview", "said at a briefing", "said on
   * Monday" (an oblique of the cue with one of these prepositions, "on" with a date, or a bare time; no verb in
   * it; outside quotation marks). Not what was said: "commented on the talks", "insisted on a ceasefire" keep
   * theirs, and so do whom the words were aimed at and why ("lashed out at Donald Trump", "in response to ...").
   */
  static BitSet circumstances(DocView v, AttributionDraft d) {
    DependencyView p = v.view(d.sentence);
    BitSet out = new BitSet();
    for (int k : p.kids.get(d.cueHead)) {
      String r = p.rel[k];
      String c = p.caseOf(k);
      boolean when = c.equals("on") && p.tok(k).ner().equals("DATE"); // "on Monday", not "commented on the talks"
      boolean oblique = r.startsWith("obl") && !r.endsWith(":agent") && (CIRCUMSTANCE.contains(c) || when)
          || r.endsWith(":tmod");
      if (k < d.cueHead || !oblique || v.inQuote(d.sentence, k)) {
        continue;
      }
      BitSet sub = p.subtree(k);
      if (sub.stream().noneMatch(t -> p.tok(t).pos().startsWith("VB")) && !addressedOrReason(p, k, c)) {
        out.or(sub);
      }
    }
    return out;
  }

  private static final Set<String> REASON = Set.of("response", "reply", "reaction");

  /**
   * Whether oblique {@code k} (with preposition {@code c}) names whom the words were aimed at or why they were said,
   * not where or when: a person ("lashed out at Donald Trump"), a personal pronoun ("at him"), or the reason of "in
   * response to" ("in response to criticism over his Medicare plan").
   */
  private static boolean addressedOrReason(DependencyView p, int k, String c) {
    var t = p.tok(k);
    return t.ner().equals("PERSON") || t.pos().equals("PRP")
        || c.equals("in") && REASON.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** Applies the rules to every draft of the document (drafts in body order). */
  static void apply(DocView v, List<AttributionDraft> drafts) {
    for (AttributionDraft d : drafts) {
      BitSet own = d.contentIn(d.sentence);
      own.andNot(d.cue);
      own.andNot(d.source);
      own.andNot(circumstances(v, d));
    }
    for (AttributionDraft d : drafts) {
      adjacentQuotes(v, d, drafts);
    }
    for (AttributionDraft d : drafts) {
      trailingQuote(v, d, drafts);
      colon(v, d);
    }
    for (AttributionDraft d : drafts) {
      extendQuotes(v, d);
    }
    // who holds each quotation before any content runs on: a quotation with a speaker of its own is not another's
    Map<QuoteSpan, List<AttributionDraft>> holders = new HashMap<>();
    for (QuoteSpan q : v.quotes.quotes()) {
      holders.put(q, drafts.stream().filter(d -> d.contentOverlaps(q)).toList());
    }
    for (AttributionDraft d : drafts) {
      continueQuotes(v, d, drafts, holders);
    }
    for (AttributionDraft d : drafts) {
      for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
        if (e.getKey() == d.sentence) {
          e.getValue().andNot(d.cue);
          e.getValue().andNot(d.source);
        }
        trimPunctuation(v.view(e.getKey()), e.getValue());
      }
      d.content.values().removeIf(BitSet::isEmpty);
    }
    separate(v, drafts);
    for (AttributionDraft d : drafts) {
      concessiveAside(v, d);
    }
    for (AttributionDraft d : drafts) {
      for (AttributionDraft o : drafts) {
        if (o != d && o.contentHas(d.sentence, d.cueHead)
            && !(d.contentHas(o.sentence, o.cueHead) && deeper(v, o, d))) {
          d.nested = true;
          break;
        }
      }
    }
  }

  /** Whether a's cue lies deeper in the tree than b's (b is then the outer one of a mutual pair). */
  private static boolean deeper(DocView v, AttributionDraft a, AttributionDraft b) {
    if (a.sentence != b.sentence) {
      return a.sentence > b.sentence;
    }
    DependencyView p = v.view(a.sentence);
    return p.depth(a.cueHead) > p.depth(b.cueHead);
  }

  /**
   * Two cues of one sentence keep to their own clauses: an inner cue (below another in the tree) has content
   * only inside the branch that holds it; of two cues side by side ("some say A, others say B") neither takes
   * the other's branch, unless that branch is a nominal cue that is the subject or object of the clause ("Claims
   * by X that ... are false, an official told reporters"); a source never swallows another cue's clause ("said X,
   * referring to ...").
   */
  static void separate(DocView v, List<AttributionDraft> drafts) {
    for (AttributionDraft a : drafts) {
      if (a.layout) {
        continue; // a credit line's or a transcript turn's content is set by the layout, whatever the parse says
      }
      DependencyView p = v.view(a.sentence);
      for (AttributionDraft b : drafts) {
        if (a == b || a.sentence != b.sentence || a.cue.get(b.cueHead)) {
          continue;
        }
        BitSet mine = a.content.get(a.sentence);
        if (a.source.get(b.cueHead) && !p.dominates(b.cueHead, a.sourceHead)) {
          a.source.andNot(p.subtree(b.cueHead));
          trimPunctuation(p, a.source); // "Biden, who spoke ..., warned": the source is "Biden", not "Biden,"
        }
        if (mine == null) {
          continue;
        }
        if (p.dominates(b.cueHead, a.cueHead)) {
          if (!accordingTo(p, a.cueHead)) {
            mine.and(p.subtree(branch(p, b.cueHead, a.cueHead)));
          }
        } else if (p.dominates(a.cueHead, b.cueHead)) {
          int br = branch(p, a.cueHead, b.cueHead);
          if (br == b.cueHead && SIDE_CLAUSE.contains(p.rel[br])) {
            mine.andNot(p.subtree(br)); // "X said A, adding that B": the added clause is its own attribution
          }
        } else {
          int lca = b.cueHead;
          while (lca >= 0 && !p.dominates(lca, a.cueHead)) {
            lca = p.gov[lca];
          }
          if (lca >= 0 && !nominalArgument(p, lca, b.cueHead)) {
            mine.andNot(p.subtree(branch(p, lca, b.cueHead)));
          }
        }
      }
    }
  }

  /**
   * A concessive clause about the speaker, negated, is the outlet's remark on what they say, not part of it:
   * "Western officials believe the missile was launched from Crimea, though they have not released evidence";
   * "Hicks said all staffers sign NDAs, though she did not discuss their terms" (PolNeAR's annotators leave such a
   * clause out of the content in two of the three train cases where its subject is the speaker). The clause: an
   * adverbial clause in the content marked "though"/"although", whose subject is a third-person pronoun and which
   * is negated.
   */
  private static void concessiveAside(DocView v, AttributionDraft d) {
    BitSet own = d.content.get(d.sentence);
    if (own == null || d.sourceHead < 0 || d.layout) {
      return;
    }
    DependencyView p = v.view(d.sentence);
    for (int k = own.nextSetBit(0); k >= 0; k = own.nextSetBit(k + 1)) {
      if (!p.rel[k].equals("advcl") || v.inQuote(d.sentence, k)) {
        continue;
      }
      int mark = p.child(k, "mark");
      int subj = p.child(k, "nsubj");
      if (mark < 0 || !CONCESSIVE.contains(p.tok(mark).word().toLowerCase(Locale.ROOT)) || subj < 0
          || !THIRD_PERSON.contains(p.tok(subj).word().toLowerCase(Locale.ROOT)) || !negated(p, k)) {
        continue;
      }
      BitSet aside = p.subtree(k);
      own.andNot(aside);
      trimPunctuation(p, own);
      k = aside.length() - 1;
    }
  }

  private static boolean negated(DependencyView p, int k) {
    for (int c : p.kids.get(k)) {
      if ((p.rel[c].equals("advmod") || p.rel[c].equals("neg")) && NEGATION.contains(p.tok(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CONCESSIVE = Set.of("though", "although");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "it");

  /**
   * Whether cue {@code cue} is a noun that heads an argument of {@code top} ("Claims by X that ... are false, an
   * official told reporters"): the claim is what the other cue's content is about, so it stays in that content
   * and nests there, unlike a second clause beside it ("some say A, others say B").
   */
  private static boolean nominalArgument(DependencyView p, int top, int cue) {
    return p.tok(cue).pos().startsWith("NN") && p.gov[cue] == top && NOMINAL_ARGUMENT.contains(p.rel[cue]);
  }

  private static final java.util.Set<String> NOMINAL_ARGUMENT = java.util.Set.of("nsubj", "nsubj:pass", "obj");

  /**
   * "According to X" hangs from the clause it attributes, so it lies below that clause's own cue in the tree while
   * being the outer attribution ("According to officials, the Pentagon claimed ...": the claim is the officials'
   * account); its content is not cut down to its own branch.
   */
  static boolean accordingTo(DependencyView p, int cueHead) {
    return p.tok(cueHead).word().equalsIgnoreCase("according") && cueHead + 1 < p.n
        && p.tok(cueHead + 1).word().equalsIgnoreCase("to") && p.rel[cueHead].equals("case");
  }

  /** The child of {@code top} on the path down to {@code bottom} (top must dominate bottom, top != bottom). */
  private static int branch(DependencyView p, int top, int bottom) {
    int x = bottom;
    while (p.gov[x] != top && p.gov[x] >= 0) {
      x = p.gov[x];
    }
    return x;
  }

  /**
   * A quotation next to the reporting clause ("“...,” the senator said", "X said: “...”"): only punctuation
   * between the quotation and the cue or source. Taken unless another attribution's content holds it.
   */
  private static void adjacentQuotes(DocView v, AttributionDraft d, List<AttributionDraft> all) {
    int si = d.sentence;
    DependencyView p = v.view(si);
    BitSet clause = (BitSet) d.cue.clone();
    clause.or(d.source);
    if (clause.isEmpty()) {
      return;
    }
    int lo = clause.nextSetBit(0);
    int hi = clause.length() - 1;
    for (QuoteSpan q : v.quotes.quotes()) {
      BitSet qt = q.tokensIn(si);
      if (qt == null || heldByOther(q, d, all)) {
        continue;
      }
      int qlo = qt.nextSetBit(0);
      int qhi = qt.length() - 1;
      boolean before = qhi < lo && onlyPunct(p, qhi + 1, lo);
      boolean after = qlo > hi && onlyPunct(p, hi + 1, qlo);
      if (before || after) {
        addQuote(d, q);
      }
    }
  }

  private static boolean heldByOther(QuoteSpan q, AttributionDraft d, List<AttributionDraft> all) {
    for (AttributionDraft o : all) {
      if (o != d && o.contentOverlaps(q)) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyPunct(DependencyView p, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!p.isPunct(t)) {
        return false;
      }
    }
    return true;
  }

  private static void trailingQuote(DocView v, AttributionDraft d, List<AttributionDraft> all) {
    int si = d.sentence;
    DependencyView p = v.view(si);
    if (hasWords(p, d.content.get(si)) || si == 0 || v.paragraph[si - 1] != v.paragraph[si]
        || !v.quoteMask(si).isEmpty()) {
      return;
    }
    DependencyView prev = v.view(si - 1);
    int last = prev.n - 1;
    while (last >= 0 && prev.isPunct(last) && !v.inQuote(si - 1, last)) {
      last--;
    }
    if (last < 0 || !v.inQuote(si - 1, last)) {
      return;
    }
    int q = v.quotes.quoteIndex(si - 1, last);
    for (AttributionDraft o : all) {
      if (o != d && o.contentHas(si - 1, last)) {
        return;
      }
    }
    addQuote(d, v.quotes.quotes().get(q));
  }

  private static void colon(DocView v, AttributionDraft d) {
    int si = d.sentence;
    DependencyView p = v.view(si);
    boolean label = p.tok(d.cueHead).word().equals(":");
    int after = d.cue.length();
    while (after < p.n && !p.tok(after).word().equals(":") && p.isPunct(after)) {
      after++;
    }
    boolean endsInColon = after < p.n && p.tok(after).word().equals(":") && onlyPunctAfter(p, after);
    if (!label && !endsInColon) {
      return;
    }
    int para = v.paragraph[si];
    int next = si + 1;
    if (endsInColon && (next >= v.size() || v.paragraph[next] != para)) {
      para++; // the colon ends the paragraph: the content is the next one
    }
    for (int k = next; k < v.size() && v.paragraph[k] == para; k++) {
      BitSet all = new BitSet();
      all.set(0, v.view(k).n);
      d.contentIn(k).or(all);
    }
  }

  private static boolean onlyPunctAfter(DependencyView p, int t) {
    for (int k = t + 1; k < p.n; k++) {
      if (!p.isPunct(k)) {
        return false;
      }
    }
    return true;
  }

  private static void extendQuotes(DocView v, AttributionDraft d) {
    List<QuoteSpan> touched = new ArrayList<>();
    for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
      BitSet b = e.getValue();
      for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
        int q = v.quotes.quoteIndex(e.getKey(), t);
        if (q >= 0 && !v.view(e.getKey()).isPunct(t) && !touched.contains(v.quotes.quotes().get(q))) {
          touched.add(v.quotes.quotes().get(q));
        }
      }
    }
    for (QuoteSpan q : touched) {
      addQuote(d, q);
    }
  }

  private static void addQuote(AttributionDraft d, QuoteSpan q) {
    for (Map.Entry<Integer, BitSet> e : q.tokens().entrySet()) {
      d.contentIn(e.getKey()).or(e.getValue());
    }
  }

  /**
   * Runs draft {@code d}'s quoted content on into the wholly quoted sentences after it that have no cue and no
   * quotation another draft held before any run-on ({@code holders}, taken before the first), so the order of the
   * drafts does not decide who takes a quotation.
   */
  private static void continueQuotes(DocView v, AttributionDraft d, List<AttributionDraft> all,
                                     Map<QuoteSpan, List<AttributionDraft>> holders) {
    boolean quoted = false;
    for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
      // quoted words, not a quotation mark the content took in at its edge ("issued a statement shortly after X
      // told voters that ... is “not about you. ...”": the statement holds the mark, X's content the words)
      BitSet m = (BitSet) v.quoteMask(e.getKey()).clone();
      m.and(e.getValue());
      quoted |= hasWords(v.view(e.getKey()), m);
    }
    int last = d.lastContentSentence();
    if (!quoted || last < 0) {
      return;
    }
    for (int next = last + 1; next < v.size(); next++) {
      if (v.paragraph[next] - v.paragraph[next - 1] > 1 || hasCue(all, next) || !whollyQuoted(v, next)
          || quotationHeldByOther(v, d, holders, next)) {
        break; // '“We believe .... My hope is ...,” said U.S. Attorney Nealy Cox': his, not the last speaker's
      }
      BitSet all1 = new BitSet();
      all1.set(0, v.view(next).n);
      d.contentIn(next).or(all1);
    }
  }

  /** Whether a quotation with words in sentence {@code si} was held by another draft before the run-ons. */
  private static boolean quotationHeldByOther(DocView v, AttributionDraft d,
                                              Map<QuoteSpan, List<AttributionDraft>> holders, int si) {
    for (QuoteSpan q : v.quotes.quotes()) {
      BitSet qt = q.tokensIn(si);
      if (qt != null && hasWords(v.view(si), qt) && holders.get(q).stream().anyMatch(o -> o != d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCue(List<AttributionDraft> all, int si) {
    for (AttributionDraft o : all) {
      if (o.sentence == si) {
        return true;
      }
    }
    return false;
  }

  /** Every word of the sentence lies inside quotation marks. */
  static boolean whollyQuoted(DocView v, int si) {
    DependencyView p = v.view(si);
    BitSet m = v.quoteMask(si);
    int words = 0;
    for (int t = 0; t < p.n; t++) {
      if (!p.isPunct(t)) {
        words++;
        if (!m.get(t)) {
          return false;
        }
      }
    }
    return words > 0;
  }

  private static boolean hasWords(DependencyView p, BitSet b) {
    if (b == null) {
      return false;
    }
    for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
      if (!p.isPunct(t)) {
        return true;
      }
    }
    return false;
  }

  /** Removes punctuation at both ends of every contiguous stretch, quotation marks excepted. */
  static void trimPunctuation(DependencyView p, BitSet b) {
    int t = b.nextSetBit(0);
    while (t >= 0) {
      int end = b.nextClearBit(t);
      int lo = t;
      int hi = end - 1;
      while (lo <= hi && p.isPunct(lo) && !QUOTE_MARKS.contains(p.tok(lo).word())) {
        b.clear(lo++);
      }
      while (hi >= lo && p.isPunct(hi) && !QUOTE_MARKS.contains(p.tok(hi).word())) {
        b.clear(hi--);
      }
      t = b.nextSetBit(end);
    }
  }
}
