package org.framescope.pipeline;

/**
 * What a stage needs from, or adds to, an article on its way through the pipeline. The pipeline builder
 * checks that every stage's {@link Stage#requires()} is provided by an earlier stage.
 */
public enum Annotation {
  /** The document as read: content, format, metadata. */
  RAW,
  /** The cleaned body text, removed blocks, title and quality flags. */
  BODY,
  /** The body's language ("" when too short to tell); only English bodies are scored. */
  LANGUAGE,
  /** Sentence boundaries with tokens and their body offsets. */
  TOKENS,
  /** Part-of-speech tags. */
  POS,
  /** Lemmas. */
  LEMMAS,
  /** Named-entity tags. */
  NER,
  /** Dependency parses. */
  DEPENDENCIES,
  /** One sentence embedding per sentence (accurate profile). */
  EMBEDDINGS,
  /** Voice segments, sentence voices, attributions and voice spans (reporting verbs, scare quotes). */
  VOICE,
  /** Lexicon spans per sentence (loaded language, labels, hedges, frame cues). */
  LEXICON_SPANS,
  /** Sentence bias scores and biased-word spans. */
  BIAS,
  /** Sentence results assembled from voice, lexicon spans and bias. */
  SENTENCES,
  /** Stance toward actors, per voice. */
  STANCE
}
