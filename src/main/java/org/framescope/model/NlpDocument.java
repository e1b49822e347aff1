package org.framescope.model;

import java.util.List;

/**
 * Output of the NLP stage for one body text.
 *
 * @param body the text that was annotated
 * @param sentences sentences in order, offsets into {@code body}
 * @param annotators annotators that produced it (for provenance)
 */
public record NlpDocument(String body, List<NlpSentence> sentences, List<String> annotators) {
  public NlpDocument {
    sentences = List.copyOf(sentences);
    annotators = List.copyOf(annotators);
  }

  public int tokenCount() {
    int n = 0;
    for (NlpSentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
