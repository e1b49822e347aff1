package org.framescope.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The annotations one annotator made on one document.
 *
 * <p>Input: a document id, the source (relative path or name), the text basis ({@code body}: the cleaned
 * {@code body} of {@code framescope analyze} JSON; {@code raw}: the raw input file decoded as UTF-8), the
 * SHA-256 (lower-case hex) of that text in UTF-8, and annotations. Output: an immutable value whose annotations
 * are sorted by {@link GoldAnnotation#ORDER}.
 */
public record GoldDocument(String id, String source, String textBasis, String textSha256,
                           List<GoldAnnotation> annotations) {
  /** Allowed text bases. */
  public static final Set<String> TEXT_BASES = Set.of("body", "raw");

  public GoldDocument {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("document id is missing or blank");
    }
    Objects.requireNonNull(source, "source");
    textBasis = textBasis == null ? "body" : textBasis;
    if (!TEXT_BASES.contains(textBasis)) {
      throw new IllegalArgumentException("textBasis must be body or raw, got '" + textBasis + "'");
    }
    if (textSha256 == null || !textSha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("textSha256 must be 64 lower-case hex digits, got '" + textSha256 + "'");
    }
    List<GoldAnnotation> sorted = new ArrayList<>(annotations == null ? List.of() : annotations);
    sorted.sort(GoldAnnotation.ORDER);
    annotations = List.copyOf(sorted);
  }

  /** The annotations of one layer, in order. */
  public List<GoldAnnotation> layer(String layer) {
    return annotations.stream().filter(a -> a.layer().equals(layer)).toList();
  }
}
