package org.framescope.nlp;

import org.framescope.model.NlpDocument;

/**
 * The NLP stage. Input: cleaned body text (paragraphs separated by blank lines). Output: sentences with
 * tokens (offsets into the body), lemmas, POS, coarse NER and, for profiles that have them, dependencies.
 * Implementations must be safe to call from several threads.
 */
public interface TextAnnotator {
  NlpDocument annotate(String body);

  /** The annotators this stage runs, for provenance. */
  java.util.List<String> annotators();

  /** Version string of the underlying toolkit, for provenance. */
  String version();
}
