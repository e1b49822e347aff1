package org.framescope.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.framescope.voice.VoiceAnalyzer;
import org.framescope.voice.VoiceResult;

/**
 * Voice and attribution: TOKENS, POS, LEMMAS and NER in (dependencies are used when the NLP stage provides
 * them), VOICE out.
 */
final class VoiceStage extends BaseStage {
  private final VoiceAnalyzer voice;

  /** @param dataFiles data file name to SHA-256 of every file the analyzer read */
  VoiceStage(VoiceAnalyzer voice, Map<String, String> dataFiles) {
    this(voice, dataFiles, Map.of());
  }

  /**
   * @param dataFiles data file name to SHA-256 of every file the analyzer read
   * @param models model name to SHA-256 of every bundled model the analyzer runs (the attribution model, and in
   *     the accurate profile the cue tagger)
   */
  VoiceStage(VoiceAnalyzer voice, Map<String, String> dataFiles, Map<String, String> models) {
    this(voice, dataFiles, models, Map.of());
  }

  /** @param config settings of the analysis (the cue tagger's mix) */
  VoiceStage(VoiceAnalyzer voice, Map<String, String> dataFiles, Map<String, String> models,
             Map<String, String> config) {
    super("voice", Set.of(Annotation.TOKENS, Annotation.POS, Annotation.LEMMAS, Annotation.NER),
        Set.of(Annotation.VOICE),
        new StageProvenance(dataFiles, models, config));
    this.voice = Objects.requireNonNull(voice, "voice");
  }

  @Override
  public void apply(ArticleState state) {
    state.setVoice(state.scored() ? voice.analyze(state.nlp())
        : new VoiceResult(List.of(), List.of(), List.of(), List.of()));
  }
}
