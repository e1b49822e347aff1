package org.framescope.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import org.framescope.classify.BiasModel;
import org.framescope.model.ActorStance;
import org.framescope.model.CleanText;
import org.framescope.model.NlpDocument;
import org.framescope.model.RawDocument;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.voice.VoiceResult;

/**
 * One article's working state on its way through the stages: each stage reads what it requires and sets
 * what it provides. Reading an annotation no stage has provided fails, naming it, so a wrongly ordered
 * pipeline cannot silently produce empty output. Not thread-safe: one state per article.
 */
public final class ArticleState {
  private final RawDocument raw;
  private final Set<Annotation> present = EnumSet.of(Annotation.RAW);
  private CleanText clean;
  private String language = "";
  private NlpDocument nlp;
  private VoiceResult voice;
  private List<List<Span>> lexiconSpans;
  private List<BiasModel.Scored> bias;
  private List<float[]> embeddings;
  private List<SentenceResult> sentences;
  private SortedMap<String, ActorStance> stance;

  public ArticleState(RawDocument raw) {
    this.raw = Objects.requireNonNull(raw, "raw");
  }

  /** True when the annotation has been provided. */
  public boolean has(Annotation a) {
    return present.contains(a);
  }

  private void need(Annotation a) {
    if (!present.contains(a)) {
      throw new IllegalStateException("annotation " + a + " read before any stage provided it");
    }
  }

  public RawDocument raw() {
    return raw;
  }

  public CleanText clean() {
    need(Annotation.BODY);
    return clean;
  }

  void setClean(CleanText c) {
    clean = Objects.requireNonNull(c);
    present.add(Annotation.BODY);
  }

  /** The detected language code, "" when undetermined. */
  public String language() {
    need(Annotation.LANGUAGE);
    return language;
  }

  void setLanguage(String code) {
    language = Objects.requireNonNull(code, "language");
    present.add(Annotation.LANGUAGE);
  }

  /**
   * Whether the English lexicons, voice rules and classifiers apply: no language gate ran, or the body is
   * English or too short to tell.
   */
  public boolean scored() {
    return !present.contains(Annotation.LANGUAGE) || language.isEmpty()
        || language.equals(LanguageStage.SCORED_LANGUAGE);
  }

  public NlpDocument nlp() {
    need(Annotation.TOKENS);
    return nlp;
  }

  void setNlp(NlpDocument d, Set<Annotation> provided) {
    nlp = Objects.requireNonNull(d);
    present.addAll(provided);
  }

  public VoiceResult voice() {
    need(Annotation.VOICE);
    return voice;
  }

  void setVoice(VoiceResult v) {
    voice = Objects.requireNonNull(v);
    present.add(Annotation.VOICE);
  }

  /** Lexicon spans, one list per sentence in sentence order. */
  public List<List<Span>> lexiconSpans() {
    need(Annotation.LEXICON_SPANS);
    return lexiconSpans;
  }

  void setLexiconSpans(List<List<Span>> spans) {
    lexiconSpans = List.copyOf(spans);
    present.add(Annotation.LEXICON_SPANS);
  }

  /** Sentence embeddings, one per sentence in sentence order. */
  public List<float[]> embeddings() {
    need(Annotation.EMBEDDINGS);
    return embeddings;
  }

  /** Sentence embeddings when a stage provided them, else null (the light models need none). */
  public List<float[]> embeddingsOrNull() {
    return has(Annotation.EMBEDDINGS) ? embeddings : null;
  }

  void setEmbeddings(List<float[]> e) {
    embeddings = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(e));
    present.add(Annotation.EMBEDDINGS);
  }

  /** Bias scores with biased-word spans, one per sentence in sentence order. */
  public List<BiasModel.Scored> bias() {
    need(Annotation.BIAS);
    return bias;
  }

  void setBias(List<BiasModel.Scored> b) {
    bias = List.copyOf(b);
    present.add(Annotation.BIAS);
  }

  public List<SentenceResult> sentences() {
    need(Annotation.SENTENCES);
    return sentences;
  }

  void setSentences(List<SentenceResult> s) {
    sentences = List.copyOf(s);
    present.add(Annotation.SENTENCES);
  }

  public SortedMap<String, ActorStance> stance() {
    need(Annotation.STANCE);
    return stance;
  }

  void setStance(SortedMap<String, ActorStance> s) {
    stance = Objects.requireNonNull(s);
    present.add(Annotation.STANCE);
  }
}
