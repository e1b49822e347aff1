package org.framescope.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.framescope.model.NlpDocument;
import org.framescope.nlp.TextAnnotator;

/**
 * The NLP stage (CoreNLP behind {@link TextAnnotator}): BODY in; TOKENS, POS, LEMMAS, NER and, when the
 * annotator parses, DEPENDENCIES out. An empty body is not sent to the annotator.
 */
final class NlpStage extends BaseStage {
  private final TextAnnotator nlp;

  /**
   * @param nlp the annotator
   * @param settings recorded in provenance under their keys (profile, corenlp.*)
   */
  NlpStage(TextAnnotator nlp, Map<String, String> settings) {
    super("nlp", Set.of(Annotation.BODY), provided(nlp), new StageProvenance(Map.of(), Map.of(), settings));
    this.nlp = nlp;
  }

  private static Set<Annotation> provided(TextAnnotator nlp) {
    Set<Annotation> p = EnumSet.of(Annotation.TOKENS, Annotation.POS, Annotation.LEMMAS, Annotation.NER);
    if (Objects.requireNonNull(nlp, "nlp").annotators().contains("depparse")) {
      p.add(Annotation.DEPENDENCIES);
    }
    return p;
  }

  /** The annotator, for the version and annotator list in provenance. */
  TextAnnotator annotator() {
    return nlp;
  }

  @Override
  public void apply(ArticleState state) {
    String body = state.clean().body();
    NlpDocument doc = body.isEmpty() ? new NlpDocument("", List.of(), nlp.annotators()) : nlp.annotate(body);
    state.setNlp(doc, provides());
  }
}
