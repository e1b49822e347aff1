package org.framescope.gold;

import java.util.Set;

/**
 * Closed vocabularies shared by the gold layers: speaker types, reporting-verb classes and the 15 frame
 * dimensions of the Media Frames Corpus (Card et al. 2015) in framescope's snake_case spelling.
 */
public final class GoldVocabulary {
  /** Speaker types: the JSON names of {@link org.framescope.model.SpeakerType}. */
  public static final Set<String> SPEAKER_TYPES = org.framescope.model.SpeakerType.jsonNames();

  /** Reporting-verb classes: the JSON names of {@link org.framescope.model.VerbClass}. */
  public static final Set<String> VERB_CLASSES = org.framescope.model.VerbClass.jsonNames();

  /** The 15 Media Frames Corpus dimensions. */
  public static final Set<String> FRAMES = Set.of(
      "economic", "capacity_resources", "morality", "fairness_equality",
      "legality_constitutionality_jurisprudence", "policy_prescription_evaluation", "crime_punishment",
      "security_defense", "health_safety", "quality_of_life", "cultural_identity", "public_opinion",
      "political", "external_regulation_reputation", "other");

  private GoldVocabulary() {}
}
