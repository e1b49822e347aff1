package org.framescope.gold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One standoff annotation: a character range of the document text, a layer, a label and string attributes.
 * No document text is stored.
 *
 * <p>Input: offsets (begin inclusive, end exclusive, {@code 0 <= begin <= end}), a layer key, a label allowed for
 * that layer, attributes restricted to the layer's keys. Output: an immutable, validated value whose
 * attributes are sorted by key. Violations throw {@link IllegalArgumentException} with a one-line reason.
 *
 * @param begin offset of the first character (UTF-16 code units of the text, as Java and the article JSON count)
 * @param end offset after the last character
 * @param layer layer key, see {@link GoldLayer}
 * @param label label allowed for the layer
 * @param attributes layer-specific attributes (string values), never null
 */
public record GoldAnnotation(int begin, int end, String layer, String label, SortedMap<String, String> attributes) {

  /** Deterministic order: begin, end, layer, label, then attributes as text. */
  public static final Comparator<GoldAnnotation> ORDER = Comparator.comparingInt(GoldAnnotation::begin)
      .thenComparingInt(GoldAnnotation::end)
      .thenComparing(GoldAnnotation::layer)
      .thenComparing(GoldAnnotation::label)
      .thenComparing(a -> a.attributes().toString());

  public GoldAnnotation {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(label, "label");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad offsets: begin=" + begin + " end=" + end);
    }
    GoldLayer l = GoldLayer.of(layer).orElseThrow(() -> new IllegalArgumentException(
        "unknown layer '" + layer + "' (known: " + String.join(", ", GoldLayer.keys()) + ")"));
    if (!l.labels().contains(label)) {
      throw new IllegalArgumentException("label '" + label + "' not allowed for layer " + layer
          + " (allowed: " + String.join(", ", new TreeSet<>(l.labels())) + ")");
    }
    TreeMap<String, String> attrs = new TreeMap<>();
    if (attributes != null) {
      for (Map.Entry<String, String> e : attributes.entrySet()) {
        if (e.getKey() == null || e.getValue() == null) {
          throw new IllegalArgumentException("null attribute key or value in layer " + layer);
        }
        attrs.put(e.getKey(), e.getValue());
      }
    }
    checkAttributes(l, label, attrs);
    attributes = Collections.unmodifiableSortedMap(attrs);
  }

  /** Convenience constructor without attributes. */
  public GoldAnnotation(int begin, int end, String layer, String label) {
    this(begin, end, layer, label, new TreeMap<>());
  }

  /** The layer as an enum. */
  public GoldLayer goldLayer() {
    return GoldLayer.of(layer).orElseThrow();
  }

  /** An attribute or the empty string. */
  public String attribute(String key) {
    return attributes.getOrDefault(key, "");
  }

  private static void checkAttributes(GoldLayer l, String label, SortedMap<String, String> attrs) {
    List<String> unknown = new ArrayList<>();
    for (String k : attrs.keySet()) {
      if (!l.requiredAttributes().contains(k) && !l.optionalAttributes().contains(k)
          && !GoldLayer.COMMON_ATTRIBUTES.contains(k)) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown attribute(s) for layer " + l.key() + ": "
          + String.join(", ", unknown));
    }
    for (String k : new TreeSet<>(l.requiredAttributes())) {
      if (attrs.getOrDefault(k, "").isBlank()) {
        throw new IllegalArgumentException("layer " + l.key() + " requires attribute '" + k + "'");
      }
    }
    for (Map.Entry<String, Set<String>> closed : GoldLayer.closedAttributeValues().entrySet()) {
      String v = attrs.get(closed.getKey());
      if (v != null && !closed.getValue().contains(v)) {
        throw new IllegalArgumentException("attribute " + closed.getKey() + "='" + v + "' not allowed (allowed: "
            + String.join(", ", new TreeSet<>(closed.getValue())) + ")");
      }
    }
    if (l == GoldLayer.VOICE) {
      boolean hasSpeaker = !attrs.getOrDefault("speaker", "").isBlank();
      if ("author".equals(label) && !attrs.isEmpty() && !(attrs.size() == 1 && attrs.containsKey("note"))) {
        throw new IllegalArgumentException("voice=author takes no speaker attributes");
      }
      if (!"author".equals(label) && !hasSpeaker) {
        throw new IllegalArgumentException("voice=" + label + " requires attribute 'speaker'");
      }
    }
    if (l == GoldLayer.ATTRIBUTION) {
      String vb = attrs.get("verbBegin");
      String ve = attrs.get("verbEnd");
      if ((vb == null) != (ve == null)) {
        throw new IllegalArgumentException("attribution needs both verbBegin and verbEnd or neither");
      }
      if (vb != null) {
        int b = parseOffset("verbBegin", vb);
        int e = parseOffset("verbEnd", ve);
        if (e < b) {
          throw new IllegalArgumentException("bad verb offsets: verbBegin=" + b + " verbEnd=" + e);
        }
      }
    }
  }

  /** Parses a non-negative decimal offset attribute. */
  static int parseOffset(String key, String value) {
    if (!value.matches("\\d{1,9}")) {
      throw new IllegalArgumentException("attribute " + key + " must be a non-negative integer, got '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  /** The verb offsets of an attribution as {begin, end}, or null when absent. */
  public int[] verbRange() {
    String vb = attributes.get("verbBegin");
    return vb == null ? null : new int[] {parseOffset("verbBegin", vb), parseOffset("verbEnd", attributes.get("verbEnd"))};
  }
}
