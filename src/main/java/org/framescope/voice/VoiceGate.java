package org.framescope.voice;

import java.util.BitSet;
import java.util.Map;
import org.framescope.model.SpeakerType;
import org.framescope.model.Token;

/**
 * Whether an attribution's content is someone else's voice or stays the outlet's account ({@link #passes}), with
 * the tests it is made of, each usable alone: a reporting cue, a content that only names a topic, a content that
 * reports what was not said, a content that says something, a direct quotation. One per document (not
 * thread-safe: it keeps the person words it read); reads the parse and the drafts' speakers, changes nothing.
 */
final class VoiceGate {
  private final DocView v;
  private final ReportingVerbs verbs;
  private final VoiceWords words;

  /** Words NER tags PERSON anywhere in the document; made on first use. */
  private java.util.Set<String> personWords;

  private java.util.Set<String> personWords() {
    if (personWords == null) {
      personWords = new java.util.HashSet<>();
      for (DependencyView p : v.views) {
        for (int t = 0; t < p.n; t++) {
          if (p.tok(t).ner().equals("PERSON")) {
            personWords.add(p.tok(t).word());
          }
        }
      }
    }
    return personWords;
  }

  VoiceGate(DocView v, ReportingVerbs verbs, VoiceWords words) {
    this.v = v;
    this.verbs = verbs;
    this.words = words;
  }

  /**
   * The voice gate. PolNeAR's attributions include intentions, decisions and evidence ("Iran plans to ...",
   * "the pivot underscores ..."); the content of those is still the outlet's account. Content becomes someone
   * else's voice only when the cue is a reporting verb of the lexicon (or has one as its open complement), the
   * model is confident (p >= {@value AttributionAnalyzer#VOICE_CONFIDENCE}) or the content holds a direct quotation, and the
   * source can speak: a person, organisation or place (or a noun with a person's name in apposition, or a proper noun
   * the article named as a person in full), a role noun of the registry ("a spokesman for the company", "the
   * lawyer"), a personal
   * pronoun, a registry actor (its speaker type or country known), a document (a recording only with a named
   * owner) or a speaking group (nouns of voice-words.tsv: "Western nations", "critics"), or a relative pronoun
   * standing for one of those. The attributions of {@link CreditLines} pass: the layout names the speaker. And the
   * content has words ({@link #wordless}).
   */
  boolean passes(AttributionDraft d) {
    return speaks(d) && !wordless(d);
  }

  /**
   * The voice gate without the test of {@link #wordless} content: whether the draft's source speaks. A draft that
   * speaks with wordless content ("Trump noted so helpfully in a tweet Wednesday morning.") is nobody's voice, but
   * its speaker is the one a quotation in the next paragraph belongs to.
   */
  boolean speaks(AttributionDraft d) {
    if (d.speaker == null || d.sourceHead < 0) {
      return false;
    }
    if (d.layout) {
      return true; // a credit line's name or a transcript's speaker label speaks by the layout itself
    }
    DependencyView p = v.view(d.sentence);
    if (!reportingCue(p, d) && d.cueScore < AttributionAnalyzer.VOICE_CONFIDENCE && !quotes(d)) {
      return false;
    }
    if (topicOnly(d) || unsaid(p, d)) {
      return false;
    }
    Token src = p.tok(d.sourceHead);
    String ner = src.ner();
    boolean named = ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION")
        || ner.equals("COUNTRY") || ner.equals("NATIONALITY") || ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE");
    boolean pronoun = src.pos().startsWith("PRP") && !src.word().equalsIgnoreCase("it")
        || src.word().equalsIgnoreCase("it") && d.speaker.type() != SpeakerType.OTHER;
    boolean registered = d.speaker.type() != SpeakerType.OTHER || d.speaker.country() != null;
    boolean document = words.is("document-noun", src.lemma()) && !DocumentSieve.ownerlessRecording(words, p,
        d.sourceHead) || words.is("speaker-noun", src.lemma()); // "Video ... showed": the outlet's account
    boolean relative = (src.pos().startsWith("W") || src.pos().equals("IN")) && d.speaker.type() != SpeakerType.OTHER;
    boolean apposed = PersonTracker.apposedName(v, d.sentence, d.sourceHead) != null; // "His colleague Mark Dunn told"
    boolean role = v.titleAt(d.sentence, d.sourceHead) != null; // "a spokesman for the company said": a person
    // a proper noun the article named as a person in full ("Menear continued" after "president Craig Menear
    // said"), which NER may leave untagged alone; not a product or a heading glued to a noun ("Master Builder
    // Series", "Summary Studies"), which NER never calls a person
    boolean person = src.pos().startsWith("NNP") && SpeakerResolver.isPersonName(d.speaker.name())
        && personWords().contains(src.word());
    // "Shipping brokers said ...", "residents told reporters ...": a common noun for people (an agent noun) with a
    // reporting verb and content that says something; not with a cue the model alone found, not a name ("USS
    // Carver ignored ..."), not "Readers answered within the hour"
    boolean people = (src.pos().equals("NN") || src.pos().equals("NNS")) && NounPhraseSieve.agentNoun(src.lemma())
        && reportingCue(p, d) && statement(d);
    return named || pronoun || registered || document || relative || apposed || role || person || people
        || spoken(p, d, src);
  }

  /**
   * A verb of saying ({@code speech-verb} of voice-words.tsv: "said", "told", "tweeted", "wrote") makes its
   * subject a speaker whatever noun, number or quantity names it, when the content says something ({@link
   * #statement}): "The magazine said ...", "Associates say he is likely to run", "Nearly half said they prefer
   * ...", "About 4 in 10 say ...", "Another tweeted, “...”". What they say is theirs, not the outlet's. Not a
   * pronoun ("it said" speaks only as a known actor, above) and not with any other reporting verb ("the figures
   * show", "the pivot underscores" stay the outlet's account).
   */
  private boolean spoken(DependencyView p, AttributionDraft d, Token src) {
    String pos = src.pos();
    boolean noun = pos.startsWith("NN") || pos.equals("CD") || words.is("quantity-word", src.lemma())
        || words.is("quantity-word", src.word());
    return noun && words.is("speech-verb", p.tok(d.cueHead).lemma()) && statement(d);
  }

  /**
   * A reporting verb of the lexicon in the cue or as its open complement ("was quick to retort"), a cue whose
   * object states a position ("raised concerns", "made it clear": cue-object in voice-words.tsv), or a colon.
   */
  boolean reportingCue(DependencyView p, AttributionDraft d) {
    BitSet cand = (BitSet) d.cue.clone();
    for (int k : p.kids.get(d.cueHead)) {
      if (p.rel[k].equals("xcomp")) {
        cand.set(k);
      }
      if ((p.rel[k].equals("obj") || p.rel[k].equals("xcomp")) && words.is("cue-object", p.tok(k).lemma())) {
        return true; // "raised concerns about", "made it clear that" (the codebook's stated positions)
      }
    }
    for (int t = cand.nextSetBit(0); t >= 0; t = cand.nextSetBit(t + 1)) {
      // match() applies the lexicon's rule (a verb token, with its particle when the entry has one: "sound off"
      // is a reporting verb, "sounded cynical" is not)
      if (verbs.match(p.s, t).isPresent() || p.tok(t).word().equals(":")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the content names only what was talked about, not what was said: after a topic verb of
   * voice-words.tsv ("spoke about the naval talks", "described the talks in Geneva"), content with no verb, no
   * quotation and nothing predicated, as against "described them as lawful". Its words stay the outlet's. Other
   * cues keep a verbless content ("condemned the strike", "said in a statement": the quotation may follow).
   */
  boolean topicOnly(AttributionDraft d) {
    return !d.content.isEmpty() && words.is("topic-verb", v.view(d.sentence).tok(d.cueHead).lemma())
        && !statement(d);
  }

  /**
   * Whether the cue reports that something was not said, or an act instead of words, so its content is the
   * outlet's account and nobody's statement: a negated cue ("did not respond", "never said that ..."), a noun
   * cue of a negated verb ("did not respond to questions about how much leave it offers"), or content that is
   * only the means of a response ("responded by abruptly blocking Sanders' access", "Beijing responded by
   * sidestepping Moscow, establishing a bank": a by-phrase of the cue with a gerund, and participles beside it,
   * with no verb of saying in them; "responded by saying that ..." still speaks). A direct quotation in the
   * content always speaks; a negation after the cue belongs to what follows ("replied: Absolutely not").
   */
  boolean unsaid(DependencyView p, AttributionDraft d) {
    if (quotes(d)) {
      return false;
    }
    int gov = p.gov[d.cueHead];
    boolean nominal = p.tok(d.cueHead).pos().startsWith("NN") && gov >= 0 && p.tok(gov).pos().startsWith("VB");
    if (ClaimFinder.negated(p, d.cueHead) || nominal && ClaimFinder.negated(p, gov)) {
      return true; // "did not say", "never said"; "did not respond to questions about ...", "did not repeat claims"
    }
    BitSet here = d.content.get(d.sentence);
    if (here == null || here.isEmpty() || d.content.size() > 1) {
      return false;
    }
    BitSet means = new BitSet();
    BitSet acts = new BitSet(); // participles beside it: "by sidestepping Moscow, establishing a bank"
    for (int k : p.kids.get(d.cueHead)) {
      boolean by = ClaimFinder.hasMarker(p, k, "by");
      String r = p.rel[k];
      boolean clause = r.startsWith("advcl") || r.startsWith("obl") && !r.endsWith(":agent");
      boolean participle = (r.equals("dep") || r.startsWith("advcl") || r.startsWith("conj"))
          && p.tok(k).pos().equals("VBG") && p.child(k, "mark") < 0;
      if (!(clause && by) && !participle) {
        continue;
      }
      BitSet sub = p.subtree(k);
      boolean act = false;
      boolean speech = false;
      for (int t = sub.nextSetBit(0); t >= 0; t = sub.nextSetBit(t + 1)) {
        act |= p.tok(t).pos().equals("VBG"); // "by abruptly blocking" (a gerund, parsed as a verb or a modifier)
        // a verb of saying, or a reporting verb with something said ("by stressing that ...", not "establishing a
        // bank")
        speech |= words.is("speech-verb", p.tok(t).lemma()) || verbs.match(p.s, t).isPresent()
            && (p.child(t, "ccomp") >= 0 || p.child(t, "parataxis") >= 0);
      }
      if (act && !speech) {
        (clause && by ? means : acts).or(sub);
      }
    }
    BitSet rest = (BitSet) here.clone();
    rest.andNot(means);
    rest.andNot(acts);
    return !means.isEmpty() && rest.stream().allMatch(p::isPunct);
  }

  /** Words that are an answer on their own ("replied: absolutely not"). */
  private static final java.util.Set<String> ANSWER = java.util.Set.of("not", "n't", "never", "no", "yes");

  /**
   * Whether the content has no word that could be anybody's words: no noun, verb, adjective, number or pronoun,
   * quoted or not. What is left of a content once inner attributions and circumstances are out can be a
   * conjunction, a determiner, an adverb or punctuation ("But according to NPR's Feng, Li Jifeng ... wrote": "But";
   * "chimed in, noting that ...": ".”"); it is nobody's statement. An answer ("replied: absolutely not") and any
   * quoted word ("said “The Gordon problem”") are words.
   */
  boolean wordless(AttributionDraft d) {
    boolean any = false; // an empty content is another matter (a cue whose content is elsewhere)
    for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
      DependencyView p = v.view(e.getKey());
      BitSet b = e.getValue();
      for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
        any = true;
        String pos = p.tok(t).pos();
        if (pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD")
            || pos.startsWith("PRP") || pos.equals("MD") || pos.equals("FW") || pos.equals("UH")
            || ANSWER.contains(p.tok(t).word().toLowerCase(java.util.Locale.ROOT))
            || v.inQuote(e.getKey(), t) && !p.isPunct(t)) {
          return false; // "replied: absolutely not", "said “Not some irregular channel”"
        }
      }
    }
    return any;
  }

  /** Whether the content says something: a direct quotation, or a verb, modal or predicate in it. */
  boolean statement(AttributionDraft d) {
    if (quotes(d)) {
      return true;
    }
    for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
      DependencyView p = v.view(e.getKey());
      BitSet b = e.getValue();
      for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
        String pos = p.tok(t).pos();
        boolean predicate = pos.startsWith("JJ") && !p.rel[t].equals("amod")
            || p.tok(t).word().equalsIgnoreCase("as") || p.rel[t].equals("xcomp") || p.rel[t].equals("ccomp");
        if (pos.startsWith("VB") || pos.equals("MD") || predicate) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the content holds a direct quotation: more than {@value AttributionAnalyzer#SCARE_QUOTE_MAX_WORDS} quoted words. A
   * shorter quoted phrase is a scare quote or a borrowed label ("so-called “sanctions”"), which says nothing
   * about whose voice the content is.
   */
  boolean quotes(AttributionDraft d) {
    int quoted = 0;
    for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
      DependencyView p = v.view(e.getKey());
      BitSet b = e.getValue();
      for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
        if (v.inQuote(e.getKey(), t) && !p.isPunct(t) && ++quoted > AttributionAnalyzer.SCARE_QUOTE_MAX_WORDS) {
          return true;
        }
      }
    }
    return false;
  }
}
