package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.clean.Cleaner;
import org.framescope.clean.LanguageDetector;
import org.framescope.classify.BiasModel;
import org.framescope.lexicon.SpanMatcher;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.Span;
import org.framescope.model.VoiceSegment;
import org.framescope.voice.SentenceVoice;
import org.framescope.voice.VoiceAnalyzer;
import org.framescope.voice.VoiceResult;
import org.framescope.model.CleanText;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.Provenance;
import org.framescope.model.RawDocument;
import org.framescope.model.SentenceResult;
import org.framescope.nlp.TextAnnotator;

/**
 * Runs the per-article stages in order: clean, nlp, (voice, lexicon, classify), and assembles the
 * {@link ArticleResult}. Input: a {@link RawDocument}. Output: the article document, deterministic for the
 * same input and configuration (no timestamps). Thread-safe when its stages are.
 */
public final class ArticlePipeline {
  /** Spans in reading order: begin, then longer first, then category. */
  static final java.util.Comparator<Span> SPAN_ORDER = java.util.Comparator.comparingInt(Span::begin)
      .thenComparing(java.util.Comparator.comparingInt(Span::end).reversed()).thenComparing(Span::category)
      .thenComparing(Span::source);

  private final Cleaner cleaner;
  private final TextAnnotator nlp;
  private final SpanMatcher lexicons;
  private final VoiceAnalyzer voice;
  private final BiasModel bias;
  private final ActorStances stance;
  private final SortedMap<String, String> lexiconHashes;
  private final SortedMap<String, String> modelHashes;
  private final SortedMap<String, String> config;

  /**
   * @param cleaner boilerplate removal
   * @param nlp the NLP stage
   * @param lexicons framing lexicon matcher (may match nothing)
   * @param voice voice and attribution analysis
   * @param bias sentence bias model (probability, explanation, biased-word spans)
   * @param stance stance toward actors, aggregated per voice
   * @param lexiconHashes file name -> SHA-256 of every lexicon file used, for provenance
   * @param modelHashes model name -> SHA-256 of every model file used, for provenance
   * @param config settings recorded in provenance
   */
  public ArticlePipeline(Cleaner cleaner, TextAnnotator nlp, SpanMatcher lexicons, VoiceAnalyzer voice, BiasModel bias,
                         ActorStances stance, Map<String, String> lexiconHashes, Map<String, String> modelHashes,
                         Map<String, String> config) {
    this.cleaner = cleaner;
    this.nlp = nlp;
    this.lexicons = lexicons;
    this.voice = voice;
    this.bias = bias;
    this.stance = stance;
    this.modelHashes = new TreeMap<>(modelHashes);
    this.lexiconHashes = new TreeMap<>(lexiconHashes);
    this.config = new TreeMap<>(config);
  }

  public ArticleResult analyze(RawDocument doc) {
    CleanText clean = cleaner.clean(doc);
    NlpDocument ann = clean.body().isEmpty() ? new NlpDocument("", List.of(), nlp.annotators()) : nlp.annotate(clean.body());
    String language = LanguageDetector.shared().detect(clean.body());
    if (!language.isEmpty() && !language.equals(SCORED_LANGUAGE)) {
      return unscored(doc, clean, ann, language);
    }
    VoiceResult vr = voice.analyze(ann);
    List<SentenceResult> sentences = new ArrayList<>();
    for (NlpSentence s : ann.sentences()) {
      BiasModel.Scored scored = bias.scoreWithWords(s.text(), s.begin());
      List<Span> spans = new ArrayList<>(lexicons.match(s));
      spans.addAll(scored.biasedWords());
      for (Span sp : vr.spans()) {
        if (sp.begin() >= s.begin() && sp.end() <= s.end()) {
          spans.add(sp);
        }
      }
      spans.sort(SPAN_ORDER);
      List<VoiceSegment> segments = new ArrayList<>();
      for (VoiceSegment seg : vr.segments()) {
        if (seg.begin() < s.end() && seg.end() > s.begin()) {
          segments.add(new VoiceSegment(Math.max(seg.begin(), s.begin()), Math.min(seg.end(), s.end()), seg.voice(),
              seg.speaker()));
        }
      }
      SentenceVoice sv = s.index() < vr.sentences().size() ? vr.sentences().get(s.index()) : null;
      String v = sv == null ? "author" : sv.voice();
      sentences.add(new SentenceResult(s.index(), s.begin(), s.end(), s.text(), v, sv == null ? null : sv.speaker(),
          segments, spans, scored.score()));
    }
    List<Attribution> attributions = vr.attributions();
    SortedMap<String, Double> metrics = ArticleMetrics.metrics(ann, sentences, attributions, clean.removed().size());
    Provenance prov = new Provenance(Versions.FRAMESCOPE, nlp.version(), nlp.annotators(), lexiconHashes, modelHashes,
        config, doc.sha256());
    return new ArticleResult(ArticleResult.SCHEMA, doc.id(), doc.source(),
        clean.title().isBlank() ? doc.title() : clean.title(), doc.outlet(), doc.published(), doc.url(),
        doc.meta().outletGroup(), doc.meta().event(), doc.meta().country(), doc.meta().ownership(),
        clean.body(), clean.removed(), sentences, attributions, stance.score(ann.sentences(), sentences),
        ArticleMetrics.frames(sentences),
        metrics, clean.flags(), prov);
  }

  // --- language gate (issue 8): the lexicons, voice rules and classifiers are English -----------------------

  /** The language the lexicons and models are for. */
  static final String SCORED_LANGUAGE = "en";
  /** Flag prefix of an article in another language ("language:de"). */
  public static final String LANGUAGE_FLAG = "language:";

  /**
   * An article in another language: kept with its body and sentences, flagged {@code language:xx}, and given
   * no English lexicon, voice, bias or stance scores (they would be meaningless), so reports can count it
   * as not scored instead of reading absent scores as neutral.
   */
  private ArticleResult unscored(RawDocument doc, CleanText clean, NlpDocument ann, String language) {
    List<SentenceResult> sentences = new ArrayList<>();
    for (NlpSentence s : ann.sentences()) {
      sentences.add(new SentenceResult(s.index(), s.begin(), s.end(), s.text(), "author", null, List.of(), List.of(),
          null));
    }
    List<String> flags = new ArrayList<>(clean.flags());
    flags.add(LANGUAGE_FLAG + language);
    Provenance prov = new Provenance(Versions.FRAMESCOPE, nlp.version(), nlp.annotators(), lexiconHashes, modelHashes,
        config, doc.sha256());
    return new ArticleResult(ArticleResult.SCHEMA, doc.id(), doc.source(),
        clean.title().isBlank() ? doc.title() : clean.title(), doc.outlet(), doc.published(), doc.url(),
        doc.meta().outletGroup(), doc.meta().event(), doc.meta().country(), doc.meta().ownership(),
        clean.body(), clean.removed(), sentences, List.of(), new TreeMap<>(), new TreeMap<>(),
        countsOnly(ArticleMetrics.metrics(ann, sentences, List.of(), clean.removed().size())), flags, prov);
  }

  /** Only the counts: a rate of 0 loaded words would read as a measured absence. */
  private static SortedMap<String, Double> countsOnly(SortedMap<String, Double> metrics) {
    SortedMap<String, Double> m = new TreeMap<>(metrics);
    m.keySet().retainAll(java.util.Set.of("tokens", "sentences", "removedBlocks"));
    return m;
  }
}
