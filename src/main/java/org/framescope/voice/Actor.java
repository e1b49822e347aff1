package org.framescope.voice;

import java.util.Objects;
import java.util.Set;
import org.framescope.model.Speaker;

/**
 * An entry of the actor registry (lexicons/actors.tsv), or a merged mention of several entries.
 *
 * @param canonical canonical English name ("United States", "Kremlin", "Maria Zakharova", "spokeswoman")
 * @param country canonical country name, or null for international bodies and generic titles
 * @param type speaker type of the actor, one of {@link Speaker#TYPES}
 * @param kind country | organisation | person | title
 */
public record Actor(String canonical, String country, String type, String kind) {
  /** The kinds an actor can have (the categories of actors.tsv). */
  public static final Set<String> KINDS = Set.of("country", "organisation", "person", "title");

  public Actor {
    Objects.requireNonNull(canonical, "canonical");
    if (canonical.isBlank()) {
      throw new IllegalArgumentException("blank actor name");
    }
    country = country == null || country.isBlank() ? null : country;
    if (!Speaker.TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown actor type '" + type + "' for " + canonical);
    }
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown actor kind '" + kind + "' for " + canonical);
    }
  }
}
