package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.clean.Cleaner;
import org.framescope.model.ArticleResult;
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
  private final Cleaner cleaner;
  private final TextAnnotator nlp;
  private final SortedMap<String, String> config;

  public ArticlePipeline(Cleaner cleaner, TextAnnotator nlp, Map<String, String> config) {
    this.cleaner = cleaner;
    this.nlp = nlp;
    this.config = new TreeMap<>(config);
  }

  public ArticleResult analyze(RawDocument doc) {
    CleanText clean = cleaner.clean(doc);
    NlpDocument ann = clean.body().isEmpty() ? new NlpDocument("", List.of(), nlp.annotators()) : nlp.annotate(clean.body());
    List<SentenceResult> sentences = new ArrayList<>();
    for (NlpSentence s : ann.sentences()) {
      sentences.add(new SentenceResult(s.index(), s.begin(), s.end(), s.text(), "author", null, List.of(), List.of(), null));
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("tokens", (double) ann.tokenCount());
    metrics.put("sentences", (double) ann.sentences().size());
    metrics.put("removedBlocks", (double) clean.removed().size());
    Provenance prov = new Provenance(Versions.FRAMESCOPE, nlp.version(), nlp.annotators(), Map.of(), Map.of(), config,
        doc.sha256());
    return new ArticleResult(ArticleResult.SCHEMA, doc.id(), doc.source(),
        clean.title().isBlank() ? doc.title() : clean.title(), doc.outlet(), doc.published(), doc.url(),
        doc.meta().outletGroup(), doc.meta().event(), doc.meta().country(), doc.meta().ownership(),
        clean.body(), clean.removed(), sentences, List.of(), new TreeMap<>(), new TreeMap<>(),
        new TreeMap<>(metrics), clean.flags(), prov);
  }
}
