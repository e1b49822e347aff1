package org.framescope.voice;

import java.util.Objects;
import java.util.Set;
import org.framescope.model.SpeakerType;

/**
 * An entry of the actor registry (lexicons/actors.tsv), or a merged mention of several entries.
 *
 * @param canonical canonical English name ("United States", "Kremlin", "Maria Zakharova", "spokeswoman")
 * @param country canonical country name, or null for international bodies and generic titles
 * @param type speaker type of the actor
 * @param kind country | organisation | person | title
 */
public record Actor(String canonical, String country, SpeakerType type, String kind) {
  /** The kinds an actor can have (the categories of actors.tsv). */
  public static final Set<String> KINDS = Set.of("country", "organisation", "person", "title");

  public Actor {
    Objects.requireNonNull(canonical, "canonical");
    if (canonical.isBlank()) {
      throw new IllegalArgumentException("blank actor name");
    }
    country = country == null || country.isBlank() ? null : country;
    if (type == null) {
      throw new IllegalArgumentException("actor type missing for " + canonical);
    }
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown actor kind '" + kind + "' for " + canonical);
    }
  }

  /** A body that speaks as one: a country or an organisation (not a person, not a title). */
  public boolean body() {
    return kind.equals("country") || kind.equals("organisation");
  }
}
