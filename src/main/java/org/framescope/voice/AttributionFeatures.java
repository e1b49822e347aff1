package org.framescope.voice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.model.VerbClass;

/**
 * The features of the trained attribution model, from the parse, the quotes, the reporting-verb lexicon and the
 * rules' own claims (so the model learns when to trust the rules and what they miss). Three decisions:
 * <ul>
 *   <li>cue: is token t the head of a cue? ({@link #cue})</li>
 *   <li>source: is token s the head of cue c's source? ({@link #source})</li>
 *   <li>content: does a unit of the sentence (a subtree hanging off the cue or off one of its three nearest
 *   ancestors) belong to cue c's content? ({@link #unit}, units from {@link #units})</li>
 * </ul>
 * Feature names are short strings; {@link #CONFIG} describes them and is hashed into the model file, so a
 * model trained with other features is refused. Stateless; thread-safe.
 */
final class AttributionFeatures {
  /** Bump when a feature changes meaning; models record it. */
  static final int VERSION = 2;
  /** What the features are (stored and checked in the model file). */
  static final Map<String, String> CONFIG = new TreeMap<>(Map.of(
      "version", Integer.toString(VERSION),
      "cue", "word,lemma,pos,lemma|pos,rel,lemma|rel,gov lemma/pos,child rels (+lemma),marks,subject kind (+lemma),"
          + "quote state (+lemma),reporting-verb class (+child rels),prev/next word and pos,passive,negation,"
          + "position,colon/dash speaker label,rule claim/subject/content,lemma|frame(SCXO),lemma|rel|gov pos,"
          + "prev word|lemma,lemma|next word,quote adjacency (+lemma)",
      "source", "dependency path cue->candidate (<=4 hops, +cue lemma, +cue pos),path length,candidate pos/ner/"
          + "pronoun,side,distance,quote,rule subject,speaker label before colon",
      "unit", "unit description (down:rel | upN:rel:rel),+cue lemma,+cue pos,size,quote share,side,holds source,"
          + "first word,head pos,rule content share,cue has ccomp",
      "units", "subtrees of the cue's children, then of each of its 3 nearest ancestors and its other children, "
          + "then the rest of the sentence"));

  private static final Set<String> SKIP_POS = Set.of("DT", "PRP", "PRP$", "CC", "TO", "POS", "CD", "WDT", "WP",
      "WP$", "EX", "-LRB-", "-RRB-", "``", "''", ",", ".", "HYPH");
  private static final Set<String> SOURCE_POS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "WP", "WDT", "DT",
      "CD");
  private static final Set<String> FIRST_WORDS = Set.of("that", "to", "if", "whether", "how", "what", "why", "who",
      "when", "where", "as", "for", "of", "about", "on", "because", "“", "\"", "``", ":", ",", "and", "but");

  private final ReportingVerbs verbs;

  AttributionFeatures(ReportingVerbs verbs) {
    this.verbs = verbs;
  }

  /** Rule output for one sentence, indexed for the features. */
  static final class RuleIndex {
    final Map<Integer, Claim> byHead = new java.util.HashMap<>();

    RuleIndex(List<Claim> claims) {
      for (Claim c : claims) {
        byHead.putIfAbsent(c.head(), c);
      }
    }
  }

  /** Whether token t is worth scoring as a cue head at all (content words, colons and dashes). */
  static boolean cueCandidate(DependencyView p, int t) {
    var tok = p.tok(t);
    String w = tok.word();
    if (w.equals(":") || w.equals("―") || w.equals("—") || w.equals("--")) {
      return true;
    }
    return !SKIP_POS.contains(tok.pos()) && !p.isPunct(t);
  }

  static boolean sourceCandidate(DependencyView p, int s) {
    var tok = p.tok(s);
    // any subject that is no verb or predicate too: "most said", "many of her aides feel", where CoreNLP tags the
    // quantifier JJ or JJS; not "Horrified at the prospect ..., Ramos believes", a fronted predicate the parse
    // made the subject. A determiner heads a source only as a pronoun ("That is what he said"), never as the "the"
    // of a noun ("received the endorsement of Gov. Mike Pence")
    if (tok.pos().equals("DT") && p.rel[s].equals("det")) {
      return false;
    }
    return SOURCE_POS.contains(tok.pos()) || tok.ner().equals("PERSON") || tok.ner().equals("ORGANIZATION")
        || p.rel[s].startsWith("nsubj") && !tok.pos().startsWith("VB") && !predicate(p, s);
  }

  private static boolean predicate(DependencyView p, int s) {
    for (int k : p.kids.get(s)) {
      String r = p.rel[k];
      if (r.startsWith("obl") || r.equals("obj") || r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl")) {
        return true;
      }
    }
    return false;
  }

  List<String> cue(DocView v, int si, int t, RuleIndex rules) {
    DependencyView p = v.view(si);
    var tok = p.tok(t);
    String lemma = tok.lemma().toLowerCase(Locale.ROOT);
    String pos = tok.pos();
    List<String> f = new ArrayList<>(48);
    f.add("w:" + tok.word().toLowerCase(Locale.ROOT));
    f.add("l:" + lemma);
    f.add("p:" + pos);
    f.add("lp:" + lemma + "|" + pos);
    String rel = p.rel[t];
    f.add("r:" + rel);
    f.add("lr:" + lemma + "|" + rel);
    int g = p.gov[t];
    f.add("g:" + (g >= 0 ? p.tok(g).lemma().toLowerCase(Locale.ROOT) : "ROOT"));
    f.add("gp:" + (g >= 0 ? p.tok(g).pos() : "ROOT") + "|" + rel);
    VerbClass cls = verbClass(lemma);
    if (cls != null) {
      f.add("rv:" + cls);
    }
    boolean hasSubj = false;
    for (int k : p.kids.get(t)) {
      String kr = p.rel[k];
      if (kr.equals("punct")) {
        continue;
      }
      f.add("c:" + kr);
      f.add("lc:" + lemma + "|" + kr);
      if (cls != null) {
        f.add("rc:" + kr);
      }
      if (kr.equals("mark") || kr.equals("case")) {
        f.add("cm:" + p.tok(k).word().toLowerCase(Locale.ROOT));
      }
      if (kr.startsWith("nsubj")) {
        hasSubj = true;
        String kind = mentionKind(p, k);
        f.add("s:" + kind);
        f.add("ls:" + lemma + "|" + kind);
      }
      if (kr.equals("ccomp") || kr.equals("xcomp") || kr.equals("advcl") || kr.equals("acl")) {
        int mk = firstMark(p, k);
        if (mk >= 0) {
          f.add("cmk:" + kr + "|" + p.tok(mk).word().toLowerCase(Locale.ROOT));
        }
      }
      if (kr.equals("aux:pass")) {
        f.add("pass");
      }
    }
    if (!hasSubj) {
      f.add("nosubj");
    }
    f.add("lk:" + lemma + "|" + frame(p, t));
    if (g >= 0) {
      f.add("lg:" + lemma + "|" + rel + "|" + p.tok(g).pos());
    }
    String prevWord = t > 0 ? p.tok(t - 1).word().toLowerCase(Locale.ROOT) : "<s>";
    String nextWord = t + 1 < p.n ? p.tok(t + 1).word().toLowerCase(Locale.ROOT) : "</s>";
    f.add("pwl:" + prevWord + "|" + lemma);
    f.add("lnw:" + lemma + "|" + nextWord);
    String adj = quoteAdjacent(v, si, t);
    if (adj != null) {
      f.add("qadj:" + adj);
      f.add("lqadj:" + lemma + "|" + adj);
    }
    if (ClaimFinder.negated(p, t)) {
      f.add("neg");
    }
    String q = quoteState(v, si, t);
    f.add("q:" + q);
    f.add("lq:" + lemma + "|" + q);
    f.add("pw:" + (t > 0 ? p.tok(t - 1).word().toLowerCase(Locale.ROOT) : "<s>"));
    f.add("nw:" + (t + 1 < p.n ? p.tok(t + 1).word().toLowerCase(Locale.ROOT) : "</s>"));
    f.add("pp:" + (t > 0 ? p.tok(t - 1).pos() : "<s>"));
    f.add("np:" + (t + 1 < p.n ? p.tok(t + 1).pos() : "</s>"));
    f.add("pos:" + (t == 0 ? "0" : t < 3 ? "1-2" : t + 1 == p.n ? "last" : "mid"));
    if (v.inParagraph[si] == 0) {
      f.add("para0");
    }
    String w = tok.word();
    if (w.equals(":") || w.equals("―") || w.equals("—") || w.equals("--")) {
      f.add("mark:" + w + "|" + (t <= 4 ? "early" : "late") + "|" + (t > 0 ? shape(p.tok(t - 1).word()) : "<s>"));
    }
    Claim c = rules.byHead.get(t);
    if (c != null) {
      f.add("rule:claim");
      f.add("rule:" + (c.content().isEmpty() ? "nocontent" : "content"));
      f.add("rule:subj|" + mentionKind(p, c.subject()));
    }
    return f;
  }

  List<String> source(DocView v, int si, int c, int s, RuleIndex rules) {
    DependencyView p = v.view(si);
    String lemma = p.tok(c).lemma().toLowerCase(Locale.ROOT);
    String path = path(p, c, s);
    List<String> f = new ArrayList<>(24);
    f.add("path:" + path);
    f.add("lpath:" + lemma + "|" + path);
    f.add("ppath:" + p.tok(c).pos() + "|" + path);
    var tok = p.tok(s);
    f.add("sp:" + tok.pos());
    f.add("sn:" + tok.ner());
    f.add("spn:" + tok.pos() + "|" + tok.ner());
    if (tok.pos().startsWith("PRP") || tok.pos().startsWith("W") || tok.pos().equals("DT")) {
      f.add("sw:" + tok.word().toLowerCase(Locale.ROOT));
    }
    f.add("side:" + (s < c ? "L" : "R"));
    int d = Math.abs(s - c);
    f.add("dist:" + (d == 1 ? "1" : d == 2 ? "2" : d <= 5 ? "3-5" : d <= 10 ? "6-10" : "11+"));
    f.add("sq:" + (v.inQuote(si, s) ? "in" : "out"));
    f.add("srel:" + p.rel[s]);
    Claim claim = rules.byHead.get(c);
    if (claim != null && claim.subject() == s) {
      f.add("rule:subj");
    }
    if (s + 1 < p.n && p.tok(s + 1).word().equals(":") && s <= 3) {
      f.add("label:colon");
    }
    if (s > 0 && (p.tok(s - 1).word().equals("―") || p.tok(s - 1).word().equals("—"))) {
      f.add("label:dash");
    }
    return f;
  }

  /** A unit: tokens of a sentence and how they hang off the cue. */
  record Unit(String desc, BitSet tokens, int head) { }

  /** The cue's sentence cut into units (see the class comment); every token outside the cue is in one unit. */
  static List<Unit> units(DependencyView p, int c, BitSet cueTokens) {
    List<Unit> out = new ArrayList<>();
    BitSet covered = (BitSet) cueTokens.clone();
    covered.set(c);
    for (int k : p.kids.get(c)) {
      if (cueTokens.get(k)) {
        continue;
      }
      BitSet sub = p.subtree(k);
      sub.andNot(covered);
      if (!sub.isEmpty()) {
        out.add(new Unit("down:" + p.rel[k], sub, k));
        covered.or(sub);
      }
    }
    int x = c;
    for (int level = 1; level <= 3 && p.gov[x] >= 0; level++) {
      int g = p.gov[x];
      String up = "up" + level + ":" + p.rel[x];
      if (!covered.get(g)) {
        BitSet self = new BitSet(p.n);
        self.set(g);
        out.add(new Unit(up + ":self", self, g));
        covered.set(g);
      }
      for (int k : p.kids.get(g)) {
        if (k == x) {
          continue;
        }
        BitSet sub = p.subtree(k);
        sub.andNot(covered);
        if (!sub.isEmpty()) {
          out.add(new Unit(up + ":" + p.rel[k], sub, k));
          covered.or(sub);
        }
      }
      x = g;
    }
    BitSet rest = new BitSet(p.n);
    rest.set(0, p.n);
    rest.andNot(covered);
    if (!rest.isEmpty()) {
      out.add(new Unit("far", rest, rest.nextSetBit(0)));
    }
    return out;
  }

  List<String> unit(DocView v, int si, int c, Unit u, int sourceHead, RuleIndex rules) {
    DependencyView p = v.view(si);
    String lemma = p.tok(c).lemma().toLowerCase(Locale.ROOT);
    List<String> f = new ArrayList<>(24);
    f.add("d:" + u.desc());
    f.add("ld:" + lemma + "|" + u.desc());
    f.add("pd:" + p.tok(c).pos() + "|" + u.desc());
    int words = 0;
    int quoted = 0;
    int ruled = 0;
    Claim claim = rules.byHead.get(c);
    BitSet qmask = v.quotes.maskView(si);
    for (int t = u.tokens().nextSetBit(0); t >= 0; t = u.tokens().nextSetBit(t + 1)) {
      if (p.isPunct(t)) {
        continue;
      }
      words++;
      quoted += qmask.get(t) ? 1 : 0;
      ruled += claim != null && claim.contentHas(t) ? 1 : 0;
    }
    f.add("size:" + (words == 0 ? "0" : words == 1 ? "1" : words <= 3 ? "2-3" : words <= 8 ? "4-8" : "9+"));
    String qs = share(quoted, words);
    f.add("uq:" + qs);
    f.add("duq:" + u.desc() + "|" + qs);
    f.add("side:" + (u.tokens().nextSetBit(0) < c ? "L" : "R"));
    if (sourceHead >= 0 && u.tokens().get(sourceHead)) {
      f.add("hassrc");
    }
    int first = u.tokens().nextSetBit(0);
    String fw = p.tok(first).word().toLowerCase(Locale.ROOT);
    if (FIRST_WORDS.contains(fw)) {
      f.add("fw:" + fw);
    }
    f.add("hp:" + p.tok(u.head()).pos());
    if (claim != null) {
      String rs = share(ruled, words);
      f.add("ru:" + rs);
      f.add("dru:" + u.desc() + "|" + rs);
    } else {
      f.add("ru:noclaim");
    }
    if (p.child(c, "ccomp") >= 0) {
      f.add("cc");
    }
    return f;
  }

  /** The argument frame of a token: which of subject, clausal complement, open complement, object it has. */
  private static String frame(DependencyView p, int t) {
    boolean subj = false;
    boolean comp = false;
    boolean open = false;
    boolean obj = false;
    for (int k : p.kids.get(t)) {
      String r = p.rel[k];
      subj |= r.startsWith("nsubj");
      comp |= r.equals("ccomp") || r.equals("parataxis");
      open |= r.equals("xcomp");
      obj |= r.equals("obj");
    }
    return (subj ? "S" : "") + (comp ? "C" : "") + (open ? "X" : "") + (obj ? "O" : "");
  }

  /** "before" when only punctuation separates the token from a quotation ending before it, "after" likewise. */
  private static String quoteAdjacent(DocView v, int si, int t) {
    DependencyView p = v.view(si);
    int k = t - 1;
    while (k >= 0 && p.isPunct(k) && !v.inQuote(si, k)) {
      k--;
    }
    if (k >= 0 && v.inQuote(si, k)) {
      return "before";
    }
    k = t + 1;
    while (k < p.n && p.isPunct(k) && !v.inQuote(si, k)) {
      k++;
    }
    if (k < p.n && v.inQuote(si, k)) {
      return "after";
    }
    return null;
  }

  private static String share(int part, int whole) {
    return part == 0 ? "none" : part == whole ? "all" : "part";
  }

  /** The reporting-verb class of a lemma (any part of speech: "claims by X" is distancing), or null. */
  VerbClass verbClass(String lemma) {
    List<ReportingVerbs.Entry> es = verbs.entries(lemma);
    for (ReportingVerbs.Entry e : es) {
      if (e.particle().isEmpty()) {
        return e.verbClass();
      }
    }
    return es.isEmpty() ? null : es.get(0).verbClass();
  }

  private static String quoteState(DocView v, int si, int t) {
    if (v.inQuote(si, t)) {
      return "in";
    }
    BitSet m = v.quotes.maskView(si);
    if (m.isEmpty()) {
      return "none";
    }
    boolean before = m.previousSetBit(t) >= 0;
    boolean after = m.nextSetBit(t) >= 0;
    return before && after ? "both" : before ? "before" : "after";
  }

  private static int firstMark(DependencyView p, int h) {
    for (int k : p.kids.get(h)) {
      if (p.rel[k].equals("mark")) {
        return k;
      }
    }
    return -1;
  }

  /** PRON, PERSON, ORG, LOC, NNP, NN, WH or OTHER. */
  static String mentionKind(DependencyView p, int k) {
    var t = p.tok(k);
    if (t.pos().startsWith("PRP")) {
      return "PRON";
    }
    if (t.pos().startsWith("W")) {
      return "WH";
    }
    if (t.ner().equals("PERSON")) {
      return "PERSON";
    }
    if (t.ner().equals("ORGANIZATION")) {
      return "ORG";
    }
    if (t.ner().equals("LOCATION") || t.ner().equals("COUNTRY")) {
      return "LOC";
    }
    if (t.pos().startsWith("NNP")) {
      return "NNP";
    }
    return t.pos().startsWith("NN") ? "NN" : "OTHER";
  }

  private static String shape(String w) {
    if (w.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch)) && w.chars().anyMatch(Character::isLetter)) {
      return "UPPER";
    }
    return Character.isUpperCase(w.codePointAt(0)) ? "Cap" : "low";
  }

  /**
   * Dependency path from c to s through their lowest common ancestor: "^rel" steps up from c, then "_rel" steps
   * down to s; "far" when longer than four steps or not connected.
   */
  static String path(DependencyView p, int c, int s) {
    List<Integer> upC = new ArrayList<>();
    for (int x = c; x >= 0 && upC.size() <= p.n; x = p.gov[x]) {
      upC.add(x);
    }
    List<Integer> upS = new ArrayList<>();
    for (int x = s; x >= 0 && upS.size() <= p.n; x = p.gov[x]) {
      upS.add(x);
    }
    int lca = -1;
    int ic = -1;
    int is = -1;
    for (int i = 0; i < upC.size() && lca < 0; i++) {
      int j = upS.indexOf(upC.get(i));
      if (j >= 0) {
        lca = upC.get(i);
        ic = i;
        is = j;
      }
    }
    if (lca < 0 || ic + is > 4) {
      return "far";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ic; i++) {
      b.append('^').append(p.rel[upC.get(i)]);
    }
    for (int j = is - 1; j >= 0; j--) {
      b.append('_').append(p.rel[upS.get(j)]);
    }
    return b.length() == 0 ? "self" : b.toString();
  }
}
