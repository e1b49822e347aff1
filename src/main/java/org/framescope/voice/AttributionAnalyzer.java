package org.framescope.voice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.classify.CueTagger;
import org.framescope.model.Attribution;
import org.framescope.model.AttributionSpans;
import org.framescope.model.TextRange;
import org.framescope.model.InputException;
import org.framescope.model.NlpDocument;
import org.framescope.model.Span;
import org.framescope.model.Speaker;
import org.framescope.model.Token;
import org.framescope.model.VoiceSegment;
import org.framescope.model.VerbClass;
import org.framescope.model.Voice;
import org.framescope.model.SpeakerType;

/**
 * News-style attribution on the dependency parse (no coreference, no further NLP calls), in small steps:
 * <ol>
 *   <li>{@link DocView}: dependency views, paragraphs, quotations ({@link QuoteLocator}) and actor mentions;</li>
 *   <li>{@link ClaimFinder}: the rules' reporting-verb claims (subject and complement);</li>
 *   <li>{@link AttributionModel}: the trained model (PolNeAR) finds cue heads, their source heads and the parts
 *   of the sentence that are content, with the rules' claims among its features; without a model the claims
 *   are the attributions;</li>
 *   <li>{@link CreditLines}: a line that is a quotation, a dash and a name ("“...” ― Sonya Herridge");</li>
 *   <li>{@link ContentRules}: content across sentences (multi-sentence quotes, quote paragraphs, "...," Smith said
 *   in a statement., speaker labels with a colon) and nesting;</li>
 *   <li>{@link SpeakerResolver}: who each source is, by sieves (pronoun, named person, document, description,
 *   surname, noun phrase with the actor registry);</li>
 *   <li>scare quotes: a quoted phrase of at most {@value #SCARE_QUOTE_MAX_WORDS} words that is nobody's content,
 *   in a sentence with at least three other words, is a {@code scare-quote} span in the outlet's voice; any other
 *   unattributed quotation goes to the latest speaker within four sentences (quote paragraphs);</li>
 *   <li>{@link VoiceLabeller}: voices per token, segments and the dominant voice per sentence.</li>
 * </ol>
 *
 * <p>Input: an {@link NlpDocument} annotated with dependencies. Output: a {@link VoiceResult}. Thread-safe.
 */
public final class AttributionAnalyzer implements VoiceAnalyzer {
  /** The {@code source} of scare-quote spans. */
  public static final String SCARE_QUOTE_SOURCE = "rule:scare-quote";
  /** Quoted phrases up to this many words can be scare quotes. */
  public static final int SCARE_QUOTE_MAX_WORDS = 4;
  /** A cue outside the reporting-verb lexicon turns its content into another voice from this probability on. */
  public static final double VOICE_CONFIDENCE = 0.8;

  private final ReportingVerbs verbs;
  private final ActorRegistry actors;
  private final VoiceWords words;
  private final AttributionModel model;
  private final ClaimFinder claims;
  private final AttributionFeatures features;
  private final CueTagger tagger;

  /**
   * @param verbs reporting-verb lexicon
   * @param actors actor registry
   * @param words the voice stage's word lists
   * @param model the trained attribution model, or null for the rules alone
   */
  public AttributionAnalyzer(ReportingVerbs verbs, ActorRegistry actors, VoiceWords words, AttributionModel model) {
    this(verbs, actors, words, model, null);
  }

  private AttributionAnalyzer(ReportingVerbs verbs, ActorRegistry actors, VoiceWords words, AttributionModel model,
                              CueTagger tagger) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.words = Objects.requireNonNull(words, "words");
    this.model = model;
    this.tagger = tagger;
    this.claims = new ClaimFinder(verbs, actors, words);
    this.features = new AttributionFeatures(verbs);
  }

  /**
   * The same analyzer with a {@link CueTagger} mixed into the model's cue decision (the {@code accurate}
   * profile); null removes it. Needs a model: the rules alone have no cue probability to mix with.
   */
  public AttributionAnalyzer withCueTagger(CueTagger cueTagger) {
    if (cueTagger != null && model == null) {
      throw new IllegalStateException("a cue tagger needs the attribution model (the rules alone have none)");
    }
    return new AttributionAnalyzer(verbs, actors, words, model, cueTagger);
  }

  /** The cue tagger in use, or null. */
  public CueTagger cueTagger() {
    return tagger;
  }

  /** The lexicons of {@code lexiconDir} with the shipped model. */
  public static AttributionAnalyzer fromLexicons(Path lexiconDir) throws InputException {
    return fromLexicons(lexiconDir, AttributionModel.loadDefault());
  }

  /** The lexicons of {@code lexiconDir} with the given model (null: rules only). */
  public static AttributionAnalyzer fromLexicons(Path lexiconDir, AttributionModel model) throws InputException {
    return new AttributionAnalyzer(ReportingVerbs.fromLexicons(lexiconDir), ActorRegistry.fromLexicons(lexiconDir),
        VoiceWords.fromLexicons(lexiconDir), model);
  }

  /** File name to SHA-256 of every lexicon file this analyzer read, for provenance. */
  public Map<String, String> lexiconHashes() {
    Map<String, String> m = new TreeMap<>(words.hashes());
    m.put(ActorRegistry.FILE, actors.sha256());
    m.put(ReportingVerbs.FILE, verbs.sha256());
    return java.util.Collections.unmodifiableMap(m);
  }

  public ReportingVerbs verbs() {
    return verbs;
  }

  public ActorRegistry actors() {
    return actors;
  }

  VoiceWords words() {
    return words;
  }

  /** The trained model, or null when the rules work alone. */
  public AttributionModel model() {
    return model;
  }

  AttributionFeatures features() {
    return features;
  }

  ClaimFinder claimFinder() {
    return claims;
  }

  @Override
  public VoiceResult analyze(NlpDocument doc) {
    DocView v = new DocView(doc, actors, words);
    List<List<Claim>> found = new ArrayList<>(v.size());
    for (int si = 0; si < v.size(); si++) {
      found.add(claims.find(v, si));
    }
    List<AttributionDraft> drafts = CreditLines.add(v,
        model != null ? model.predict(v, found, features, tagger) : fromRules(v, found));
    drafts.removeIf(d -> v.insideActorName(d.sentence, d.cueHead)); // "the New Democrat Network think tank"
    inheritSources(v, drafts);
    Vocatives.apply(v, drafts);
    outsideLabels(v, drafts);
    ClaimTails.apply(v, drafts, verbs, words);
    AsClauses.apply(v, drafts, verbs);
    InvertedSpeakers.apply(v, drafts, words);
    ContentRules.apply(v, drafts);
    return new Assembly(v, drafts).run();
  }

  /**
   * A cue without a source of its own that hangs from another clause ("..., framing X as Y", "..., warning that
   * ...", "was quick to retort") speaks with that clause's subject, found by the rules; a noun cue without one
   * speaks with its "by"/"from" phrase ("claims by Kremlin officials that ...").
   */
  private void inheritSources(DocView v, List<AttributionDraft> drafts) {
    for (AttributionDraft d : drafts) {
      DependencyView p = v.view(d.sentence);
      if (askedParticiple(p, d.cueHead)) {
        d.sourceHead = -1; // "Asked whether ..., Peskov said": the question is the reporter's, and nobody's here
        d.source = new BitSet();
        continue;
      }
      int byAgent = passiveAgent(v, p, d);
      if (byAgent >= 0) {
        takeAgent(p, d, byAgent); // "Pigs are considered unclean by Muslims": Muslims consider, not the pigs
        chargeAfterAgent(p, d, byAgent);
        continue;
      }
      int agent = d.sourceHead >= 0 ? -1 : nounAgent(v, d.sentence, d.cueHead);
      if (agent >= 0 && !d.cue.get(agent) && !v.inLabel(d.sentence, agent)) {
        takeAgent(p, d, agent); // "claims by Kremlin officials that ...", "a statement from the ministry"
        continue;
      }
      int reduced = d.sourceHead >= 0 ? -1 : ContentRules.reducedRelativeSubject(p, d.cueHead);
      if (reduced >= 0 && !d.cue.get(reduced) && !v.inLabel(d.sentence, reduced)) {
        takeSource(p, d, reduced); // "A report released in September by the National Academies noted ..."
        continue;
      }
      String rel = p.rel[d.cueHead];
      if (d.sourceHead >= 0 || !(rel.equals("advcl") || rel.equals("xcomp") || rel.equals("conj")
          || rel.equals("acl") || rel.equals("dep"))) {
        continue;
      }
      int s = claims.subjectOf(v, p, d.cueHead);
      if (s >= 0 && !d.cue.get(s) && !v.inLabel(d.sentence, s)) {
        d.sourceHead = s;
        d.source = ContentRules.sourceSpan(p, s, d.cueHead, d.cue);
        d.contentIn(d.sentence).andNot(p.subtree(s));
      }
    }
    for (AttributionDraft d : drafts) {
      DependencyView p = v.view(d.sentence);
      int s = d.sourceHead >= 0 ? -1 : ContentRules.adjunctController(p, d.cueHead);
      // a subject inside a quotation controls no adjunct outside it ("“We ...,” Pence said, ...")
      if (s >= 0 && !d.cue.get(s) && !v.inLabel(d.sentence, s)
          && v.inQuote(d.sentence, s) == v.inQuote(d.sentence, d.cueHead)) {
        takeSource(p, d, s); // "Trump acted the part ..., thanking Reince Priebus", whatever the parse made of it
      }
    }
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

  /**
   * A transcript turn's speaker label ("MILLER:") is neither source nor content of an attribution inside the
   * turn: the parser hangs the turn's first sentence from the label, so a clause's subtree can take it in.
   */
  private static void outsideLabels(DocView v, List<AttributionDraft> drafts) {
    if (v.turns.isEmpty()) {
      return;
    }
    for (AttributionDraft d : drafts) {
      if (d.layout) {
        continue;
      }
      for (var e : d.content.entrySet()) {
        BitSet content = e.getValue();
        for (int t = content.nextSetBit(0); t >= 0; t = content.nextSetBit(t + 1)) {
          if (v.inLabel(e.getKey(), t)) {
            content.clear(t);
          }
        }
      }
    }
  }

  /** The rules alone: each claim is an attribution. */
  static List<AttributionDraft> fromRules(DocView v, List<List<Claim>> claims) {
    List<AttributionDraft> out = new ArrayList<>();
    for (List<Claim> cs : claims) {
      for (Claim c : cs) {
        DependencyView p = v.view(c.sentence());
        BitSet cue = ContentRules.cueGroup(p, c.head());
        cue.set(c.verb().tokenBegin(), c.verb().tokenEnd());
        AttributionDraft d = new AttributionDraft(c.sentence(), c.head(), cue, 1);
        d.sourceHead = ContentRules.writtenSubject(p, c.subject(), cue);
        d.source = ContentRules.sourceSpan(p, d.sourceHead, c.head(), cue);
        d.contentIn(c.sentence()).or(c.content());
        out.add(d);
      }
    }
    return out;
  }

  /** Speakers, quotes, voices and output records for one document. */
  private final class Assembly {
    final DocView v;
    final List<AttributionDraft> drafts;
    final SpeakerResolver speakers;
    final List<Attribution> attributions = new ArrayList<>();
    final List<Span> spans = new ArrayList<>();
    final Set<Long> verbSpans = new HashSet<>();

    Assembly(DocView v, List<AttributionDraft> drafts) {
      this.v = v;
      this.drafts = drafts;
      this.speakers = new SpeakerResolver(v, actors, words);
    }

    VoiceResult run() {
      for (int si = 0; si < v.size(); si++) {
        speakers.beginSentence(si);
        for (AttributionDraft d : drafts) {
          if (d.sentence != si) {
            continue;
          }
          d.speaker = d.sourceHead >= 0 ? speakers.resolve(si, d.sourceHead) : null;
          d.voiced = voiced(d);
          if (d.speaker != null && d.hasContent() && d.voiced) {
            record(d);
          }
        }
        for (AttributionDraft d : drafts) {
          if (d.sentence == si && !d.voiced && inheritMatrixSource(d) && d.hasContent()) {
            record(d);
          }
        }
      }
      List<QuoteSpan> quotes = v.quotes.quotes();
      Set<QuoteSpan> scare = new HashSet<>();
      java.util.Map<QuoteSpan, Speaker> orphanSpeaker = new java.util.HashMap<>();
      for (QuoteSpan q : quotes) {
        if (q.words() <= SCARE_QUOTE_MAX_WORDS && embedded(q) && markedAsScare(q)) {
          scare.add(q); // "the so-called “peace plan”": distancing by the outlet even inside what others say
          continue;
        }
        if (inAnyContent(q) || CreditLines.credited(v, q)) {
          continue; // a credited quotation not in any content is a title with its author: nobody's statement
        }
        if (q.words() <= SCARE_QUOTE_MAX_WORDS && embedded(q)) {
          scare.add(q);
          continue;
        }
        // a quotation nobody is said to have said: the latest speaker nearby (quote paragraphs)
        SpeakerRef prev = speakers.previousAttribution(q.firstSentence());
        orphanSpeaker.put(q, prev == null ? null : prev.speaker());
        if (prev != null) {
          attributions.add(new Attribution(prev.speaker(), prev.verb(), prev.verbClass(), q.begin(), q.end(),
              v.body.substring(q.begin(), q.end()), Voice.QUOTE, q.firstSentence()));
          speakers.record(new SpeakerRef(prev.speaker(), prev.person(), q.lastSentence(), 0, prev.verb(),
              prev.verbClass()));
        }
      }
      List<DetectedAttribution> detected = new ArrayList<>();
      for (AttributionDraft d : drafts) {
        detected.add(new DetectedAttribution(spansOf(d), d.nested, d.speaker, verbClass(d),
            Math.round(d.cueScore * 10000) / 10000.0, d.voiced));
        if (d.hasContent() && d.speaker != null && d.voiced) {
          emit(d, scare);
        }
      }
      for (QuoteSpan q : scare) {
        spans.add(new Span(q.begin(), q.end(), v.body.substring(q.begin(), q.end()), "scare-quote",
            SCARE_QUOTE_SOURCE, "Short quoted phrase in the outlet's own voice with no speaker attached: quotation "
            + "marks used to distance the outlet from the words (scare quotes)", 0, 0, false, null));
      }
      VoiceLabeller labeller = new VoiceLabeller(v);
      labeller.reported(drafts.stream().filter(d -> d.voiced).toList());
      for (QuoteSpan q : quotes) {
        if (scare.contains(q)) {
          continue;
        }
        labeller.quote(q, orphanSpeaker.get(q));
      }
      List<VoiceSegment> segments = new ArrayList<>();
      List<SentenceVoice> sentences = labeller.sentences(segments);
      attributions.sort(Comparator.comparingInt(Attribution::begin).thenComparingInt(Attribution::end));
      spans.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
      return new VoiceResult(sentences, segments, attributions, spans, detected, v.mentions);
    }

    /** A voiced draft's speaker, for the pronouns and descriptions that follow. */
    private void record(AttributionDraft d) {
      speakers.record(new SpeakerRef(d.speaker, speakers.isPerson(d.sentence, d.sourceHead, d.speaker), d.sentence,
          d.sourceHead, cueText(d), verbClass(d)));
    }

    /**
     * A participle cue without a subject of its own, set off by a comma inside another attribution's content
     * ("Peskov told Sky News that Iran regime change is “unacceptable,” warning that Russia would react"), whose
     * source as found cannot speak and lies in that content: the parser hung the participle from the inner clause,
     * but the one warning is the outer speaker (the subject of the main clause, as English grammar has it). The
     * draft takes the outer attribution's source and speaker, and keeps only the content after the cue, when that
     * makes it pass the voice gate (true then). A participle whose inner subject can speak keeps it ("He said the
     * minister resigned, citing health reasons").
     */
    boolean inheritMatrixSource(AttributionDraft d) {
      DependencyView p = v.view(d.sentence);
      int c = d.cueHead;
      if (!p.tok(c).pos().equals("VBG") || p.child(c, "nsubj") >= 0 || c == 0 || !p.isPunct(c - 1)
          || d.sourceHead < 0) {
        return false;
      }
      for (AttributionDraft o : drafts) {
        if (o == d || o.sentence != d.sentence || !o.voiced || o.speaker == null || o.cueHead >= c) {
          continue;
        }
        BitSet inner = o.content.get(d.sentence);
        if (inner == null || !inner.get(c) || !inner.get(d.sourceHead) || o.source.intersects(inner)) {
          continue;
        }
        AttributionDraft trial = d.copy();
        trial.sourceHead = o.sourceHead;
        trial.source = (BitSet) o.source.clone();
        trial.speaker = o.speaker;
        trial.contentIn(d.sentence).clear(0, c); // what the participle reports follows it; before, the outer content
        if (!trial.hasContent() || !voiced(trial)) {
          return false;
        }
        d.adopt(trial);
        d.voiced = true;
        return true;
      }
      return false;
    }

    /**
     * The voice gate. PolNeAR's attributions include intentions, decisions and evidence ("Iran plans to ...",
     * "the pivot underscores ..."); the content of those is still the outlet's account. Content becomes someone
     * else's voice only when the cue is a reporting verb of the lexicon (or has one as its open complement), the
     * model is confident (p >= {@value #VOICE_CONFIDENCE}) or the content holds a direct quotation, and the
     * source can speak: a person, organisation or place (or a noun with a person's name in apposition), a role noun of
     * the registry ("a spokesman for the company", "the lawyer"), a personal
     * pronoun, a registry actor (its speaker type or country known), a document (a recording only with a named
     * owner) or a speaking group (nouns of voice-words.tsv: "Western nations", "critics"), or a relative pronoun
     * standing for one of those. The attributions of {@link CreditLines} pass: the layout names the speaker.
     */
    boolean voiced(AttributionDraft d) {
      if (d.speaker == null || d.sourceHead < 0) {
        return false;
      }
      if (d.layout) {
        return true; // a credit line's name or a transcript's speaker label speaks by the layout itself
      }
      DependencyView p = v.view(d.sentence);
      if (!reportingCue(p, d) && d.cueScore < VOICE_CONFIDENCE && !quotes(d)) {
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
      // "Shipping brokers said ...", "residents told reporters ...": a common noun for people (an agent noun) with a
      // reporting verb and content that says something; not with a cue the model alone found, not a name ("USS
      // Carver ignored ..."), not "Readers answered within the hour"
      boolean people = (src.pos().equals("NN") || src.pos().equals("NNS")) && NounPhraseSieve.agentNoun(src.lemma())
          && reportingCue(p, d) && statement(d);
      return named || pronoun || registered || document || relative || apposed || role || people || spoken(p, d, src);
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
      if (ClaimFinder.negated(p, d.cueHead, d.cueHead) || nominal && ClaimFinder.negated(p, gov, gov)) {
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
     * Whether the content holds a direct quotation: more than {@value #SCARE_QUOTE_MAX_WORDS} quoted words. A
     * shorter quoted phrase is a scare quote or a borrowed label ("so-called “sanctions”"), which says nothing
     * about whose voice the content is.
     */
    boolean quotes(AttributionDraft d) {
      int quoted = 0;
      for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
        DependencyView p = v.view(e.getKey());
        BitSet b = e.getValue();
        for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
          if (v.inQuote(e.getKey(), t) && !p.isPunct(t) && ++quoted > SCARE_QUOTE_MAX_WORDS) {
            return true;
          }
        }
      }
      return false;
    }

    boolean inAnyContent(QuoteSpan q) {
      for (AttributionDraft d : drafts) {
        if (d.voiced && d.contentOverlaps(q)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A quotation right after a distancing marker ("so-called", "self-styled": scare-marker in voice-words.tsv).
     * The marker is read from the body, not the tokens: CoreNLP splits hyphenated words ("so - called").
     */
    boolean markedAsScare(QuoteSpan q) {
      int end = q.begin();
      while (end > 0 && Character.isWhitespace(v.body.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > 0 && (Character.isLetter(v.body.charAt(start - 1)) || v.body.charAt(start - 1) == '-')) {
        start--;
      }
      return start < end && words.is("scare-marker", v.body.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** A short quote sits inside the outlet's own prose when its sentences have 3+ other words. */
    boolean embedded(QuoteSpan q) {
      int outside = 0;
      for (Integer si : q.tokens().keySet()) {
        DependencyView p = v.view(si);
        BitSet mask = v.quoteMask(si);
        for (int t = 0; t < p.n; t++) {
          if (!mask.get(t) && !p.isPunct(t)) {
            outside++;
          }
        }
      }
      return outside >= 3;
    }

    /** One attribution per paragraph the content spans (a quote paragraph is its own record, same speaker). */
    void emit(AttributionDraft d, Set<QuoteSpan> scare) {
      String cue = cueText(d);
      VerbClass cls = verbClass(d);
      Map<Integer, int[]> byParagraph = new TreeMap<>();
      Map<Integer, Boolean> quoted = new TreeMap<>();
      for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
        int si = e.getKey();
        DependencyView p = v.view(si);
        BitSet b = e.getValue();
        for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
          Token tok = p.tok(t);
          int[] range = byParagraph.computeIfAbsent(v.paragraph[si], k -> new int[] {tok.begin(), tok.end()});
          range[0] = Math.min(range[0], tok.begin());
          range[1] = Math.max(range[1], tok.end());
          int qi = v.quotes.quoteIndex(si, t);
          if (qi >= 0 && !p.isPunct(t) && !scare.contains(v.quotes.quotes().get(qi))) {
            quoted.put(v.paragraph[si], true);
          }
        }
      }
      for (Map.Entry<Integer, int[]> e : byParagraph.entrySet()) {
        int b = e.getValue()[0];
        int en = e.getValue()[1];
        attributions.add(new Attribution(d.speaker, cue, cls, b, en, v.body.substring(b, en),
            quoted.getOrDefault(e.getKey(), false) ? Voice.QUOTE : Voice.REPORTED, d.sentence));
      }
      verbSpan(d, cls);
    }

    void verbSpan(AttributionDraft d, VerbClass cls) {
      DependencyView p = v.view(d.sentence);
      if (verbs.entries(p.tok(d.cueHead).lemma()).isEmpty() && verbs.match(p.s, d.cueHead).isEmpty()) {
        return; // only lexicon cues carry the lexicon's class as a span
      }
      if (!verbSpans.add(((long) d.sentence << 20) | d.cueHead)) {
        return;
      }
      int b = p.tok(d.cue.nextSetBit(0)).begin();
      int e = p.tok(d.cue.length() - 1).end();
      String text = v.body.substring(b, e);
      spans.add(new Span(b, e, text, "reporting-verb", verbs.sourceTag(),
          "Reporting verb '" + text + "' (" + cls + "): " + verbs.definition(cls), 0, 0, false, cls.json()));
    }

    String cueText(AttributionDraft d) {
      DependencyView p = v.view(d.sentence);
      return v.body.substring(p.tok(d.cue.nextSetBit(0)).begin(), p.tok(d.cue.length() - 1).end());
    }

    /** The class of the cue's head in the reporting-verb lexicon (with its particle), else neutral. */
    VerbClass verbClass(AttributionDraft d) {
      DependencyView p = v.view(d.sentence);
      var m = verbs.match(p.s, d.cueHead);
      if (m.isPresent()) {
        return m.get().entry().verbClass();
      }
      VerbClass cls = features.verbClass(p.tok(d.cueHead).lemma().toLowerCase(Locale.ROOT));
      return cls == null ? VerbClass.NEUTRAL : cls;
    }

    AttributionSpans spansOf(AttributionDraft d) {
      DependencyView p = v.view(d.sentence);
      return new AttributionSpans(ranges(p, d.source), ranges(p, d.cue), contentRanges(d));
    }

    List<TextRange> contentRanges(AttributionDraft d) {
      List<TextRange> out = new ArrayList<>();
      for (Map.Entry<Integer, BitSet> e : d.content.entrySet()) {
        out.addAll(ranges(v.view(e.getKey()), e.getValue()));
      }
      return out;
    }
  }

  /** Contiguous token runs of a set as character ranges (from the first token's begin to the last one's end). */
  static List<TextRange> ranges(DependencyView p, BitSet tokens) {
    List<TextRange> out = new ArrayList<>();
    int t = tokens.nextSetBit(0);
    while (t >= 0) {
      int end = tokens.nextClearBit(t);
      out.add(new TextRange(p.tok(t).begin(), p.tok(end - 1).end()));
      t = tokens.nextSetBit(end);
    }
    return out;
  }

  /** Punctuation by tag, or a token without letters or digits. */
  public static boolean isPunctToken(Token t) {
    return DependencyView.isPunctToken(t);
  }
}
