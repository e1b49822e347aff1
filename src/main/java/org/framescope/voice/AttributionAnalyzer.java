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

/**
 * News-style attribution on the dependency parse (no coreference, no further NLP calls), in small steps:
 * <ol>
 *   <li>{@link DocView}: dependency views, paragraphs, quotations ({@link QuoteLocator}) and actor mentions;</li>
 *   <li>{@link ClaimFinder}: the rules' reporting-verb claims (subject and complement);</li>
 *   <li>{@link AttributionModel}: the trained model (PolNeAR) finds cue heads, their source heads and the parts
 *   of the sentence that are content, with the rules' claims among its features; without a model the claims
 *   are the attributions;</li>
 *   <li>{@link CreditLines}: a line that is a quotation, a dash and a name ("“...” ― Sonya Herridge");</li>
 *   <li>{@link SourceInheritance}: sources from around the cue (a passive cue's "by" phrase, "claims by X", the
 *   subject of the clause a cue hangs from), then {@link Vocatives}, {@link ClaimTails}, {@link AsClauses} and
 *   {@link InvertedSpeakers};</li>
 *   <li>{@link ContentRules}: content across sentences (multi-sentence quotes, quote paragraphs, "...," Smith said
 *   in a statement., speaker labels with a colon) and nesting;</li>
 *   <li>{@link SpeakerResolver}: who each source is, by sieves (pronoun, named person, document, description,
 *   surname, noun phrase with the actor registry);</li>
 *   <li>{@link VoiceGate}: whether a content is its speaker's voice or stays the outlet's account;</li>
 *   <li>{@link ScareQuotes}: a quoted phrase of at most {@value #SCARE_QUOTE_MAX_WORDS} words that is nobody's
 *   content (or follows "so-called"), in a sentence with at least three other words, is a {@code scare-quote} span
 *   in the outlet's voice; any other unattributed quotation goes to the latest speaker within four sentences (quote
 *   paragraphs);</li>
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
   * The same analyzer with a {@link CueTagger} mixed into the model's cue decision (the {@code full} and
   * {@code accurate} profiles, each with its own tagger); null removes it. Needs a model: the rules alone have no cue probability to mix with.
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
    drafts.removeIf(d -> appointment(v.view(d.sentence), d.cueHead)); // "be confirmed to the Supreme Court"
    SourceInheritance.apply(v, drafts, claims, words);
    Vocatives.apply(v, drafts);
    outsideLabels(v, drafts);
    ClaimTails.apply(v, drafts, verbs, words);
    AsClauses.apply(v, drafts, verbs);
    InvertedSpeakers.apply(v, drafts, words);
    ContentRules.apply(v, drafts);
    return new Assembly(v, drafts).run();
  }

  /**
   * Whether cue {@code c} appoints rather than states: an {@code appoint-verb} of voice-words.tsv with a "to"
   * phrase headed by a noun and no clausal complement ("Will Brett Kavanaugh be confirmed to the Supreme Court?",
   * "was named to the board"; not "was confirmed to have died", "confirmed that ...").
   */
  private boolean appointment(DependencyView p, int c) {
    if (!p.tok(c).pos().startsWith("VB") || !words.is("appoint-verb", p.tok(c).lemma())
        || p.child(c, "ccomp") >= 0 || p.child(c, "xcomp") >= 0) {
      return false;
    }
    for (int k : p.kids.get(c)) {
      if (k > c && (p.rel[k].startsWith("obl") || p.rel[k].startsWith("nmod")) && p.tok(k).pos().startsWith("NN")
          && ClaimFinder.hasMarker(p, k, "to")) {
        return true;
      }
    }
    return false;
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
    final VoiceGate gate;
    final ScareQuotes scareQuotes;
    final List<Attribution> attributions = new ArrayList<>();
    final List<Span> spans = new ArrayList<>();
    final Set<Long> verbSpans = new HashSet<>();

    Assembly(DocView v, List<AttributionDraft> drafts) {
      this.v = v;
      this.drafts = drafts;
      this.speakers = new SpeakerResolver(v, actors, words);
      this.gate = new VoiceGate(v, verbs, words);
      this.scareQuotes = new ScareQuotes(v, words);
    }

    VoiceResult run() {
      for (int si = 0; si < v.size(); si++) {
        speakers.beginSentence(si);
        for (AttributionDraft d : drafts) {
          if (d.sentence != si) {
            continue;
          }
          d.speaker = d.sourceHead >= 0 ? speakers.resolve(si, d.sourceHead) : null;
          boolean speaks = gate.speaks(d);
          d.voiced = speaks && !gate.wordless(d); // gate.passes(d), the source's test made once
          // a speaker with wordless content ("Trump noted so helpfully in a tweet.") still owns the quotation after it
          if (d.speaker != null && d.hasContent() && speaks) {
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
        if (scareQuotes.marked(q)) {
          scare.add(q); // "the so-called “peace plan”": distancing by the outlet even inside what others say
          continue;
        }
        if (inAnyContent(q) || CreditLines.credited(v, q)) {
          continue; // a credited quotation not in any content is a title with its author: nobody's statement
        }
        if (scareQuotes.shortAndEmbedded(q)) {
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
        spans.add(scareQuotes.span(q));
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
        if (!trial.hasContent() || !gate.passes(trial)) {
          return false;
        }
        d.adopt(trial);
        d.voiced = true;
        return true;
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
