package org.framescope.classify;

/**
 * The named blocks (namespaces) of the hashed feature space. A feature key is
 * {@code id << 24 | 24-bit hash of the feature's text}, so features of different blocks never collide
 * and every block is normalised on its own.
 *
 * <p>The ids are part of the model-file format: never renumber a block (add new ones at the end and
 * bump {@link FeatureConfig#FEATURE_VERSION}).
 */
public enum FeatureBlock {
  /** Bias: lower-cased word n-grams. */
  WORD(1, "w", Kind.COUNT),
  /** char_wb n-grams (bias and stance). */
  CHAR(2, "c", Kind.COUNT),
  /** Token features of the biased-word model. */
  TOKEN(3, "t", Kind.COUNT),
  /** Stance: n-grams of the sentence with the target marked. */
  GRAM(4, "g", Kind.COUNT),
  /** Stance: words 1-3 tokens left of the target. */
  L1(5, "L1", Kind.COUNT),
  /** Stance: words 4-8 tokens left of the target. */
  L2(6, "L2", Kind.COUNT),
  /** Stance: words 9+ tokens left of the target. */
  LF(7, "Lf", Kind.COUNT),
  /** Stance: words 1-3 tokens right of the target. */
  R1(8, "R1", Kind.COUNT),
  /** Stance: words 4-8 tokens right of the target. */
  R2(9, "R2", Kind.COUNT),
  /** Stance: words 9+ tokens right of the target. */
  RF(10, "Rf", Kind.COUNT),
  /** Stance: words inside the target's clause. */
  CLAUSE(11, "C", Kind.COUNT),
  /** Stance: words outside the target's clause. */
  OUTSIDE(12, "O", Kind.COUNT),
  /** Stance: neighbour n-grams with the target placeholder. */
  BORDER(13, "b", Kind.COUNT),
  /** Stance: words after a negator. */
  NEGATED(14, "N", Kind.COUNT),
  /** Stance: words within 3 tokens. */
  WIN3(15, "W3", Kind.COUNT),
  /** Stance: words within 6 tokens. */
  WIN6(16, "W6", Kind.COUNT),
  /** Stance: words within 12 tokens. */
  WIN12(17, "W12", Kind.COUNT),
  /** Stance: char n-grams of words within 3 tokens. */
  KCHAR(18, "k", Kind.COUNT),
  /** Stance: valence of lexicon entries relative to the target. */
  VALENCE(19, "v", Kind.COUNT),
  /** Dense cues, values passed through as they are. */
  DENSE(20, "d", Kind.DENSE),
  /** Sentence-embedding dimensions (index, not hash), passed through. */
  EMBED(21, "e", Kind.DENSE),
  /** Stance: embedding of the sentence with the target marked (index), passed through. */
  EMBED_TARGET(22, "et", Kind.DENSE),
  /** Stance: embedding of the target's clause (index), passed through. */
  EMBED_CLAUSE(23, "ec", Kind.DENSE),
  /** Stance: syntactic relations of the target to evaluative words (raw-text approximation). */
  RELATION(24, "r", Kind.COUNT);

  /** Whether a block holds counts (tf-idf, block-normalised) or dense values (passed through). */
  public enum Kind { COUNT, DENSE }

  private static final FeatureBlock[] BY_ID = new FeatureBlock[128];

  static {
    for (FeatureBlock b : values()) {
      if (BY_ID[b.id] != null) {
        throw new ExceptionInInitializerError("duplicate block id " + b.id);
      }
      BY_ID[b.id] = b;
    }
  }

  private final int id;
  private final String prefix;
  private final Kind kind;

  FeatureBlock(int id, String prefix, Kind kind) {
    this.id = id;
    this.prefix = prefix;
    this.kind = kind;
  }

  /** Block id (1..127), the top bits of a key. */
  public int id() {
    return id;
  }

  /** Name prefix used in readable feature names ("w" for "w:barbaric"). */
  public String prefix() {
    return prefix;
  }

  public Kind kind() {
    return kind;
  }

  /** Block of a feature key. */
  public static FeatureBlock ofKey(int key) {
    FeatureBlock b = BY_ID[key >>> 24];
    if (b == null) {
      throw new IllegalArgumentException("feature key " + key + " has unknown block id " + (key >>> 24));
    }
    return b;
  }

  /** Whether a key's block is dense (passed through, not tf-idf weighted). */
  public static boolean isDense(int key) {
    return ofKey(key).kind == Kind.DENSE;
  }
}
