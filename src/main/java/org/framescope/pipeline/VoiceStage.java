package org.framescope.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.framescope.voice.VoiceAnalyzer;

/**
 * Voice and attribution: TOKENS, POS, LEMMAS and NER in (dependencies are used when the NLP stage provides
 * them), VOICE out.
 */
final class VoiceStage implements Stage {
  private final VoiceAnalyzer voice;
  private final StageProvenance provenance;

  /** @param dataFiles data file name to SHA-256 of every file the analyzer read */
  VoiceStage(VoiceAnalyzer voice, Map<String, String> dataFiles) {
    this.voice = Objects.requireNonNull(voice, "voice");
    this.provenance = new StageProvenance(dataFiles, Map.of(), Map.of());
  }

  @Override
  public String name() {
    return "voice";
  }

  @Override
  public Set<Annotation> requires() {
    return Set.of(Annotation.TOKENS, Annotation.POS, Annotation.LEMMAS, Annotation.NER);
  }

  @Override
  public Set<Annotation> provides() {
    return Set.of(Annotation.VOICE);
  }

  @Override
  public StageProvenance provenance() {
    return provenance;
  }

  @Override
  public void apply(ArticleState state) {
    state.setVoice(voice.analyze(state.nlp()));
  }
}
