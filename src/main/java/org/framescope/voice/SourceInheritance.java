package org.framescope.voice;

import java.util.BitSet;
import java.util.List;

/**
 * Sources a draft takes from around its cue when the model gave it none or the wrong one, in one pass after the
 * model (and before {@link Vocatives}, {@link ClaimTails}, {@link AsClauses} and {@link InvertedSpeakers}): a
 * question's participle has no source ("Asked whether ..., Peskov said"), a passive cue's "by" phrase speaks ("he
 * was accused by a female reporter of ..."), a noun cue's "by"/"from" phrase ("claims by Kremlin officials"), a
 * reduced relative's agent ("A report released in September by the National Academies noted ..."), the subject of
 * the clause a cue hangs from ("..., warning that ..."), the controller of an adjunct ("Trump acted the part
 * ..., thanking Reince Priebus"), the sayer of what a participle hangs from ("noted that no refugee wants ...,
 * adding that ..."), the source a participle hangs from ("according to Bloomberg, citing ..."), the name right
 * before a subjectless cue's auxiliary ("and President Recep Tayyip Erdogan has threatened"), and no dateline
 * ("VATICAN CITY — Pope Francis ... asked"). Reads the parse only; changes the drafts in place.
 */
final class SourceInheritance {
  private final ClaimFinder claims;
  private final VoiceWords words;

  private SourceInheritance(ClaimFinder claims, VoiceWords words) {
    this.claims = claims;
    this.words = words;
  }

  /** Gives the drafts of {@code v} the sources the steps above find. */
  static void apply(DocView v, List<AttributionDraft> drafts, ClaimFinder claims, VoiceWords words) {
    new SourceInheritance(claims, words).inheritSources(v, drafts);
  }

  /**
   * A cue without a source of its own that hangs from another clause ("..., framing X as Y", "..., warning that
   * ...", "was quick to retort") speaks with that clause's subject, found by the rules; a noun cue without one
   * speaks with its "by"/"from" phrase ("claims by Kremlin officials that ...").
   */
  private void inheritSources(DocView v, List<AttributionDraft> drafts) {
    for (AttributionDraft d : drafts) {
      DependencyView p = v.view(d.sentence);
      outOfDateline(p, d);
      if (askedParticiple(p, d.cueHead)) {
        d.sourceHead = -1; // "Asked whether ..., Peskov said": the question is the reporter's, and nobody's here
        d.source = new BitSet();
        continue;
      }
      if (reducedPassive(p, d.cueHead)) {
        int a = ClaimFinder.passiveAgent(p, d.cueHead);
        if (usable(v, d, a)) {
          takeAgent(p, d, a); // "claims made by Kremlin officials"
        } else {
          d.sourceHead = -1; // "the project first announced in 2017": announced by nobody named here
          d.source = new BitSet();
        }
        continue;
      }
      int byAgent = passiveAgent(v, p, d);
      if (byAgent >= 0) {
        takeAgent(p, d, byAgent); // "Pigs are considered unclean by Muslims": Muslims consider, not the pigs
        chargeAfterAgent(p, d, byAgent);
        continue;
      }
      int agent = d.sourceHead >= 0 ? -1 : nounAgent(v, d.sentence, d.cueHead);
      if (usable(v, d, agent)) {
        takeAgent(p, d, agent); // "claims by Kremlin officials that ...", "a statement from the ministry"
        continue;
      }
      int reduced = d.sourceHead >= 0 ? -1 : ContentRules.reducedRelativeSubject(p, d.cueHead);
      if (usable(v, d, reduced)) {
        takeSource(p, d, reduced); // "A report released in September by the National Academies noted ..."
        continue;
      }
      String rel = p.rel[d.cueHead];
      if (d.sourceHead >= 0 || !(rel.equals("advcl") || rel.equals("xcomp") || rel.equals("conj")
          || rel.equals("acl") || rel.equals("dep"))) {
        continue;
      }
      int s = claims.subjectOf(v, p, d.cueHead);
      if (usable(v, d, s)) {
        d.sourceHead = s;
        d.source = ContentRules.sourceSpan(p, s, d.cueHead, d.cue);
        d.contentIn(d.sentence).andNot(p.subtree(s));
      }
    }
    for (AttributionDraft d : drafts) {
      DependencyView p = v.view(d.sentence);
      int s = d.sourceHead >= 0 ? -1 : ContentRules.adjunctController(p, d.cueHead);
      // a subject inside a quotation controls no adjunct outside it ("“We ...,” Pence said, ...")
      if (usable(v, d, s) && v.inQuote(d.sentence, s) == v.inQuote(d.sentence, d.cueHead)) {
        takeSource(p, d, s); // "Trump acted the part ..., thanking Reince Priebus", whatever the parse made of it
      }
      int named = nameBeforeAuxiliary(p, d);
      if (named >= 0) {
        takeSource(p, d, named); // "... and President Recep Tayyip Erdogan has threatened Manbij"
      }
    }
    for (AttributionDraft d : drafts) {
      AttributionDraft sayer = sayerOfParticiple(v, drafts, d);
      sayer = sayer != null ? sayer : citer(v, drafts, d);
      if (sayer != null) {
        d.sourceHead = sayer.sourceHead; // "noted that no refugee wants to go ..., adding that ...": the one who
        d.source = (BitSet) sayer.source.clone(); // noted adds, not the refugee
        BitSet own = d.contentIn(d.sentence); // what the participle says is its own clause, not what was noted
        own.and(v.view(d.sentence).subtree(d.cueHead));
        own.andNot(d.cue);
      }
    }
  }

  /**
   * A source whose head lies in a dateline ("VATICAN CITY — Pope Francis on Monday asked ...", where the parser
   * made "CITY" the subject and hung "Francis" from it) is its words after the dateline, headed by their head.
   */
  private static void outOfDateline(DependencyView p, AttributionDraft d) {
    if (d.sourceHead < 0 || d.source.isEmpty()) {
      return;
    }
    int end = d.source.length();
    int from = ContentRules.afterDateline(p, d.source.nextSetBit(0), end);
    if (from <= d.sourceHead || from >= end) {
      return;
    }
    d.source.clear(0, from);
    d.sourceHead = p.head(from, end);
  }

  /**
   * The attribution whose speaker a participle cue continues when the parse hangs it from a verb of what that
   * attribution says ("The prime minister noted that no refugee wants to go to Portugal, adding that ...";
   * "Trump criticized how the FBI handled the probe, accusing it of ..."; "said there was no meeting planned,
   * adding: ..."): a present participle (VBG) without an auxiliary ("allies are hoping" is finite), hanging as an
   * adjunct, conjunct or loose dependent, whose source as found and whose governing verb both lie in the content
   * of an earlier attribution of the same sentence that has a source and a verb for its cue (no layout's label),
   * the governing verb being no attribution's cue ("said he had attacked them, calling ..." keeps its own), and no
   * "without" before the participle ("without citing a single incident" cites nothing). The nearest such
   * attribution before the cue, or null.
   */
  private static AttributionDraft sayerOfParticiple(DocView v, List<AttributionDraft> drafts, AttributionDraft d) {
    DependencyView p = v.view(d.sentence);
    int c = d.cueHead;
    String rel = p.rel[c];
    int g = p.gov[c];
    if (d.sourceHead < 0 || g < 0 || !p.tok(c).pos().equals("VBG") || !(rel.equals("advcl") || rel.equals("xcomp")
        || rel.equals("dep") || rel.equals("conj") || rel.equals("parataxis"))
        || p.child(c, "aux") >= 0 || ClaimFinder.hasMarker(p, c, "without")) {
      return null; // "alleged that ..., without citing a single incident": nothing was cited
    }
    AttributionDraft best = null;
    for (AttributionDraft a : drafts) {
      if (a.sentence != d.sentence) {
        continue;
      }
      if (a.cue.get(g)) {
        return null; // the participle goes with a cue of its own clause
      }
      BitSet said = a.content.get(d.sentence);
      if (a != d && !a.layout && p.tok(a.cueHead).pos().startsWith("VB") && a.cueHead < c && a.sourceHead >= 0
          && said != null && said.get(d.sourceHead) && said.get(g)
          && !said.get(a.sourceHead) && (best == null || a.cueHead > best.cueHead)) {
        best = a;
      }
    }
    return best;
  }

  /**
   * The head of the name right before a verb cue's first auxiliary when the cue has an auxiliary and no subject of
   * its own ("Turkey has sent its allies to attack Afrin and President Recep Tayyip Erdogan has threatened Manbij":
   * the parser made Erdogan a conjunct of Afrin): a run of tokens NER tags PERSON or ORGANIZATION ending there,
   * headed by its last token. -1 when there is none or the source found is in it.
   */
  private static int nameBeforeAuxiliary(DependencyView p, AttributionDraft d) {
    int c = d.cueHead;
    if (!p.tok(c).pos().startsWith("VB") || p.child(c, "nsubj") >= 0 || p.child(c, "nsubj:pass") >= 0) {
      return -1;
    }
    int aux = -1;
    for (int k : p.kids.get(c)) {
      if (k < c && (p.rel[k].equals("aux") || p.rel[k].equals("aux:pass")) && (aux < 0 || k < aux)) {
        aux = k;
      }
    }
    if (aux < 1) {
      return -1;
    }
    String ner = p.tok(aux - 1).ner();
    if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION")) {
      return -1;
    }
    int from = aux - 1;
    while (from > 0 && p.tok(from - 1).ner().equals(ner)) {
      from--;
    }
    return d.sourceHead >= from && d.sourceHead < aux ? -1 : aux - 1;
  }

  /**
   * The attribution whose source a participle cue hangs from as a clause ("..., according to Bloomberg, citing three
   * people familiar with the matter": CoreNLP hangs "citing" from "Bloomberg"): a present participle (VBG) whose
   * relation is {@code acl} and whose governor is the source head of another attribution of the same sentence, when
   * its own source is not that word already. That attribution, or null.
   */
  private static AttributionDraft citer(DocView v, List<AttributionDraft> drafts, AttributionDraft d) {
    DependencyView p = v.view(d.sentence);
    int c = d.cueHead;
    int g = p.gov[c];
    if (g < 0 || !p.tok(c).pos().equals("VBG") || !p.rel[c].equals("acl") || d.sourceHead == g) {
      return null;
    }
    for (AttributionDraft a : drafts) {
      if (a != d && a.sentence == d.sentence && a.sourceHead == g) {
        return a;
      }
    }
    return null;
  }

  /**
   * The "by" phrase of a passive cue whose source as found is none or the passive subject ("he was accused by a
   * female reporter of ...", "Cruz has also been hit by the hawks and doves in his party"): the one who accuses
   * speaks, not the one accused. An agent the model chose already is spanned the same way, without "by". Only a
   * cue with a passive auxiliary, and not a singular common noun that cannot speak ("gripped by anxiety" has no
   * source in it); -1 when there is none.
   */
  private int passiveAgent(DocView v, DependencyView p, AttributionDraft d) {
    if (p.child(d.cueHead, "aux:pass") < 0) {
      return -1;
    }
    int a = ClaimFinder.passiveAgent(p, d.cueHead);
    if (a < 0 || d.cue.get(a)
        || p.tok(a).pos().equals("NN") && !NounPhraseSieve.headCanSpeak(v, words, d.sentence, a)) {
      return -1;
    }
    boolean replaceable = d.sourceHead < 0 || d.sourceHead == a
        || p.gov[d.sourceHead] == d.cueHead && p.rel[d.sourceHead].equals("nsubj:pass");
    return replaceable ? a : -1;
  }

  /**
   * Makes agent {@code a} of a "by"/"from" phrase the draft's source ({@link #takeSource}: spanned without the
   * preposition, "Kremlin officials", not "by Kremlin officials"), and no content, preposition included.
   */
  private static void takeAgent(DependencyView p, AttributionDraft d, int a) {
    takeSource(p, d, a);
    d.contentIn(d.sentence).andNot(p.subtree(a));
  }

  /**
   * "He was accused by a female reporter, who worked for Mr. Bannon, of grabbing her": the parse may hang the
   * charge (a gerund after "of" or "for") inside the agent's phrase, but it is what the accuse-verb ({@code
   * accuse-verb} of voice-words.tsv) attributes, with the one accused, as in the active "accused him of ...". The
   * charge leaves the source and joins the content.
   */
  private void chargeAfterAgent(DependencyView p, AttributionDraft d, int agent) {
    if (!words.is("accuse-verb", p.tok(d.cueHead).lemma())) {
      return;
    }
    BitSet under = p.subtree(agent);
    for (int k = under.nextSetBit(agent + 1); k >= 0; k = under.nextSetBit(k + 1)) {
      if (p.tok(k).pos().equals("VBG") && ClaimFinder.hasMarker(p, k, "of", "for")) {
        BitSet charge = p.subtree(k); // "of grabbing her", "for stealing their data": a gerund, not "a reporter for
        d.source.andNot(charge);      // the Times"
        d.contentIn(d.sentence).or(charge);
        int accused = p.child(d.cueHead, "nsubj:pass");
        if (accused >= 0) {
          d.contentIn(d.sentence).or(p.subtree(accused));
        }
        ContentRules.trimPunctuation(p, d.source);
        return;
      }
    }
  }

  /** Whether token {@code s} (-1: none) can be the draft's source: not a word of its cue, not a speaker label. */
  private static boolean usable(DocView v, AttributionDraft d, int s) {
    return s >= 0 && !d.cue.get(s) && !v.inLabel(d.sentence, s);
  }

  /** Makes {@code s} the draft's source head, its span the source, and that span no content. */
  private static void takeSource(DependencyView p, AttributionDraft d, int s) {
    d.sourceHead = s;
    d.source = ContentRules.sourceSpan(p, s, d.cueHead, d.cue);
    d.contentIn(d.sentence).andNot(d.source);
  }

  /**
   * A participle clause whose subject is the one questioned, not the questioner ("Asked whether sanctions would be
   * lifted, Peskov said ...", "Pressed on the deal, she ..."): a {@code question-participle} of voice-words.tsv,
   * tagged VBN, hanging from the main clause without a subject of its own. PolNeAR marks it an attribution
   * without source.
   */
  private boolean askedParticiple(DependencyView p, int cue) {
    return p.tok(cue).pos().equals("VBN") && (p.rel[cue].equals("advcl") || p.rel[cue].equals("dep"))
        && p.child(cue, "nsubj") < 0 && p.child(cue, "nsubj:pass") < 0
        && words.is("question-participle", p.tok(cue).lemma());
  }

  /**
   * A past participle that says something was announced or reported, not who said it: one modifying a noun
   * after it ("its charging mat project first announced in 2017", relation acl) or before it, after the noun's
   * determiner ("a poorly described article", amod), or one the parser gave the noun as its
   * subject under an expletive "there" ("there were 3248 cases reported worldwide"), in both cases with no
   * auxiliary or copula of its own. Only its "by" phrase names a speaker.
   */
  static boolean reducedPassive(DependencyView p, int cue) {
    if (!p.tok(cue).pos().equals("VBN") || p.child(cue, "aux") >= 0 || p.child(cue, "aux:pass") >= 0
        || p.child(cue, "cop") >= 0) {
      return false;
    }
    if (p.rel[cue].equals("acl")) {
      return true; // "the project first announced in 2017"
    }
    int det = p.gov[cue] >= 0 ? p.child(p.gov[cue], "det") : -1;
    if (p.rel[cue].equals("amod") && det >= 0 && det < cue && cue < p.gov[cue]) {
      return true; // "a poorly described article", between the determiner and its noun
    }
    int g = p.gov[cue];
    return p.child(cue, "nsubj") >= 0 && g >= 0 && p.child(g, "expl") >= 0;
  }

  /** The "by"/"from" phrase of a noun cue ("claims by Kremlin officials", "a statement from the ministry"), or -1. */
  private static int nounAgent(DocView v, int si, int cue) {
    DependencyView p = v.view(si);
    if (!p.tok(cue).pos().startsWith("NN")) {
      return -1;
    }
    for (int k : p.kids.get(cue)) {
      if (k < cue || !p.rel[k].startsWith("nmod")) {
        continue;
      }
      String ner = p.tok(k).ner();
      boolean speaks = ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("COUNTRY")
          || ner.equals("LOCATION") || ner.equals("NATIONALITY") || v.titleAt(si, k) != null;
      if (p.agentPhrase(k, "by") || speaks && p.agentPhrase(k, "from")) {
        return k;
      }
    }
    return -1;
  }

}
