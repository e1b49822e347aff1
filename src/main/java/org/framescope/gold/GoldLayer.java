package org.framescope.gold;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The annotation layers of the gold standoff format (gold-annotations/FORMAT.md) with, for each layer,
 * the labels it allows, the attribute keys it requires and the attribute keys it accepts.
 *
 * <p>Input: a layer name as written in a gold file. Output: the layer constants, used by
 * {@link GoldAnnotation} to reject unknown labels and attributes (an unknown key is an error, not silence).
 */
public enum GoldLayer {
  /** Who speaks a sentence or segment. Speaker attributes are required unless the label is author. */
  VOICE("voice", Set.of("author", "quote", "reported"), Set.of(),
      Set.of("speaker", "role", "country", "type")),
  /** A mention of a speaker (name, title or pronoun); label = speaker type. */
  SPEAKER("speaker", GoldVocabulary.SPEAKER_TYPES, Set.of("speaker"), Set.of("role", "country")),
  /** Loaded (evaluative, emotive) wording in the author's voice; label = connotation. */
  LOADED("loaded", Set.of("negative", "positive", "intensifier"), Set.of(), Set.of("target")),
  /** A label or contested name for an actor, place or event. */
  LABEL("label", Set.of("pejorative", "euphemism", "contested-name"), Set.of(), Set.of("target", "group")),
  /** A hedge that weakens the author's commitment. */
  HEDGE("hedge", Set.of("hedge"), Set.of(), Set.of()),
  /** A device by which the author keeps distance from words or claims. */
  DISTANCING("distancing", Set.of("scare-quote", "marker"), Set.of(), Set.of()),
  /** Sentence-level bias judgement (BABE spirit: the wording, not the topic). */
  SENTENCE_BIAS("sentence-bias", Set.of("biased", "non-biased"), Set.of(), Set.of()),
  /** Author's stance toward a canonical actor, evidenced by the span. */
  STANCE("stance", Set.of("negative", "neutral", "positive"), Set.of("actor"), Set.of()),
  /** One of the 15 Media Frames Corpus dimensions. */
  FRAME("frame", GoldVocabulary.FRAMES, Set.of(), Set.of()),
  /** Attributed words (the content), label = reporting-verb class. */
  ATTRIBUTION("attribution", GoldVocabulary.VERB_CLASSES, Set.of("verb", "speaker", "kind"),
      Set.of("role", "country", "type", "verbBegin", "verbEnd"));

  /** Attribute keys every layer accepts. */
  public static final Set<String> COMMON_ATTRIBUTES = Set.of("note");

  private final String key;
  private final Set<String> labels;
  private final Set<String> required;
  private final Set<String> optional;

  GoldLayer(String key, Set<String> labels, Set<String> required, Set<String> optional) {
    this.key = key;
    this.labels = Set.copyOf(labels);
    this.required = Set.copyOf(required);
    this.optional = Set.copyOf(optional);
  }

  /** The name used in files ("sentence-bias"). */
  public String key() { return key; }

  /** Allowed labels. */
  public Set<String> labels() { return labels; }

  /** Attribute keys that must be present. */
  public Set<String> requiredAttributes() { return required; }

  /** Attribute keys that may be present (besides the required ones and {@link #COMMON_ATTRIBUTES}). */
  public Set<String> optionalAttributes() { return optional; }

  /** True if the layer marks spans inside sentences (loaded, label, hedge, distancing, attribution, speaker). */
  public boolean isSpanLayer() {
    return switch (this) {
      case LOADED, LABEL, HEDGE, DISTANCING, ATTRIBUTION, SPEAKER -> true;
      default -> false;
    };
  }

  /** Looks a layer up by its file key. */
  public static Optional<GoldLayer> of(String key) {
    return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
  }

  /** All file keys, sorted (for messages). */
  public static List<String> keys() {
    return List.copyOf(new TreeSet<>(Arrays.stream(values()).map(GoldLayer::key).toList()));
  }

  /** Allowed values of attributes with a closed vocabulary, by attribute key (for every layer). */
  static Map<String, Set<String>> closedAttributeValues() {
    return Map.of("type", GoldVocabulary.SPEAKER_TYPES, "kind", Set.of("quote", "reported"));
  }
}
