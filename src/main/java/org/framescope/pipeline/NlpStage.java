package org.framescope.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.model.NlpDocument;
import org.framescope.nlp.TextAnnotator;

/**
 * The NLP stage (CoreNLP behind {@link TextAnnotator}): BODY in; TOKENS, POS, LEMMAS, NER and, when the
 * annotator parses, DEPENDENCIES out. An empty body is not sent to the annotator.
 */
final class NlpStage implements Stage {
  private final TextAnnotator nlp;
  private final Set<Annotation> provides;
  private final StageProvenance provenance;

  /**
   * @param nlp the annotator
   * @param settings recorded in provenance under their keys (profile, corenlp.*)
   */
  NlpStage(TextAnnotator nlp, Map<String, String> settings) {
    this.nlp = Objects.requireNonNull(nlp, "nlp");
    Set<Annotation> p = EnumSet.of(Annotation.TOKENS, Annotation.POS, Annotation.LEMMAS, Annotation.NER);
    if (nlp.annotators().contains("depparse")) {
      p.add(Annotation.DEPENDENCIES);
    }
    this.provides = Set.copyOf(p);
    this.provenance = new StageProvenance(Map.of(), Map.of(), new TreeMap<>(settings));
  }

  /** The annotator, for the version and annotator list in provenance. */
  TextAnnotator annotator() {
    return nlp;
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Annotation> requires() {
    return Set.of(Annotation.BODY);
  }

  @Override
  public Set<Annotation> provides() {
    return provides;
  }

  @Override
  public StageProvenance provenance() {
    return provenance;
  }

  @Override
  public void apply(ArticleState state) {
    String body = state.clean().body();
    NlpDocument doc = body.isEmpty() ? new NlpDocument("", List.of(), nlp.annotators()) : nlp.annotate(body);
    state.setNlp(doc, provides);
  }
}
