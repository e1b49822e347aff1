package org.framescope.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where an artefact came from: software versions, resources and their hashes, config and input hash.
 * Contains no timestamps so that identical inputs give identical output.
 *
 * @param input where the input came from when that is not a local file: for a fetched page its {@code url},
 *     the {@code finalUrl} after redirects and the {@code savedAs} file holding the fetched bytes (whose
 *     SHA-256 is {@code inputSha256}), so the run can be repeated offline; empty (and not written) otherwise
 */
public record Provenance(String framescope, String corenlp, List<String> annotators,
                         Map<String, String> lexicons, Map<String, String> models,
                         Map<String, String> config, String inputSha256,
                         @com.fasterxml.jackson.annotation.JsonInclude(
                             com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                         Map<String, String> input) {
  public Provenance {
    annotators = List.copyOf(annotators);
    lexicons = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(lexicons));
    models = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(models));
    config = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(config));
    input = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(input == null ? Map.of() : input));
  }

  /** Provenance of a local input (no {@code input} entries). */
  public Provenance(String framescope, String corenlp, List<String> annotators, Map<String, String> lexicons,
                    Map<String, String> models, Map<String, String> config, String inputSha256) {
    this(framescope, corenlp, annotators, lexicons, models, config, inputSha256, Map.of());
  }

  /** This provenance with the input's origin recorded (see {@code input}). */
  public Provenance withInput(Map<String, String> origin) {
    return new Provenance(framescope, corenlp, annotators, lexicons, models, config, inputSha256, origin);
  }

  public static SortedMap<String, String> sorted(Map<String, String> m) {
    return new TreeMap<>(m);
  }
}
