package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.clean.Cleaner;
import org.framescope.lexicon.SpanMatcher;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.Span;
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
  private final SortedMap<String, String> lexiconHashes;
  private final SortedMap<String, String> config;

  /**
   * @param cleaner boilerplate removal
   * @param nlp the NLP stage
   * @param lexicons framing lexicon matcher (may match nothing)
   * @param lexiconHashes file name -> SHA-256 of every lexicon file used, for provenance
   * @param config settings recorded in provenance
   */
  public ArticlePipeline(Cleaner cleaner, TextAnnotator nlp, SpanMatcher lexicons, Map<String, String> lexiconHashes,
                         Map<String, String> config) {
    this.cleaner = cleaner;
    this.nlp = nlp;
    this.lexicons = lexicons;
    this.lexiconHashes = new TreeMap<>(lexiconHashes);
    this.config = new TreeMap<>(config);
  }

  public ArticleResult analyze(RawDocument doc) {
    CleanText clean = cleaner.clean(doc);
    NlpDocument ann = clean.body().isEmpty() ? new NlpDocument("", List.of(), nlp.annotators()) : nlp.annotate(clean.body());
    List<SentenceResult> sentences = new ArrayList<>();
    for (NlpSentence s : ann.sentences()) {
      List<Span> spans = new ArrayList<>(lexicons.match(s));
      spans.sort(SPAN_ORDER);
      sentences.add(new SentenceResult(s.index(), s.begin(), s.end(), s.text(), "author", null, List.of(), spans, null));
    }
    List<Attribution> attributions = List.of();
    SortedMap<String, Double> metrics = ArticleMetrics.metrics(ann, sentences, attributions, clean.removed().size());
    Provenance prov = new Provenance(Versions.FRAMESCOPE, nlp.version(), nlp.annotators(), lexiconHashes, Map.of(),
        config, doc.sha256());
    return new ArticleResult(ArticleResult.SCHEMA, doc.id(), doc.source(),
        clean.title().isBlank() ? doc.title() : clean.title(), doc.outlet(), doc.published(), doc.url(),
        doc.meta().outletGroup(), doc.meta().event(), doc.meta().country(), doc.meta().ownership(),
        clean.body(), clean.removed(), sentences, attributions, new TreeMap<>(), ArticleMetrics.frames(sentences),
        metrics, clean.flags(), prov);
  }
}
