package org.framescope.pipeline;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one stage contributes to an article's provenance: the data files it read (name to SHA-256), the
 * models it runs (name to SHA-256) and the settings that shape its output (key to value).
 */
public record StageProvenance(SortedMap<String, String> lexicons, SortedMap<String, String> models,
                              SortedMap<String, String> config) {
  /** Nothing to record. */
  public static final StageProvenance NONE = new StageProvenance(Map.of(), Map.of(), Map.of());

  public StageProvenance(Map<String, String> lexicons, Map<String, String> models, Map<String, String> config) {
    this(Collections.unmodifiableSortedMap(new TreeMap<>(lexicons)),
        Collections.unmodifiableSortedMap(new TreeMap<>(models)),
        Collections.unmodifiableSortedMap(new TreeMap<>(config)));
  }

  public StageProvenance {
    lexicons = Collections.unmodifiableSortedMap(new TreeMap<>(lexicons));
    models = Collections.unmodifiableSortedMap(new TreeMap<>(models));
    config = Collections.unmodifiableSortedMap(new TreeMap<>(config));
  }
}
