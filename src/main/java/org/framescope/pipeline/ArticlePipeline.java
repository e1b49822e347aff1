package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.clean.Cleaner;
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
  /** Sentence encoder of the accurate profile, else null (issue 14). */
  private final org.framescope.classify.SentenceEncoder encoder;

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
    this(cleaner, nlp, lexicons, voice, bias, stance, lexiconHashes, modelHashes, config, null);
  }

  /** As above, with the sentence encoder whose embedding each sentence gets once (accurate profile). */
  public ArticlePipeline(Cleaner cleaner, TextAnnotator nlp, SpanMatcher lexicons, VoiceAnalyzer voice, BiasModel bias,
                         ActorStances stance, Map<String, String> lexiconHashes, Map<String, String> modelHashes,
                         Map<String, String> config, org.framescope.classify.SentenceEncoder encoder) {
    this.encoder = encoder;
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
    VoiceResult vr = voice.analyze(ann);
    List<SentenceResult> sentences = new ArrayList<>();
    List<float[]> embeddings = new ArrayList<>();
    for (NlpSentence s : ann.sentences()) {
      float[] embedding = encoder == null ? null : encoder.encode(s.text()); // once, shared by bias and stance
      embeddings.add(embedding);
      BiasModel.Scored scored = bias.scoreWithWords(s.text(), s.begin(), embedding);
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
        clean.body(), clean.removed(), sentences, attributions, stance.score(ann.sentences(), sentences, embeddings),
        ArticleMetrics.frames(sentences),
        metrics, clean.flags(), prov);
  }
}
