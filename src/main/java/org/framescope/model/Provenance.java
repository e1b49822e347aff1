package org.framescope.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where an artefact came from: software versions, resources and their hashes, config and input hash.
 * Contains no timestamps so that identical inputs give identical output.
 */
public record Provenance(String framescope, String corenlp, List<String> annotators,
                         Map<String, String> lexicons, Map<String, String> models,
                         Map<String, String> config, String inputSha256) {
  public Provenance {
    annotators = List.copyOf(annotators);
    lexicons = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(lexicons));
    models = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(models));
    config = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(config));
  }

  public static SortedMap<String, String> sorted(Map<String, String> m) {
    return new TreeMap<>(m);
  }
}
