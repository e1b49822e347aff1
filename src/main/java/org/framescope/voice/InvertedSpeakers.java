package org.framescope.voice;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The speaker written after the cue, once a quotation has ended: "“...,” added his campaign manager Jeff Weaver";
 * "“...,” tweeted Sen. Lindsey O. Graham". The parser often hangs that phrase from the verb as its object or a
 * loose dependent rather than its subject, and then neither the model nor the rules take it as the source, so the
 * quotation had no speaker. For an attribution without a source whose cue comes right after a quotation's end (a
 * comma and a closing quotation mark, in either order), the noun phrase that begins right after the cue and hangs
 * from it is the source when it can speak (a person or organisation named in it, or a registry title); it stops
 * at its first comma ("..., speaking to CNN after the senator spoke" is not the speaker), and it leaves the
 * content. For every attribution with a speaker after such a cue, what follows the speaker outside quotation marks
 * leaves the content too.
 */
final class InvertedSpeakers {
  private InvertedSpeakers() {}

  /** Relations a parser gives a noun phrase written right after the verb. */
  private static final Set<String> AFTER_VERB = Set.of("nsubj", "obj", "iobj", "dep", "nsubj:pass", "appos");

  static void apply(DocView v, List<AttributionDraft> drafts, VoiceWords words) {
    for (AttributionDraft d : drafts) {
      afterComma(v, d, words);
      namedAtEnd(v, d, words);
      setOffName(v, d, words);
      setOffBefore(v, d);
    }
    for (AttributionDraft d : drafts) {
      if (d.sourceHead >= 0 || d.cue.isEmpty()) {
        continue;
      }
      DependencyView p = v.view(d.sentence);
      if (!afterQuotation(p, d.cue.nextSetBit(0))) {
        continue;
      }
      Phrase after = phraseAfter(p, d);
      if (after == null || !speaks(v, d.sentence, p, after.span())) {
        continue;
      }
      take(d, after);
    }
    for (AttributionDraft d : drafts) {
      trailer(v, d);
    }
  }

  /**
   * What follows an inverted speaker outside quotation marks is no content: "“...,” added his campaign manager
   * Jeff Weaver, speaking to CNN after the senator spoke" says where he spoke, not what; a quotation resumed after
   * the speaker ("“...,” said Smith, “and ...”") stays.
   */
  private static void trailer(DocView v, AttributionDraft d) {
    if (d.source.isEmpty() || d.cue.isEmpty()) {
      return;
    }
    DependencyView p = v.view(d.sentence);
    if (!afterQuotation(p, d.cue.nextSetBit(0)) || d.source.nextSetBit(0) < d.cue.length()) {
      return;
    }
    BitSet own = d.content.get(d.sentence);
    if (own == null) {
      return;
    }
    for (int t = own.nextSetBit(d.source.length()); t >= 0; t = own.nextSetBit(t + 1)) {
      if (!v.inQuote(d.sentence, t)) {
        own.clear(t);
      }
    }
  }

  /**
   * The speaker written after a reporting verb that follows a comma, with no quotation: "A more subdued Bill Clinton
   * may not be such a bad thing either, say some Democrats, who ...", "The contrast with Trump, said Doyle and
   * others, would be clear". The parser makes the phrase after the verb its object, and the phrase before the comma
   * its subject (or the subject of the clause the verb hangs from), which then became the source. For a finite
   * {@code inverting-verb} of voice-words.tsv ("say", not "told", whose object is the one addressed) with no clausal
   * complement of its own, right after a comma, the noun phrase that begins right after it and hangs from it is the
   * source when its head can speak ({@link NounPhraseSieve#headCanSpeak}) and punctuation or the sentence's end
   * follows it (not "..., says Cruz has the ...", where Cruz is what is said); it stops at its first comma. A source
   * found before the comma becomes content: it is what was said. Only when that source cannot speak itself ("Scot
   * Ross, executive director of One Wisconsin Now, said the spending numbers ..." keeps Ross).
   */
  private static void afterComma(DocView v, AttributionDraft d, VoiceWords words) {
    if (d.cue.isEmpty()) {
      return;
    }
    DependencyView p = v.view(d.sentence);
    int start = d.cue.nextSetBit(0);
    int next = d.cue.length();
    if (!afterPlainComma(p, start) || !finiteInverting(p, d, words) || d.sourceHead > d.cueHead
        || d.sourceHead >= 0 && NounPhraseSieve.headCanSpeak(v, words, d.sentence, d.sourceHead)) {
      return; // "Scot Ross, executive director of One Wisconsin Now, said the spending numbers ...": Ross speaks
    }
    Phrase after = phraseAfter(p, d);
    if (after == null) {
      return;
    }
    int end = after.span().length();
    if (!after.span().get(next) || end < p.n && !p.isPunct(end)) {
      return; // "..., says Cruz has the ...": a clause follows, Cruz is what is said
    }
    if (!NounPhraseSieve.headCanSpeak(v, words, d.sentence, after.head())) {
      return; // "..., noted congressional testimony by Gregory Hicks, ...": what is noted, not who
    }
    takeInstead(d, after);
  }

  /**
   * A finite {@code inverting-verb} of voice-words.tsv ("say", not "told", whose object is the one addressed) with
   * no clausal complement after it.
   */
  private static boolean finiteInverting(DependencyView p, AttributionDraft d, VoiceWords words) {
    return finiteInvertingVerb(p, d, words)
        && p.child(d.cueHead, "ccomp") <= d.cueHead && p.child(d.cueHead, "xcomp") <= d.cueHead;
  }

  /** A finite {@code inverting-verb} of voice-words.tsv as the cue's head, whatever its complements. */
  private static boolean finiteInvertingVerb(DependencyView p, AttributionDraft d, VoiceWords words) {
    String pos = p.tok(d.cueHead).pos();
    return (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
        && words.is("inverting-verb", p.tok(d.cueHead).lemma());
  }

  /** Makes the phrase the draft's source; the source found before it becomes content (it is what was said). */
  private static void takeInstead(AttributionDraft d, Phrase after) {
    BitSet before = d.source;
    take(d, after);
    d.contentIn(d.sentence).or(before);
  }

  /**
   * A name written after a reporting verb that follows a comma and ends the sentence: "China has experienced 26
   * cases ..., reports Reuters.", "China “vastly improved ...,” writes the Associated Press." The source found
   * before the comma (the sentence's subject, which can speak too) becomes content. For a finite {@code
   * inverting-verb} right after a comma, or a comma and a closing quotation mark, with no clausal complement after
   * it, when the phrase right after it names a person or organisation ({@link #speaks}) and only punctuation
   * follows it.
   */
  private static void namedAtEnd(DocView v, AttributionDraft d, VoiceWords words) {
    if (d.cue.isEmpty() || d.sourceHead < 0 || d.sourceHead > d.cueHead) {
      return;
    }
    DependencyView p = v.view(d.sentence);
    int start = d.cue.nextSetBit(0);
    if (!afterPlainComma(p, start) && !afterQuotation(p, start) || !finiteInverting(p, d, words)) {
      return;
    }
    Phrase after = phraseAfter(p, d);
    if (after == null || !after.span().get(d.cue.length()) || !speaks(v, d.sentence, p, after.span())) {
      return;
    }
    for (int t = after.span().length(); t < p.n; t++) {
      if (!p.isPunct(t)) {
        return; // "..., said Smith, a spokesman for ...": more follows, the rules above decide
      }
    }
    takeInstead(d, after);
  }

  /**
   * A name set off by commas after the verb, which the parser made the subject of the verb's clausal complement:
   * "The key to Stadia's success, says Buser, is Google's built-in infrastructure"; "This system, says Richard
   * Locksley, an immunologist at ..., helps direct ...". For a finite {@code inverting-verb} right after a comma
   * (no quotation mark) whose clausal complement follows it, when that complement's subject begins right after the
   * verb, a comma follows its subtree, and it names a person or organisation or holds a title ({@link #speaks}):
   * the subject and its subtree are the source, and the source found before the comma becomes content.
   */
  private static void setOffName(DocView v, AttributionDraft d, VoiceWords words) {
    if (d.cue.isEmpty() || d.sourceHead > d.cueHead) {
      return;
    }
    DependencyView p = v.view(d.sentence);
    int start = d.cue.nextSetBit(0);
    if (!afterPlainComma(p, start) || !finiteInvertingVerb(p, d, words)) {
      return;
    }
    int clause = p.child(d.cueHead, "ccomp");
    int subject = clause > d.cueHead ? p.child(clause, "nsubj") : -1;
    if (subject < 0) {
      return;
    }
    BitSet span = p.subtree(subject);
    while (!span.isEmpty() && p.isPunct(span.length() - 1)) {
      span.clear(span.length() - 1); // the closing comma may hang from the name
    }
    int end = span.length();
    if (span.nextSetBit(0) != d.cue.length() || end >= p.n || !p.tok(end).word().equals(",")
        || span.cardinality() != end - span.nextSetBit(0) || !speaks(v, d.sentence, p, span)) {
      return;
    }
    takeInstead(d, new Phrase(span, subject));
  }

  /**
   * A name set off by a comma right before the verb, where the parser gave the verb two subjects: "Some of these
   * norms, Schneider told LifeSiteNews, give ...". When the source found is the first subject, the second one, if
   * a comma comes right before its phrase, the phrase runs up to the cue and names a person or organisation or
   * holds a title ({@link #speaks}), is the source, and the first becomes content.
   */
  private static void setOffBefore(DocView v, AttributionDraft d) {
    if (d.cue.isEmpty() || d.sourceHead < 0 || d.sourceHead > d.cueHead) {
      return;
    }
    DependencyView p = v.view(d.sentence);
    int first = -1;
    int second = -1;
    for (int k : p.kids.get(d.cueHead)) {
      if (k < d.cueHead && p.rel[k].equals("nsubj")) {
        if (first < 0) {
          first = k;
        } else if (second < 0) {
          second = k;
        }
      }
    }
    if (second < 0 || !p.subtree(first).get(d.sourceHead)) {
      return;
    }
    BitSet span = p.subtree(second);
    int lo = span.nextSetBit(0);
    if (lo < 1 || !p.tok(lo - 1).word().equals(",") || span.length() != d.cue.nextSetBit(0)
        || span.cardinality() != span.length() - lo || !speaks(v, d.sentence, p, span)) {
      return;
    }
    takeInstead(d, new Phrase(span, second));
  }

  /** A noun phrase written right after the cue: its tokens up to its first comma, and its head. */
  private record Phrase(BitSet span, int head) {}

  /**
   * The noun phrase that begins right after the cue and hangs from it (as subject, object or loose dependent, the
   * relations a parser gives a phrase there), up to its first comma; null when there is none.
   */
  private static Phrase phraseAfter(DependencyView p, AttributionDraft d) {
    int next = d.cue.length();
    if (next >= p.n) {
      return null;
    }
    int h = next;
    for (int hops = 0; h >= 0 && p.gov[h] != d.cueHead && hops < p.n; hops++) {
      h = p.gov[h];
    }
    if (h < 0 || p.gov[h] != d.cueHead || !AFTER_VERB.contains(p.rel[h]) || !p.tok(h).pos().startsWith("NN")) {
      return null;
    }
    BitSet span = p.subtree(h);
    span.andNot(d.cue);
    span.clear(0, next);
    int comma = next;
    while (comma < p.n && span.get(comma) && !p.tok(comma).word().equals(",")) {
      comma++;
    }
    span.clear(comma, p.n);
    return span.isEmpty() ? null : new Phrase(span, h >= comma ? p.head(next, comma) : h);
  }

  /** Makes the phrase the draft's source; it leaves the content. */
  private static void take(AttributionDraft d, Phrase phrase) {
    d.sourceHead = phrase.head();
    d.source = phrase.span();
    for (BitSet c : d.content.values()) {
      c.andNot(phrase.span());
    }
  }

  /** The token before the cue is a comma that does not close a quotation ("..., say some Democrats"). */
  private static boolean afterPlainComma(DependencyView p, int start) {
    return start >= 1 && p.tok(start - 1).word().equals(",") && !afterQuotation(p, start);
  }

  /** The two tokens before the cue are a comma and a closing quotation mark, in either order. */
  private static boolean afterQuotation(DependencyView p, int start) {
    if (start < 2) {
      return false;
    }
    String a = p.tok(start - 1).word();
    String b = p.tok(start - 2).word();
    return a.equals(",") && ContentRules.quoteMark(b) || b.equals(",") && ContentRules.quoteMark(a);
  }

  /** A person or organisation is named in the phrase, or it holds a registry title ("his campaign manager"). */
  private static boolean speaks(DocView v, int si, DependencyView p, BitSet span) {
    for (int t = span.nextSetBit(0); t >= 0; t = span.nextSetBit(t + 1)) {
      String ner = p.tok(t).ner();
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || v.titleAt(si, t) != null) {
        return true;
      }
    }
    return false;
  }
}
