package org.framescope.eval;

import java.util.Objects;
import java.util.Set;

/**
 * One phrase-level annotation of BASIL (the text itself is not kept).
 *
 * @param bias "lex" (lexical bias: loaded wording) or "inf" (informational bias: selected content)
 * @param polarity "neg" or "pos" toward the target
 * @param quoted true when the phrase is inside a quote
 * @param target the entity the bias is aimed at ("" when none)
 * @param speaker the quoted speaker ("" when not a quote)
 */
public record BasilPhrase(String bias, String polarity, boolean quoted, String target, String speaker) {
  /** The bias types of BASIL. */
  public static final Set<String> BIASES = Set.of("lex", "inf");

  public BasilPhrase {
    if (!BIASES.contains(bias)) {
      throw new IllegalArgumentException("bias must be lex or inf, got " + bias);
    }
    Objects.requireNonNull(polarity, "polarity");
    target = target == null ? "" : target;
    speaker = speaker == null ? "" : speaker;
  }

  public boolean lexical() {
    return "lex".equals(bias);
  }
}
